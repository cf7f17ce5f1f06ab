// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The Linux firewall front ends that people configure by hand, read in their own terms so
 * that a finding can name the rule the way the administrator wrote it: ufw (`ufw status
 * verbose`, run with LC_ALL=C) and firewalld (`firewall-cmd --list-all-zones` or
 * `--list-all`, and `--get-active-zones`). Their rules also appear in the nftables /
 * iptables rule sets, which the tool reads too; these readers add the front end's view
 * (its default policy, its rule text and comment). Pure parsers and evaluators.
 */

#include "model/FirewallModel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rdpdiag {

/** One row of `ufw status verbose`. */
struct UfwRule
{
    QString to;        ///< "To" column as printed ("3389/tcp", "10.20.0.0/16 3390/tcp")
    QString action;    ///< "ALLOW", "DENY", "REJECT", "LIMIT"
    QString direction; ///< "IN", "OUT", "FWD"
    QString from;      ///< "From" column as printed ("Anywhere", "192.168.10.0/24")
    QString comment;   ///< after "# "
    bool ipv6 = false; ///< a "(v6)" rule
    QString text;      ///< the whole line, trimmed
};

struct UfwStatus
{
    bool parsed = false;     ///< the text looked like ufw status output
    bool active = false;     ///< "Status: active"
    QString defaultIncoming; ///< "deny", "allow", "reject" (empty when not shown)
    QString defaultOutgoing;
    QList<UfwRule> rules;
};

UfwStatus parseUfwStatus(const QString &text);

/** What ufw does with the connection asked about (first matching rule, else the default). */
QList<FirewallVerdict> evaluateUfw(const UfwStatus &status, const PacketQuery &query);

/** One firewalld zone as `firewall-cmd --list-all` prints it. */
struct FirewalldZone
{
    QString name;
    bool active = false;
    bool isDefault = false;
    QString target; ///< "default", "ACCEPT", "DROP", "%%REJECT%%", "REJECT"
    QStringList interfaces;
    QStringList sources;
    QStringList services;  ///< "ssh", "rdp", …
    QStringList ports;     ///< "3389/tcp", "5000-5100/tcp"
    QStringList richRules; ///< each `rule …` line
};

/** Parses `firewall-cmd --list-all` / `--list-all-zones` output (one or more zones). */
QList<FirewalldZone> parseFirewalldZones(const QString &text);

/**
 * Inbound only (firewalld filters incoming connections; outgoing ones need explicit
 * policies, which are rare): for each active zone, whether a new TCP connection to the port
 * is accepted by the target, a port, a service or a rich rule.
 */
QList<FirewallVerdict> evaluateFirewalld(const QList<FirewalldZone> &zones,
                                         const PacketQuery &query);

/** The TCP ports of the firewalld services the tool knows ("rdp" = 3389). */
QList<PortRange> firewalldServicePorts(const QString &service);

} // namespace rdpdiag
