// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/NetlinkMessages.h"

#include "parsers/NetworkParsers.h"

#include <QHostAddress>
#include <QtEndian>

#include <cstring>

namespace rdpdiag::netlink {

namespace {

// linux/netlink.h
constexpr int kHeaderSize = 16;
constexpr quint16 kNoop = 1;
constexpr quint16 kError = 2;
constexpr quint16 kDone = 3;
constexpr quint16 kFlagRequest = 0x1;
constexpr quint16 kFlagMulti = 0x2;
constexpr quint16 kFlagDump = 0x300;
constexpr quint16 kAttributeTypeMask = 0x3fff; // without NLA_F_NESTED / NLA_F_NET_BYTEORDER
constexpr qint64 kMaxErrno = 4095;             // the kernel's errors are -1 … -4095
// linux/rtnetlink.h, if_link.h, if_addr.h, if.h, if_arp.h
constexpr quint16 kNewLink = 16;
constexpr quint16 kGetLink = 18;
constexpr quint16 kNewAddress = 20;
constexpr quint16 kGetAddress = 22;
constexpr quint16 kNewRoute = 24;
constexpr quint16 kGetRoute = 26;
constexpr int kLinkHeaderSize = 16;     // struct ifinfomsg
constexpr int kAddressHeaderSize = 8;   // struct ifaddrmsg
constexpr int kRouteHeaderSize = 12;    // struct rtmsg
constexpr int kNetfilterHeaderSize = 4; // struct nfgenmsg
constexpr quint16 kLinkName = 3;        // IFLA_IFNAME
constexpr quint16 kLinkMtu = 4;         // IFLA_MTU
constexpr quint16 kLinkOperState = 16;  // IFLA_OPERSTATE
constexpr quint16 kLinkInfo = 18;       // IFLA_LINKINFO
constexpr quint16 kLinkInfoKind = 1;    // IFLA_INFO_KIND
constexpr quint8 kOperStateUp = 6;      // IF_OPER_UP
constexpr quint32 kInterfaceUp = 0x1;
constexpr quint32 kInterfaceLoopback = 0x8;
constexpr quint32 kInterfaceLowerUp = 0x10000;
constexpr quint16 kHardwarePpp = 512;        // ARPHRD_PPP
constexpr quint16 kAddressAddress = 1;       // IFA_ADDRESS
constexpr quint16 kAddressLocal = 2;         // IFA_LOCAL
constexpr quint16 kRouteDestination = 1;     // RTA_DST
constexpr quint16 kRouteOutput = 4;          // RTA_OIF
constexpr quint16 kRouteGateway = 5;         // RTA_GATEWAY
constexpr quint16 kRoutePreferredSource = 7; // RTA_PREFSRC
constexpr quint16 kRouteMetrics = 8;         // RTA_METRICS
constexpr quint16 kMetricMtu = 2;            // RTAX_MTU
constexpr quint8 kFamilyIpv4 = 2;            // AF_INET
constexpr quint8 kFamilyIpv6 = 10;           // AF_INET6
// linux/netfilter/nfnetlink.h, nf_tables.h
constexpr quint16 kNftTableGet = (10 << 8) | 1; // NFNL_SUBSYS_NFTABLES, NFT_MSG_GETTABLE
constexpr quint16 kNftTableNew = (10 << 8) | 0; // NFT_MSG_NEWTABLE
constexpr quint16 kNftTableName = 1;            // NFTA_TABLE_NAME

constexpr qsizetype align4(qsizetype n)
{
    return (n + 3) & ~qsizetype(3);
}

quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return qFromUnaligned<quint16>(bytes.data() + at);
}
quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return qFromUnaligned<quint32>(bytes.data() + at);
}

/** The attributes (type → value) after a fixed header of @p skip bytes. */
QList<std::pair<quint16, QByteArrayView>> attributes(QByteArrayView payload, qsizetype skip)
{
    QList<std::pair<quint16, QByteArrayView>> result;
    qsizetype at = align4(skip);
    while (at + 4 <= payload.size()) {
        const quint16 length = u16(payload, at);
        if (length < 4 || at + length > payload.size())
            break;
        result.append({quint16(u16(payload, at + 2) & kAttributeTypeMask),
                       payload.sliced(at + 4, length - 4)});
        at += align4(length);
    }
    return result;
}

QByteArrayView attribute(const QList<std::pair<quint16, QByteArrayView>> &list, quint16 type)
{
    for (const auto &[t, value] : list)
        if (t == type)
            return value;
    return {};
}

/** A NUL-terminated string attribute. */
QString text(QByteArrayView value)
{
    const qsizetype end = value.indexOf('\0');
    return QString::fromUtf8(end < 0 ? value : value.first(end));
}

std::optional<quint32> number(QByteArrayView value)
{
    if (value.size() < 4)
        return std::nullopt;
    return u32(value, 0);
}

QString address(QByteArrayView value)
{
    if (value.size() == 4)
        return QHostAddress(qFromBigEndian<quint32>(value.data())).toString();
    if (value.size() == 16)
        return QHostAddress(reinterpret_cast<const quint8 *>(value.data())).toString();
    return {};
}

QByteArray request(quint16 type, quint16 flags, const QByteArray &body)
{
    QByteArray message(kHeaderSize, '\0');
    message += body;
    qToUnaligned<quint32>(quint32(message.size()), message.data());
    qToUnaligned<quint16>(type, message.data() + 4);
    qToUnaligned<quint16>(quint16(kFlagRequest | flags), message.data() + 6);
    qToUnaligned<quint32>(1, message.data() + 8); // sequence number: one question per socket
    return message;
}

QByteArray attributeBytes(quint16 type, QByteArrayView value)
{
    QByteArray bytes(4, '\0');
    qToUnaligned<quint16>(quint16(4 + value.size()), bytes.data());
    qToUnaligned<quint16>(type, bytes.data() + 2);
    bytes += value.toByteArray();
    bytes.resize(align4(bytes.size()), '\0');
    return bytes;
}

/** The names `ip route get` prints for route types (iproute2's rtnl_rtntype_n2a). */
QString routeTypeName(quint8 type)
{
    static const char *const names[] = {"none",     "unicast",   "local",     "broadcast",
                                        "anycast",  "multicast", "blackhole", "unreachable",
                                        "prohibit", "throw",     "nat",       "xresolve"};
    if (type < std::size(names))
        return QString::fromLatin1(names[type]);
    return QString::number(type);
}

QString nftFamilyName(quint8 family)
{
    switch (family) {
    case 1:
        return QStringLiteral("inet");
    case 2:
        return QStringLiteral("ip");
    case 3:
        return QStringLiteral("arp");
    case 5:
        return QStringLiteral("netdev");
    case 7:
        return QStringLiteral("bridge");
    case 10:
        return QStringLiteral("ip6");
    default:
        return QString::number(family);
    }
}

} // namespace

Scan scan(QByteArrayView bytes)
{
    Scan result;
    qsizetype at = 0;
    while (at < bytes.size() && !result.complete) {
        if (bytes.size() - at < kHeaderSize) {
            result.malformed = true;
            break;
        }
        const quint32 length = u32(bytes, at);
        if (length < quint32(kHeaderSize) || length > quint32(bytes.size() - at)) {
            result.malformed = true;
            break;
        }
        Message message;
        message.type = u16(bytes, at + 4);
        message.flags = u16(bytes, at + 6);
        message.payload = bytes.sliced(at + kHeaderSize, length - kHeaderSize);
        if (message.type == kError) {
            // struct nlmsgerr: a negative errno (0 is an acknowledgement) and the request.
            // Anything else (cut short, positive, beyond the kernel's errno range) is not the
            // kernel's message.
            const qint64 code = static_cast<qint32>(number(message.payload).value_or(1));
            if (code > 0 || code < -kMaxErrno)
                result.malformed = true;
            else
                result.error = static_cast<int>(-code);
            result.complete = true;
        } else if (message.type == kDone) {
            result.complete = true;
        } else if (message.type != kNoop) {
            result.messages.append(message);
            if (!(message.flags & kFlagMulti))
                result.complete = true; // a single answer, not part of a dump
        }
        at += align4(length);
    }
    return result;
}

QByteArray linkDumpRequest()
{
    return request(kGetLink, kFlagDump, QByteArray(kLinkHeaderSize, '\0'));
}

QByteArray addressDumpRequest()
{
    return request(kGetAddress, kFlagDump, QByteArray(kAddressHeaderSize, '\0'));
}

QByteArray routeRequest(const QString &address)
{
    const QHostAddress host(address);
    QByteArray header(kRouteHeaderSize, '\0');
    QByteArray destination;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        header[0] = char(kFamilyIpv4);
        header[1] = char(32);
        destination.resize(4);
        qToBigEndian<quint32>(host.toIPv4Address(), destination.data());
    } else if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        header[0] = char(kFamilyIpv6);
        header[1] = char(128);
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        destination = QByteArray(reinterpret_cast<const char *>(bytes.c), 16);
    } else {
        return {};
    }
    return request(kGetRoute, 0, header + attributeBytes(kRouteDestination, destination));
}

QByteArray nftTablesRequest()
{
    return request(kNftTableGet, kFlagDump, QByteArray(kNetfilterHeaderSize, '\0'));
}

QList<NetworkInterfaceFacts> parseInterfaces(QByteArrayView links, QByteArrayView addresses)
{
    QList<NetworkInterfaceFacts> interfaces;
    for (const Message &message : scan(links).messages) {
        if (message.type != kNewLink || message.payload.size() < kLinkHeaderSize)
            continue;
        const auto list = attributes(message.payload, kLinkHeaderSize);
        NetworkInterfaceFacts facts;
        facts.name = text(attribute(list, kLinkName));
        if (facts.name.isEmpty())
            continue;
        facts.index = static_cast<int>(u32(message.payload, 4));
        if (const std::optional<quint32> mtu = number(attribute(list, kLinkMtu)))
            facts.mtu = static_cast<int>(*mtu);
        const quint32 flags = u32(message.payload, 8);
        facts.up = flags & kInterfaceUp;
        facts.loopback = flags & kInterfaceLoopback;
        const QByteArrayView operState = attribute(list, kLinkOperState);
        facts.running = (flags & kInterfaceLowerUp) ||
                        (!operState.isEmpty() && quint8(operState[0]) == kOperStateUp);
        facts.kind = text(attribute(attributes(attribute(list, kLinkInfo), 0), kLinkInfoKind));
        if (facts.kind.isEmpty() && u16(message.payload, 2) == kHardwarePpp)
            facts.kind = QStringLiteral("ppp");
        interfaces.append(facts);
    }
    for (const Message &message : scan(addresses).messages) {
        if (message.type != kNewAddress || message.payload.size() < kAddressHeaderSize)
            continue;
        const auto list = attributes(message.payload, kAddressHeaderSize);
        // The local address; IPv6 (and point-to-point peers aside) has only IFA_ADDRESS.
        QByteArrayView local = attribute(list, kAddressLocal);
        if (local.isEmpty())
            local = attribute(list, kAddressAddress);
        const QString text = address(local);
        if (text.isEmpty())
            continue;
        const int index = static_cast<int>(u32(message.payload, 4));
        for (NetworkInterfaceFacts &facts : interfaces)
            if (facts.index == index)
                facts.addresses << QStringLiteral("%1/%2").arg(text).arg(
                    quint8(message.payload[1]));
    }
    for (NetworkInterfaceFacts &facts : interfaces)
        facts.tunnel = isTunnelInterface(facts.name, facts.kind);
    return interfaces;
}

RouteFacts parseRoute(QByteArrayView answer, const QString &destination,
                      const QList<NetworkInterfaceFacts> &interfaces)
{
    RouteFacts route;
    route.destination = destination;
    route.method = QStringLiteral("netlink route lookup");
    const Scan result = scan(answer);
    if (result.error > 0) {
        route.error = QString::fromLocal8Bit(std::strerror(result.error));
        route.type = QStringLiteral("unreachable");
        return route;
    }
    if (result.messages.isEmpty() || result.messages.first().type != kNewRoute ||
        result.messages.first().payload.size() < kRouteHeaderSize) {
        route.error = QStringLiteral("unexpected answer of the kernel's route lookup");
        return route;
    }
    const QByteArrayView payload = result.messages.first().payload;
    const auto list = attributes(payload, kRouteHeaderSize);
    route.type = routeTypeName(quint8(payload[7]));
    if (const std::optional<quint32> index = number(attribute(list, kRouteOutput)))
        for (const NetworkInterfaceFacts &facts : interfaces)
            if (facts.index == static_cast<int>(*index))
                route.interfaceName = facts.name;
    route.gateway = address(attribute(list, kRouteGateway));
    route.sourceAddress = address(attribute(list, kRoutePreferredSource));
    if (const std::optional<quint32> mtu =
            number(attribute(attributes(attribute(list, kRouteMetrics), 0), kMetricMtu)))
        route.routeMtu = static_cast<int>(*mtu);
    settleRouteLookup(route);
    return route;
}

std::optional<QList<NftTable>> parseNftTables(QByteArrayView answer, int *error)
{
    const Scan result = scan(answer);
    if (error)
        *error = result.error;
    if (result.error > 0 || result.malformed || !result.complete)
        return std::nullopt;
    QList<NftTable> tables;
    for (const Message &message : result.messages) {
        if (message.type != kNftTableNew || message.payload.size() < kNetfilterHeaderSize)
            continue;
        const QString name =
            text(attribute(attributes(message.payload, kNetfilterHeaderSize), kNftTableName));
        tables.append({nftFamilyName(quint8(message.payload[0])), name});
    }
    return tables;
}

} // namespace rdpdiag::netlink
