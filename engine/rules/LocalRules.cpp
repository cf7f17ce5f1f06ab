// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/LocalRules.h"

#include "catalogue/Catalogue.h"
#include "parsers/NetworkParsers.h"
#include "report/GatewayJson.h"
#include "report/LocalJson.h"
#include "rules/PathMtuRules.h"
#include "rules/RuleSupport.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

bool tcpConnected(const Facts &facts)
{
    return facts.tcp && !facts.tcp->connectedAddress.isEmpty();
}

/** The direct path failed: DNS found nothing, or no TCP connection to the target. */
bool directFailed(const Facts &facts)
{
    if (facts.tcp)
        return facts.tcp->connectedAddress.isEmpty();
    return facts.dns && facts.dns->addresses().isEmpty() &&
           facts.dns->outcome != DnsFacts::Outcome::Literal;
}

QStringList targetAddresses(const Facts &facts, const RuleContext &context)
{
    QStringList addresses;
    if (facts.dns)
        addresses = facts.dns->addresses();
    if (addresses.isEmpty() && context.target.isIpLiteral)
        addresses << context.target.host;
    return addresses;
}

const RouteFacts *routeTo(const LocalFacts &local, const QString &destination)
{
    for (const RouteFacts &route : local.routes)
        if (route.destination == destination)
            return &route;
    return nullptr;
}

const NetworkInterfaceFacts *interfaceNamed(const LocalFacts &local, const QString &name)
{
    for (const NetworkInterfaceFacts &interface : local.interfaces)
        if (interface.name == name)
            return &interface;
    return nullptr;
}

/** The route toward the address the client uses: the connected one, else the first. */
const RouteFacts *targetRoute(const Facts &facts, const RuleContext &context)
{
    const LocalFacts &local = *facts.local;
    if (tcpConnected(facts))
        if (const RouteFacts *route = routeTo(local, facts.tcp->connectedAddress))
            return route;
    for (const QString &address : targetAddresses(facts, context))
        if (const RouteFacts *route = routeTo(local, address))
            return route;
    return nullptr;
}

Placeholders gatewayPlaceholders(const GatewayFacts &gateway)
{
    Placeholders values;
    values.insert(QStringLiteral("host"), gateway.host);
    values.insert(QStringLiteral("port"), QString::number(gateway.port));
    QString address = gateway.connectedAddress;
    if (address.isEmpty() && gateway.dns && !gateway.dns->addresses().isEmpty())
        address = gateway.dns->addresses().first();
    values.insert(QStringLiteral("address"), address.isEmpty() ? gateway.host : address);
    return values;
}

bool isFailure(IoOutcome outcome)
{
    // Refused means a reset came back: the network carried the packets both ways.
    return outcome != IoOutcome::Ok && outcome != IoOutcome::Refused &&
           outcome != IoOutcome::Cancelled;
}

void networkRules(const Facts &facts, const RuleContext &context, const Placeholders &values,
                  QList<Finding> &findings)
{
    const LocalFacts &local = *facts.local;
    const bool connected = tcpConnected(facts);

    // No route toward any address of the target.
    if (!connected) {
        QJsonArray missing;
        QString first;
        for (const QString &address : targetAddresses(facts, context)) {
            const RouteFacts *route = routeTo(local, address);
            if (route && !route->found) {
                missing.append(routeFactsToJson(*route));
                if (first.isEmpty())
                    first = route->error.isEmpty()
                                ? address
                                : address + QStringLiteral(" (") + route->error + u')';
            }
        }
        if (!missing.isEmpty()) {
            QJsonObject evidence{{QStringLiteral("routes"), missing}};
            if (local.hasDefaultRoute)
                evidence.insert(QStringLiteral("default_route"), *local.hasDefaultRoute);
            QString observed = RuleText::tr("The system has no route to %1.").arg(first);
            if (local.hasDefaultRoute == false)
                observed += u' ' + RuleText::tr("This computer has no default route at all.");
            findings << makeFinding(QStringLiteral("net.no_route"), observed, evidence, values);
        }
    }

    // Nothing reachable at all: the target, the gateway and the control endpoints failed.
    if (!local.connectivity.isEmpty()) {
        int controls = 0;
        int controlFailures = 0;
        QJsonArray probes;
        for (const ConnectivityProbe &probe : local.connectivity) {
            probes.append(connectivityProbeToJson(probe));
            if (probe.role == QLatin1String("target"))
                continue;
            ++controls;
            if (isFailure(probe.outcome))
                ++controlFailures;
        }
        const bool targetFailed = std::any_of(
            local.connectivity.cbegin(), local.connectivity.cend(), [](const ConnectivityProbe &p) {
                return p.role == QLatin1String("target") && isFailure(p.outcome);
            });
        if (controls > 0 && controlFailures == controls && targetFailed) {
            findings << makeFinding(
                QStringLiteral("net.no_connectivity"),
                RuleText::tr("The target and %n other endpoint(s) (DNS servers, gateway) could "
                             "not be reached from this computer.",
                             nullptr, controls),
                QJsonObject{{QStringLiteral("probes"), probes}}, values);
        }
    }

    const RouteFacts *route = targetRoute(facts, context);
    if (route && route->found) {
        const NetworkInterfaceFacts *interface = interfaceNamed(local, route->interfaceName);
        QJsonObject evidence{{QStringLiteral("route"), routeFactsToJson(*route)}};
        if (interface)
            evidence.insert(QStringLiteral("interface"), interfaceFactsToJson(*interface));
        const std::optional<int> mtu = effectiveMtu(local, route->destination);
        if (mtu)
            evidence.insert(QStringLiteral("effective_mtu"), *mtu);
        const bool loopback = interface && interface->loopback;
        if (interface && interface->tunnel) {
            findings << makeFinding(
                QStringLiteral("net.vpn_path"),
                RuleText::tr("The route to %1 leaves through %2 (%3).")
                    .arg(route->destination, interface->name,
                         interface->kind.isEmpty() ? RuleText::tr("tunnel") : interface->kind),
                evidence, values);
        }
        // A black hole proven on the wire makes net.small_mtu itself, with this evidence too
        // (rules/PathMtuRules).
        if (mtu && *mtu < kSmallMtu && !loopback && !pathMtuProven(facts)) {
            findings << makeFinding(
                QStringLiteral("net.small_mtu"),
                RuleText::tr("The largest packet toward %1 is %2 bytes (adapter %3).")
                    .arg(route->destination)
                    .arg(*mtu)
                    .arg(route->interfaceName),
                evidence, values);
        }
    }

    // A name that resolves to a private address this computer does not reach directly.
    if (!connected && !context.target.isIpLiteral && facts.dns) {
        for (const QString &address : facts.dns->addresses()) {
            const AddressScope scope = classifyAddress(address);
            if (scope != AddressScope::Private && scope != AddressScope::SharedCgnat &&
                scope != AddressScope::LinkLocal)
                continue;
            const RouteFacts *toAddress = routeTo(local, address);
            if (!toAddress || !toAddress->found || !toAddress->viaDefaultRoute)
                continue;
            const NetworkInterfaceFacts *interface =
                interfaceNamed(local, toAddress->interfaceName);
            if ((interface && interface->tunnel) || onConnectedNetwork(local.interfaces, address))
                continue;
            QString observed = RuleText::tr("%1 resolves to %2 (%3), which this computer would "
                                            "send to its default gateway %4.")
                                   .arg(context.target.host, address, addressScopeString(scope),
                                        toAddress->gateway);
            if (local.dnsServers.contains(address) || toAddress->gateway == address)
                observed += u' ' + RuleText::tr("The answer is the address of a DNS server or "
                                                "router of this network, which points to a "
                                                "captive portal or a DNS server that answers "
                                                "every name with its own address.");
            Placeholders filled = values;
            filled.insert(QStringLiteral("address"), address);
            findings << makeFinding(
                QStringLiteral("net.private_address_outside"), observed,
                QJsonObject{
                    {QStringLiteral("address"), address},
                    {QStringLiteral("scope"), addressScopeString(scope)},
                    {QStringLiteral("route"), routeFactsToJson(*toAddress)},
                    {QStringLiteral("dns_servers"), QJsonArray::fromStringList(local.dnsServers)}},
                filled);
            break;
        }
    }

    if (local.proxy && local.proxy->any() && gatewayInPath(facts)) {
        QJsonObject evidence{{QStringLiteral("source"), local.proxy->source}};
        if (!local.proxy->httpsProxy.isEmpty())
            evidence.insert(QStringLiteral("https"), local.proxy->httpsProxy);
        if (!local.proxy->httpProxy.isEmpty())
            evidence.insert(QStringLiteral("http"), local.proxy->httpProxy);
        if (!local.proxy->allProxy.isEmpty())
            evidence.insert(QStringLiteral("all"), local.proxy->allProxy);
        findings << makeFinding(QStringLiteral("net.proxy_configured"), QString(), evidence,
                                values);
    }
}

void firewallRules(const Facts &facts, const RuleContext &context, const Placeholders &values,
                   QList<Finding> &findings)
{
    const LocalFacts &local = *facts.local;
    const bool gatewayUsed = gatewayInPath(facts);
    QJsonArray blocked;
    QJsonArray mayBlock;
    QString firstBlocked;
    QString firstMaybe;
    quint16 blockedPort = context.target.port;
    int readable = 0;
    QStringList unreadable;
    for (const FirewallReading &reading : local.firewalls) {
        if (reading.status == FirewallReading::Status::Read ||
            reading.status == FirewallReading::Status::Inactive)
            ++readable;
        if (reading.status == FirewallReading::Status::Denied ||
            reading.status == FirewallReading::Status::Failed)
            unreadable << reading.source + QStringLiteral(": ") +
                              firewallStatusString(reading.status);
        const bool toGateway = local.gateway && reading.port == local.gateway->port &&
                               reading.port != context.target.port;
        // What the probes saw wins: a connection that worked was not blocked, whatever a
        // rule seems to say.
        const bool reached = toGateway
                                 ? (local.gateway && !local.gateway->connectedAddress.isEmpty())
                                 : tcpConnected(facts);
        if (reached || (toGateway && !gatewayUsed))
            continue;
        for (const FirewallVerdict &verdict : reading.verdicts) {
            QJsonObject entry = firewallVerdictToJson(verdict);
            entry.insert(QStringLiteral("source"), reading.source);
            entry.insert(QStringLiteral("port"), reading.port);
            if (!reading.remoteAddress.isEmpty())
                entry.insert(QStringLiteral("remote_address"), reading.remoteAddress);
            const QString where = QStringLiteral("%1: %2").arg(reading.source, verdict.rule);
            if (verdict.result == FirewallVerdict::Result::Blocked) {
                blocked.append(entry);
                if (firstBlocked.isEmpty()) {
                    firstBlocked = where;
                    blockedPort = reading.port;
                }
            } else if (verdict.result == FirewallVerdict::Result::MayBeBlocked) {
                mayBlock.append(entry);
                if (firstMaybe.isEmpty())
                    firstMaybe = where;
            }
        }
    }
    if (!blocked.isEmpty()) {
        findings << makeFinding(QStringLiteral("firewall.local_block"),
                                RuleText::tr("Outgoing TCP to port %1 is stopped by %2.")
                                    .arg(blockedPort)
                                    .arg(firstBlocked),
                                QJsonObject{{QStringLiteral("rules"), blocked}}, values);
    } else if (!mayBlock.isEmpty()) {
        findings << makeFinding(QStringLiteral("firewall.local_may_block"),
                                RuleText::tr("Possibly blocking: %1.").arg(firstMaybe),
                                QJsonObject{{QStringLiteral("rules"), mayBlock}}, values);
    }
    if (readable == 0 && !unreadable.isEmpty() && !tcpConnected(facts)) {
        findings << makeFinding(
            QStringLiteral("firewall.not_checked"),
            RuleText::tr("Not readable: %1.").arg(unreadable.join(QStringLiteral(", "))),
            QJsonObject{{QStringLiteral("readers"), QJsonArray::fromStringList(unreadable)}},
            values);
    }
}

void gatewayRules(const Facts &facts, const RuleContext &context, QList<Finding> &findings)
{
    const GatewayFacts &gateway = *facts.local->gateway;
    const Placeholders values = gatewayPlaceholders(gateway);
    const QJsonObject evidence{{QStringLiteral("gateway"), gatewayFactsToJson(gateway)}};
    const bool inPath = gatewayInPath(facts);

    QString pathText;
    switch (gateway.path) {
    case GatewayFacts::Path::Always:
        pathText = RuleText::tr("The .rdp file says to always use the gateway "
                                "(gatewayusagemethod 1): the client never connects to %1 "
                                "directly.")
                       .arg(context.target.host);
        break;
    case GatewayFacts::Path::IfDirectFails:
        pathText = directFailed(facts)
                       ? RuleText::tr("The .rdp file says to use the gateway when a direct "
                                      "connection fails (gatewayusagemethod 2); the direct test "
                                      "failed, so the client goes through the gateway.")
                       : RuleText::tr("The .rdp file says to use the gateway when a direct "
                                      "connection fails (gatewayusagemethod 2); the direct "
                                      "connection worked, so the client connects directly.");
        break;
    case GatewayFacts::Path::ClientDefault:
        pathText = RuleText::tr("The .rdp file names the gateway and leaves its use to the "
                                "client's default settings, which normally means through the "
                                "gateway.");
        break;
    case GatewayFacts::Path::Direct:
        pathText = RuleText::tr("The .rdp file names a gateway but says not to use it.");
        break;
    }
    findings << makeFinding(QStringLiteral("gateway.path"), pathText, evidence, values);
    if (!inPath || !gateway.probed)
        return;

    if (gateway.connectedAddress.isEmpty()) {
        QString observed;
        if (gateway.dns && gateway.dns->addresses().isEmpty())
            observed = RuleText::tr("The gateway's name %1 could not be resolved (%2).")
                           .arg(gateway.host, dnsOutcomeString(gateway.dns->outcome));
        else if (!gateway.tcp.isEmpty())
            observed = RuleText::tr("Connecting to %1 port %2 ended with: %3.")
                           .arg(gateway.tcp.last().address)
                           .arg(gateway.port)
                           .arg(ioOutcomeString(gateway.tcp.last().outcome));
        findings << makeFinding(QStringLiteral("gateway.unreachable"), observed, evidence, values);
        return;
    }
    if (!gateway.tls || gateway.tls->outcome != TlsAttempt::Outcome::Established) {
        const QString outcome =
            gateway.tls ? tlsOutcomeString(gateway.tls->outcome) : QStringLiteral("?");
        findings << makeFinding(
            QStringLiteral("gateway.tls_failed"),
            RuleText::tr("The TLS handshake with the gateway ended with: %1.").arg(outcome),
            evidence, values);
        return;
    }
    if (gateway.certificate) {
        const CertificateFacts &certificate = *gateway.certificate;
        const QJsonObject certificateEvidence{
            {QStringLiteral("subject"), certificate.subject},
            {QStringLiteral("not_before"), certificate.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("not_after"), certificate.notAfter.toString(Qt::ISODate)},
            {QStringLiteral("san"), QJsonArray::fromStringList(certificate.san)},
            {QStringLiteral("verify_errors"), QJsonArray::fromStringList(certificate.verifyErrors)},
            {QStringLiteral("sha1"), certificate.sha1}};
        if (certificate.notAfter.isValid() && certificate.notAfter < context.now) {
            findings << makeFinding(
                QStringLiteral("gateway.cert_expired"),
                RuleText::tr("It ended on %1.").arg(certificate.notAfter.toString(Qt::ISODate)),
                certificateEvidence, values);
        }
        if (certificate.nameMatches == false) {
            findings << makeFinding(QStringLiteral("gateway.cert_name_mismatch"),
                                    RuleText::tr("It is made out to %1.")
                                        .arg(certificate.san.isEmpty()
                                                 ? certificate.subject
                                                 : certificate.san.join(QStringLiteral(", "))),
                                    certificateEvidence, values);
        }
        // Expiry is its own finding; the other verification errors mean "not trusted".
        QStringList trustErrors;
        for (qsizetype i = 0; i < certificate.verifyErrors.size(); ++i) {
            const int code = certificate.verifyErrorCodes.value(i, 0);
            if (code == 10 /* X509_V_ERR_CERT_HAS_EXPIRED */ || code == 9 /* NOT_YET_VALID */)
                continue;
            trustErrors << certificate.verifyErrors.at(i);
        }
        if (!trustErrors.isEmpty()) {
            findings << makeFinding(
                QStringLiteral("gateway.cert_untrusted"),
                RuleText::tr("Verification said: %1.").arg(trustErrors.join(QStringLiteral("; "))),
                certificateEvidence, values);
        }
    }
    if (gateway.httpStatus == 404) {
        findings << makeFinding(QStringLiteral("gateway.not_rd_gateway"),
                                RuleText::tr("The answer was: %1.").arg(gateway.httpStatusLine),
                                evidence, values);
    }
}

} // namespace

bool gatewayInPath(const Facts &facts)
{
    if (!facts.local || !facts.local->gateway)
        return false;
    switch (facts.local->gateway->path) {
    case GatewayFacts::Path::Always:
    case GatewayFacts::Path::ClientDefault:
        return true;
    case GatewayFacts::Path::IfDirectFails:
        return directFailed(facts);
    case GatewayFacts::Path::Direct:
        return false;
    }
    return false;
}

std::optional<int> effectiveMtu(const LocalFacts &local, const QString &destination)
{
    const RouteFacts *route = routeTo(local, destination);
    if (!route || !route->found)
        return std::nullopt;
    std::optional<int> mtu;
    const auto consider = [&mtu](std::optional<int> value) {
        if (value && *value > 0 && (!mtu || *value < *mtu))
            mtu = value;
    };
    consider(route->routeMtu);
    consider(route->pathMtu);
    if (const NetworkInterfaceFacts *interface = interfaceNamed(local, route->interfaceName))
        consider(interface->mtu);
    return mtu;
}

QList<Finding> evaluateLocalRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.local)
        return findings;
    const Placeholders values = placeholdersFor(facts, context);
    networkRules(facts, context, values, findings);
    firewallRules(facts, context, values, findings);
    if (facts.local->gateway)
        gatewayRules(facts, context, findings);
    return findings;
}

} // namespace rdpdiag
