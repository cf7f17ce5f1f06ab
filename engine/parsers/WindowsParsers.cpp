// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/WindowsParsers.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 500000;
constexpr int kMessageLimit = 600;

QStringList linesOf(const QString &text)
{
    QString copy = text;
    copy.remove(u'\r');
    QStringList lines = copy.split(u'\n');
    if (lines.size() > kMaxLines)
        lines = lines.mid(0, kMaxLines);
    return lines;
}

QDateTime parseEventDate(const QString &text)
{
    QString value = text.trimmed();
    const bool utc = value.endsWith(u'Z');
    if (utc)
        value.chop(1);
    // "2024-05-02T10:11:12.3450000": Qt reads at most milliseconds.
    const qsizetype dot = value.indexOf(u'.');
    if (dot >= 0)
        value = value.left(dot + 4);
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    if (time.isValid() && utc)
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

QString wellKnownSid(const QString &principal)
{
    const QString lower = principal.trimmed().toLower();
    static const QList<std::pair<QString, QStringList>> names{
        {QStringLiteral("S-1-1-0"),
         {QStringLiteral("everyone"), QStringLiteral("jeder"), QStringLiteral("tout le monde"),
          QStringLiteral("todos"), QStringLiteral("iedereen"), QStringLiteral("chiunque"),
          QStringLiteral("все")}},
        {QStringLiteral("S-1-5-32-544"),
         {QStringLiteral("builtin\\administrators"),
          QStringLiteral("vordefiniert\\administratoren"),
          QStringLiteral("builtin\\administrateurs"), QStringLiteral("builtin\\administradores"),
          QStringLiteral("builtin\\administratoren"), QStringLiteral("builtin\\administrators")}},
        {QStringLiteral("S-1-5-18"),
         {QStringLiteral("nt authority\\system"), QStringLiteral("nt-autorität\\system"),
          QStringLiteral("autorite nt\\système"), QStringLiteral("nt authority\\sistema"),
          QStringLiteral("nt-autoriteit\\system")}},
        {QStringLiteral("S-1-5-20"),
         {QStringLiteral("nt authority\\network service"),
          QStringLiteral("nt-autorität\\netzwerkdienst"),
          QStringLiteral("autorite nt\\service réseau"),
          QStringLiteral("nt authority\\servicio de red")}},
    };
    for (const auto &[sid, spellings] : names)
        if (spellings.contains(lower))
            return sid;
    if (lower.startsWith(QLatin1String("s-1-")))
        return principal.trimmed().toUpper();
    if (lower.startsWith(QLatin1String("*s-1-")))
        return principal.trimmed().mid(1).toUpper();
    return {};
}

IcaclsParse parseIcacls(const QString &text, const QString &path)
{
    IcaclsParse result;
    const QStringList lines = linesOf(text);
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(path, Qt::CaseInsensitive)) {
            line = line.mid(path.size());
            // "C:\…\MachineKeys: Access is denied." / ": Zugriff verweigert" — a colon right
            // after the path and no entry with rights.
            if (line.startsWith(u':') && !line.contains(QLatin1String(":("))) {
                result.accessDenied = true;
                result.parsed = true;
                continue;
            }
        } else if (!line.at(0).isSpace()) {
            continue; // the summary line ("Successfully processed 1 files; …")
        }
        const qsizetype rights = line.indexOf(QLatin1String(":("));
        if (rights < 0)
            continue;
        AclEntryFacts entry;
        entry.principal = line.left(rights).trimmed();
        entry.rights = line.mid(rights + 1).trimmed();
        entry.sid = wellKnownSid(entry.principal);
        result.entries << entry;
        result.parsed = true;
    }
    return result;
}

QStringList machineKeysAclProblems(const QList<AclEntryFacts> &entries)
{
    bool adminFull = false;
    bool everyoneRead = false;
    bool everyoneWrite = false;
    QStringList problems;
    static const QRegularExpression group(QStringLiteral("\\(([^)]*)\\)"));
    for (const AclEntryFacts &entry : entries) {
        QStringList flags;
        for (auto it = group.globalMatch(entry.rights); it.hasNext();)
            flags << it.next().captured(1).split(u',');
        if (flags.contains(QLatin1String("IO")))
            continue; // inherit-only: applies to the files below, not the folder itself
        const bool deny = flags.contains(QLatin1String("DENY"));
        const bool full = flags.contains(QLatin1String("F"));
        const bool read =
            full || flags.contains(QLatin1String("M")) || flags.contains(QLatin1String("R")) ||
            flags.contains(QLatin1String("RX")) || flags.contains(QLatin1String("GR"));
        const bool write = full || flags.contains(QLatin1String("M")) ||
                           flags.contains(QLatin1String("W")) ||
                           flags.contains(QLatin1String("GW"));
        if (entry.sid == QLatin1String("S-1-5-32-544")) {
            if (deny)
                problems << QStringLiteral("deny entry for Administrators: %1").arg(entry.rights);
            else if (full)
                adminFull = true;
        } else if (entry.sid == QLatin1String("S-1-1-0")) {
            if (deny) {
                problems << QStringLiteral("deny entry for Everyone: %1").arg(entry.rights);
            } else {
                everyoneRead = everyoneRead || read;
                everyoneWrite = everyoneWrite || write;
            }
        }
    }
    if (!adminFull)
        problems << QStringLiteral("Administrators (S-1-5-32-544) lack full control (F)");
    if (!everyoneRead || !everyoneWrite)
        problems << QStringLiteral("Everyone (S-1-1-0) lacks read and write (R,W)");
    return problems;
}

QList<WindowsEventFacts> parseWevtutilText(const QString &text)
{
    QList<WindowsEventFacts> events;
    static const QRegularExpression header(QStringLiteral("^\\S[^\\[]*\\[\\d+\\]:\\s*$"));
    static const QRegularExpression field(QStringLiteral("^ {1,4}([^:]+):\\s?(.*)$"));
    const QStringList lines = linesOf(text);
    qsizetype i = 0;
    while (i < lines.size()) {
        if (!header.match(lines.at(i)).hasMatch()) {
            ++i;
            continue;
        }
        ++i;
        QStringList values;
        // Log Name, Source, Date, Event ID, Task, Level, Opcode, Keyword, User, User Name,
        // Computer, Description: the same order in every language.
        while (i < lines.size() && values.size() < 12) {
            const QRegularExpressionMatch match = field.match(lines.at(i));
            if (!match.hasMatch())
                break;
            values << match.captured(2).trimmed();
            ++i;
        }
        QStringList message;
        if (values.size() == 12 && !values.last().isEmpty())
            message << values.last();
        while (i < lines.size() && !header.match(lines.at(i)).hasMatch()) {
            if (!lines.at(i).trimmed().isEmpty())
                message << lines.at(i).trimmed();
            ++i;
        }
        if (values.size() < 4)
            continue; // malformed block
        bool ok = false;
        const int id = values.at(3).toInt(&ok);
        if (!ok)
            continue;
        WindowsEventFacts event;
        event.id = id;
        event.source = values.at(1);
        event.time = parseEventDate(values.at(2));
        event.level = values.value(5);
        event.message = message.join(u' ').left(kMessageLimit);
        events << event;
    }
    return events;
}

QList<ListenerFacts> parseNetstatListening(const QString &text)
{
    QList<ListenerFacts> listeners;
    for (const QString &line : linesOf(text)) {
        const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 5 ||
            words.first().compare(QLatin1String("TCP"), Qt::CaseInsensitive) != 0)
            continue;
        // A listening socket has no remote end: 0.0.0.0:0 or [::]:0, whatever the state
        // word is in this language (LISTENING, ABHÖREN, À L'ÉCOUTE, …).
        const QString remote = words.at(2);
        if (remote != QLatin1String("0.0.0.0:0") && remote != QLatin1String("[::]:0"))
            continue;
        const QString local = words.at(1);
        const qsizetype colon = local.lastIndexOf(u':');
        if (colon <= 0)
            continue;
        bool ok = false;
        const uint port = local.mid(colon + 1).toUInt(&ok);
        if (!ok || port > 65535)
            continue;
        ListenerFacts listener;
        QString address = local.left(colon);
        if (address.startsWith(u'[') && address.endsWith(u']'))
            address = address.mid(1, address.size() - 2);
        listener.address = address;
        listener.port = static_cast<quint16>(port);
        listener.processId = words.last().toLongLong();
        listeners << listener;
    }
    return listeners;
}

std::optional<int> parseFirstInteger(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("(?:^|\\s)(-?\\d+)(?:\\s|$)"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int value = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace rdpdiag
