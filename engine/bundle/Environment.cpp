// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Environment.h"

#include "parsers/NetworkParsers.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSysInfo>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <spdlog/version.h>
#include <zip.h>

#include <bit>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxFileBytes = 1024 * 1024;
constexpr int kMaxRoutes = 256;
constexpr int kMaxResolverEntries = 64;

/** The first kMaxFileBytes of @p path, or a null QByteArray when it cannot be read. */
QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.read(kMaxFileBytes);
    if (data.isNull())
        data = QByteArray("");
    return data;
}

QJsonArray routeFlags(quint32 flags)
{
    QJsonArray out;
    if (flags & 0x1) // RTF_UP
        out.append(QStringLiteral("up"));
    if (flags & 0x2) // RTF_GATEWAY
        out.append(QStringLiteral("gateway"));
    if (flags & 0x4) // RTF_HOST
        out.append(QStringLiteral("host"));
    if (flags & 0x200) // RTF_REJECT
        out.append(QStringLiteral("reject"));
    return out;
}

QString interfaceTypeName(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Loopback:
        return QStringLiteral("loopback");
    case QNetworkInterface::Virtual:
        return QStringLiteral("virtual");
    case QNetworkInterface::Ethernet:
        return QStringLiteral("ethernet");
    case QNetworkInterface::Wifi:
        return QStringLiteral("wifi");
    case QNetworkInterface::Ppp:
        return QStringLiteral("ppp");
    case QNetworkInterface::Ieee1394:
    case QNetworkInterface::CanBus:
    case QNetworkInterface::Fddi:
    case QNetworkInterface::Slip:
    case QNetworkInterface::Phonet:
    case QNetworkInterface::Ieee802154:
    case QNetworkInterface::SixLoWPAN:
    case QNetworkInterface::Ieee80216:
        return QStringLiteral("other");
    case QNetworkInterface::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray interfacesJson()
{
    QJsonArray out;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        QJsonArray flags;
        const auto f = interface.flags();
        if (f & QNetworkInterface::IsUp)
            flags.append(QStringLiteral("up"));
        if (f & QNetworkInterface::IsRunning)
            flags.append(QStringLiteral("running"));
        if (f & QNetworkInterface::IsLoopBack)
            flags.append(QStringLiteral("loopback"));
        if (f & QNetworkInterface::IsPointToPoint)
            flags.append(QStringLiteral("point_to_point"));
        QJsonArray addresses;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            QHostAddress ip = entry.ip();
            ip.setScopeId(QString()); // the zone is the interface named next to it
            addresses.append(QStringLiteral("%1/%2").arg(ip.toString()).arg(entry.prefixLength()));
        }
        QJsonObject json{{QStringLiteral("name"), interface.name()},
                         {QStringLiteral("type"), interfaceTypeName(interface.type())},
                         {QStringLiteral("flags"), flags},
                         {QStringLiteral("addresses"), addresses}};
        // The MTU matters: a VPN with a small one stalls the TLS handshake (tls.timeout).
        json.insert(QStringLiteral("mtu"), interface.maximumTransmissionUnit() > 0
                                               ? QJsonValue(interface.maximumTransmissionUnit())
                                               : QJsonValue());
        if (interface.humanReadableName() != interface.name())
            json.insert(QStringLiteral("display_name"), interface.humanReadableName());
        out.append(json);
    }
    return out;
}

} // namespace

QJsonArray parseIpv4Routes(const QByteArray &procNetRoute)
{
    QJsonArray routes;
    const QList<QByteArray> lines = procNetRoute.split('\n');
    for (qsizetype i = 1; i < lines.size() && routes.size() < kMaxRoutes; ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 8)
            continue;
        bool okDestination = false;
        bool okGateway = false;
        bool okFlags = false;
        bool okMetric = false;
        bool okMask = false;
        // The kernel prints the network-order words as host integers.
        const quint32 destination = qFromBigEndian(fields.at(1).toUInt(&okDestination, 16));
        const quint32 gateway = qFromBigEndian(fields.at(2).toUInt(&okGateway, 16));
        const quint32 flags = fields.at(3).toUInt(&okFlags, 16);
        const int metric = fields.at(6).toInt(&okMetric);
        const quint32 mask = qFromBigEndian(fields.at(7).toUInt(&okMask, 16));
        if (!okDestination || !okGateway || !okFlags || !okMetric || !okMask)
            continue;
        QJsonObject route{
            {QStringLiteral("destination"), QStringLiteral("%1/%2")
                                                .arg(QHostAddress(destination).toString())
                                                .arg(std::popcount(mask))},
            {QStringLiteral("gateway"),
             gateway ? QJsonValue(QHostAddress(gateway).toString()) : QJsonValue()},
            {QStringLiteral("interface"), QString::fromUtf8(fields.at(0).left(64))},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("flags"), routeFlags(flags)},
        };
        routes.append(route);
    }
    return routes;
}

QJsonArray parseIpv6Routes(const QByteArray &procNetIpv6Route)
{
    const auto address = [](const QByteArray &hex, bool *ok) {
        const QByteArray bytes = QByteArray::fromHex(hex);
        *ok = hex.size() == 32 && bytes.size() == 16;
        Q_IPV6ADDR raw{};
        for (int i = 0; *ok && i < 16; ++i)
            raw.c[i] = static_cast<quint8>(bytes.at(i));
        return QHostAddress(raw);
    };
    QJsonArray routes;
    for (const QByteArray &line : procNetIpv6Route.split('\n')) {
        if (routes.size() >= kMaxRoutes)
            break;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 10 || fields.at(9) == "lo")
            continue;
        bool ok[6] = {};
        const QHostAddress destination = address(fields.at(0), &ok[0]);
        const int prefix = fields.at(1).toInt(&ok[1], 16);
        const QHostAddress nextHop = address(fields.at(4), &ok[2]);
        const quint32 metric = fields.at(5).toUInt(&ok[3], 16);
        const quint32 flags = fields.at(8).toUInt(&ok[4], 16);
        ok[5] = true;
        if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
            continue;
        QJsonObject route{
            {QStringLiteral("destination"),
             QStringLiteral("%1/%2").arg(destination.toString()).arg(prefix)},
            {QStringLiteral("gateway"), nextHop == QHostAddress(QHostAddress::AnyIPv6)
                                            ? QJsonValue()
                                            : QJsonValue(nextHop.toString())},
            {QStringLiteral("interface"), QString::fromUtf8(fields.at(9).left(64))},
            {QStringLiteral("metric"), static_cast<qint64>(metric)},
            {QStringLiteral("flags"), routeFlags(flags)},
        };
        routes.append(route);
    }
    return routes;
}

QJsonObject collectEnvironment(const QString &reference)
{
    QJsonObject environment;
    environment.insert(QStringLiteral("schema"), QLatin1String(kEnvironmentSchema));
    environment.insert(QStringLiteral("reference"), reference);
    const QDateTime now = QDateTime::currentDateTime();
    environment.insert(QStringLiteral("collected"), now.toUTC().toString(Qt::ISODate));
    environment.insert(QStringLiteral("tool"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("rdpdiag")},
                                   {QStringLiteral("version"), QStringLiteral(RDPDIAG_VERSION)}});
    environment.insert(QStringLiteral("qt"),
                       QJsonObject{{QStringLiteral("runtime"), QString::fromLatin1(qVersion())},
                                   {QStringLiteral("build"), QStringLiteral(QT_VERSION_STR)}});
    environment.insert(
        QStringLiteral("openssl"),
        QJsonObject{
            {QStringLiteral("runtime"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
            {QStringLiteral("build"), QStringLiteral(OPENSSL_VERSION_TEXT)}});
    environment.insert(
        QStringLiteral("libraries"),
        QJsonObject{{QStringLiteral("spdlog"), QStringLiteral("%1.%2.%3")
                                                   .arg(SPDLOG_VER_MAJOR)
                                                   .arg(SPDLOG_VER_MINOR)
                                                   .arg(SPDLOG_VER_PATCH)},
                    {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())}});
    environment.insert(QStringLiteral("hostname"), QSysInfo::machineHostName());
    environment.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    environment.insert(
        QStringLiteral("os_details"),
        QJsonObject{{QStringLiteral("product_type"), QSysInfo::productType()},
                    {QStringLiteral("product_version"), QSysInfo::productVersion()},
                    {QStringLiteral("kernel_type"), QSysInfo::kernelType()},
                    {QStringLiteral("kernel_version"), QSysInfo::kernelVersion()},
                    {QStringLiteral("cpu_architecture"), QSysInfo::currentCpuArchitecture()}});
    // The UTC offset helps to read the clock-skew finding (credssp.clock_skew).
    environment.insert(QStringLiteral("clock"),
                       QJsonObject{{QStringLiteral("utc"), now.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("utc_offset_s"), now.offsetFromUtc()}});
    environment.insert(QStringLiteral("interfaces"), interfacesJson());

    const QByteArray ipv4 = readSmallFile(QStringLiteral("/proc/net/route"));
    const QByteArray ipv6 = readSmallFile(QStringLiteral("/proc/net/ipv6_route"));
    if (ipv4.isNull() && ipv6.isNull()) {
        environment.insert(QStringLiteral("routes"), QJsonValue());
    } else {
        environment.insert(
            QStringLiteral("routes"),
            QJsonObject{{QStringLiteral("ipv4"),
                         ipv4.isNull() ? QJsonValue() : QJsonValue(parseIpv4Routes(ipv4))},
                        {QStringLiteral("ipv6"),
                         ipv6.isNull() ? QJsonValue() : QJsonValue(parseIpv6Routes(ipv6))}});
    }

    const QByteArray resolv = readSmallFile(QStringLiteral("/etc/resolv.conf"));
    if (resolv.isNull()) {
        environment.insert(QStringLiteral("dns"), QJsonValue());
    } else {
        const ResolvConf config = parseResolvConf(QString::fromUtf8(resolv));
        QJsonObject dns{{QStringLiteral("servers"), QJsonArray::fromStringList(config.nameservers)},
                        {QStringLiteral("search"), QJsonArray::fromStringList(config.search)}};
        // With systemd-resolved's stub (127.0.0.53) the real servers are listed elsewhere.
        if (config.nameservers == QStringList{QStringLiteral("127.0.0.53")}) {
            const QByteArray upstream =
                readSmallFile(QStringLiteral("/run/systemd/resolve/resolv.conf"));
            if (!upstream.isNull())
                dns.insert(QStringLiteral("upstream_servers"),
                           QJsonArray::fromStringList(
                               parseResolvConf(QString::fromUtf8(upstream)).nameservers));
        }
        environment.insert(QStringLiteral("dns"), dns);
    }
    return environment;
}

ThisComputerNames thisComputerNames()
{
    ThisComputerNames names;
    names.hostName = QSysInfo::machineHostName();
    const QByteArray resolv = readSmallFile(QStringLiteral("/etc/resolv.conf"));
    if (!resolv.isNull())
        names.searchDomains = parseResolvConf(QString::fromUtf8(resolv)).search;
    return names;
}

} // namespace rdpdiag
