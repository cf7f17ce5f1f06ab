// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/WindowsFirewall.h"

#include <QHash>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 500000;

enum class Key {
    Enabled,
    Direction,
    Profiles,
    Grouping,
    LocalIp,
    RemoteIp,
    Protocol,
    LocalPort,
    RemotePort,
    Edge,
    Action,
    Unknown
};

/** Labels as netsh prints them (lower-case, without the colon), in several languages. */
Key keyOf(const QString &label)
{
    static const QHash<QString, Key> labels{
        // English
        {QStringLiteral("enabled"), Key::Enabled},
        {QStringLiteral("direction"), Key::Direction},
        {QStringLiteral("profiles"), Key::Profiles},
        {QStringLiteral("grouping"), Key::Grouping},
        {QStringLiteral("localip"), Key::LocalIp},
        {QStringLiteral("remoteip"), Key::RemoteIp},
        {QStringLiteral("protocol"), Key::Protocol},
        {QStringLiteral("localport"), Key::LocalPort},
        {QStringLiteral("remoteport"), Key::RemotePort},
        {QStringLiteral("edge traversal"), Key::Edge},
        {QStringLiteral("action"), Key::Action},
        // German
        {QStringLiteral("aktiviert"), Key::Enabled},
        {QStringLiteral("richtung"), Key::Direction},
        {QStringLiteral("profile"), Key::Profiles},
        {QStringLiteral("gruppierung"), Key::Grouping},
        {QStringLiteral("lokale ip"), Key::LocalIp},
        {QStringLiteral("remote-ip"), Key::RemoteIp},
        {QStringLiteral("protokoll"), Key::Protocol},
        {QStringLiteral("lokaler port"), Key::LocalPort},
        {QStringLiteral("remoteport"), Key::RemotePort},
        {QStringLiteral("edgeausnahme"), Key::Edge},
        {QStringLiteral("aktion"), Key::Action},
        // Spanish
        {QStringLiteral("habilitada"), Key::Enabled},
        {QStringLiteral("dirección"), Key::Direction},
        {QStringLiteral("perfiles"), Key::Profiles},
        {QStringLiteral("agrupamiento"), Key::Grouping},
        {QStringLiteral("ip local"), Key::LocalIp},
        {QStringLiteral("ip remota"), Key::RemoteIp},
        {QStringLiteral("protocolo"), Key::Protocol},
        {QStringLiteral("puerto local"), Key::LocalPort},
        {QStringLiteral("puerto remoto"), Key::RemotePort},
        {QStringLiteral("acción"), Key::Action},
        // French
        {QStringLiteral("activé"), Key::Enabled},
        {QStringLiteral("profils"), Key::Profiles},
        {QStringLiteral("groupement"), Key::Grouping},
        {QStringLiteral("protocole"), Key::Protocol},
        {QStringLiteral("port local"), Key::LocalPort},
        {QStringLiteral("port distant"), Key::RemotePort},
    };
    return labels.value(label.trimmed().toLower(), Key::Unknown);
}

std::optional<bool> yesNo(const QString &value)
{
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("ja"), QStringLiteral("oui"),
                                 QStringLiteral("sí"),  QStringLiteral("si"), QStringLiteral("sim"),
                                 QStringLiteral("да"),  QStringLiteral("tak")};
    static const QStringList no{
        QStringLiteral("no"),  QStringLiteral("nein"), QStringLiteral("non"), QStringLiteral("não"),
        QStringLiteral("nao"), QStringLiteral("нет"),  QStringLiteral("nie")};
    const QString lower = value.trimmed().toLower();
    if (yes.contains(lower))
        return true;
    if (no.contains(lower))
        return false;
    return std::nullopt;
}

std::optional<FirewallDirection> directionOf(const QString &value)
{
    static const QStringList in{QStringLiteral("in"),       QStringLiteral("eingehend"),
                                QStringLiteral("entrant"),  QStringLiteral("entrada"),
                                QStringLiteral("входящие"), QStringLiteral("przychodzące")};
    static const QStringList out{QStringLiteral("out"),       QStringLiteral("ausgehend"),
                                 QStringLiteral("sortant"),   QStringLiteral("salida"),
                                 QStringLiteral("saída"),     QStringLiteral("исходящие"),
                                 QStringLiteral("wychodzące")};
    const QString lower = value.trimmed().toLower();
    if (in.contains(lower))
        return FirewallDirection::Inbound;
    if (out.contains(lower))
        return FirewallDirection::Outbound;
    return std::nullopt;
}

QString actionOf(const QString &value)
{
    static const QStringList allow{QStringLiteral("allow"),     QStringLiteral("zulassen"),
                                   QStringLiteral("autoriser"), QStringLiteral("permitir"),
                                   QStringLiteral("разрешить"), QStringLiteral("zezwalaj")};
    static const QStringList block{QStringLiteral("block"),       QStringLiteral("blockieren"),
                                   QStringLiteral("bloquer"),     QStringLiteral("bloquear"),
                                   QStringLiteral("блокировать"), QStringLiteral("blokuj")};
    static const QStringList bypass{QStringLiteral("bypass"), QStringLiteral("umgehen"),
                                    QStringLiteral("contourner"), QStringLiteral("omitir")};
    const QString lower = value.trimmed().toLower();
    if (allow.contains(lower))
        return QStringLiteral("allow");
    if (block.contains(lower))
        return QStringLiteral("block");
    if (bypass.contains(lower))
        return QStringLiteral("bypass");
    return {};
}

bool isAny(const QString &value)
{
    static const QStringList any{QStringLiteral("any"),        QStringLiteral("beliebig"),
                                 QStringLiteral("tout"),       QStringLiteral("toute"),
                                 QStringLiteral("cualquiera"), QStringLiteral("qualquer"),
                                 QStringLiteral("любой"),      QStringLiteral("dowolny")};
    return any.contains(value.trimmed().toLower());
}

bool isDashes(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() >= 10 &&
           std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c == u'-'; });
}

/** "Label:   value" lines of a block (continuation lines that start with spaces skipped). */
QList<std::pair<QString, QString>> fieldsOf(const QStringList &lines)
{
    QList<std::pair<QString, QString>> fields;
    for (const QString &line : lines) {
        if (line.isEmpty() || line.at(0).isSpace())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        fields << std::pair{line.left(colon).trimmed(), line.mid(colon + 1).trimmed()};
    }
    return fields;
}

enum class PortMatch { Yes, No, Unknown };

PortMatch portMatches(const QString &spec, quint16 port)
{
    if (spec.isEmpty() || isAny(spec))
        return PortMatch::Yes;
    bool sawNumber = false;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<PortRange> range = parsePortRange(part);
        if (!range)
            continue; // keywords such as RPC, RPC-EPMap, IPHTTPS: not a plain TCP port
        sawNumber = true;
        if (range->contains(port))
            return PortMatch::Yes;
    }
    Q_UNUSED(sawNumber);
    return PortMatch::No;
}

bool protocolMatches(const QString &protocol, const QString &wanted)
{
    return protocol.isEmpty() || isAny(protocol) || protocol.toLower() == wanted ||
           (wanted == QLatin1String("tcp") && protocol == QLatin1String("6"));
}

bool coversAllProfiles(const WindowsFirewallRule &rule)
{
    if (rule.profiles.size() >= 3)
        return true;
    return rule.profiles.size() == 1 && isAny(rule.profiles.first());
}

QString ruleText(const WindowsFirewallRule &rule)
{
    return QStringLiteral("%1 (%2, %3, %4 %5, profiles %6)")
        .arg(rule.name, rule.action.isEmpty() ? QStringLiteral("?") : rule.action,
             rule.direction == FirewallDirection::Inbound ? QStringLiteral("in")
                                                          : QStringLiteral("out"),
             rule.protocol,
             rule.direction == FirewallDirection::Inbound ? rule.localPort : rule.remotePort,
             rule.profiles.join(u','));
}

} // namespace

NetshRulesParse parseNetshFirewallRules(const QString &text)
{
    NetshRulesParse result;
    QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines)
        lines = lines.mid(0, kMaxLines);
    for (QString &line : lines)
        line.remove(u'\r');

    // Block boundaries: a dashes line; the rule's name is on the line before it.
    QList<qsizetype> starts;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (isDashes(lines.at(i)) && !lines.at(i - 1).trimmed().isEmpty())
            starts << i;
    if (starts.isEmpty()) {
        // "No rules match the specified criteria." in any language: one short line.
        const QString trimmed = text.trimmed();
        result.noRules = !trimmed.isEmpty() && !trimmed.contains(u'\n');
        return result;
    }
    for (qsizetype b = 0; b < starts.size(); ++b) {
        const qsizetype first = starts.at(b) + 1;
        const qsizetype last = b + 1 < starts.size() ? starts.at(b + 1) - 1 : lines.size();
        const QString nameLine = lines.at(starts.at(b) - 1);
        const qsizetype colon = nameLine.indexOf(u':');
        WindowsFirewallRule rule;
        rule.name = colon >= 0 ? nameLine.mid(colon + 1).trimmed() : nameLine.trimmed();
        const QList<std::pair<QString, QString>> fields = fieldsOf(lines.mid(first, last - first));
        if (fields.size() < 3 || rule.name.isEmpty()) {
            ++result.unparsedBlocks;
            continue;
        }
        // Known labels first; the position of a field when its label is unknown.
        QHash<int, QString> values;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const Key key = keyOf(fields.at(i).first);
            if (key != Key::Unknown)
                values.insert(static_cast<int>(key), fields.at(i).second);
        }
        const auto positional = [&](Key key, qsizetype index) {
            if (!values.contains(static_cast<int>(key)) && index >= 0 && index < fields.size())
                values.insert(static_cast<int>(key), fields.at(index).second);
        };
        positional(Key::Enabled, 0);
        positional(Key::Direction, 1);
        positional(Key::Profiles, 2);
        positional(Key::Grouping, 3);
        positional(Key::LocalIp, 4);
        positional(Key::RemoteIp, 5);
        positional(Key::Protocol, 6);
        if (fields.size() >= 11) {
            positional(Key::LocalPort, 7);
            positional(Key::RemotePort, 8);
        }
        positional(Key::Action, fields.size() - 1);

        rule.enabled = yesNo(values.value(static_cast<int>(Key::Enabled)));
        rule.direction = directionOf(values.value(static_cast<int>(Key::Direction)));
        rule.profiles =
            values.value(static_cast<int>(Key::Profiles)).split(u',', Qt::SkipEmptyParts);
        for (QString &profile : rule.profiles)
            profile = profile.trimmed();
        rule.grouping = values.value(static_cast<int>(Key::Grouping));
        rule.localIp = values.value(static_cast<int>(Key::LocalIp));
        rule.remoteIp = values.value(static_cast<int>(Key::RemoteIp));
        rule.protocol = values.value(static_cast<int>(Key::Protocol));
        rule.localPort = values.value(static_cast<int>(Key::LocalPort));
        rule.remotePort = values.value(static_cast<int>(Key::RemotePort));
        rule.action = actionOf(values.value(static_cast<int>(Key::Action)));
        result.rules << rule;
    }
    return result;
}

QList<WindowsFirewallProfile> parseNetshProfiles(const QString &text)
{
    QList<WindowsFirewallProfile> profiles;
    QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines)
        return profiles;
    for (QString &line : lines)
        line.remove(u'\r');
    static const QStringList names{QStringLiteral("Domain"), QStringLiteral("Private"),
                                   QStringLiteral("Public")};
    static const QStringList on{QStringLiteral("on"),       QStringLiteral("ein"),
                                QStringLiteral("activé"),   QStringLiteral("actif"),
                                QStringLiteral("activado"), QStringLiteral("вкл"),
                                QStringLiteral("włączony")};
    static const QStringList off{QStringLiteral("off"),         QStringLiteral("aus"),
                                 QStringLiteral("désactivé"),   QStringLiteral("inactif"),
                                 QStringLiteral("desactivado"), QStringLiteral("выкл"),
                                 QStringLiteral("wyłączony")};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!isDashes(lines.at(i)) || lines.at(i - 1).trimmed().isEmpty())
            continue;
        WindowsFirewallProfile profile;
        profile.name = names.value(profiles.size(), lines.at(i - 1).trimmed());
        // The first line after the dashes is the state, the next the firewall policy: label
        // and value separated by spaces (labels may contain no spaces in English, but do in
        // other languages, so take the value as the last word).
        qsizetype seen = 0;
        for (qsizetype j = i + 1; j < lines.size() && seen < 2; ++j) {
            const QString line = lines.at(j).trimmed();
            if (line.isEmpty() || isDashes(line))
                break;
            const QString value = line.section(u' ', -1).trimmed();
            if (seen == 0) {
                const QString lower = value.toLower();
                if (on.contains(lower))
                    profile.on = true;
                else if (off.contains(lower))
                    profile.on = false;
            } else {
                for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                    if (part.contains(QLatin1String("Inbound")))
                        profile.inboundPolicy = part;
                    else if (part.contains(QLatin1String("Outbound")))
                        profile.outboundPolicy = part;
                }
            }
            ++seen;
        }
        profiles << profile;
    }
    return profiles;
}

QList<WindowsFirewallRule> remoteDesktopRules(const QList<WindowsFirewallRule> &rules)
{
    static const QStringList groups{
        QStringLiteral("remote desktop"),          QStringLiteral("remotedesktop"),
        QStringLiteral("bureau à distance"),       QStringLiteral("escritorio remoto"),
        QStringLiteral("área de trabalho remota"), QStringLiteral("desktop remoto"),
        QStringLiteral("удаленный рабочий стол")};
    QList<WindowsFirewallRule> found;
    for (const WindowsFirewallRule &rule : rules) {
        const QString grouping = rule.grouping.trimmed().toLower();
        if (groups.contains(grouping) ||
            grouping.startsWith(QLatin1String("@firewallapi.dll,-28752")))
            found << rule;
    }
    return found;
}

QList<FirewallVerdict> evaluateWindowsFirewall(const QList<WindowsFirewallRule> &rules,
                                               const QList<WindowsFirewallProfile> &profiles,
                                               const PacketQuery &query)
{
    const bool inbound = query.direction == FirewallDirection::Inbound;
    // Profiles with the firewall on (unknown state counts as on: that is the default).
    QList<const WindowsFirewallProfile *> onProfiles;
    for (const WindowsFirewallProfile &profile : profiles)
        if (profile.on.value_or(true))
            onProfiles << &profile;
    if (!profiles.isEmpty() && onProfiles.isEmpty())
        return {}; // the firewall is off in every profile

    QList<FirewallVerdict> verdicts;
    QStringList uncertainAllows;
    bool certainAllow = false;
    for (const WindowsFirewallRule &rule : rules) {
        if (rule.enabled != true)
            continue;
        if (rule.direction != (inbound ? FirewallDirection::Inbound : FirewallDirection::Outbound))
            continue;
        if (!protocolMatches(rule.protocol, query.protocol))
            continue;
        const QString portSpec = inbound ? rule.localPort : rule.remotePort;
        if (portMatches(portSpec, query.port) == PortMatch::No)
            continue;
        QStringList conditions;
        const QString remoteIp = rule.remoteIp;
        if (!remoteIp.isEmpty() && !isAny(remoteIp)) {
            bool inside = false;
            bool known = !query.remoteAddress.isEmpty();
            if (known) {
                known = false;
                for (const QString &part : remoteIp.split(u',', Qt::SkipEmptyParts)) {
                    const std::optional<bool> in = addressInPrefix(query.remoteAddress, part);
                    if (in) {
                        known = true;
                        inside = inside || *in;
                    }
                }
            }
            if (known && !inside)
                continue;
            if (!known)
                conditions << QStringLiteral("RemoteIP %1").arg(remoteIp);
        }
        if (!coversAllProfiles(rule))
            conditions << QStringLiteral("profiles %1").arg(rule.profiles.join(u','));
        if (rule.action == QLatin1String("block")) {
            FirewallVerdict verdict;
            verdict.result = conditions.isEmpty() ? FirewallVerdict::Result::Blocked
                                                  : FirewallVerdict::Result::MayBeBlocked;
            verdict.action = FirewallAction::Drop;
            verdict.rule = ruleText(rule);
            verdict.location = QStringLiteral("Windows Defender Firewall");
            verdict.conditions = conditions;
            verdicts << verdict;
        } else if (rule.action == QLatin1String("allow") ||
                   rule.action == QLatin1String("bypass")) {
            if (conditions.isEmpty())
                certainAllow = true;
            else
                uncertainAllows << ruleText(rule) + QStringLiteral(" [") +
                                       conditions.join(QStringLiteral("; ")) + u']';
        } else {
            uncertainAllows << ruleText(rule) + QStringLiteral(" [action not understood]");
        }
    }
    // Block rules win over allow rules.
    if (!verdicts.isEmpty()) {
        std::stable_sort(verdicts.begin(), verdicts.end(),
                         [](const FirewallVerdict &a, const FirewallVerdict &b) {
                             return a.result == FirewallVerdict::Result::Blocked &&
                                    b.result != FirewallVerdict::Result::Blocked;
                         });
        return verdicts;
    }
    if (certainAllow)
        return {};

    // No rule decided: the profiles' default for the direction.
    QStringList blockingProfiles;
    int knownPolicies = 0;
    for (const WindowsFirewallProfile *profile : onProfiles) {
        const QString policy = inbound ? profile->inboundPolicy : profile->outboundPolicy;
        if (policy.isEmpty())
            continue;
        ++knownPolicies;
        if (policy.startsWith(QLatin1String("Block")))
            blockingProfiles << profile->name;
    }
    const bool defaultBlocks = knownPolicies == 0 ? inbound : !blockingProfiles.isEmpty();
    if (!defaultBlocks)
        return {};
    FirewallVerdict verdict;
    verdict.byPolicy = true;
    verdict.action = FirewallAction::Drop;
    verdict.location = QStringLiteral("Windows Defender Firewall");
    verdict.rule = inbound ? QStringLiteral("default inbound action: BlockInbound")
                           : QStringLiteral("default outbound action: BlockOutbound");
    if (!blockingProfiles.isEmpty())
        verdict.rule += QStringLiteral(" (%1)").arg(blockingProfiles.join(u','));
    verdict.conditions = uncertainAllows;
    const bool allProfiles = knownPolicies == 0 || blockingProfiles.size() == onProfiles.size();
    if (!allProfiles)
        verdict.conditions
            << QStringLiteral("only in the profiles %1").arg(blockingProfiles.join(u','));
    verdict.result = verdict.conditions.isEmpty() ? FirewallVerdict::Result::Blocked
                                                  : FirewallVerdict::Result::MayBeBlocked;
    return {verdict};
}

} // namespace rdpdiag
