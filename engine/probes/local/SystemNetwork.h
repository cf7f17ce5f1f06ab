// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * This computer's network as its own system tells it: one implementation per OS family.
 *  - SystemNetworkLinux.cpp: interfaces and the route lookup over netlink (`ip -j -d addr`,
 *    `ip -j route get` where netlink does not answer), /proc/net/route and ipv6_route,
 *    /etc/resolv.conf, the kernel's path MTU (IP_MTU).
 *  - SystemNetworkWindows.cpp: the IP Helper API (GetBestRoute2, GetIpForwardTable2,
 *    GetAdaptersAddresses through Qt, GetNetworkParams) and the user's proxy settings.
 *  - SystemNetworkGeneric.cpp (macOS and other systems): Qt's interfaces; the rest is listed
 *    as not collected.
 * Whatever a call cannot read is named in LocalFacts::notCollected: never guessed, never fatal.
 */

#include "probes/local/EnvironmentCollector.h"

#include <optional>

namespace rdpdiag {

/** Fills interfaces, hasDefaultRoute, routes (one per request.destinations), dnsServers,
 * dnsSearch, and, where the system keeps one apart from the environment, the proxy. */
void collectSystemNetwork(CommandRunner &runner, const EnvironmentRequest &request,
                          LocalFacts &facts);

/**
 * The system's current path MTU toward @p address, without sending a packet (Linux:
 * IP_MTU / IPV6_MTU of a connected UDP socket: the route, the interface and any learned
 * PMTU). nullopt where the system does not tell, or on error.
 */
std::optional<int> kernelPathMtu(const QString &address);

} // namespace rdpdiag
