// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/local/EnvironmentCollector.h"

#include "parsers/NetworkParsers.h"
#include "platform/Platform.h"
#include "probes/local/SystemNetwork.h"

#include <QNetworkInterface>
#include <QProcessEnvironment>

namespace rdpdiag {

QList<NetworkInterfaceFacts> qtInterfaces()
{
    QList<NetworkInterfaceFacts> interfaces;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        NetworkInterfaceFacts facts;
        facts.name = interface.name();
        facts.index = interface.index();
        if (interface.maximumTransmissionUnit() > 0)
            facts.mtu = interface.maximumTransmissionUnit();
        const auto flags = interface.flags();
        facts.up = flags.testFlag(QNetworkInterface::IsUp);
        facts.running = flags.testFlag(QNetworkInterface::IsRunning);
        facts.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        if (interface.type() == QNetworkInterface::Ppp)
            facts.kind = QStringLiteral("ppp");
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            facts.addresses << QStringLiteral("%1/%2")
                                   .arg(entry.ip().toString().section(u'%', 0, 0))
                                   .arg(entry.prefixLength());
        // Windows names adapters by GUID; the human name tells a VPN adapter apart.
        facts.tunnel =
            isTunnelInterface(facts.name, facts.kind) ||
            isTunnelInterface(interface.humanReadableName(), facts.kind) ||
            interface.humanReadableName().contains(QLatin1String("VPN"), Qt::CaseInsensitive) ||
            interface.humanReadableName().contains(QLatin1String("WireGuard"), Qt::CaseInsensitive);
        interfaces << facts;
    }
    return interfaces;
}

QHash<QString, QString> processEnvironment()
{
    QHash<QString, QString> hash;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys())
        hash.insert(key, environment.value(key));
    return hash;
}

void collectEnvironment(CommandRunner &runner, const EnvironmentRequest &request, LocalFacts &facts)
{
    facts.platform = platformKey(currentPlatform());
    facts.proxy = proxyFromEnvironment(request.environment);
    collectSystemNetwork(runner, request, facts);
}

} // namespace rdpdiag
