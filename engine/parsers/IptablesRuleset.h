// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Reads `iptables-save` / `ip6tables-save` output (the filter table) into the generic rule
 * model of FirewallModel.h. Pure: text in, rule set out.
 *
 * Understood: chain declarations with policies, -p, -s/-d (CIDR or dotted masks), -i/-o
 * (with the + wildcard), --dport/--sport (tcp/udp modules), multiport --dports/--sports/
 * --ports, conntrack --ctstate and state --state, --syn, comments, negation (! before the
 * option), and the targets ACCEPT, DROP, REJECT, RETURN, a user chain (-j) and goto (-g).
 * Other modules and options (limit, recent, set, …) make the rule "maybe" matching.
 */

#include "model/FirewallModel.h"

#include <QString>

namespace rdpdiag {

struct IptablesParse
{
    GenericRuleset ruleset;
    int ruleCount = 0;
    QString error; ///< set when there is no *filter table at all
    bool ok() const { return error.isEmpty(); }
};

/** Parses `iptables-save` (family "ipv4") or `ip6tables-save` (family "ipv6") output. */
IptablesParse parseIptablesSave(const QString &text, const QString &family);

/** Splits a command line into words, honouring double quotes and backslash escapes. */
QStringList splitShellWords(const QString &line);

} // namespace rdpdiag
