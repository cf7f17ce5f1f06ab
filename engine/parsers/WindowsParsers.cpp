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

RegQueryParse parseRegQuery(const QString &text)
{
    RegQueryParse result;
    static const QRegularExpression valueLine(
        QStringLiteral("^\\s{2,}(.+?)\\s{2,}(REG_[A-Z_]+)(?:\\s{2,}(.*))?\\s*$"));
    QString key;
    for (const QString &line : linesOf(text)) {
        if (line.startsWith(QLatin1String("HKEY_")) || line.startsWith(QLatin1String("HKLM\\"))) {
            key = line.trimmed();
            continue;
        }
        // "ERROR: The system was unable to find …", "FEHLER: …", "ERREUR : …": any
        // language, one line without a value type.
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !line.at(0).isSpace() && trimmed.contains(u':') &&
            !trimmed.contains(QLatin1String("REG_"))) {
            result.notFound = true;
            continue;
        }
        const QRegularExpressionMatch match = valueLine.match(line);
        if (!match.hasMatch())
            continue;
        RegistryValue value;
        value.key = key;
        value.name = match.captured(1).trimmed();
        value.type = match.captured(2);
        value.data = match.captured(3).trimmed();
        result.values << value;
    }
    return result;
}

std::optional<quint32> registryDword(const QList<RegistryValue> &values, const QString &name,
                                     const QString &keySuffix)
{
    for (const RegistryValue &value : values) {
        if (value.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!keySuffix.isEmpty() && !value.key.endsWith(keySuffix, Qt::CaseInsensitive))
            continue;
        if (value.type != QLatin1String("REG_DWORD"))
            continue;
        bool ok = false;
        const QString data = value.data;
        const quint32 number = data.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                                   ? data.mid(2).toUInt(&ok, 16)
                                   : data.toUInt(&ok, 10);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QList<SchannelFacts> schannelFromRegistry(const QList<RegistryValue> &values)
{
    QList<SchannelFacts> entries;
    static const QRegularExpression keyPattern(
        QStringLiteral("\\\\Protocols\\\\([^\\\\]+)\\\\(Server|Client)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const RegistryValue &value : values) {
        const QRegularExpressionMatch match = keyPattern.match(value.key);
        if (!match.hasMatch() || value.type != QLatin1String("REG_DWORD"))
            continue;
        const QString protocol = match.captured(1);
        const QString side = match.captured(2).at(0).toUpper() + match.captured(2).mid(1).toLower();
        SchannelFacts *entry = nullptr;
        for (SchannelFacts &existing : entries)
            if (existing.protocol == protocol && existing.side == side)
                entry = &existing;
        if (!entry) {
            entries << SchannelFacts{protocol, side, std::nullopt, std::nullopt};
            entry = &entries.last();
        }
        const std::optional<quint32> number = registryDword({value}, value.name);
        if (value.name.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0)
            entry->enabled = number;
        else if (value.name.compare(QLatin1String("DisabledByDefault"), Qt::CaseInsensitive) == 0)
            entry->disabledByDefault = number;
    }
    return entries;
}

ScQueryParse parseScQuery(const QString &text)
{
    ScQueryParse result;
    static const QRegularExpression state(
        QStringLiteral(":\\s*(\\d)\\s+(STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|"
                       "PAUSE_PENDING|PAUSED)\\b"));
    static const QRegularExpression failed(QStringLiteral("FAILED\\s+(\\d+)"));
    static const QRegularExpression pid(QStringLiteral("^\\s*PID\\s*:\\s*(\\d+)\\s*$"));
    for (const QString &line : linesOf(text)) {
        if (line.startsWith(QLatin1String("SERVICE_NAME:"))) {
            result.name = line.mid(13).trimmed();
            continue;
        }
        QRegularExpressionMatch match = state.match(line);
        if (match.hasMatch() && !result.state) {
            // The number and the name must agree (1 STOPPED … 7 PAUSED).
            static const QStringList names{QStringLiteral("STOPPED"),
                                           QStringLiteral("START_PENDING"),
                                           QStringLiteral("STOP_PENDING"),
                                           QStringLiteral("RUNNING"),
                                           QStringLiteral("CONTINUE_PENDING"),
                                           QStringLiteral("PAUSE_PENDING"),
                                           QStringLiteral("PAUSED")};
            const int number = match.captured(1).toInt();
            if (number >= 1 && number <= 7 && names.at(number - 1) == match.captured(2))
                result.state = number;
            continue;
        }
        match = pid.match(line);
        if (match.hasMatch()) {
            result.pid = match.captured(1).toLongLong();
            continue;
        }
        match = failed.match(line);
        if (match.hasMatch())
            result.error = match.captured(1).toInt();
    }
    return result;
}

ServiceFacts::State serviceStateFromSc(const ScQueryParse &parsed)
{
    if (parsed.error == 1060)
        return ServiceFacts::State::NotInstalled;
    if (!parsed.state)
        return ServiceFacts::State::Unknown;
    switch (*parsed.state) {
    case 1:
        return ServiceFacts::State::Stopped;
    case 2:
        return ServiceFacts::State::Starting;
    case 3:
        return ServiceFacts::State::Stopping;
    case 4:
        return ServiceFacts::State::Running;
    case 5:
        return ServiceFacts::State::Starting;
    case 6:
        return ServiceFacts::State::Stopping;
    case 7:
        return ServiceFacts::State::Paused;
    default:
        return ServiceFacts::State::Unknown;
    }
}

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

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

QList<StoreCertificateFacts> parseCertificateCsv(const QString &text)
{
    QList<StoreCertificateFacts> certificates;
    QStringList header;
    for (const QString &line : linesOf(text)) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = splitCsvLine(line.trimmed());
        if (header.isEmpty()) {
            header = fields;
            continue;
        }
        const auto column = [&](const char *name) {
            const qsizetype index = header.indexOf(QLatin1String(name));
            return index >= 0 ? fields.value(index) : QString();
        };
        StoreCertificateFacts certificate;
        certificate.store = column("Store");
        certificate.thumbprint = normaliseThumbprint(column("Thumbprint"));
        certificate.subject = column("Subject");
        certificate.notAfter = parseEventDate(column("NotAfter"));
        const QString hasKey = column("HasPrivateKey");
        if (hasKey.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0)
            certificate.hasPrivateKey = true;
        else if (hasKey.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0)
            certificate.hasPrivateKey = false;
        if (certificate.thumbprint.size() != 40)
            continue; // not a certificate row
        certificates << certificate;
    }
    return certificates;
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

QString normaliseThumbprint(const QString &text)
{
    QString hex;
    for (const QChar c : text)
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            hex += c.toUpper();
    return hex;
}

} // namespace rdpdiag
