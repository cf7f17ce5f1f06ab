// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Collects this computer's network environment: interfaces (with link kind, MTU and
 * addresses), the default route, the route toward each address the connection uses (with
 * the kernel's path-MTU estimate), DNS servers and the proxy variables.
 *
 * What is the same everywhere is here; what each system reads its own way is in
 * probes/local/SystemNetwork.h (one file per OS family). What a system cannot tell is
 * listed in LocalFacts::notCollected instead of being guessed.
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
    /** Ask the system for its path MTU where it can tell (Linux); sends nothing. */
    bool kernelPathMtu = true;
    std::chrono::milliseconds commandTimeout{5000};
};

/** Fills platform, interfaces, hasDefaultRoute, routes, dnsServers, dnsSearch, proxy. */
void collectEnvironment(CommandRunner &runner, const EnvironmentRequest &request,
                        LocalFacts &facts);

/** The process environment as a hash (for EnvironmentRequest::environment). */
QHash<QString, QString> processEnvironment();

/** The interfaces as Qt sees them (names, MTU, addresses, up/loopback/ppp, tunnels). */
QList<NetworkInterfaceFacts> qtInterfaces();

} // namespace rdpdiag
