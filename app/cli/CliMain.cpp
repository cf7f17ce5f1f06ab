// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliMain.h"

#include "CliOptions.h"
#include "FleetCommand.h"
#include "ServerCheckCommand.h"
#include "bundle/Bundle.h"
#include "bundle/Environment.h"
#include "bundle/LogCapture.h"
#include "bundle/Redaction.h"
#include "net/ConnectionTimeline.h"
#include "platform/Terminal.h"
#include "report/JsonReport.h"
#include "report/TextSummary.h"
#include "support/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rdpdiag::cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Cli)
};

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

bool wantsColour(std::FILE *stream)
{
    if (!qEnvironmentVariableIsEmpty("NO_COLOR"))
        return false;
    if (qgetenv("TERM") == "dumb")
        return false;
    return platform::isTerminal(stream);
}

void writeBytes(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

/** --read: prints a saved bundle's summary (or its report with --json). */
int readCommand(const CliOptions &options, std::FILE *out, std::FILE *err)
{
    const BundleReadResult read = readBundle(options.readPath);
    if (!read.contents) {
        write(err, CliText::tr("rdpdiag: cannot open the bundle %1: %2\n")
                       .arg(options.readPath, read.error));
        return ExitBadInput;
    }
    const BundleContents &contents = *read.contents;
    const Redactor::Redacted redacted =
        options.redact ? redactReport(contents.report, thisComputerNames()) : Redactor::Redacted{};
    const Report &report = options.redact ? redacted.report : contents.report;
    if (options.json) {
        // As this version shows it — made safe, its findings from this version's catalogue
        // (BundleContents::reportJson) — unless asked to redact it now.
        writeBytes(out, options.redact ? redacted.jsonBytes() : contents.reportJson);
    } else {
        QString madeOn = contents.environment.value(QStringLiteral("hostname")).toString();
        if (options.redact && !contents.redacted)
            madeOn.clear(); // the bundle's own names are not in the report's redaction
        const QString os = contents.environment.value(QStringLiteral("os")).toString();
        QString header =
            CliText::tr("Findings bundle %1: run %2 of %3 UTC")
                .arg(QFileInfo(options.readPath).fileName(), report.reference,
                     report.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QStringList machine{madeOn, os};
        machine.removeAll(QString());
        if (!machine.isEmpty())
            header += CliText::tr(", made on %1").arg(machine.join(QStringLiteral(", ")));
        if (contents.redacted || options.redact)
            header += CliText::tr(" (redacted)");
        write(out,
              header + QStringLiteral("\n\n") + renderTextSummary(report, {wantsColour(out), 100}));
    }
    return report.hasErrors() ? ExitErrorsFound : ExitClean;
}

} // namespace

int runCli(const QStringList &arguments, std::FILE *out, std::FILE *err, const CancelToken &cancel)
{
    // rdpdiag --server: the self-check of this computer (ServerCheckCommand.cpp)
    if (isServerCommand(arguments))
        return runServerCommand(arguments, out, err, cancel);
    const CliParse parsed = parseCommandLine(arguments);
    if (!parsed.options) {
        write(err, QStringLiteral("rdpdiag: %1\n").arg(parsed.error));
        return ExitBadInput;
    }
    const CliOptions &options = *parsed.options;
    if (options.action == CliOptions::Action::Help) {
        write(out, parsed.helpText);
        return ExitClean;
    }
    if (options.action == CliOptions::Action::Version) {
        write(out, QStringLiteral("rdpdiag %1\n").arg(QStringLiteral(RDPDIAG_VERSION)));
        return ExitClean;
    }

    // Where the bundle goes is checked before the run: a typo costs no waiting.
    const QFileInfo bundleInfo(options.bundlePath);
    const bool bundleIntoFolder = !options.bundlePath.isEmpty() && bundleInfo.isDir();
    if (!options.bundlePath.isEmpty()) {
        const QString folder =
            bundleIntoFolder ? bundleInfo.absoluteFilePath() : bundleInfo.absolutePath();
        const QFileInfo folderInfo(folder);
        if (!folderInfo.isDir() || !folderInfo.isWritable()) {
            write(err, CliText::tr("rdpdiag: cannot write the bundle %1: the folder %2 %3\n")
                           .arg(options.bundlePath, QDir::toNativeSeparators(folder),
                                folderInfo.isDir() ? CliText::tr("is not writable")
                                                   : CliText::tr("does not exist")));
            return ExitBadInput;
        }
    }

    QString logError;
    if (!setupLogging({options.verbose, options.logFile}, &logError)) {
        write(err, CliText::tr("rdpdiag: cannot write the log file %1: %2\n")
                       .arg(options.logFile, logError));
        return ExitBadInput;
    }
    if (options.action == CliOptions::Action::Read)
        return readCommand(options, out, err);
    if (options.fleet)
        return runFleetCommand(*options.fleet, out, err, cancel);

    // The bundle carries the run's debug log: keep it in memory while the run goes.
    std::shared_ptr<LogCapture> capture;
    if (!options.bundlePath.isEmpty())
        capture = LogCapture::install();
    // The connection timeline at the end of the log (net/ConnectionTimeline.h), when a log
    // is shown or kept.
    timeline::setRecording(options.verbose || !options.logFile.isEmpty() || capture);

    const Report report = runDiagnosis(options.request, cancel);
    // --redact applies to what is printed as well as to the bundle; the bundle writer redacts
    // the original report the same way, so report.json equals what --json prints.
    const Redactor::Redacted redacted =
        options.redact ? redactReport(report, thisComputerNames()) : Redactor::Redacted{};
    const Report &shown = options.redact ? redacted.report : report;
    if (options.json)
        writeBytes(out, options.redact ? redacted.jsonBytes() : reportToJsonBytes(report));
    else
        write(out, renderTextSummary(shown, {wantsColour(out), 100}));

    if (!options.bundlePath.isEmpty()) {
        const QString path = bundleIntoFolder
                                 ? QDir(bundleInfo.absoluteFilePath())
                                       .filePath(defaultBundleFileName(report, options.redact))
                                 : options.bundlePath;
        BundleOptions bundleOptions;
        bundleOptions.redact = options.redact;
        bundleOptions.log = capture->contents();
        capture->uninstall();
        const BundleWriteResult written = writeBundle(report, path, bundleOptions);
        if (!written.ok) {
            // The run's result is printed, but what was asked for is missing: not a success.
            write(err, CliText::tr("rdpdiag: the findings bundle was not written: %1\n")
                           .arg(written.error));
            return ExitBadInput;
        }
        write(err, CliText::tr("rdpdiag: findings bundle written to %1\n")
                       .arg(QDir::toNativeSeparators(written.path)));
    }
    return report.hasErrors() ? ExitErrorsFound : ExitClean;
}

} // namespace rdpdiag::cli
