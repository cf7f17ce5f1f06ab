// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/NftRuleset.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace rdpdiag {

namespace {

/** Bounds against hostile input: a real rule set has hundreds of objects, not millions. */
constexpr qsizetype kMaxObjects = 200000;
constexpr int kMaxDepth = 12;

using Field = FieldMatch::Field;

QString setKey(const QString &family, const QString &table, const QString &name)
{
    return family + u'/' + table + u'/' + name;
}

struct Context
{
    QString family;
    QString table;
    const QHash<QString, QJsonArray> *sets = nullptr;
};

/** Values of a right-hand side, flattened: strings for everything, ranges for ports. */
struct Values
{
    QStringList texts;
    QList<PortRange> ports;
    bool unresolved = false;
    QStringList display;
};

void collect(const QJsonValue &value, const Context &context, Values &out, int depth)
{
    if (depth > kMaxDepth) {
        out.unresolved = true;
        return;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        const QString text = QString::number(static_cast<qint64>(number));
        out.texts << text;
        out.display << text;
        if (number >= 0 && number <= 65535)
            out.ports << PortRange{static_cast<quint16>(number), static_cast<quint16>(number)};
        return;
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(u'@')) {
            out.display << text;
            const auto it =
                context.sets->constFind(setKey(context.family, context.table, text.mid(1)));
            if (it == context.sets->cend()) {
                out.unresolved = true;
                return;
            }
            Values inner;
            for (const QJsonValue &element : *it)
                collect(element, context, inner, depth + 1);
            out.texts << inner.texts;
            out.ports << inner.ports;
            out.unresolved = out.unresolved || inner.unresolved;
            return;
        }
        out.texts << text;
        out.display << (text.contains(u' ') ? QStringLiteral("\"%1\"").arg(text) : text);
        // Ports may be printed by name ("ssh") with -S; only numbers are ports here.
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (ok && port <= 65535)
            out.ports << PortRange{static_cast<quint16>(port), static_cast<quint16>(port)};
        return;
    }
    if (value.isArray()) {
        Values inner;
        for (const QJsonValue &element : value.toArray())
            collect(element, context, inner, depth + 1);
        out.texts << inner.texts;
        out.ports << inner.ports;
        out.unresolved = out.unresolved || inner.unresolved;
        out.display << inner.display.join(QStringLiteral(","));
        return;
    }
    if (!value.isObject()) {
        out.unresolved = true;
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("set"))) {
        Values inner;
        const QJsonValue elements = object.value(QLatin1String("set"));
        if (elements.isArray()) {
            for (const QJsonValue &element : elements.toArray())
                collect(element, context, inner, depth + 1);
        } else {
            collect(elements, context, inner, depth + 1);
        }
        out.texts << inner.texts;
        out.ports << inner.ports;
        out.unresolved = out.unresolved || inner.unresolved;
        out.display << QStringLiteral("{ %1 }").arg(inner.display.join(QStringLiteral(", ")));
        return;
    }
    if (object.contains(QLatin1String("range"))) {
        const QJsonArray range = object.value(QLatin1String("range")).toArray();
        if (range.size() == 2 && range[0].isDouble() && range[1].isDouble()) {
            const double first = range[0].toDouble();
            const double last = range[1].toDouble();
            if (first >= 0 && last <= 65535 && first <= last) {
                out.ports << PortRange{static_cast<quint16>(first), static_cast<quint16>(last)};
                const QString text = QStringLiteral("%1-%2")
                                         .arg(static_cast<qint64>(first))
                                         .arg(static_cast<qint64>(last));
                out.texts << text;
                out.display << text;
                return;
            }
        }
        if (range.size() == 2 && range[0].isString() && range[1].isString()) {
            // An address range: not a prefix, so address checks treat it as unknown.
            const QString text = range[0].toString() + u'-' + range[1].toString();
            out.texts << text;
            out.display << text;
            return;
        }
        out.unresolved = true;
        return;
    }
    if (object.contains(QLatin1String("prefix"))) {
        const QJsonObject prefix = object.value(QLatin1String("prefix")).toObject();
        const QString text = QStringLiteral("%1/%2")
                                 .arg(prefix.value(QLatin1String("addr")).toString())
                                 .arg(prefix.value(QLatin1String("len")).toInt());
        out.texts << text;
        out.display << text;
        return;
    }
    if (object.contains(QLatin1String("elem"))) {
        const QJsonObject elem = object.value(QLatin1String("elem")).toObject();
        collect(elem.value(QLatin1String("val")), context, out, depth + 1);
        return;
    }
    out.unresolved = true;
    out.display << QStringLiteral("?");
}

/** The left-hand side of a match: which field, its nft spelling, and implied conditions. */
struct Left
{
    Field field = Field::Other;
    QString display;
    QString impliedProtocol; ///< "tcp dport" implies the protocol tcp
    QString impliedFamily;   ///< "ip saddr" implies IPv4
    bool ports = false;
};

Left describeLeft(const QJsonValue &value)
{
    Left left;
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("payload"))) {
        const QJsonObject payload = object.value(QLatin1String("payload")).toObject();
        const QString protocol = payload.value(QLatin1String("protocol")).toString();
        const QString field = payload.value(QLatin1String("field")).toString();
        left.display = protocol + u' ' + field;
        static const QStringList transports{QStringLiteral("tcp"),     QStringLiteral("udp"),
                                            QStringLiteral("sctp"),    QStringLiteral("dccp"),
                                            QStringLiteral("udplite"), QStringLiteral("th")};
        if (transports.contains(protocol) &&
            (field == QLatin1String("dport") || field == QLatin1String("sport"))) {
            left.field =
                field == QLatin1String("dport") ? Field::DestinationPort : Field::SourcePort;
            left.ports = true;
            if (protocol != QLatin1String("th"))
                left.impliedProtocol = protocol;
            return left;
        }
        if (protocol == QLatin1String("ip") || protocol == QLatin1String("ip6")) {
            left.impliedFamily =
                protocol == QLatin1String("ip") ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
            if (field == QLatin1String("saddr"))
                left.field = Field::SourceAddress;
            else if (field == QLatin1String("daddr"))
                left.field = Field::DestinationAddress;
            else if (field == QLatin1String("protocol") || field == QLatin1String("nexthdr"))
                left.field = Field::Protocol;
        }
        return left;
    }
    if (object.contains(QLatin1String("meta"))) {
        const QString key =
            object.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString();
        left.display = QStringLiteral("meta ") + key;
        if (key == QLatin1String("l4proto")) {
            left.field = Field::Protocol;
        } else if (key == QLatin1String("iifname") || key == QLatin1String("iif")) {
            left.field = Field::InInterface;
            left.display = key;
        } else if (key == QLatin1String("oifname") || key == QLatin1String("oif")) {
            left.field = Field::OutInterface;
            left.display = key;
        } else if (key == QLatin1String("nfproto")) {
            left.field = Field::Family;
        }
        return left;
    }
    if (object.contains(QLatin1String("fib"))) {
        // "fib daddr type local": the type of the destination (or source) address.
        const QJsonObject fib = object.value(QLatin1String("fib")).toObject();
        const QJsonArray flags = fib.value(QLatin1String("flags")).toArray();
        QStringList flagList;
        for (const QJsonValue &flag : flags)
            flagList << flag.toString();
        left.display = QStringLiteral("fib %1 %2")
                           .arg(flagList.join(QStringLiteral(" . ")),
                                fib.value(QLatin1String("result")).toString());
        if (fib.value(QLatin1String("result")).toString() == QLatin1String("type") &&
            flagList.size() == 1) {
            if (flagList.first() == QLatin1String("daddr"))
                left.field = Field::DestinationType;
            else if (flagList.first() == QLatin1String("saddr"))
                left.field = Field::SourceType;
        }
        return left;
    }
    if (object.contains(QLatin1String("ct"))) {
        const QString key =
            object.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString();
        left.display = QStringLiteral("ct ") + key;
        if (key == QLatin1String("state"))
            left.field = Field::ConnState;
        return left;
    }
    left.display = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)).left(80);
    return left;
}

QList<FieldMatch> matchFrom(const QJsonObject &match, const Context &context)
{
    const QString op = match.value(QLatin1String("op")).toString();
    const Left left = describeLeft(match.value(QLatin1String("left")));
    Values values;
    collect(match.value(QLatin1String("right")), context, values, 0);

    FieldMatch condition;
    condition.field = left.field;
    condition.negated = op == QLatin1String("!=");
    condition.values = values.texts;
    condition.unresolved = values.unresolved;
    const QString shownOp =
        (op == QLatin1String("==") || op == QLatin1String("in")) ? QString() : op + u' ';
    condition.text =
        QStringLiteral("%1 %2%3").arg(left.display, shownOp, values.display.join(u','));
    if (left.ports) {
        condition.ports = values.ports;
        const bool comparison = op == QLatin1String("<") || op == QLatin1String(">") ||
                                op == QLatin1String("<=") || op == QLatin1String(">=");
        if (comparison && values.ports.size() == 1) {
            const int bound = values.ports.first().first;
            int first = 0;
            int last = 65535;
            if (op == QLatin1String("<"))
                last = bound - 1;
            else if (op == QLatin1String("<="))
                last = bound;
            else if (op == QLatin1String(">"))
                first = bound + 1;
            else
                first = bound;
            condition.ports.clear();
            if (first <= last && last >= 0 && first <= 65535)
                condition.ports << PortRange{static_cast<quint16>(qMax(first, 0)),
                                             static_cast<quint16>(qMin(last, 65535))};
        } else if (op != QLatin1String("==") && op != QLatin1String("!=") &&
                   op != QLatin1String("in")) {
            condition.field = Field::Other;
        }
    } else if (left.field == Field::Protocol || left.field == Field::ConnState ||
               left.field == Field::Family || left.field == Field::DestinationType ||
               left.field == Field::SourceType) {
        for (QString &value : condition.values)
            value = value.toLower();
    }
    if (left.field != Field::Other && !left.ports && op != QLatin1String("==") &&
        op != QLatin1String("!=") && op != QLatin1String("in"))
        condition.field = Field::Other;

    QList<FieldMatch> conditions;
    if (!left.impliedFamily.isEmpty() && context.family == QLatin1String("inet")) {
        FieldMatch family;
        family.field = Field::Family;
        family.values << left.impliedFamily;
        family.text = left.impliedFamily == QLatin1String("ipv4") ? QStringLiteral("ip")
                                                                  : QStringLiteral("ip6");
        conditions << family;
    }
    if (!left.impliedProtocol.isEmpty()) {
        FieldMatch protocol;
        protocol.field = Field::Protocol;
        protocol.values << left.impliedProtocol;
        protocol.text = left.impliedProtocol;
        conditions << protocol;
    }
    conditions << condition;
    return conditions;
}

/** A verdict statement, or nullopt for a statement that is not one. */
std::optional<std::pair<FirewallAction, QString>> verdictOf(const QJsonObject &statement)
{
    if (statement.contains(QLatin1String("accept")))
        return std::pair{FirewallAction::Accept, QString()};
    if (statement.contains(QLatin1String("drop")))
        return std::pair{FirewallAction::Drop, QString()};
    if (statement.contains(QLatin1String("reject")))
        return std::pair{FirewallAction::Reject, QString()};
    if (statement.contains(QLatin1String("return")))
        return std::pair{FirewallAction::Return, QString()};
    if (statement.contains(QLatin1String("continue")))
        return std::pair{FirewallAction::Continue, QString()};
    for (const char *key : {"jump", "goto"}) {
        if (statement.contains(QLatin1String(key))) {
            const QString target = statement.value(QLatin1String(key))
                                       .toObject()
                                       .value(QLatin1String("target"))
                                       .toString();
            return std::pair{
                qstrcmp(key, "jump") == 0 ? FirewallAction::Jump : FirewallAction::Goto, target};
        }
    }
    if (statement.contains(QLatin1String("xt"))) {
        // iptables-nft compat targets that the nft tool cannot translate.
        const QJsonObject xt = statement.value(QLatin1String("xt")).toObject();
        if (xt.value(QLatin1String("type")).toString() == QLatin1String("target")) {
            const QString name = xt.value(QLatin1String("name")).toString().toUpper();
            if (name == QLatin1String("REJECT"))
                return std::pair{FirewallAction::Reject, QString()};
            if (name == QLatin1String("DROP"))
                return std::pair{FirewallAction::Drop, QString()};
        }
    }
    return std::nullopt;
}

QString verdictText(FirewallAction action, const QString &target)
{
    if (action == FirewallAction::Jump || action == FirewallAction::Goto)
        return firewallActionString(action) + u' ' + target;
    return firewallActionString(action);
}

/** Statements that only sometimes let a rule apply. */
bool isConditionStatement(const QString &key)
{
    return key == QLatin1String("limit") || key == QLatin1String("quota") ||
           key == QLatin1String("xt") || key == QLatin1String("synproxy");
}

QList<GenericRule> rulesFrom(const QJsonObject &rule, const Context &context)
{
    GenericRule base;
    base.comment = rule.value(QLatin1String("comment")).toString();
    QStringList text;
    QList<GenericRule> expanded; // from a verdict map
    const QJsonArray expressions = rule.value(QLatin1String("expr")).toArray();
    for (const QJsonValue &value : expressions) {
        const QJsonObject statement = value.toObject();
        if (statement.contains(QLatin1String("match"))) {
            const QList<FieldMatch> matches =
                matchFrom(statement.value(QLatin1String("match")).toObject(), context);
            base.matches << matches;
            text << matches.last().text;
            continue;
        }
        if (const auto verdict = verdictOf(statement)) {
            base.action = verdict->first;
            base.jumpTarget = verdict->second;
            text << verdictText(verdict->first, verdict->second);
            continue;
        }
        if (statement.contains(QLatin1String("vmap"))) {
            const QJsonObject vmap = statement.value(QLatin1String("vmap")).toObject();
            const Left left = describeLeft(vmap.value(QLatin1String("key")));
            const QJsonArray entries =
                vmap.value(QLatin1String("data")).toObject().value(QLatin1String("set")).toArray();
            QStringList entryTexts;
            for (const QJsonValue &entryValue : entries) {
                const QJsonArray entry = entryValue.toArray();
                if (entry.size() != 2)
                    continue;
                const auto verdict = verdictOf(entry[1].toObject());
                if (!verdict)
                    continue;
                Values key;
                collect(entry[0], context, key, 0);
                FieldMatch match;
                match.field = left.field;
                match.values = key.texts;
                match.ports = key.ports;
                match.unresolved = key.unresolved;
                match.text = left.display + u' ' + key.display.join(u',');
                GenericRule one;
                one.matches << match;
                if (!left.impliedProtocol.isEmpty()) {
                    FieldMatch protocol;
                    protocol.field = Field::Protocol;
                    protocol.values << left.impliedProtocol;
                    protocol.text = left.impliedProtocol;
                    one.matches.prepend(protocol);
                }
                one.action = verdict->first;
                one.jumpTarget = verdict->second;
                expanded << one;
                entryTexts << key.display.join(u',') + QStringLiteral(" : ") +
                                  verdictText(verdict->first, verdict->second);
            }
            text << QStringLiteral("%1 vmap { %2 }")
                        .arg(left.display, entryTexts.join(QStringLiteral(", ")));
            continue;
        }
        const QString key = statement.isEmpty() ? QString() : statement.constBegin().key();
        if (isConditionStatement(key)) {
            FieldMatch other;
            other.field = Field::Other;
            other.text = key;
            base.matches << other;
        }
        if (!key.isEmpty())
            text << key;
    }
    base.text = text.join(u' ');
    if (!base.comment.isEmpty())
        base.text += QStringLiteral(" comment \"%1\"").arg(base.comment);
    if (expanded.isEmpty())
        return {base};
    for (GenericRule &one : expanded) {
        one.matches = base.matches + one.matches;
        one.text = base.text;
        one.comment = base.comment;
    }
    return expanded;
}

FirewallAction policyOf(const QString &policy)
{
    return policy == QLatin1String("drop") ? FirewallAction::Drop : FirewallAction::Accept;
}

} // namespace

NftParse parseNftJson(QByteArrayView json)
{
    NftParse result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (document.isNull() || !document.isObject()) {
        result.error = QStringLiteral("not JSON: %1").arg(error.errorString());
        return result;
    }
    const QJsonValue top = document.object().value(QLatin1String("nftables"));
    if (!top.isArray()) {
        result.error = QStringLiteral("no \"nftables\" array");
        return result;
    }
    const QJsonArray objects = top.toArray();
    if (objects.size() > kMaxObjects) {
        result.error = QStringLiteral("rule set too large (%1 objects)").arg(objects.size());
        return result;
    }

    QHash<QString, QJsonArray> sets;
    QHash<QString, qsizetype> chainIndex;
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("set"))) {
            const QJsonObject set = object.value(QLatin1String("set")).toObject();
            sets.insert(setKey(set.value(QLatin1String("family")).toString(),
                               set.value(QLatin1String("table")).toString(),
                               set.value(QLatin1String("name")).toString()),
                        set.value(QLatin1String("elem")).toArray());
        } else if (object.contains(QLatin1String("chain"))) {
            const QJsonObject chain = object.value(QLatin1String("chain")).toObject();
            GenericChain generic;
            generic.family = chain.value(QLatin1String("family")).toString();
            generic.table = chain.value(QLatin1String("table")).toString();
            generic.name = chain.value(QLatin1String("name")).toString();
            generic.hook = chain.value(QLatin1String("hook")).toString();
            generic.priority = chain.value(QLatin1String("prio")).toInt();
            generic.policy = policyOf(chain.value(QLatin1String("policy")).toString());
            chainIndex.insert(setKey(generic.family, generic.table, generic.name),
                              result.ruleset.chains.size());
            result.ruleset.chains << generic;
        }
    }
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        if (!object.contains(QLatin1String("rule")))
            continue;
        const QJsonObject rule = object.value(QLatin1String("rule")).toObject();
        Context context;
        context.family = rule.value(QLatin1String("family")).toString();
        context.table = rule.value(QLatin1String("table")).toString();
        context.sets = &sets;
        const auto it = chainIndex.constFind(
            setKey(context.family, context.table, rule.value(QLatin1String("chain")).toString()));
        if (it == chainIndex.cend())
            continue; // a rule of a chain that is not listed: nothing reaches it
        result.ruleset.chains[*it].rules << rulesFrom(rule, context);
        ++result.ruleCount;
    }
    return result;
}

} // namespace rdpdiag
