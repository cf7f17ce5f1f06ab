// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/MacFirewall.h"

#include "parsers/IptablesRuleset.h"

#include <QRegularExpression>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 100000;

/** Port names pfctl prints from /etc/services for ports the RDP check cares about. */
std::optional<quint16> namedPort(const QString &name)
{
    if (name == QLatin1String("ms-wbt-server") || name == QLatin1String("rdp"))
        return 3389;
    bool ok = false;
    const uint port = name.toUInt(&ok);
    if (ok && port <= 65535)
        return static_cast<quint16>(port);
    return std::nullopt;
}

/** Whether a pf port expression covers @p port; nullopt when not understood. */
std::optional<bool> pfPortMatches(const QString &expression, quint16 port)
{
    if (expression.isEmpty())
        return true;
    const QStringList words = expression.split(u' ', Qt::SkipEmptyParts);
    if (words.size() == 1) {
        const QString word = words.first();
        if (word.contains(u':')) {
            const std::optional<PortRange> range = parsePortRange(word);
            if (!range)
                return std::nullopt;
            return range->contains(port);
        }
        const std::optional<quint16> value = namedPort(word);
        if (!value)
            return std::nullopt;
        return *value == port;
    }
    if (words.size() == 2) {
        const QString op = words.at(0);
        const std::optional<quint16> value = namedPort(words.at(1));
        if (!value)
            return std::nullopt;
        if (op == QLatin1String("="))
            return port == *value;
        if (op == QLatin1String("!="))
            return port != *value;
        if (op == QLatin1String("<"))
            return port < *value;
        if (op == QLatin1String("<="))
            return port <= *value;
        if (op == QLatin1String(">"))
            return port > *value;
        if (op == QLatin1String(">="))
            return port >= *value;
        return std::nullopt;
    }
    if (words.size() == 3) {
        const std::optional<quint16> low = namedPort(words.at(0));
        const std::optional<quint16> high = namedPort(words.at(2));
        if (!low || !high)
            return std::nullopt;
        if (words.at(1) == QLatin1String("><"))
            return port > *low && port < *high;
        if (words.at(1) == QLatin1String("<>"))
            return port < *low || port > *high;
        if (words.at(1) == QLatin1String(":"))
            return port >= *low && port <= *high;
    }
    return std::nullopt;
}

MatchResult addressMatch(QString expression, const QString &address)
{
    if (expression.isEmpty() || expression == QLatin1String("any"))
        return MatchResult::Yes;
    bool negated = false;
    if (expression.startsWith(u'!')) {
        negated = true;
        expression = expression.mid(1).trimmed();
    }
    if (address.isEmpty() || expression.startsWith(u'<') || expression == QLatin1String("self") ||
        expression.contains(u'('))
        return MatchResult::Maybe;
    const std::optional<bool> inside = addressInPrefix(address, expression);
    if (!inside)
        return MatchResult::Maybe;
    return (*inside != negated) ? MatchResult::Yes : MatchResult::No;
}

} // namespace

std::optional<bool> parsePfEnabled(const QString &info)
{
    for (const QStringView line : QStringView(info).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.startsWith(u"Status:"))
            continue;
        const QStringView state = trimmed.mid(7).trimmed();
        if (state.startsWith(u"Enabled"))
            return true;
        if (state.startsWith(u"Disabled"))
            return false;
    }
    return std::nullopt;
}

PfParse parsePfRules(const QString &text)
{
    PfParse result;
    const QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines)
        return result;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("scrub")) ||
            line.startsWith(QLatin1String("No ALTQ")) || line.startsWith(QLatin1String("ALTQ")))
            continue;
        const QStringList words = splitShellWords(line);
        if (words.isEmpty())
            continue;
        PfRule rule;
        rule.text = line;
        rule.action = words.first();
        if (rule.action == QLatin1String("anchor") || rule.action == QLatin1String("nat-anchor") ||
            rule.action == QLatin1String("rdr-anchor") ||
            rule.action == QLatin1String("binat-anchor")) {
            rule.action = QStringLiteral("anchor");
            result.rules << rule;
            continue;
        }
        if (rule.action != QLatin1String("pass") && rule.action != QLatin1String("block") &&
            rule.action != QLatin1String("match")) {
            ++result.unparsed;
            continue;
        }
        QString *addressTarget = nullptr;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString &word = words.at(i);
            if (word == QLatin1String("drop")) {
                rule.returns = false;
            } else if (word.startsWith(QLatin1String("return"))) {
                rule.returns = true;
            } else if (word == QLatin1String("in")) {
                rule.direction = FirewallDirection::Inbound;
            } else if (word == QLatin1String("out")) {
                rule.direction = FirewallDirection::Outbound;
            } else if (word == QLatin1String("quick")) {
                rule.quick = true;
            } else if (word == QLatin1String("on") && i + 1 < words.size()) {
                rule.interfaceName = words.at(++i);
            } else if (word == QLatin1String("inet")) {
                rule.family = QStringLiteral("ipv4");
            } else if (word == QLatin1String("inet6")) {
                rule.family = QStringLiteral("ipv6");
            } else if (word == QLatin1String("proto") && i + 1 < words.size()) {
                QString value = words.at(++i);
                if (value == QLatin1String("{")) {
                    while (i + 1 < words.size() && words.at(i + 1) != QLatin1String("}"))
                        rule.protocols << QString(words.at(++i)).remove(u',');
                    ++i;
                } else {
                    rule.protocols << value;
                }
            } else if (word == QLatin1String("all")) {
                rule.fromAddress = rule.toAddress = QStringLiteral("any");
            } else if (word == QLatin1String("from") || word == QLatin1String("to")) {
                addressTarget = word == QLatin1String("from") ? &rule.fromAddress : &rule.toAddress;
                if (i + 1 < words.size()) {
                    QString value = words.at(++i);
                    if (value == QLatin1String("!") && i + 1 < words.size())
                        value = u'!' + words.at(++i);
                    *addressTarget = value;
                }
            } else if (word == QLatin1String("port") && i + 1 < words.size()) {
                QStringList parts;
                // "port = 3389", "port 3389", "port 3000:3400", "port 1000 >< 2000"
                parts << words.at(++i);
                static const QStringList ops{QStringLiteral("="), QStringLiteral("!="),
                                             QStringLiteral("<"), QStringLiteral("<="),
                                             QStringLiteral(">"), QStringLiteral(">=")};
                if (ops.contains(parts.first()) && i + 1 < words.size())
                    parts << words.at(++i);
                else if (i + 2 < words.size() && (words.at(i + 1) == QLatin1String("><") ||
                                                  words.at(i + 1) == QLatin1String("<>"))) {
                    parts << words.at(i + 1) << words.at(i + 2);
                    i += 2;
                }
                if (addressTarget == &rule.toAddress)
                    rule.toPort = parts.join(u' ');
                // A source port is the client's ephemeral port: it does not decide here.
                else if (addressTarget == &rule.fromAddress)
                    rule.otherConditions = true;
            } else if (word == QLatin1String("user") || word == QLatin1String("group") ||
                       word == QLatin1String("tagged") || word == QLatin1String("os")) {
                rule.otherConditions = true;
                if (i + 1 < words.size())
                    ++i;
            }
            // flags, keep state, label, …: do not change whether a new connection matches.
        }
        result.rules << rule;
    }
    return result;
}

QList<FirewallVerdict> evaluatePf(const QList<PfRule> &rules, const PacketQuery &query)
{
    const bool outbound = query.direction == FirewallDirection::Outbound;
    QString family = query.family;
    if (family.isEmpty() && !query.remoteAddress.isEmpty())
        family =
            query.remoteAddress.contains(u':') ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
    const PfRule *decision = nullptr;
    bool decisionCertain = true;
    QStringList uncertain;
    QList<FirewallVerdict> maybes;
    for (const PfRule &rule : rules) {
        if (rule.action == QLatin1String("anchor")) {
            uncertain << rule.text;
            continue;
        }
        if (rule.direction && *rule.direction != query.direction)
            continue;
        if (!rule.family.isEmpty() && !family.isEmpty() && rule.family != family)
            continue;
        if (!rule.protocols.isEmpty() && !rule.protocols.contains(query.protocol))
            continue;
        MatchResult match = MatchResult::Yes;
        const std::optional<bool> port = pfPortMatches(rule.toPort, query.port);
        if (port && !*port)
            continue;
        if (!port)
            match = MatchResult::Maybe;
        const MatchResult remote =
            addressMatch(outbound ? rule.toAddress : rule.fromAddress, query.remoteAddress);
        const MatchResult local =
            addressMatch(outbound ? rule.fromAddress : rule.toAddress, query.localAddress);
        if (remote == MatchResult::No || local == MatchResult::No)
            continue;
        if (remote == MatchResult::Maybe || local == MatchResult::Maybe || rule.otherConditions)
            match = MatchResult::Maybe;
        if (!rule.interfaceName.isEmpty()) {
            if (outbound && !query.interfaceName.isEmpty()) {
                if (rule.interfaceName != query.interfaceName)
                    continue;
            } else {
                match = MatchResult::Maybe;
            }
        }
        if (rule.action == QLatin1String("match"))
            continue;
        if (match == MatchResult::Maybe) {
            if (rule.action == QLatin1String("block")) {
                FirewallVerdict verdict;
                verdict.result = FirewallVerdict::Result::MayBeBlocked;
                verdict.action = rule.returns ? FirewallAction::Reject : FirewallAction::Drop;
                verdict.rule = rule.text;
                verdict.location = QStringLiteral("pf");
                verdict.conditions << QStringLiteral("conditions of this rule");
                maybes << verdict;
            } else {
                uncertain << rule.text;
            }
            continue;
        }
        decision = &rule;
        decisionCertain = uncertain.isEmpty();
        if (rule.quick)
            break;
    }
    if (decision && decision->action == QLatin1String("block")) {
        FirewallVerdict verdict;
        verdict.result = decisionCertain ? FirewallVerdict::Result::Blocked
                                         : FirewallVerdict::Result::MayBeBlocked;
        verdict.action = decision->returns ? FirewallAction::Reject : FirewallAction::Drop;
        verdict.rule = decision->text;
        verdict.location = QStringLiteral("pf");
        verdict.conditions = uncertain;
        maybes.prepend(verdict);
        return maybes;
    }
    if (decision && decisionCertain && decision->quick)
        return {};
    return maybes;
}

ApplicationFirewallState parseSocketFilterState(const QString &globalState, const QString &blockAll)
{
    ApplicationFirewallState state;
    static const QRegularExpression stateNumber(QStringLiteral("State\\s*=\\s*(\\d+)"));
    const QRegularExpressionMatch match = stateNumber.match(globalState);
    if (match.hasMatch())
        state.enabled = match.captured(1).toInt() != 0;
    else if (globalState.contains(QLatin1String("enabled"), Qt::CaseInsensitive))
        state.enabled = true;
    else if (globalState.contains(QLatin1String("disabled"), Qt::CaseInsensitive))
        state.enabled = false;
    const QString lower = blockAll.toLower();
    if (lower.contains(QLatin1String("disabled")))
        state.blockAll = false;
    else if (lower.contains(QLatin1String("enabled")) ||
             lower.contains(QLatin1String("set to block all")))
        state.blockAll = true;
    return state;
}

} // namespace rdpdiag
