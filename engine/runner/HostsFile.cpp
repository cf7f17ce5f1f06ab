// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/HostsFile.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace rdpdiag {

namespace {

class FleetText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Fleet)
};

HostsFileParse failAt(int line, const QString &reason)
{
    HostsFileParse result;
    result.error = FleetText::tr("line %1: %2").arg(line).arg(reason);
    return result;
}

HostsFileParse failWith(const QString &reason)
{
    HostsFileParse result;
    result.error = reason;
    return result;
}

/** Decodes the file: UTF-16 with a BOM, else UTF-8 (BOM optional). Sets @p ok = false on
 * bytes that are not text in that encoding. */
QString decodeText(QByteArrayView bytes, bool &ok)
{
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    if (bytes.startsWith("\xFF\xFE"))
        encoding = QStringDecoder::Utf16LE;
    else if (bytes.startsWith("\xFE\xFF"))
        encoding = QStringDecoder::Utf16BE;
    // The decoders drop a leading BOM of their own encoding.
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(bytes);
    ok = !decoder.hasError();
    return text;
}

/**
 * Splits one CSV line at @p separator, honouring "…" quoting ("" is a quote). Fields are
 * trimmed. Returns false for an unterminated quote (CSV rows spanning lines are not
 * supported: no host needs a line break).
 */
bool splitCsvLine(const QString &line, QChar separator, QStringList &fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == separator) {
            fields << field.trimmed();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && !wasQuoted && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields << field.trimmed();
    return true;
}

struct CsvLayout
{
    QChar separator;
    qsizetype hostColumn = -1;
    qsizetype portColumn = -1;
};

/** The CSV header in @p line, if it is one: a `host` field under one of the separators. */
std::optional<CsvLayout> csvHeader(const QString &line)
{
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        QStringList fields;
        if (!splitCsvLine(line, separator, fields))
            continue;
        CsvLayout layout;
        layout.separator = separator;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString name = fields.at(i).toLower();
            if (name == QLatin1String("host") && layout.hostColumn < 0)
                layout.hostColumn = i;
            else if (name == QLatin1String("port") && layout.portColumn < 0)
                layout.portColumn = i;
        }
        if (layout.hostColumn >= 0)
            return layout;
    }
    return std::nullopt;
}

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('#'));
}

} // namespace

HostsFileParse parseHostsFile(QByteArrayView bytes, quint16 defaultPort)
{
    if (bytes.size() > kMaxHostsFileBytes)
        return failWith(FleetText::tr("the hosts file is too large (%1 bytes, at most %2)")
                            .arg(bytes.size())
                            .arg(kMaxHostsFileBytes));
    bool ok = true;
    const QString text = decodeText(bytes, ok);
    if (!ok)
        return failWith(FleetText::tr("the hosts file is not text (save it as UTF-8)"));
    if (text.contains(QChar(u'\0')))
        return failWith(FleetText::tr("the hosts file is not text (it contains NUL characters)"));

    const QStringList lines = text.split(QLatin1Char('\n'));
    std::optional<CsvLayout> csv;
    bool sawContent = false;
    HostsFileParse result;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = static_cast<int>(index + 1);
        QString line = lines.at(index);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;

        if (!sawContent) {
            sawContent = true;
            csv = csvHeader(trimmed);
            if (csv)
                continue;
        }

        QString hostText;
        quint16 port = defaultPort;
        if (csv) {
            QStringList fields;
            if (!splitCsvLine(trimmed, csv->separator, fields))
                return failAt(lineNumber, FleetText::tr("a quoted field is not closed"));
            if (std::all_of(fields.cbegin(), fields.cend(),
                            [](const QString &field) { return field.isEmpty(); }))
                continue;
            hostText = csv->hostColumn < fields.size() ? fields.at(csv->hostColumn) : QString();
            if (hostText.isEmpty())
                return failAt(lineNumber, FleetText::tr("the host column is empty"));
            if (csv->portColumn >= 0 && csv->portColumn < fields.size() &&
                !fields.at(csv->portColumn).isEmpty()) {
                bool isNumber = false;
                const int value = fields.at(csv->portColumn).toInt(&isNumber);
                if (!isNumber || value < 1 || value > 65535)
                    return failAt(lineNumber,
                                  FleetText::tr("the port \"%1\" is not a number from 1 to 65535")
                                      .arg(fields.at(csv->portColumn)));
                port = static_cast<quint16>(value);
            }
        } else {
            // '#' cannot be part of a host name: the rest of the line is a comment.
            const qsizetype hash = line.indexOf(QLatin1Char('#'));
            hostText = (hash >= 0 ? line.left(hash) : line).trimmed();
        }

        const TargetParse parsed = parseTargetText(hostText, port);
        if (!parsed.target)
            return failAt(lineNumber, parsed.error);
        if (result.targets.size() >= kMaxFleetTargets)
            return failWith(
                FleetText::tr("more than %1 targets in the hosts file").arg(kMaxFleetTargets));
        result.targets.append({lineNumber, *parsed.target});
    }
    if (result.targets.isEmpty())
        return failWith(csv ? FleetText::tr("the hosts file has a header but no rows")
                            : FleetText::tr("the hosts file names no target"));
    return result;
}

} // namespace rdpdiag
