// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Pure readers of what Linux (and the environment) say about this computer's network:
 * /etc/resolv.conf, /proc/net/route, /proc/net/ipv6_route, `ip -j route get`,
 * `ip -j -d addr show`, the proxy variables; plus the small classifications the rules need
 * (VPN/tunnel interfaces, private and special addresses). No I/O here: the collector
 * (EnvironmentCollector) reads and runs, these functions only interpret, so every case is
 * tested on fixtures, malformed ones included.
 */

#include "model/Facts.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

struct ResolvConf
{
    QStringList nameservers;
    QStringList search;
};

/** The nameserver and search/domain lines of resolv.conf (comments, junk ignored): name
 * servers once each, and every name of every search/domain line once each (glibc uses the
 * last such line; all of them are listed because all of them name this computer's
 * networks). At most kMaxResolvConfEntries of each. */
inline constexpr qsizetype kMaxResolvConfEntries = 64;
ResolvConf parseResolvConf(const QString &text);

/** One entry of a kernel routing table. */
struct KernelRoute
{
    QString interfaceName;
    QString destination; ///< network address
    int prefixLength = 0;
    QString gateway; ///< empty when on-link
    int metric = 0;
    std::optional<int> mtu; ///< a route MTU, when set
    bool up = true;
    bool reject = false; ///< RTF_REJECT: unreachable/blackhole/prohibit route

    QString prefix() const { return destination + u'/' + QString::number(prefixLength); }
    bool isDefault() const { return prefixLength == 0; }
};

/** Parses /proc/net/route (IPv4; little-endian hex fields). Malformed lines are skipped. */
QList<KernelRoute> parseProcNetRoute(const QString &text);

/** Parses /proc/net/ipv6_route. Malformed lines are skipped. */
QList<KernelRoute> parseProcNetIpv6Route(const QString &text);

/**
 * The route the kernel's main table would pick for @p address: the longest matching
 * prefix, then the lowest metric. nullopt when nothing matches (no default route).
 */
std::optional<KernelRoute> selectRoute(const QList<KernelRoute> &routes, const QString &address);

/**
 * Reads `ip -j route get ADDRESS` output into a RouteFacts (found, dev, gateway, prefsrc,
 * type, mtu). When the command failed, pass its stderr as @p errorText ("RTNETLINK
 * answers: Network is unreachable") and an empty @p json.
 */
RouteFacts parseIpRouteGet(QByteArrayView json, const QString &destination,
                           const QString &errorText = {});

/** Sets found (an outgoing interface, and a type that forwards) and, when not found, the
 * error of a route lookup whose type and interface are read (ip route get, netlink). */
void settleRouteLookup(RouteFacts &route);

/** Reads `ip -j -d addr show` (interfaces with link kind, flags, MTU and addresses). */
QList<NetworkInterfaceFacts> parseIpAddrJson(QByteArrayView json);

/**
 * Whether an interface is a VPN or tunnel: by link kind (tun, tap, wireguard, ppp, ipip,
 * gre, sit, vti, xfrm, ipsec, l2tp, …) or by name (tun*, tap*, wg*, ppp*, utun*, ipsec*,
 * vpn*, tailscale*, zt*, nordlynx, cscotun*, gpd*, …).
 */
bool isTunnelInterface(const QString &name, const QString &kind = {});

/** The proxy variables of @p environment (lower- and upper-case names). */
ProxyFacts proxyFromEnvironment(const QHash<QString, QString> &environment);

/** Where an address belongs. */
enum class AddressScope {
    Public,
    Private,     ///< RFC 1918, IPv6 unique local (fc00::/7)
    SharedCgnat, ///< 100.64.0.0/10 (carrier-grade NAT, also used by some VPNs)
    LinkLocal,   ///< 169.254.0.0/16, fe80::/10
    Loopback,
    Unspecified,   ///< 0.0.0.0, ::
    Documentation, ///< 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32
    Invalid,
};
AddressScope classifyAddress(const QString &address);
QString addressScopeString(AddressScope scope);

/** Prefixes of the interfaces' addresses ("10.0.0.0/24") that contain @p address. */
bool onConnectedNetwork(const QList<NetworkInterfaceFacts> &interfaces, const QString &address);

} // namespace rdpdiag
