// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * One model for the rule sets of packet filters that evaluate rules chain by chain
 * (nftables, iptables), and the question the tool asks of them: "would a new TCP
 * connection to port P (from or to address A) be dropped or rejected here?"
 *
 * The parsers (NftRuleset, IptablesRuleset) turn their tool's output into this model; the
 * evaluation is shared and pure. A rule's conditions are evaluated when the tool can know
 * the answer for the connection asked about (protocol, destination port, the remote
 * address, connection-tracking state "new", the loopback interface); every other condition
 * (other interfaces, marks, rate limits, unknown matches) makes the rule only *possibly*
 * matching. A drop that depends on such a condition is reported as "may block", never as a
 * certain block, and an accept that might apply turns a later drop into "may block" too.
 */

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** Direction of the connection asked about, seen from this computer. */
enum class FirewallDirection {
    Inbound,  ///< a client connects to this computer (server self-check)
    Outbound, ///< this computer connects to a server (client check)
};
QString firewallDirectionString(FirewallDirection direction);

/** What a rule or a chain policy does with a packet. */
enum class FirewallAction {
    Accept,
    Drop,
    Reject,
    Jump,     ///< evaluate another chain, then continue here
    Goto,     ///< evaluate another chain, never come back
    Return,   ///< end this chain (the caller continues)
    Continue, ///< no verdict (counter, log, mark): the next rule decides
};
QString firewallActionString(FirewallAction action);

/** A numeric range of ports, inclusive. */
struct PortRange
{
    quint16 first = 0;
    quint16 last = 0;
    bool contains(quint16 port) const { return port >= first && port <= last; }
};

/** The answer of one condition for the connection asked about. */
enum class MatchResult { No, Maybe, Yes };

/**
 * A condition on one field. Values: port numbers, port ranges, addresses or prefixes
 * ("10.0.0.0/8"), protocol names, interface names, conntrack states. An empty value list
 * with unknown=true means "a set the tool could not resolve".
 */
struct FieldMatch
{
    enum class Field {
        Protocol,        ///< "tcp", "udp", "icmp", … (values lower-case names)
        DestinationPort, ///< ports
        SourcePort,      ///< ports
        DestinationAddress,
        SourceAddress,
        InInterface,     ///< interface names ("eth0", "wl*" for a prefix)
        OutInterface,    ///< interface names
        ConnState,       ///< "new", "established", "related", "invalid", "untracked"
        Family,          ///< "ipv4" / "ipv6" (nftables "meta nfproto", an ip/ip6 payload)
        DestinationType, ///< address type: "local", "unicast", "multicast", "broadcast", …
        SourceType,      ///< (iptables -m addrtype, nftables fib … type)
        Other,           ///< anything else: always Maybe
    };
    Field field = Field::Other;
    bool negated = false;
    QStringList values;      ///< textual values (protocols, addresses, interfaces, states)
    QList<PortRange> ports;  ///< port values
    bool unresolved = false; ///< a named set or map that was not in the rule set
    QString text;            ///< how the condition reads, for the user ("tcp dport 3389")
};

struct GenericRule
{
    QList<FieldMatch> matches;
    FirewallAction action = FirewallAction::Continue;
    QString jumpTarget; ///< for Jump / Goto
    QString text;       ///< the rule as the tool prints it (nft syntax or iptables-save line)
    QString comment;    ///< the rule's comment, if any (ufw and firewalld name their rules)
};

struct GenericChain
{
    QString family; ///< "ip", "ip6", "inet" (nftables), "ipv4" / "ipv6" (iptables)
    QString table;
    QString name;
    /** Netfilter hook of a base chain ("input", "output", "forward", …); empty for a
     * regular chain that is only reached by jump/goto. */
    QString hook;
    int priority = 0;
    FirewallAction policy = FirewallAction::Accept; ///< base chains only
    QList<GenericRule> rules;
};

struct GenericRuleset
{
    QList<GenericChain> chains;
};

/** The connection asked about. */
struct PacketQuery
{
    FirewallDirection direction = FirewallDirection::Outbound;
    QString protocol = QStringLiteral("tcp");
    quint16 port = 3389; ///< the RDP port: destination port of the connection
    /** The remote side's address (the server for Outbound, a client for Inbound). Empty:
     * unknown (any client), so address conditions are Maybe. */
    QString remoteAddress;
    /** The local address of the connection, when known (Outbound: the source the route
     * picks; Inbound: the listening address). */
    QString localAddress;
    /** Outbound: the interface the route to the remote address uses (empty: unknown). */
    QString interfaceName;
    /** "ipv4" or "ipv6"; empty = both families are asked about. */
    QString family;

    bool operator==(const PacketQuery &) const = default;
};

/** How the rule set treats the connection asked about. */
struct FirewallVerdict
{
    enum class Result {
        Allowed,      ///< no rule or policy drops it
        Blocked,      ///< a rule or policy certainly drops or rejects it
        MayBeBlocked, ///< a drop/reject applies only under conditions the tool cannot check
    };
    Result result = Result::Allowed;
    FirewallAction action = FirewallAction::Accept; ///< Drop or Reject when blocked
    bool byPolicy = false;  ///< the chain's default policy decided, not a rule
    QString rule;           ///< the deciding rule as printed (or "policy drop")
    QString comment;        ///< its comment
    QString location;       ///< "table inet filter, chain output"
    QStringList conditions; ///< conditions the tool could not check (for MayBeBlocked)
};
QString firewallResultString(FirewallVerdict::Result result);

/**
 * Evaluates @p ruleset for @p query: every base chain on the hook of the direction (input
 * or output), in priority order. Returns the verdicts that block or may block; an empty
 * list means nothing in this rule set stops the connection.
 */
QList<FirewallVerdict> evaluateRuleset(const GenericRuleset &ruleset, const PacketQuery &query);

/** Whether @p address lies in @p prefix ("10.0.0.0/8", "2001:db8::/32" or one address). */
std::optional<bool> addressInPrefix(const QString &address, const QString &prefix);

/** Parses "3389", "3389-3390", "3389:3390" (ranges with - or :). nullopt when invalid. */
std::optional<PortRange> parsePortRange(const QString &text);

} // namespace rdpdiag
