// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/FirewallModel.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

namespace rdpdiag {

namespace {

/** Jump chains deeper than this are not followed (real rule sets use a few levels). */
constexpr int kMaxJumpDepth = 16;

bool isLoopbackAddress(const QString &address)
{
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

/** An interface pattern ("eth0", "eth*", iptables "eth+") against a name. */
bool interfaceMatches(const QString &pattern, const QString &name)
{
    if (pattern.endsWith(u'*') || pattern.endsWith(u'+'))
        return name.startsWith(pattern.left(pattern.size() - 1));
    return pattern == name;
}

QString protocolNumberName(const QString &value)
{
    // Protocol numbers as iptables-save and nft print them for a few common protocols.
    if (value == QLatin1String("6"))
        return QStringLiteral("tcp");
    if (value == QLatin1String("17"))
        return QStringLiteral("udp");
    if (value == QLatin1String("1"))
        return QStringLiteral("icmp");
    if (value == QLatin1String("58"))
        return QStringLiteral("ipv6-icmp");
    return value.toLower();
}

MatchResult positive(const FieldMatch &match, const PacketQuery &query)
{
    using Field = FieldMatch::Field;
    if (match.unresolved)
        return MatchResult::Maybe;
    const bool outbound = query.direction == FirewallDirection::Outbound;
    switch (match.field) {
    case Field::Protocol: {
        for (const QString &value : match.values) {
            const QString name = protocolNumberName(value);
            if (name == query.protocol || name == QLatin1String("all"))
                return MatchResult::Yes;
        }
        return MatchResult::No;
    }
    case Field::DestinationPort:
        for (const PortRange &range : match.ports)
            if (range.contains(query.port))
                return MatchResult::Yes;
        return match.ports.isEmpty() ? MatchResult::Maybe : MatchResult::No;
    case Field::SourcePort:
        // The client's source port is an ephemeral port nobody knows in advance.
        return MatchResult::Maybe;
    case Field::DestinationAddress:
    case Field::SourceAddress: {
        const bool remote = (match.field == Field::DestinationAddress) == outbound;
        const QString address = remote ? query.remoteAddress : query.localAddress;
        if (address.isEmpty())
            return MatchResult::Maybe;
        bool unknown = false;
        for (const QString &value : match.values) {
            const std::optional<bool> inside = addressInPrefix(address, value);
            if (!inside)
                unknown = true;
            else if (*inside)
                return MatchResult::Yes;
        }
        return unknown ? MatchResult::Maybe : MatchResult::No;
    }
    case Field::InInterface:
    case Field::OutInterface: {
        // The interface a packet arrives on (inbound) or leaves by (outbound). The other one
        // does not exist on that hook, so such a condition never matches there.
        const bool relevant = (match.field == Field::OutInterface) == outbound;
        if (!relevant)
            return MatchResult::No;
        QString name;
        if (isLoopbackAddress(query.remoteAddress))
            name = QStringLiteral("lo");
        else if (outbound)
            name = query.interfaceName;
        if (name.isEmpty()) {
            // Unknown interface, but a connection from or to another computer never uses
            // the loopback interface.
            const bool allLoopback =
                !match.values.isEmpty() &&
                std::all_of(match.values.cbegin(), match.values.cend(),
                            [](const QString &v) { return v == QLatin1String("lo"); });
            return allLoopback && !query.remoteAddress.isEmpty() ? MatchResult::No
                   : allLoopback && !outbound                    ? MatchResult::No
                                                                 : MatchResult::Maybe;
        }
        for (const QString &value : match.values)
            if (interfaceMatches(value, name))
                return MatchResult::Yes;
        return MatchResult::No;
    }
    case Field::ConnState:
        // The first packet of a connection is in state "new".
        return match.values.contains(QLatin1String("new")) ? MatchResult::Yes : MatchResult::No;
    case Field::DestinationType:
    case Field::SourceType: {
        // The local end of the connection is a local unicast address; the remote end a
        // unicast address that is not local (unless it is a loopback address).
        const bool localSide = (match.field == Field::DestinationType) != outbound;
        QStringList types{QStringLiteral("unicast")};
        if (localSide || isLoopbackAddress(query.remoteAddress))
            types << QStringLiteral("local");
        for (const QString &value : match.values)
            if (types.contains(value))
                return MatchResult::Yes;
        return MatchResult::No;
    }
    case Field::Family: {
        if (query.family.isEmpty())
            return MatchResult::Maybe;
        return match.values.contains(query.family) ? MatchResult::Yes : MatchResult::No;
    }
    case Field::Other:
        return MatchResult::Maybe;
    }
    return MatchResult::Maybe;
}

MatchResult evaluateMatch(const FieldMatch &match, const PacketQuery &query)
{
    const MatchResult result = positive(match, query);
    if (!match.negated || result == MatchResult::Maybe)
        return result;
    return result == MatchResult::Yes ? MatchResult::No : MatchResult::Yes;
}

/** What walking one chain ended with. */
struct ChainOutcome
{
    enum class Kind { Accepted, Blocked, FellThrough };
    Kind kind = Kind::FellThrough;
    FirewallVerdict verdict; ///< for Blocked
};

class Evaluator
{
public:
    Evaluator(const GenericRuleset &ruleset, const PacketQuery &query)
        : m_ruleset(ruleset), m_query(query)
    {}

    QList<FirewallVerdict> run()
    {
        QList<const GenericChain *> bases;
        for (const GenericChain &chain : m_ruleset.chains)
            if (hookApplies(chain) && familyApplies(chain.family))
                bases << &chain;
        // Netfilter runs prerouting before input and output before postrouting; within a
        // hook, lower priority first.
        std::stable_sort(bases.begin(), bases.end(),
                         [](const GenericChain *a, const GenericChain *b) {
                             const int ha = hookOrder(a->hook);
                             const int hb = hookOrder(b->hook);
                             return ha != hb ? ha < hb : a->priority < b->priority;
                         });
        for (const GenericChain *chain : bases) {
            m_uncertain.clear();
            const ChainOutcome outcome = walk(*chain, 0, false);
            if (outcome.kind == ChainOutcome::Kind::Blocked) {
                m_found.prepend(outcome.verdict);
                return deduplicated();
            }
            if (outcome.kind == ChainOutcome::Kind::FellThrough &&
                chain->policy != FirewallAction::Accept) {
                FirewallVerdict verdict = blockVerdict(*chain, nullptr, chain->policy);
                verdict.byPolicy = true;
                m_found.prepend(verdict);
                return deduplicated();
            }
        }
        return deduplicated();
    }

private:
    static int hookOrder(const QString &hook)
    {
        static const QStringList order{QStringLiteral("prerouting"), QStringLiteral("input"),
                                       QStringLiteral("output"), QStringLiteral("postrouting")};
        const qsizetype index = order.indexOf(hook);
        return index < 0 ? 99 : static_cast<int>(index);
    }

    bool hookApplies(const GenericChain &chain) const
    {
        if (m_query.direction == FirewallDirection::Inbound)
            return chain.hook == QLatin1String("input") ||
                   chain.hook == QLatin1String("prerouting");
        return chain.hook == QLatin1String("output") || chain.hook == QLatin1String("postrouting");
    }

    bool familyApplies(const QString &family) const
    {
        if (family == QLatin1String("inet") || family.isEmpty())
            return true;
        const bool v4 = family == QLatin1String("ip") || family == QLatin1String("ipv4");
        const bool v6 = family == QLatin1String("ip6") || family == QLatin1String("ipv6");
        if (!v4 && !v6)
            return false; // arp, bridge, netdev: not on the path of an IP connection here
        if (m_query.family.isEmpty())
            return true;
        return (m_query.family == QLatin1String("ipv4")) == v4;
    }

    const GenericChain *findChain(const GenericChain &from, const QString &name) const
    {
        for (const GenericChain &chain : m_ruleset.chains)
            if (chain.name == name && chain.table == from.table && chain.family == from.family)
                return &chain;
        return nullptr;
    }

    static QString locationOf(const GenericChain &chain)
    {
        return QStringLiteral("table %1 %2, chain %3").arg(chain.family, chain.table, chain.name);
    }

    FirewallVerdict blockVerdict(const GenericChain &chain, const GenericRule *rule,
                                 FirewallAction action) const
    {
        FirewallVerdict verdict;
        verdict.result = m_uncertain.isEmpty() ? FirewallVerdict::Result::Blocked
                                               : FirewallVerdict::Result::MayBeBlocked;
        verdict.action = action;
        verdict.location = locationOf(chain);
        if (rule) {
            verdict.rule = rule->text;
            verdict.comment = rule->comment;
        } else {
            verdict.rule = QStringLiteral("policy %1").arg(firewallActionString(action));
        }
        verdict.conditions = m_uncertain;
        return verdict;
    }

    /** Conditions of @p rule that evaluated to Maybe, as text. */
    QStringList maybeConditions(const GenericRule &rule) const
    {
        QStringList conditions;
        for (const FieldMatch &match : rule.matches)
            if (evaluateMatch(match, m_query) == MatchResult::Maybe)
                conditions << (match.text.isEmpty() ? QStringLiteral("?") : match.text);
        return conditions;
    }

    MatchResult matchRule(const GenericRule &rule) const
    {
        MatchResult result = MatchResult::Yes;
        for (const FieldMatch &match : rule.matches) {
            const MatchResult one = evaluateMatch(match, m_query);
            if (one == MatchResult::No)
                return MatchResult::No;
            if (one == MatchResult::Maybe)
                result = MatchResult::Maybe;
        }
        return result;
    }

    /**
     * Walks @p chain. In a "maybe" walk (the chain was reached through a rule that only
     * possibly matched) nothing is certain: blocks are recorded as MayBeBlocked and the
     * walk always falls through.
     */
    ChainOutcome walk(const GenericChain &chain, int depth, bool maybeWalk)
    {
        ChainOutcome fellThrough;
        if (depth > kMaxJumpDepth || m_active.contains(&chain))
            return fellThrough; // a loop or absurd depth: stop following
        m_active.insert(&chain);
        const auto leave = [&](ChainOutcome outcome) {
            m_active.remove(&chain);
            return outcome;
        };
        for (const GenericRule &rule : chain.rules) {
            if (rule.action == FirewallAction::Continue)
                continue;
            const MatchResult match = matchRule(rule);
            if (match == MatchResult::No)
                continue;
            const bool maybe = maybeWalk || match == MatchResult::Maybe;
            switch (rule.action) {
            case FirewallAction::Accept:
                if (!maybe)
                    return leave({ChainOutcome::Kind::Accepted, {}});
                m_uncertain << maybeConditions(rule).join(QStringLiteral(" "));
                break;
            case FirewallAction::Drop:
            case FirewallAction::Reject: {
                FirewallVerdict verdict = blockVerdict(chain, &rule, rule.action);
                if (!maybe)
                    return leave({ChainOutcome::Kind::Blocked, verdict});
                verdict.result = FirewallVerdict::Result::MayBeBlocked;
                verdict.conditions << maybeConditions(rule);
                m_found << verdict;
                break;
            }
            case FirewallAction::Jump:
            case FirewallAction::Goto: {
                const GenericChain *target = findChain(chain, rule.jumpTarget);
                if (!target) {
                    m_uncertain << QStringLiteral("jump %1 (chain not found)").arg(rule.jumpTarget);
                    break;
                }
                const ChainOutcome sub = walk(*target, depth + 1, maybe);
                if (sub.kind != ChainOutcome::Kind::FellThrough)
                    return leave(sub);
                if (rule.action == FirewallAction::Goto && !maybe)
                    return leave(fellThrough);
                break;
            }
            case FirewallAction::Return:
                if (!maybe)
                    return leave(fellThrough);
                m_uncertain << maybeConditions(rule).join(QStringLiteral(" "));
                break;
            case FirewallAction::Continue:
                break;
            }
        }
        return leave(fellThrough);
    }

    QList<FirewallVerdict> deduplicated() const
    {
        QList<FirewallVerdict> unique;
        QSet<QString> seen;
        for (const FirewallVerdict &verdict : m_found) {
            const QString key = verdict.location + u'\n' + verdict.rule;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            unique << verdict;
        }
        return unique;
    }

    const GenericRuleset &m_ruleset;
    const PacketQuery &m_query;
    QStringList m_uncertain;
    QList<FirewallVerdict> m_found;
    QSet<const GenericChain *> m_active;
};

} // namespace

QString firewallDirectionString(FirewallDirection direction)
{
    return direction == FirewallDirection::Inbound ? QStringLiteral("inbound")
                                                   : QStringLiteral("outbound");
}

QString firewallActionString(FirewallAction action)
{
    switch (action) {
    case FirewallAction::Accept:
        return QStringLiteral("accept");
    case FirewallAction::Drop:
        return QStringLiteral("drop");
    case FirewallAction::Reject:
        return QStringLiteral("reject");
    case FirewallAction::Jump:
        return QStringLiteral("jump");
    case FirewallAction::Goto:
        return QStringLiteral("goto");
    case FirewallAction::Return:
        return QStringLiteral("return");
    case FirewallAction::Continue:
        return QStringLiteral("continue");
    }
    return {};
}

QString firewallResultString(FirewallVerdict::Result result)
{
    switch (result) {
    case FirewallVerdict::Result::Allowed:
        return QStringLiteral("allowed");
    case FirewallVerdict::Result::Blocked:
        return QStringLiteral("blocked");
    case FirewallVerdict::Result::MayBeBlocked:
        return QStringLiteral("may_be_blocked");
    }
    return {};
}

QList<FirewallVerdict> evaluateRuleset(const GenericRuleset &ruleset, const PacketQuery &query)
{
    PacketQuery effective = query;
    if (effective.family.isEmpty() && !effective.remoteAddress.isEmpty()) {
        const QHostAddress remote(effective.remoteAddress);
        if (!remote.isNull())
            effective.family = remote.protocol() == QAbstractSocket::IPv6Protocol
                                   ? QStringLiteral("ipv6")
                                   : QStringLiteral("ipv4");
    }
    effective.protocol = effective.protocol.toLower();
    if (!effective.family.isEmpty())
        return Evaluator(ruleset, effective).run();

    // Unknown family (an inbound question about any client): ask for both and keep every
    // verdict, since a block of either family stops some clients.
    QList<FirewallVerdict> all;
    for (const QString &family : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        effective.family = family;
        for (const FirewallVerdict &verdict : Evaluator(ruleset, effective).run()) {
            const bool duplicate =
                std::any_of(all.cbegin(), all.cend(), [&](const FirewallVerdict &seen) {
                    return seen.location == verdict.location && seen.rule == verdict.rule;
                });
            if (!duplicate)
                all << verdict;
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const FirewallVerdict &a, const FirewallVerdict &b) {
                         return a.result == FirewallVerdict::Result::Blocked &&
                                b.result != FirewallVerdict::Result::Blocked;
                     });
    return all;
}

std::optional<bool> addressInPrefix(const QString &address, const QString &prefix)
{
    const QHostAddress host(address);
    if (host.isNull())
        return std::nullopt;
    QString text = prefix.trimmed();
    if (!text.contains(u'/')) {
        const QHostAddress single(text);
        if (single.isNull())
            return std::nullopt;
        return single.isEqual(host, QHostAddress::ConvertV4MappedToIPv4);
    }
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
    if (subnet.first.isNull())
        return std::nullopt;
    if (subnet.first.protocol() != host.protocol())
        return false;
    return host.isInSubnet(subnet);
}

std::optional<PortRange> parsePortRange(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype separator = trimmed.indexOf(u'-');
    if (separator < 0)
        separator = trimmed.indexOf(u':');
    bool ok1 = false;
    bool ok2 = false;
    uint first = 0;
    uint last = 0;
    if (separator < 0) {
        first = last = trimmed.toUInt(&ok1);
        ok2 = ok1;
    } else {
        first = trimmed.left(separator).toUInt(&ok1);
        last = trimmed.mid(separator + 1).toUInt(&ok2);
    }
    if (!ok1 || !ok2 || first > 65535 || last > 65535 || first > last)
        return std::nullopt;
    return PortRange{static_cast<quint16>(first), static_cast<quint16>(last)};
}

} // namespace rdpdiag
