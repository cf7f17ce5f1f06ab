// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Collects this computer's network environment: interfaces (with link kind, MTU and
 * addresses), the default route, the route toward each address the connection uses (with
 * the kernel's path-MTU estimate), DNS servers and the proxy variables.
 *
 * On Linux from `ip -j`, /proc/net/route, /proc/net/ipv6_route and /etc/resolv.conf (the
 * kernel's own answer, so policy routing and VPN routes are what they really are). The
 * interfaces come from Qt elsewhere; what a platform cannot tell is listed in
 * LocalFacts::notCollected instead of being guessed.
 */

#include "model/Facts.h"
#include "probes/local/CommandRunner.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace rdpdiag {

struct EnvironmentRequest
{
    /** Addresses whose route to look up (the target's, the gateway's). */
    QStringList destinations;
    /** The process environment (proxy variables); the real one unless a test sets it. */
    QHash<QString, QString> environment;
    /** Files read (tests point them at fixtures). */
    QString resolvConfPath = QStringLiteral("/etc/resolv.conf");
    QString procRoutePath = QStringLiteral("/proc/net/route");
    QString procIpv6RoutePath = QStringLiteral("/proc/net/ipv6_route");
    /** Ask the kernel for its path MTU (Linux IP_MTU on a connected UDP socket; sends nothing). */
    bool kernelPathMtu = true;
    std::chrono::milliseconds commandTimeout{5000};
};

/** Fills platform, interfaces, hasDefaultRoute, routes, dnsServers, dnsSearch, proxy. */
void collectEnvironment(CommandRunner &runner, const EnvironmentRequest &request,
                        LocalFacts &facts);

/** The process environment as a hash (for EnvironmentRequest::environment). */
QHash<QString, QString> processEnvironment();

/**
 * The kernel's current path MTU toward @p address (Linux: IP_MTU / IPV6_MTU of a connected
 * UDP socket, which reflects the route, the interface and any learned PMTU). Sends no
 * packet. nullopt elsewhere or on error.
 */
std::optional<int> kernelPathMtu(const QString &address);

} // namespace rdpdiag
