// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetCommand.h"

#include "platform/Sockets.h"
#include "platform/Terminal.h"

#include "CliMain.h"

#include "net/Deadline.h"
#include "report/JsonReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <mutex>

namespace rdpdiag::cli {

namespace {

class FleetText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Fleet)
};

void writeBytes(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeText(std::FILE *stream, const QString &text)
{
    writeBytes(stream, text.toUtf8());
}

/** RFC 4180: quote a field that holds a separator, a quote or a line break. */
QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

/** "error", "warning", "ok" (no error or warning finding) or "cancelled". */
QString resultOf(const Report &report)
{
    if (report.cancelled)
        return QStringLiteral("cancelled");
    bool warning = false;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            return QStringLiteral("error");
        warning = warning || finding.severity == Severity::Warning;
    }
    return warning ? QStringLiteral("warning") : QStringLiteral("ok");
}

/** Reads the hosts file (or standard input for "-"), at most one byte past the limit. */
bool readHostsFile(const QString &path, QByteArray &bytes, QString &error)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        error = file.errorString();
        return false;
    }
    bytes = file.read(kMaxHostsFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error = file.errorString();
        return false;
    }
    return true;
}

/**
 * Receives the reports from the worker threads, writes each record as soon as every
 * earlier target is written (so the output follows the hosts file), and keeps the
 * progress line up to date.
 */
class FleetOutput : public FleetObserver
{
public:
    FleetOutput(const QList<FleetTarget> &targets, bool json, std::FILE *out, std::FILE *err,
                bool progress)
        : m_targets(targets), m_json(json), m_out(out), m_err(err), m_progress(progress),
          m_start(std::chrono::steady_clock::now())
    {}

    void targetFinished(int index, const Report &report) override
    {
        // Render outside the lock: the workers only wait for each other to write.
        QByteArray record =
            m_json ? fleetJsonLine(report) : fleetCsvRow(m_targets.at(index), report);
        const std::lock_guard lock(m_mutex);
        ++m_done;
        if (report.hasErrors())
            ++m_withErrors;
        m_pending.emplace(index, std::move(record));
        while (!m_pending.empty() && m_pending.begin()->first == m_nextToWrite) {
            writeRecordLocked(m_pending.begin()->second);
            m_pending.erase(m_pending.begin());
            ++m_nextToWrite;
        }
        const qint64 now = elapsedMs(m_start);
        if (m_progress && (now - m_lastProgressMs >= 100 || m_done == m_targets.size())) {
            m_lastProgressMs = now;
            writeText(m_err, QStringLiteral("\r\x1b[K") +
                                 fleetProgressLine(m_done, static_cast<int>(m_targets.size()),
                                                   m_withErrors, now));
        }
    }

    /** Writes what is still held back (after a cancellation, the records after a gap). */
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &[index, record] : m_pending)
            writeRecordLocked(record);
        m_pending.clear();
        if (m_progress)
            writeText(m_err, QStringLiteral("\r\x1b[K"));
    }

private:
    void writeRecordLocked(const QByteArray &record)
    {
        std::fwrite(record.constData(), 1, static_cast<size_t>(record.size()), m_out);
        std::fflush(m_out);
    }

    const QList<FleetTarget> &m_targets;
    const bool m_json;
    std::FILE *const m_out;
    std::FILE *const m_err;
    const bool m_progress;
    const std::chrono::steady_clock::time_point m_start;
    std::mutex m_mutex;
    std::map<int, QByteArray> m_pending;
    int m_nextToWrite = 0;
    int m_done = 0;
    int m_withErrors = 0;
    qint64 m_lastProgressMs = -1000;
};

} // namespace

QByteArray fleetCsvHeader()
{
    return QByteArrayLiteral(
        "line,input,host,port,result,errors,warnings,primary,codes,duration_ms,reference\n");
}

QByteArray fleetCsvRow(const FleetTarget &entry, const Report &report)
{
    int errors = 0;
    int warnings = 0;
    QStringList codes;
    for (const Finding &finding : report.findings) {
        errors += finding.severity == Severity::Error ? 1 : 0;
        warnings += finding.severity == Severity::Warning ? 1 : 0;
        if (!codes.contains(finding.code))
            codes << finding.code;
    }
    const QList<QByteArray> fields = {
        QByteArray::number(entry.line),
        csvField(entry.target.input),
        csvField(entry.target.host),
        QByteArray::number(entry.target.port),
        resultOf(report).toUtf8(),
        QByteArray::number(errors),
        QByteArray::number(warnings),
        csvField(report.diagnosis.primary),
        csvField(codes.join(QLatin1Char(' '))),
        QByteArray::number(report.durationMs),
        csvField(report.reference),
    };
    return fields.join(',') + '\n';
}

QByteArray fleetJsonLine(const Report &report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Compact) + '\n';
}

QString fleetProgressLine(int done, int total, int withErrors, qint64 elapsedMs)
{
    return FleetText::tr("[%1/%2] %3 with errors, %4 s")
        .arg(done)
        .arg(total)
        .arg(withErrors)
        .arg(static_cast<double>(elapsedMs) / 1000.0, 0, 'f', 1);
}

QString renderFleetSummary(const FleetSummary &summary, const QString &hostsFile)
{
    const int clean =
        summary.finished - summary.cancelled - summary.withErrors - summary.withWarnings;
    QString text =
        FleetText::tr("%1 targets from %2 in %3 s (%4 at once): %5 with errors, %6 "
                      "with warnings only, %7 without either.\n")
            // One arg() call: a "%3" in the file name stays as it is.
            .arg(QString::number(summary.targets), hostsFile,
                 QString::number(static_cast<double>(summary.durationMs) / 1000.0, 'f', 1),
                 QString::number(summary.concurrency), QString::number(summary.withErrors),
                 QString::number(summary.withWarnings), QString::number(std::max(clean, 0)));
    if (summary.cancelled > 0 || summary.notRun() > 0)
        text += FleetText::tr("Interrupted: %1 runs cut short, %2 targets not checked.\n")
                    .arg(summary.cancelled)
                    .arg(summary.notRun());
    if (summary.codes.isEmpty())
        return text + FleetText::tr("No findings.\n");

    const QString codeTitle = FleetText::tr("finding");
    const QString severityTitle = FleetText::tr("severity");
    const QString countTitle = FleetText::tr("targets");
    qsizetype codeWidth = codeTitle.size();
    for (const FleetCodeCount &count : summary.codes)
        codeWidth = std::max(codeWidth, count.code.size());
    const qsizetype severityWidth = std::max<qsizetype>(severityTitle.size(), 7);
    const auto row = [&](const QString &code, const QString &severity, const QString &count) {
        return QStringLiteral("  %1  %2  %3\n")
            .arg(code, -static_cast<int>(codeWidth))
            .arg(severity, -static_cast<int>(severityWidth))
            .arg(count, static_cast<int>(countTitle.size()));
    };
    text += row(codeTitle, severityTitle, countTitle);
    for (const FleetCodeCount &count : summary.codes)
        text += row(count.code, severityString(count.severity), QString::number(count.targets));
    return text;
}

int chooseFleetConcurrency(int requested, int targets, qint64 descriptorLimit, bool &capped)
{
    const int allowed = concurrencyForDescriptors(descriptorLimit);
    const int wanted = requested > 0 ? requested : kDefaultFleetConcurrency;
    capped = requested > 0 && requested > allowed;
    return std::max(1, std::min({wanted, allowed, std::max(targets, 1)}));
}

int runFleetCommand(const FleetRequest &request, std::FILE *out, std::FILE *err,
                    const CancelToken &cancel)
{
    const QString shownPath = request.hostsFile == QLatin1String("-")
                                  ? FleetText::tr("standard input")
                                  : request.hostsFile;
    QByteArray bytes;
    QString readError;
    if (!readHostsFile(request.hostsFile, bytes, readError)) {
        writeText(err, FleetText::tr("rdpdiag: cannot read the hosts file %1: %2\n")
                           .arg(shownPath, readError));
        return ExitBadInput;
    }
    const HostsFileParse parsed = parseHostsFile(bytes, request.defaultPort);
    if (parsed.targets.isEmpty()) {
        writeText(err, FleetText::tr("rdpdiag: %1: %2\n").arg(shownPath, parsed.error));
        return ExitBadInput;
    }

    // Each run holds up to kSocketsPerRun sockets at once: ask for enough descriptors (the
    // soft limit may be raised up to the hard one), then stay within what was granted.
    const int wanted = request.concurrency > 0 ? request.concurrency : kDefaultFleetConcurrency;
    const qint64 limit = platform::raiseDescriptorLimit(
        kReservedDescriptors + static_cast<qint64>(wanted) * kSocketsPerRun);
    bool capped = false;
    const int concurrency = chooseFleetConcurrency(
        request.concurrency, static_cast<int>(parsed.targets.size()), limit, capped);
    if (capped)
        writeText(err, FleetText::tr("rdpdiag: --concurrency %1 needs more open files than the "
                                     "limit of %2 allows; running %3 at once\n")
                           .arg(request.concurrency)
                           .arg(limit)
                           .arg(concurrency));

    FleetOptions options;
    options.concurrency = concurrency;
    options.timeout = request.timeout;
    options.reported = request.reported;

    if (!request.json)
        writeBytes(out, fleetCsvHeader());
    const bool progress = platform::isTerminal(err) && qgetenv("TERM") != "dumb";
    FleetOutput output(parsed.targets, request.json, out, err, progress);
    const FleetSummary summary = runFleet(parsed.targets, options, cancel, &output);
    output.finish();
    writeText(err, renderFleetSummary(summary, shownPath));
    return summary.withErrors > 0 ? ExitErrorsFound : ExitClean;
}

} // namespace rdpdiag::cli
