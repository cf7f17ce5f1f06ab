// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Windows Defender Firewall, read from what netsh prints — in whatever language Windows
 * speaks. `netsh advfirewall firewall show rule name=all` translates its labels ("Rule
 * Name:" / "Regelname:") and some values ("Yes"/"Ja", "In"/"Eingehend",
 * "Allow"/"Zulassen", "Any"/"Beliebig"); `netsh advfirewall show allprofiles` translates
 * the labels and ON/OFF but not the policy keywords (BlockInbound,AllowOutbound).
 *
 * The parsers therefore know the English and a few other languages' labels and values,
 * and fall back on the fixed order of the fields when a label is unknown (Enabled is the
 * first field after the dashes, Direction the second, Action always the last). A value
 * they cannot interpret stays "unknown" and makes a verdict uncertain, never guessed.
 *
 * Windows semantics: an enabled block rule wins over allow rules; without a matching rule
 * the profile's default applies (usually BlockInbound, AllowOutbound). The active profile
 * is not known from these outputs, so a rule that covers only some profiles, or a profile
 * setting that differs between profiles, makes the verdict "may block".
 */

#include "model/FirewallModel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

struct WindowsFirewallRule
{
    QString name;
    std::optional<bool> enabled;
    std::optional<FirewallDirection> direction;
    QStringList profiles; ///< as printed ("Domain,Private,Public" split)
    QString grouping;
    QString localIp;
    QString remoteIp;
    QString protocol;  ///< "TCP", "UDP", "Any", "ICMPv4", …
    QString localPort; ///< "3389", "Any", "RPC", … (empty for protocols without ports)
    QString remotePort;
    /** "allow", "block", "bypass", or empty when the value was not understood. */
    QString action;
};

struct WindowsFirewallProfile
{
    QString name;           ///< "Domain", "Private", "Public" (by position)
    std::optional<bool> on; ///< State ON / OFF
    QString inboundPolicy;  ///< "BlockInbound", "AllowInbound", "BlockInboundAlways"
    QString outboundPolicy; ///< "AllowOutbound", "BlockOutbound"
};

struct NetshRulesParse
{
    QList<WindowsFirewallRule> rules;
    bool noRules = false;   ///< "No rules match the specified criteria."
    int unparsedBlocks = 0; ///< rule blocks without a name or fields (malformed output)
};

/** Parses `netsh advfirewall firewall show rule name=all` (any language). */
NetshRulesParse parseNetshFirewallRules(const QString &text);

/** Parses `netsh advfirewall show allprofiles` (any language). */
QList<WindowsFirewallProfile> parseNetshProfiles(const QString &text);

/** What Windows Firewall does with the connection asked about. */
QList<FirewallVerdict> evaluateWindowsFirewall(const QList<WindowsFirewallRule> &rules,
                                               const QList<WindowsFirewallProfile> &profiles,
                                               const PacketQuery &query);

/**
 * The rules of the built-in "Remote Desktop" group (grouping in several languages, or the
 * well-known display names), for the evidence: their names and whether they are enabled.
 */
QList<WindowsFirewallRule> remoteDesktopRules(const QList<WindowsFirewallRule> &rules);

} // namespace rdpdiag
