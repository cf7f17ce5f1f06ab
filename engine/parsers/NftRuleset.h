// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Reads the JSON that `nft -j list ruleset` prints (libnftables JSON schema 1) into the
 * generic rule model of FirewallModel.h. Pure: bytes in, rule set out.
 *
 * Understood: base and regular chains with hook, priority and policy; matches on protocol
 * (tcp/udp payload, meta l4proto, ip protocol, ip6 nexthdr), transport ports (tcp/udp/th
 * dport and sport: values, anonymous sets, ranges, named sets, <, >, !=), ip/ip6 saddr and
 * daddr (addresses, prefixes, sets), iifname/oifname, ct state, meta nfproto; verdicts
 * accept, drop, reject, jump, goto, return and verdict maps keyed by the destination port.
 * Anything else in a rule (limit, quota, xt compat matches, meta mark, …) becomes a
 * condition the evaluation treats as "maybe". The rule's readable text is rebuilt from
 * the expressions in nft syntax, so the user can find it in `nft list ruleset`.
 */

#include "model/FirewallModel.h"

#include <QByteArrayView>
#include <QString>

namespace rdpdiag {

struct NftParse
{
    GenericRuleset ruleset;
    int ruleCount = 0;
    QString error; ///< set when the text is not nft JSON at all
    bool ok() const { return error.isEmpty(); }
};

/** Parses `nft -j list ruleset` output. Hostile or truncated input gives an error. */
NftParse parseNftJson(QByteArrayView json);

} // namespace rdpdiag
