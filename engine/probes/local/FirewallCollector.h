// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Reads this computer's firewalls with their own tools and asks each the same question:
 * would a new TCP connection to the RDP port be dropped or rejected — outbound (this
 * computer is the client) or inbound (it is the server)?
 *
 * Linux: nftables (`nft -j list ruleset`), iptables (`iptables-save`, `ip6tables-save`),
 * ufw (`ufw status verbose`) and firewalld (`firewall-cmd --state`,
 * `--list-all-zones`). When iptables is the nf_tables variant, its tables are read through
 * iptables-save (exact) and left out of the nftables reading (where its matches are opaque
 * "xt" expressions). The kernel is asked first which tables exist (nftables over netlink,
 * legacy iptables in /proc/net/ip_tables_names); a tool with no table to read is not started.
 * Windows: `netsh advfirewall show allprofiles` and `netsh advfirewall
 * firewall show rule name=all`. macOS: `pfctl -sr` and `socketfilterfw`.
 *
 * Which platform's readers run is a parameter, so every reader is tested here with the
 * recorded output of the real tools (tests/data/local).
 */

#include "model/Facts.h"
#include "probes/local/CommandRunner.h"

#include <QList>

namespace rdpdiag {

enum class FirewallPlatform { Linux, Windows, MacOs, Other };

/** The platform this program runs on (platform/System.h). */
FirewallPlatform currentFirewallPlatform();

/** Runs every reader of @p platform for @p query. */
QList<FirewallReading>
collectFirewalls(CommandRunner &runner, const PacketQuery &query, FirewallPlatform platform,
                 std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace rdpdiag
