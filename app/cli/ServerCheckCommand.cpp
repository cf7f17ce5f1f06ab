// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheckCommand.h"

#include "diagnosis/ErrorCodes.h"
#include "platform/Terminal.h"
#include "report/JsonReport.h"
#include "report/RemediationScript.h"
#include "report/TextSummary.h"
#include "support/Log.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rdpdiag::cli {

namespace {

class ServerCommandText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Cli)
};

enum { kClean = 0, kErrors = 1, kBadInput = 2 };

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

bool isServerCommand(const QStringList &arguments)
{
    return arguments.mid(1).contains(QStringLiteral("--server"));
}

QString serverCommandHelp()
{
    return ServerCommandText::tr(
        "Usage: rdpdiag --server [options]\n"
        "Checks this computer as a Remote Desktop server (xrdp on Linux, Remote Desktop\n"
        "Services on Windows). Read-only: nothing on this computer is changed.\n\n"
        "  --json                 print the JSON report\n"
        "  --port N               the port clients connect to (default 3389)\n"
        "  --error-code CODE      the error code clients see (e.g. 0x904)\n"
        "  --extended-code CODE   the extended error code (e.g. 0x7)\n"
        "  --script FILE          also write a repair script to review (PowerShell on\n"
        "                         Windows, bash on Linux); it changes nothing unless run\n"
        "                         with -Apply / --apply\n"
        "  --xrdp-config FILE     the xrdp.ini to check (default /etc/xrdp/xrdp.ini)\n"
        "  --service-user NAME    check file access for this account instead of the one\n"
        "                         xrdp runs as\n"
        "  --lang CODE            language of the output, e.g. de, fr, es, ja, zh_CN\n"
        "  --verbose, --log FILE  more detail on stderr / the log written to FILE\n\n"
        "Exit codes: 0 no error found, 1 at least one error found, 2 bad usage.\n");
}

ServerCommandParse parseServerCommand(const QStringList &arguments)
{
    ServerCommandParse parse;
    ServerCommandOptions options;
    const auto value = [&](qsizetype &i, const QString &name, QString *out) {
        if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
            parse.error = ServerCommandText::tr("%1 needs a value").arg(name);
            return false;
        }
        *out = arguments.at(++i);
        return true;
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString text;
        if (argument == QLatin1String("--server")) {
            continue;
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.help = true;
        } else if (argument == QLatin1String("--verbose") || argument == QLatin1String("-v")) {
            options.verbose = true;
        } else if (argument == QLatin1String("--log")) {
            if (!value(i, argument, &options.logFile))
                return parse;
        } else if (argument == QLatin1String("--script")) {
            if (!value(i, argument, &options.scriptFile))
                return parse;
        } else if (argument == QLatin1String("--xrdp-config")) {
            if (!value(i, argument, &options.check.xrdpConfigPath))
                return parse;
        } else if (argument == QLatin1String("--service-user")) {
            if (!value(i, argument, &options.check.serviceAccount))
                return parse;
        } else if (argument == QLatin1String("--port")) {
            if (!value(i, argument, &text))
                return parse;
            bool ok = false;
            const uint port = text.toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                parse.error = ServerCommandText::tr("--port must be a number from 1 to 65535");
                return parse;
            }
            options.check.expectedPort = static_cast<quint16>(port);
        } else if (argument == QLatin1String("--error-code") ||
                   argument == QLatin1String("--extended-code")) {
            if (!value(i, argument, &text))
                return parse;
            const bool extended = argument == QLatin1String("--extended-code");
            const std::optional<quint32> code =
                parseClientCode(text, extended ? CodeKind::Extended : CodeKind::Disconnect);
            if (!code) {
                parse.error = ServerCommandText::tr("%1: \"%2\" is not an error code")
                                  .arg(argument, text.left(40));
                return parse;
            }
            (extended ? options.reported.extended : options.reported.code) = code;
        } else {
            parse.error =
                ServerCommandText::tr("unknown option for --server: %1").arg(argument.left(80));
            return parse;
        }
    }
    parse.options = options;
    return parse;
}

int runServerCommand(const QStringList &arguments, std::FILE *out, std::FILE *err,
                     const CancelToken &cancel)
{
    const ServerCommandParse parsed = parseServerCommand(arguments);
    if (!parsed.options) {
        write(err, QStringLiteral("rdpdiag: %1\n").arg(parsed.error));
        return kBadInput;
    }
    const ServerCommandOptions &options = *parsed.options;
    if (options.help) {
        write(out, serverCommandHelp());
        return kClean;
    }
    QString logError;
    if (!setupLogging({options.verbose, options.logFile}, &logError)) {
        write(err, ServerCommandText::tr("rdpdiag: cannot write the log file %1: %2\n")
                       .arg(options.logFile, logError));
        return kBadInput;
    }
    const Report report = runServerCheck(options.check, options.reported, &cancel);
    if (!options.scriptFile.isEmpty()) {
        QSaveFile file(options.scriptFile);
        const QByteArray script = remediationScript(report, scriptKindFor(report)).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size() ||
            !file.commit()) {
            write(err, ServerCommandText::tr("rdpdiag: cannot write %1: %2\n")
                           .arg(options.scriptFile, file.errorString()));
            return kBadInput;
        }
    }
    if (options.json) {
        const QByteArray json = reportToJsonBytes(report);
        std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), out);
        std::fflush(out);
    } else {
        const bool colour = qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb" &&
                            platform::isTerminal(out);
        write(out, renderTextSummary(report, {colour, 100}));
    }
    return report.hasErrors() ? kErrors : kClean;
}

} // namespace rdpdiag::cli
