// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliMain.h"

#include "CliOptions.h"
#include "report/JsonReport.h"
#include "report/TextSummary.h"
#include "support/Log.h"

#include <QCoreApplication>

#include <unistd.h>

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
    return ::isatty(::fileno(stream)) == 1;
}

} // namespace

int runCli(const QStringList &arguments, std::FILE *out, std::FILE *err, const CancelToken &cancel)
{
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

    QString logError;
    if (!setupLogging({options.verbose, options.logFile}, &logError)) {
        write(err, CliText::tr("rdpdiag: cannot write the log file %1: %2\n")
                       .arg(options.logFile, logError));
        return ExitBadInput;
    }

    const Report report = runDiagnosis(options.request, cancel);
    if (options.json) {
        const QByteArray json = reportToJsonBytes(report);
        std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), out);
        std::fflush(out);
    } else {
        write(out, renderTextSummary(report, {wantsColour(out), 100}));
    }
    return report.hasErrors() ? ExitErrorsFound : ExitClean;
}

} // namespace rdpdiag::cli
