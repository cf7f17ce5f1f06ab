// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/FirewallFrontends.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 100000;

bool isAnywhere(const QString &text)
{
    return text.isEmpty() || text.startsWith(QLatin1String("Anywhere"), Qt::CaseInsensitive) ||
           text == QLatin1String("any");
}

bool looksLikeAddress(const QString &text)
{
    // QHostAddress reads "3389" as the IPv4 address 0.0.13.61: require a dotted or colon form.
    const QString address = text.section(u'/', 0, 0);
    return (address.contains(u'.') || address.contains(u':')) && !QHostAddress(address).isNull();
}

/** The parts of a ufw "To"/"From" cell: address, port spec, interface. */
struct UfwEndpoint
{
    QString address;  ///< empty = anywhere
    QString portSpec; ///< "3389/tcp", "80,443/tcp", "3000:4000", app name, or empty = any
    QString interfaceName;
};

UfwEndpoint parseUfwEndpoint(QString cell)
{
    UfwEndpoint endpoint;
    cell.remove(QStringLiteral("(v6)"));
    cell.remove(QStringLiteral("(out)"));
    const qsizetype on = cell.indexOf(QLatin1String(" on "));
    if (on >= 0) {
        endpoint.interfaceName = cell.mid(on + 4).trimmed();
        cell = cell.left(on);
    }
    const QStringList words = cell.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return endpoint;
    qsizetype next = 0;
    if (isAnywhere(words.first()) || looksLikeAddress(words.first())) {
        if (!isAnywhere(words.first()))
            endpoint.address = words.first();
        next = 1;
    }
    endpoint.portSpec = words.mid(next).join(u' ');
    return endpoint;
}

/** Whether a ufw port spec covers the port and protocol: Yes, No, or Maybe (app name). */
MatchResult ufwPortMatches(const QString &spec, const PacketQuery &query)
{
    if (spec.isEmpty())
        return MatchResult::Yes;
    QString ports = spec;
    QString protocol;
    const qsizetype slash = spec.lastIndexOf(u'/');
    if (slash >= 0) {
        ports = spec.left(slash);
        protocol = spec.mid(slash + 1).toLower();
    }
    if (!protocol.isEmpty() && protocol != query.protocol)
        return MatchResult::No;
    bool anyValid = false;
    for (const QString &part : ports.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<PortRange> range = parsePortRange(part);
        if (!range)
            return MatchResult::Maybe; // an application profile ("OpenSSH"): not resolved
        anyValid = true;
        if (range->contains(query.port))
            return MatchResult::Yes;
    }
    return anyValid ? MatchResult::No : MatchResult::Maybe;
}

MatchResult addressMatches(const QString &rule, const QString &address)
{
    if (rule.isEmpty())
        return MatchResult::Yes;
    if (address.isEmpty())
        return MatchResult::Maybe;
    const std::optional<bool> inside = addressInPrefix(address, rule);
    if (!inside)
        return MatchResult::Maybe;
    return *inside ? MatchResult::Yes : MatchResult::No;
}

MatchResult combine(std::initializer_list<MatchResult> results)
{
    MatchResult combined = MatchResult::Yes;
    for (const MatchResult result : results) {
        if (result == MatchResult::No)
            return MatchResult::No;
        if (result == MatchResult::Maybe)
            combined = MatchResult::Maybe;
    }
    return combined;
}

FirewallAction actionOfPolicy(const QString &policy)
{
    if (policy == QLatin1String("deny"))
        return FirewallAction::Drop;
    if (policy == QLatin1String("reject"))
        return FirewallAction::Reject;
    return FirewallAction::Accept;
}

QString familyOf(const PacketQuery &query)
{
    if (!query.family.isEmpty())
        return query.family;
    const QHostAddress remote(query.remoteAddress);
    if (remote.isNull())
        return {};
    return remote.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ipv6")
                                                              : QStringLiteral("ipv4");
}

} // namespace

UfwStatus parseUfwStatus(const QString &text)
{
    UfwStatus status;
    const QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines)
        return status;
    static const QRegularExpression columns(QStringLiteral("\\s{2,}"));
    static const QRegularExpression comment(QStringLiteral("\\s+#\\s(.*)$"));
    static const QRegularExpression defaults(
        QStringLiteral("^Default:\\s*(\\w+)\\s*\\(incoming\\),\\s*(\\w+)\\s*\\(outgoing\\)"));
    bool inTable = false;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("Status:"))) {
            status.parsed = true;
            status.active = line.mid(7).trimmed() == QLatin1String("active");
            continue;
        }
        const QRegularExpressionMatch defaultsMatch = defaults.match(line);
        if (defaultsMatch.hasMatch()) {
            status.defaultIncoming = defaultsMatch.captured(1);
            status.defaultOutgoing = defaultsMatch.captured(2);
            continue;
        }
        if (line.startsWith(QLatin1String("--"))) {
            inTable = true;
            continue;
        }
        if (!inTable || line.isEmpty())
            continue;
        UfwRule rule;
        rule.text = line;
        QString body = line;
        const QRegularExpressionMatch commentMatch = comment.match(body);
        if (commentMatch.hasMatch()) {
            rule.comment = commentMatch.captured(1).trimmed();
            body = body.left(commentMatch.capturedStart()).trimmed();
        }
        const QStringList cells = body.split(columns, Qt::SkipEmptyParts);
        if (cells.size() < 3)
            continue; // malformed row: skipped, never guessed
        rule.to = cells.at(0);
        const QStringList action = cells.at(1).split(u' ', Qt::SkipEmptyParts);
        rule.action = action.value(0).toUpper();
        rule.direction = action.value(1, QStringLiteral("IN")).toUpper();
        rule.from = cells.mid(2).join(QStringLiteral("  "));
        rule.ipv6 =
            rule.to.contains(QLatin1String("(v6)")) || rule.from.contains(QLatin1String("(v6)"));
        if (rule.to.contains(QLatin1String("(out)")) || rule.from.contains(QLatin1String("(out)")))
            rule.direction = QStringLiteral("OUT");
        static const QStringList actions{QStringLiteral("ALLOW"), QStringLiteral("DENY"),
                                         QStringLiteral("REJECT"), QStringLiteral("LIMIT")};
        if (!actions.contains(rule.action))
            continue;
        status.rules << rule;
    }
    return status;
}

QList<FirewallVerdict> evaluateUfw(const UfwStatus &status, const PacketQuery &query)
{
    if (!status.active)
        return {};
    const bool inbound = query.direction == FirewallDirection::Inbound;
    const QString wanted = inbound ? QStringLiteral("IN") : QStringLiteral("OUT");
    const QString family = familyOf(query);
    QStringList uncertain;
    QList<FirewallVerdict> found;
    for (const UfwRule &rule : status.rules) {
        if (rule.direction != wanted)
            continue;
        if (!family.isEmpty() && rule.ipv6 != (family == QLatin1String("ipv6")))
            continue;
        const UfwEndpoint to = parseUfwEndpoint(rule.to);
        const UfwEndpoint from = parseUfwEndpoint(rule.from);
        const QString remoteRule = inbound ? from.address : to.address;
        const QString localRule = inbound ? to.address : from.address;
        const QString interfaceName =
            to.interfaceName.isEmpty() ? from.interfaceName : to.interfaceName;
        MatchResult interfaceMatch = MatchResult::Yes;
        if (!interfaceName.isEmpty())
            interfaceMatch =
                (!inbound && !query.interfaceName.isEmpty())
                    ? (interfaceName == query.interfaceName ? MatchResult::Yes : MatchResult::No)
                    : MatchResult::Maybe;
        const MatchResult match = combine(
            {ufwPortMatches(to.portSpec, query), addressMatches(remoteRule, query.remoteAddress),
             addressMatches(localRule, query.localAddress), interfaceMatch});
        if (match == MatchResult::No)
            continue;
        const bool allow =
            rule.action == QLatin1String("ALLOW") || rule.action == QLatin1String("LIMIT");
        if (allow) {
            if (match == MatchResult::Yes)
                return found;
            uncertain << rule.text;
            continue;
        }
        FirewallVerdict verdict;
        verdict.action =
            rule.action == QLatin1String("REJECT") ? FirewallAction::Reject : FirewallAction::Drop;
        verdict.rule = rule.text;
        verdict.comment = rule.comment;
        verdict.location = QStringLiteral("ufw");
        verdict.conditions = uncertain;
        if (match == MatchResult::Yes && uncertain.isEmpty()) {
            verdict.result = FirewallVerdict::Result::Blocked;
            found.prepend(verdict);
            return found;
        }
        verdict.result = FirewallVerdict::Result::MayBeBlocked;
        if (match == MatchResult::Maybe)
            verdict.conditions << rule.to + QStringLiteral(" / ") + rule.from;
        found << verdict;
        if (match == MatchResult::Yes)
            return found; // later rules are never reached by this connection
    }
    const QString policy = inbound ? status.defaultIncoming : status.defaultOutgoing;
    const FirewallAction action = actionOfPolicy(policy);
    if (action != FirewallAction::Accept) {
        FirewallVerdict verdict;
        verdict.result = uncertain.isEmpty() ? FirewallVerdict::Result::Blocked
                                             : FirewallVerdict::Result::MayBeBlocked;
        verdict.action = action;
        verdict.byPolicy = true;
        verdict.rule =
            QStringLiteral("Default: %1 (%2)")
                .arg(policy, inbound ? QStringLiteral("incoming") : QStringLiteral("outgoing"));
        verdict.location = QStringLiteral("ufw");
        verdict.conditions = uncertain;
        found.prepend(verdict);
    }
    return found;
}

QList<FirewalldZone> parseFirewalldZones(const QString &text)
{
    QList<FirewalldZone> zones;
    const QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines)
        return zones;
    static const QRegularExpression header(
        QStringLiteral("^([A-Za-z0-9_.+-]+)(?:\\s*\\(([^)]*)\\))?\\s*$"));
    bool inRich = false;
    for (const QString &raw : lines) {
        if (raw.trimmed().isEmpty())
            continue;
        if (!raw.at(0).isSpace()) {
            const QRegularExpressionMatch match = header.match(raw.trimmed());
            if (!match.hasMatch())
                continue;
            FirewalldZone zone;
            zone.name = match.captured(1);
            const QString flags = match.captured(2);
            zone.active = flags.contains(QLatin1String("active"));
            zone.isDefault = flags.contains(QLatin1String("default"));
            zones << zone;
            inRich = false;
            continue;
        }
        if (zones.isEmpty())
            continue;
        FirewalldZone &zone = zones.last();
        const QString line = raw.trimmed();
        if (inRich && line.startsWith(QLatin1String("rule"))) {
            zone.richRules << line;
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
        inRich = key == QLatin1String("rich rules");
        if (key == QLatin1String("target"))
            zone.target = value;
        else if (key == QLatin1String("interfaces"))
            zone.interfaces = words;
        else if (key == QLatin1String("sources"))
            zone.sources = words;
        else if (key == QLatin1String("services"))
            zone.services = words;
        else if (key == QLatin1String("ports"))
            zone.ports = words;
        else if (inRich && value.startsWith(QLatin1String("rule")))
            zone.richRules << value;
    }
    return zones;
}

QList<PortRange> firewalldServicePorts(const QString &service)
{
    if (service == QLatin1String("rdp"))
        return {PortRange{3389, 3389}};
    return {};
}

QList<FirewallVerdict> evaluateFirewalld(const QList<FirewalldZone> &zones,
                                         const PacketQuery &query)
{
    if (query.direction != FirewallDirection::Inbound)
        return {};
    QList<const FirewalldZone *> relevant;
    for (const FirewalldZone &zone : zones)
        if (zone.active)
            relevant << &zone;
    if (relevant.isEmpty())
        for (const FirewalldZone &zone : zones)
            if (zone.isDefault || zones.size() == 1)
                relevant << &zone;

    static const QRegularExpression attribute(QStringLiteral("([a-z-]+)=\"([^\"]*)\""));
    QList<FirewallVerdict> blocked;
    int allowedZones = 0;
    for (const FirewalldZone *zone : relevant) {
        const QString location =
            QStringLiteral("firewalld zone %1 (interfaces: %2; sources: %3)")
                .arg(zone->name, zone->interfaces.join(u' '), zone->sources.join(u' '));
        // Rich rules that deny come first in firewalld's chains; those that accept are
        // evaluated together with ports and services.
        QStringList uncertain;
        bool allowed = false;
        std::optional<FirewallVerdict> richBlock;
        for (const QString &rich : zone->richRules) {
            QString port;
            QString protocol;
            QString service;
            QString sourceAddress;
            bool sourceNegated = rich.contains(QLatin1String("source NOT"));
            for (auto it = attribute.globalMatch(rich); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString key = match.captured(1);
                const QString before = rich.left(match.capturedStart());
                if (key == QLatin1String("port") && before.endsWith(QLatin1String("port ")))
                    port = match.captured(2);
                else if (key == QLatin1String("protocol"))
                    protocol = match.captured(2);
                else if (key == QLatin1String("name") && before.endsWith(QLatin1String("service ")))
                    service = match.captured(2);
                else if (key == QLatin1String("address"))
                    sourceAddress = match.captured(2);
            }
            MatchResult portMatch = MatchResult::Yes;
            if (!port.isEmpty()) {
                const std::optional<PortRange> range = parsePortRange(port);
                portMatch = !range ? MatchResult::Maybe
                            : (range->contains(query.port) &&
                               (protocol.isEmpty() || protocol == query.protocol))
                                ? MatchResult::Yes
                                : MatchResult::No;
            } else if (!service.isEmpty()) {
                const QList<PortRange> ports = firewalldServicePorts(service);
                portMatch = ports.isEmpty()                      ? MatchResult::Maybe
                            : ports.first().contains(query.port) ? MatchResult::Yes
                                                                 : MatchResult::No;
            }
            MatchResult sourceMatch = addressMatches(sourceAddress, query.remoteAddress);
            if (sourceNegated && sourceMatch != MatchResult::Maybe)
                sourceMatch = sourceMatch == MatchResult::Yes ? MatchResult::No : MatchResult::Yes;
            const MatchResult match = combine({portMatch, sourceMatch});
            if (match == MatchResult::No)
                continue;
            const QString trimmed = rich.trimmed();
            const bool deny = trimmed.endsWith(QLatin1String("drop")) ||
                              trimmed.contains(QLatin1String(" reject"));
            const bool accept = trimmed.endsWith(QLatin1String("accept"));
            if (deny && !richBlock) {
                FirewallVerdict verdict;
                verdict.result = match == MatchResult::Yes ? FirewallVerdict::Result::Blocked
                                                           : FirewallVerdict::Result::MayBeBlocked;
                verdict.action = trimmed.endsWith(QLatin1String("drop")) ? FirewallAction::Drop
                                                                         : FirewallAction::Reject;
                verdict.rule = trimmed;
                verdict.location = location;
                if (match == MatchResult::Maybe)
                    verdict.conditions << QStringLiteral("source address=%1").arg(sourceAddress);
                richBlock = verdict;
            } else if (accept) {
                if (match == MatchResult::Yes)
                    allowed = true;
                else
                    uncertain << trimmed;
            }
        }
        if (richBlock && richBlock->result == FirewallVerdict::Result::Blocked) {
            blocked << *richBlock;
            continue;
        }
        for (const QString &entry : zone->ports) {
            const QString portPart = entry.section(u'/', 0, 0);
            const QString protocol = entry.section(u'/', 1, 1);
            const std::optional<PortRange> range = parsePortRange(portPart);
            if (range && range->contains(query.port) &&
                (protocol.isEmpty() || protocol == query.protocol))
                allowed = true;
        }
        for (const QString &service : zone->services)
            for (const PortRange &range : firewalldServicePorts(service))
                if (range.contains(query.port) && query.protocol == QLatin1String("tcp"))
                    allowed = true;
        const QString target = zone->target.toUpper();
        if (target == QLatin1String("ACCEPT"))
            allowed = true;
        if (richBlock)
            blocked << *richBlock;
        if (allowed) {
            ++allowedZones;
            continue;
        }
        FirewallVerdict verdict;
        verdict.result = uncertain.isEmpty() ? FirewallVerdict::Result::Blocked
                                             : FirewallVerdict::Result::MayBeBlocked;
        verdict.action =
            target == QLatin1String("DROP") ? FirewallAction::Drop : FirewallAction::Reject;
        verdict.byPolicy = true;
        verdict.rule = QStringLiteral("target: %1; services: %2; ports: %3")
                           .arg(zone->target.isEmpty() ? QStringLiteral("default") : zone->target,
                                zone->services.join(u' '), zone->ports.join(u' '));
        verdict.location = location;
        verdict.conditions = uncertain;
        blocked << verdict;
    }
    std::stable_sort(blocked.begin(), blocked.end(),
                     [](const FirewallVerdict &a, const FirewallVerdict &b) {
                         return a.result == FirewallVerdict::Result::Blocked &&
                                b.result != FirewallVerdict::Result::Blocked;
                     });
    // Several active zones: each applies to its own interfaces or sources, so a block in
    // one of them stops only the clients that arrive there.
    if (allowedZones > 0)
        for (FirewallVerdict &verdict : blocked) {
            if (verdict.result == FirewallVerdict::Result::Blocked) {
                verdict.result = FirewallVerdict::Result::MayBeBlocked;
                verdict.conditions << verdict.location;
            }
        }
    return blocked;
}

} // namespace rdpdiag
