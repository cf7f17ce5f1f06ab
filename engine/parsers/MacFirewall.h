// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * macOS has two firewalls: the packet filter pf (`pfctl -sr` lists its rules; it can block
 * outgoing connections) and the application firewall (`socketfilterfw`), which only ever
 * filters incoming connections to applications. Pure parsers and pf's evaluation.
 *
 * pf semantics: the last matching rule decides, unless a matching rule is "quick", which
 * decides at once; without any match the packet passes. Rules inside anchors are not
 * listed by `pfctl -sr`, so an anchor makes later verdicts uncertain.
 */

#include "model/FirewallModel.h"

#include <QList>
#include <QString>
#include <optional>

namespace rdpdiag {

struct PfRule
{
    QString text;
    QString action;       ///< "pass", "block", "match", "anchor"
    bool returns = false; ///< block return / return-rst / return-icmp (else drop)
    std::optional<FirewallDirection> direction; ///< nullopt: both directions
    bool quick = false;
    QString interfaceName; ///< "on en0"
    QString family;        ///< "ipv4", "ipv6" or empty
    QStringList protocols; ///< empty: any
    QString fromAddress;   ///< "any", "10.0.0.0/8", "<table>", with "!" prefix when negated
    QString toAddress;
    QString toPort; ///< "= 3389", "3389", "3000:3400", "> 1024", "!= 3389", … (empty: any)
    bool otherConditions = false; ///< user, group, tagged, … (not evaluated)
};

struct PfParse
{
    QList<PfRule> rules;
    int unparsed = 0;
};

/** Whether pf is enabled, from the "Status: Enabled …" / "Status: Disabled" line of
 * `pfctl -s info`; nullopt when the output has no such line. pf's rules are loaded whether or
 * not pf is enabled, so only this says whether they filter anything. */
std::optional<bool> parsePfEnabled(const QString &info);

/** Parses `pfctl -sr` output. */
PfParse parsePfRules(const QString &text);

/** What pf does with the connection asked about. */
QList<FirewallVerdict> evaluatePf(const QList<PfRule> &rules, const PacketQuery &query);

/** The application firewall's state, from `socketfilterfw --getglobalstate` and
 * `--getblockall` output. */
struct ApplicationFirewallState
{
    std::optional<bool> enabled;
    std::optional<bool> blockAll; ///< "block all incoming connections"
};

ApplicationFirewallState parseSocketFilterState(const QString &globalState,
                                                const QString &blockAll);

} // namespace rdpdiag
