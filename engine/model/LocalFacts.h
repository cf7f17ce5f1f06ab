// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Facts about this computer's side of the connection (stage "local"): its network
 * interfaces and the route toward the target, VPN/tunnel interfaces and MTU, DNS servers,
 * the proxy, its own firewall, the RD Gateway path named in the .rdp file, and — when the
 * target could not be reached — whether this computer can open a TCP connection anywhere.
 * Plain values; probes fill them, rules read them (engine/rules/LocalRules), the report
 * serialises them (report/LocalJson). Nothing learned is guessed: unknown stays empty.
 */

#include "model/DnsFacts.h"
#include "model/Enums.h"
#include "model/FirewallModel.h"
#include "model/GatewayFacts.h"
#include "model/Identifiers.h"
#include "model/TcpFacts.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** One network interface of this computer. */
struct NetworkInterfaceFacts
{
    QString name;
    int index = 0;
    QString kind; ///< Linux link kind ("tun", "wireguard", "veth", "ppp", …) if known
    std::optional<int> mtu;
    bool up = false;      ///< administratively up
    bool running = false; ///< carrier / operationally up
    bool loopback = false;
    QStringList addresses; ///< "10.0.0.2/24", "fe80::1/64"
    /** A VPN or tunnel interface, by kind or name (tun, tap, wg, ppp, utun, ipsec, …). */
    bool tunnel = false;
};

/** How this computer would send packets to one address of the target (or the gateway). */
struct RouteFacts
{
    QString destination;   ///< the address looked up
    bool found = false;    ///< the kernel has a route
    QString interfaceName; ///< the interface packets leave by
    QString gateway;       ///< next hop; empty when the destination is on the link
    QString sourceAddress; ///< the local address the kernel picks
    QString prefix;        ///< the route that matched ("0.0.0.0/0", "10.0.0.0/8"), if known
    bool viaDefaultRoute = false;
    QString type;                ///< "unicast", "unreachable", "blackhole", "prohibit", "local"
    std::optional<int> routeMtu; ///< an "mtu" attribute on the route itself
    std::optional<int> pathMtu;  ///< the kernel's path MTU estimate for this destination
    QString method;              ///< how it was learned: "ip route get", "/proc/net/route"
    QString error;               ///< why the lookup failed ("Network is unreachable", …)
};

/** The system proxy as this computer's environment sets it. */
struct ProxyFacts
{
    QString source; ///< "environment"
    QString httpProxy;
    QString httpsProxy;
    QString allProxy;
    QString noProxy;
    bool any() const
    {
        return !httpProxy.isEmpty() || !httpsProxy.isEmpty() || !allProxy.isEmpty();
    }
};

/** One firewall of this computer, as read with its own tool. */
struct FirewallReading
{
    enum class Status {
        Read,         ///< the rules were read
        Inactive,     ///< the firewall is installed but switched off
        NotInstalled, ///< its tool is not on this computer
        Denied,       ///< reading needs administrator rights
        Failed,       ///< the tool failed or printed something the parser rejects
    };
    QString source; ///< "nftables", "iptables", "ip6tables", "ufw", "firewalld",
                    ///< "windows-firewall", "pf", "macos-application-firewall"
    Status status = Status::NotInstalled;
    QString detail; ///< the tool's error message, or a note
    int ruleCount = 0;
    FirewallDirection direction = FirewallDirection::Outbound;
    quint16 port = 0;      ///< the port asked about
    QString remoteAddress; ///< the address asked about (empty: any)
    /** What blocks or may block the connection asked about (empty: nothing). */
    QList<FirewallVerdict> verdicts;
};

/** One control connection of the "can this computer connect anywhere" check. */
struct ConnectivityProbe
{
    QString role; ///< "target", "gateway", "dns-server"
    QString address;
    quint16 port = 0;
    IoOutcome outcome = IoOutcome::Failed;
    qint64 durationMs = 0;
    QString error;
};

/** Everything the local stage learned. */
struct LocalFacts
{
    QString platform; ///< "linux", "windows", "macos", "other"
    QList<NetworkInterfaceFacts> interfaces;
    std::optional<bool> hasDefaultRoute; ///< IPv4 or IPv6 default route present
    QList<RouteFacts> routes;            ///< toward each probed address
    QStringList dnsServers;              ///< from /etc/resolv.conf (or the platform's source)
    QStringList dnsSearch;
    std::optional<ProxyFacts> proxy;
    QList<FirewallReading> firewalls;
    std::optional<GatewayFacts> gateway;
    /** Control connections, made only when the target could not be reached. */
    QList<ConnectivityProbe> connectivity;
    /** What could not be collected on this platform or without rights (for the report). */
    QStringList notCollected;
    qint64 durationMs = 0;
};

QString firewallStatusString(FirewallReading::Status status);

/** A proxy URL without the user name and password it may carry
 * ("http://user:secret@proxy:3128" → "http://proxy:3128"): what a report may show. */
QString proxyWithoutCredentials(const QString &url);

/** The identifying fields of LocalFacts (model/Identifiers.h); without the gateway (its own stage).
 */
void visitIdentifiers(LocalFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
