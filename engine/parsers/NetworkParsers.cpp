// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/NetworkParsers.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 100000;
constexpr unsigned kRtfUp = 0x0001;
constexpr unsigned kRtfReject = 0x0200;

/** "0102A8C0" (little-endian, as /proc/net/route prints it) → "192.168.2.1". */
std::optional<quint32> littleEndianHex(const QString &text)
{
    if (text.size() != 8)
        return std::nullopt;
    bool ok = false;
    const quint32 value = text.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return ((value & 0xffu) << 24) | ((value & 0xff00u) << 8) | ((value & 0xff0000u) >> 8) |
           ((value & 0xff000000u) >> 24);
}

int prefixLengthOfMask(quint32 mask)
{
    int length = 0;
    while (mask & 0x80000000u) {
        ++length;
        mask <<= 1;
    }
    return length;
}

std::optional<QHostAddress> ipv6FromHex(const QString &hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    Q_IPV6ADDR bytes;
    for (int i = 0; i < 16; ++i) {
        bool ok = false;
        const uint byte = hex.mid(i * 2, 2).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        bytes[i] = static_cast<quint8>(byte);
    }
    return QHostAddress(bytes);
}

bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet)));
}

} // namespace

ResolvConf parseResolvConf(const QString &text)
{
    ResolvConf conf;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < kMaxLines; ++i) {
        QString line = lines.at(i);
        const qsizetype comment = line.indexOf(QRegularExpression(QStringLiteral("[#;]")));
        if (comment >= 0)
            line.truncate(comment);
        const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        if (words.first() == QLatin1String("nameserver")) {
            // A zone id ("fe80::1%eth0") is kept: it is part of how the server is reached.
            const QString address = words.at(1);
            if (!QHostAddress(address.section(u'%', 0, 0)).isNull() &&
                !conf.nameservers.contains(address) &&
                conf.nameservers.size() < kMaxResolvConfEntries)
                conf.nameservers << address;
        } else if (words.first() == QLatin1String("search") ||
                   words.first() == QLatin1String("domain")) {
            for (qsizetype w = 1; w < words.size(); ++w) {
                const QString domain = words.at(w).left(253);
                if (!conf.search.contains(domain) && conf.search.size() < kMaxResolvConfEntries)
                    conf.search << domain;
            }
        }
    }
    return conf;
}

QList<KernelRoute> parseProcNetRoute(const QString &text)
{
    QList<KernelRoute> routes;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size() && i < kMaxLines; ++i) {
        const QStringList fields = lines.at(i).simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 11)
            continue;
        const std::optional<quint32> destination = littleEndianHex(fields.at(1));
        const std::optional<quint32> gateway = littleEndianHex(fields.at(2));
        const std::optional<quint32> mask = littleEndianHex(fields.at(7));
        bool flagsOk = false;
        bool metricOk = false;
        bool mtuOk = false;
        const uint flags = fields.at(3).toUInt(&flagsOk, 16);
        const int metric = fields.at(6).toInt(&metricOk);
        const int mtu = fields.at(8).toInt(&mtuOk);
        if (!destination || !gateway || !mask || !flagsOk || !metricOk || !mtuOk)
            continue;
        KernelRoute route;
        route.interfaceName = fields.at(0);
        route.destination = QHostAddress(*destination).toString();
        route.prefixLength = prefixLengthOfMask(*mask);
        route.gateway = *gateway == 0 ? QString() : QHostAddress(*gateway).toString();
        route.metric = metric;
        if (mtu > 0)
            route.mtu = mtu;
        route.up = (flags & kRtfUp) != 0;
        // Blackhole, unreachable and prohibit routes have no device ("*").
        route.reject = (flags & kRtfReject) != 0 || route.interfaceName == QLatin1String("*");
        routes << route;
    }
    return routes;
}

QList<KernelRoute> parseProcNetIpv6Route(const QString &text)
{
    QList<KernelRoute> routes;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < kMaxLines; ++i) {
        const QStringList fields = lines.at(i).simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 10)
            continue;
        const std::optional<QHostAddress> destination = ipv6FromHex(fields.at(0));
        const std::optional<QHostAddress> nextHop = ipv6FromHex(fields.at(4));
        bool lengthOk = false;
        bool metricOk = false;
        bool flagsOk = false;
        const int length = fields.at(1).toInt(&lengthOk, 16);
        const uint metric = fields.at(5).toUInt(&metricOk, 16);
        const uint flags = fields.at(8).toUInt(&flagsOk, 16);
        if (!destination || !nextHop || !lengthOk || !metricOk || !flagsOk || length < 0 ||
            length > 128)
            continue;
        KernelRoute route;
        route.interfaceName = fields.at(9);
        route.destination = destination->toString();
        route.prefixLength = length;
        route.gateway = nextHop->isNull() || *nextHop == QHostAddress(QHostAddress::AnyIPv6)
                            ? QString()
                            : nextHop->toString();
        route.metric = static_cast<int>(std::min<uint>(metric, 0x7fffffff));
        route.up = (flags & kRtfUp) != 0;
        route.reject = (flags & kRtfReject) != 0;
        // The kernel lists the loopback "reject" default (metric ffffffff on lo) in every
        // namespace; it is not a route anybody configured.
        if (route.reject && route.interfaceName == QLatin1String("lo") && length == 0)
            continue;
        routes << route;
    }
    return routes;
}

std::optional<KernelRoute> selectRoute(const QList<KernelRoute> &routes, const QString &address)
{
    const QHostAddress host(address);
    if (host.isNull())
        return std::nullopt;
    const KernelRoute *best = nullptr;
    for (const KernelRoute &route : routes) {
        if (!route.up)
            continue;
        const QHostAddress network(route.destination);
        if (network.protocol() != host.protocol())
            continue;
        if (!host.isInSubnet(network, route.prefixLength))
            continue;
        if (!best || route.prefixLength > best->prefixLength ||
            (route.prefixLength == best->prefixLength && route.metric < best->metric))
            best = &route;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

RouteFacts parseIpRouteGet(QByteArrayView json, const QString &destination,
                           const QString &errorText)
{
    RouteFacts route;
    route.destination = destination;
    route.method = QStringLiteral("ip route get");
    if (!errorText.trimmed().isEmpty() && json.trimmed().isEmpty()) {
        // "RTNETLINK answers: Network is unreachable" → the part after the colon.
        QString message = errorText.trimmed().section(u'\n', 0, 0);
        const qsizetype colon = message.indexOf(QLatin1String(": "));
        if (colon >= 0)
            message = message.mid(colon + 2);
        route.error = message.left(200);
        route.type = QStringLiteral("unreachable");
        return route;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    const QJsonArray entries = document.array();
    if (!document.isArray() || entries.isEmpty() || !entries.first().isObject()) {
        route.error = QStringLiteral("unexpected output of ip route get");
        return route;
    }
    const QJsonObject entry = entries.first().toObject();
    route.type = entry.value(QLatin1String("type")).toString(QStringLiteral("unicast"));
    route.interfaceName = entry.value(QLatin1String("dev")).toString();
    route.gateway = entry.value(QLatin1String("gateway")).toString();
    route.sourceAddress = entry.value(QLatin1String("prefsrc")).toString();
    const QJsonValue mtu = entry.value(QLatin1String("mtu"));
    if (mtu.isDouble())
        route.routeMtu = mtu.toInt();
    // Route metrics may also carry the MTU ("metrics": [{"mtu": 1400}]).
    for (const QJsonValue &metric : entry.value(QLatin1String("metrics")).toArray()) {
        const QJsonValue value = metric.toObject().value(QLatin1String("mtu"));
        if (value.isDouble())
            route.routeMtu = value.toInt();
    }
    settleRouteLookup(route);
    return route;
}

void settleRouteLookup(RouteFacts &route)
{
    route.found = !route.interfaceName.isEmpty() && route.type != QLatin1String("unreachable") &&
                  route.type != QLatin1String("blackhole") &&
                  route.type != QLatin1String("prohibit");
    if (!route.found && route.error.isEmpty())
        route.error = route.type;
}

QList<NetworkInterfaceFacts> parseIpAddrJson(QByteArrayView json)
{
    QList<NetworkInterfaceFacts> interfaces;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    if (!document.isArray())
        return interfaces;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        NetworkInterfaceFacts facts;
        facts.name = object.value(QLatin1String("ifname")).toString();
        if (facts.name.isEmpty())
            continue;
        facts.index = object.value(QLatin1String("ifindex")).toInt();
        if (object.value(QLatin1String("mtu")).isDouble())
            facts.mtu = object.value(QLatin1String("mtu")).toInt();
        QStringList flags;
        for (const QJsonValue &flag : object.value(QLatin1String("flags")).toArray())
            flags << flag.toString();
        facts.up = flags.contains(QLatin1String("UP"));
        facts.loopback = flags.contains(QLatin1String("LOOPBACK"));
        const QString operstate = object.value(QLatin1String("operstate")).toString();
        facts.running =
            flags.contains(QLatin1String("LOWER_UP")) || operstate == QLatin1String("UP");
        facts.kind = object.value(QLatin1String("linkinfo"))
                         .toObject()
                         .value(QLatin1String("info_kind"))
                         .toString();
        if (facts.kind.isEmpty() &&
            object.value(QLatin1String("link_type")).toString() == QLatin1String("ppp"))
            facts.kind = QStringLiteral("ppp");
        for (const QJsonValue &addressValue : object.value(QLatin1String("addr_info")).toArray()) {
            const QJsonObject address = addressValue.toObject();
            const QString local = address.value(QLatin1String("local")).toString();
            if (local.isEmpty())
                continue;
            facts.addresses << QStringLiteral("%1/%2").arg(local).arg(
                address.value(QLatin1String("prefixlen")).toInt());
        }
        facts.tunnel = isTunnelInterface(facts.name, facts.kind);
        interfaces << facts;
    }
    return interfaces;
}

bool isTunnelInterface(const QString &name, const QString &kind)
{
    static const QStringList kinds{
        QStringLiteral("tun"),    QStringLiteral("tap"),    QStringLiteral("wireguard"),
        QStringLiteral("ppp"),    QStringLiteral("ipip"),   QStringLiteral("gre"),
        QStringLiteral("gretap"), QStringLiteral("ip6gre"), QStringLiteral("ip6tnl"),
        QStringLiteral("sit"),    QStringLiteral("vti"),    QStringLiteral("vti6"),
        QStringLiteral("xfrm"),   QStringLiteral("l2tp"),   QStringLiteral("openvpn"),
        QStringLiteral("ipsec")};
    if (kinds.contains(kind.toLower()))
        return true;
    static const QRegularExpression names(
        QStringLiteral(
            "^(tun|tap|wg|ppp|utun|ipsec|vpn|tailscale|zt|nordlynx|cscotun|gpd|proton|mullvad|"
            "wt|nebula|l2tp|pptp|ipip|gre|vti|xfrm)[0-9a-z_.-]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return names.match(name).hasMatch();
}

ProxyFacts proxyFromEnvironment(const QHash<QString, QString> &environment)
{
    ProxyFacts proxy;
    proxy.source = QStringLiteral("environment");
    const auto pick = [&](const char *lower, const char *upper) {
        QString value = environment.value(QLatin1String(lower)).trimmed();
        if (value.isEmpty())
            value = environment.value(QLatin1String(upper)).trimmed();
        // "http://user:secret@proxy:3128": a password never enters the facts.
        return proxyWithoutCredentials(value);
    };
    proxy.httpProxy = pick("http_proxy", "HTTP_PROXY");
    proxy.httpsProxy = pick("https_proxy", "HTTPS_PROXY");
    proxy.allProxy = pick("all_proxy", "ALL_PROXY");
    proxy.noProxy = pick("no_proxy", "NO_PROXY");
    return proxy;
}

AddressScope classifyAddress(const QString &address)
{
    const QHostAddress host(address.section(u'%', 0, 0));
    if (host.isNull())
        return AddressScope::Invalid;
    if (host.isLoopback())
        return AddressScope::Loopback;
    if (host == QHostAddress(QHostAddress::AnyIPv4) || host == QHostAddress(QHostAddress::AnyIPv6))
        return AddressScope::Unspecified;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        if (inSubnet(host, "10.0.0.0/8") || inSubnet(host, "172.16.0.0/12") ||
            inSubnet(host, "192.168.0.0/16"))
            return AddressScope::Private;
        if (inSubnet(host, "100.64.0.0/10"))
            return AddressScope::SharedCgnat;
        if (inSubnet(host, "169.254.0.0/16"))
            return AddressScope::LinkLocal;
        if (inSubnet(host, "192.0.2.0/24") || inSubnet(host, "198.51.100.0/24") ||
            inSubnet(host, "203.0.113.0/24"))
            return AddressScope::Documentation;
        return AddressScope::Public;
    }
    if (inSubnet(host, "fc00::/7"))
        return AddressScope::Private;
    if (inSubnet(host, "fe80::/10"))
        return AddressScope::LinkLocal;
    if (inSubnet(host, "2001:db8::/32"))
        return AddressScope::Documentation;
    return AddressScope::Public;
}

QString addressScopeString(AddressScope scope)
{
    switch (scope) {
    case AddressScope::Public:
        return QStringLiteral("public");
    case AddressScope::Private:
        return QStringLiteral("private");
    case AddressScope::SharedCgnat:
        return QStringLiteral("shared");
    case AddressScope::LinkLocal:
        return QStringLiteral("link-local");
    case AddressScope::Loopback:
        return QStringLiteral("loopback");
    case AddressScope::Unspecified:
        return QStringLiteral("unspecified");
    case AddressScope::Documentation:
        return QStringLiteral("documentation");
    case AddressScope::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

bool onConnectedNetwork(const QList<NetworkInterfaceFacts> &interfaces, const QString &address)
{
    const QHostAddress host(address);
    if (host.isNull())
        return false;
    for (const NetworkInterfaceFacts &facts : interfaces) {
        if (facts.loopback)
            continue;
        for (const QString &entry : facts.addresses) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull() || subnet.first.protocol() != host.protocol())
                continue;
            // A /32 or /128 says nothing about a network around it.
            const int full = host.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
            if (subnet.second >= full)
                continue;
            if (host.isInSubnet(subnet))
                return true;
        }
    }
    return false;
}

} // namespace rdpdiag
