// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/IptablesRuleset.h"

#include <QHash>
#include <QHostAddress>

namespace rdpdiag {

namespace {

using Field = FieldMatch::Field;

/** A text of many megabytes is not an iptables-save output of a real computer. */
constexpr qsizetype kMaxLines = 200000;

/** "10.0.0.0/255.0.0.0" → "10.0.0.0/8"; CIDR and plain addresses unchanged. */
QString normaliseAddress(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return text;
    const QString mask = text.mid(slash + 1);
    if (!mask.contains(u'.'))
        return text;
    const QHostAddress maskAddress(mask);
    if (maskAddress.isNull() || maskAddress.protocol() != QAbstractSocket::IPv4Protocol)
        return text;
    quint32 bits = maskAddress.toIPv4Address();
    int length = 0;
    while (bits & 0x80000000u) {
        ++length;
        bits <<= 1;
    }
    return text.left(slash) + u'/' + QString::number(length);
}

QList<PortRange> parsePortList(const QString &text, bool *ok)
{
    QList<PortRange> ranges;
    *ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<PortRange> range = parsePortRange(part);
        if (!range) {
            *ok = false;
            return {};
        }
        ranges << *range;
    }
    *ok = !ranges.isEmpty();
    return ranges;
}

struct RuleBuilder
{
    GenericRule rule;
    QString module; ///< the current -m module
    bool negateNext = false;
};

void addMatch(RuleBuilder &builder, Field field, const QStringList &values,
              const QList<PortRange> &ports, const QString &text)
{
    FieldMatch match;
    match.field = field;
    match.negated = builder.negateNext;
    match.values = values;
    match.ports = ports;
    match.text = (builder.negateNext ? QStringLiteral("! ") : QString()) + text;
    builder.negateNext = false;
    builder.rule.matches << match;
}

/** Parses the words after "-A CHAIN". */
GenericRule parseRule(const QStringList &words, const QString &lineText,
                      const QHash<QString, qsizetype> &chains)
{
    RuleBuilder builder;
    builder.rule.text = lineText;
    const qsizetype count = words.size();
    const auto value = [&](qsizetype &i) {
        return i + 1 < count ? words.at(++i) : QString();
    };
    for (qsizetype i = 0; i < count; ++i) {
        const QString &word = words.at(i);
        if (word == QLatin1String("!")) {
            builder.negateNext = true;
            continue;
        }
        if (word == QLatin1String("-j") || word == QLatin1String("--jump") ||
            word == QLatin1String("-g") || word == QLatin1String("--goto")) {
            const QString target = value(i);
            const bool isGoto = word == QLatin1String("-g") || word == QLatin1String("--goto");
            if (target == QLatin1String("ACCEPT"))
                builder.rule.action = FirewallAction::Accept;
            else if (target == QLatin1String("DROP"))
                builder.rule.action = FirewallAction::Drop;
            else if (target == QLatin1String("REJECT"))
                builder.rule.action = FirewallAction::Reject;
            else if (target == QLatin1String("RETURN"))
                builder.rule.action = FirewallAction::Return;
            else if (!chains.contains(target)) {
                // Not a chain of this table: an extension target (LOG, MARK, NFLOG, …) that
                // gives no verdict.
                builder.rule.action = FirewallAction::Continue;
            } else {
                builder.rule.action = isGoto ? FirewallAction::Goto : FirewallAction::Jump;
                builder.rule.jumpTarget = target;
            }
            break; // the rest are target options (--reject-with, --log-prefix, …)
        }
        if (word == QLatin1String("-p") || word == QLatin1String("--protocol")) {
            const QString protocol = value(i).toLower();
            addMatch(builder, Field::Protocol, {protocol}, {}, QStringLiteral("-p ") + protocol);
        } else if (word == QLatin1String("-s") || word == QLatin1String("--source") ||
                   word == QLatin1String("-d") || word == QLatin1String("--destination")) {
            const bool source = word == QLatin1String("-s") || word == QLatin1String("--source");
            const QString raw = value(i);
            QStringList addresses;
            for (const QString &part : raw.split(u',', Qt::SkipEmptyParts))
                addresses << normaliseAddress(part);
            addMatch(builder, source ? Field::SourceAddress : Field::DestinationAddress, addresses,
                     {}, (source ? QStringLiteral("-s ") : QStringLiteral("-d ")) + raw);
        } else if (word == QLatin1String("-i") || word == QLatin1String("--in-interface") ||
                   word == QLatin1String("-o") || word == QLatin1String("--out-interface")) {
            const bool in = word == QLatin1String("-i") || word == QLatin1String("--in-interface");
            const QString name = value(i);
            addMatch(builder, in ? Field::InInterface : Field::OutInterface, {name}, {},
                     (in ? QStringLiteral("-i ") : QStringLiteral("-o ")) + name);
        } else if (word == QLatin1String("-m") || word == QLatin1String("--match")) {
            builder.module = value(i);
        } else if (word == QLatin1String("--dport") ||
                   word == QLatin1String("--destination-port") ||
                   word == QLatin1String("--sport") || word == QLatin1String("--source-port") ||
                   word == QLatin1String("--dports") ||
                   word == QLatin1String("--destination-ports") ||
                   word == QLatin1String("--sports") || word == QLatin1String("--source-ports") ||
                   word == QLatin1String("--ports")) {
            const QString raw = value(i);
            bool ok = false;
            const QList<PortRange> ports = parsePortList(raw, &ok);
            const bool source = word.startsWith(QLatin1String("--s"));
            if (!ok) {
                addMatch(builder, Field::Other, {}, {}, word + u' ' + raw);
            } else if (word == QLatin1String("--ports")) {
                // Either port: for a new connection to the RDP port that is the destination.
                addMatch(builder, Field::DestinationPort, {}, ports, word + u' ' + raw);
            } else {
                addMatch(builder, source ? Field::SourcePort : Field::DestinationPort, {}, ports,
                         word + u' ' + raw);
            }
        } else if (word == QLatin1String("--ctstate") || word == QLatin1String("--state")) {
            const QString raw = value(i);
            addMatch(builder, Field::ConnState, raw.toLower().split(u',', Qt::SkipEmptyParts), {},
                     word + u' ' + raw);
        } else if ((word == QLatin1String("--dst-type") || word == QLatin1String("--src-type")) &&
                   builder.module == QLatin1String("addrtype")) {
            const QString raw = value(i);
            addMatch(builder,
                     word == QLatin1String("--dst-type") ? Field::DestinationType
                                                         : Field::SourceType,
                     raw.toLower().split(u',', Qt::SkipEmptyParts), {}, word + u' ' + raw);
        } else if (word == QLatin1String("--syn")) {
            // SYN set, ACK/RST/FIN clear: exactly the first packet of a new connection.
            addMatch(builder, Field::ConnState, {QStringLiteral("new")}, {}, word);
        } else if (word == QLatin1String("--comment")) {
            builder.rule.comment = value(i);
            builder.negateNext = false;
        } else if (word.startsWith(QLatin1String("-"))) {
            // An option we do not evaluate, with its arguments up to the next option.
            QStringList parts{word};
            while (i + 1 < count && !words.at(i + 1).startsWith(u'-') &&
                   words.at(i + 1) != QLatin1String("!"))
                parts << words.at(++i);
            if (builder.module == QLatin1String("tcp") || builder.module == QLatin1String("udp")) {
                if (word == QLatin1String("--tcp-flags") || word == QLatin1String("--tcp-option")) {
                    addMatch(builder, Field::Other, {}, {}, parts.join(u' '));
                }
                continue;
            }
            addMatch(builder, Field::Other, {}, {},
                     (builder.module.isEmpty() ? QString()
                                               : QStringLiteral("-m %1 ").arg(builder.module)) +
                         parts.join(u' '));
        }
    }
    return builder.rule;
}

} // namespace

QStringList splitShellWords(const QString &line)
{
    QStringList words;
    QString current;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
            inWord = true;
        } else if (c == u'"') {
            quoted = !quoted;
            inWord = true;
        } else if (c.isSpace() && !quoted) {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words << current;
    return words;
}

IptablesParse parseIptablesSave(const QString &text, const QString &family)
{
    IptablesParse result;
    QString table;
    QHash<QString, qsizetype> chains;
    bool sawFilter = false;
    const QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines) {
        result.error = QStringLiteral("too many lines (%1)").arg(lines.size());
        return result;
    }
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'*')) {
            table = line.mid(1);
            sawFilter = sawFilter || table == QLatin1String("filter");
            continue;
        }
        if (line == QLatin1String("COMMIT")) {
            table.clear();
            continue;
        }
        if (table != QLatin1String("filter"))
            continue;
        if (line.startsWith(u':')) {
            const QStringList words = line.mid(1).split(u' ', Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            GenericChain chain;
            chain.family = family;
            chain.table = table;
            chain.name = words.at(0);
            const QString policy = words.value(1);
            static const QStringList builtin{QStringLiteral("INPUT"), QStringLiteral("OUTPUT"),
                                             QStringLiteral("FORWARD")};
            if (builtin.contains(chain.name)) {
                chain.hook = chain.name.toLower();
                chain.policy =
                    policy == QLatin1String("DROP") ? FirewallAction::Drop : FirewallAction::Accept;
            }
            chains.insert(chain.name, result.ruleset.chains.size());
            result.ruleset.chains << chain;
            continue;
        }
        if (line.startsWith(QLatin1String("-A ")) || line.startsWith(QLatin1String("-I "))) {
            QStringList words = splitShellWords(line);
            if (words.size() < 2)
                continue;
            const QString chainName = words.at(1);
            const auto it = chains.constFind(chainName);
            if (it == chains.cend())
                continue;
            words = words.mid(2);
            result.ruleset.chains[*it].rules << parseRule(words, line, chains);
            ++result.ruleCount;
        }
    }
    if (!sawFilter)
        result.error = QStringLiteral("no *filter table");
    return result;
}

} // namespace rdpdiag
