// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOptions.h"

#include "diagnosis/ErrorCodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rdpdiag::cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Cli)
};

constexpr int kMaxTimeoutMs = 600000;

} // namespace

CliParse parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Finds out why a Remote Desktop connection fails (for example error code "
        "0x904, extended error code 0x7): checks name resolution, TCP, the RDP "
        "security negotiation, TLS, the certificate and CredSSP, and says what to fix."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the JSON report instead of a summary."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        CliText::tr("Time budget of each network step in milliseconds (default 5000)."),
        QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        CliText::tr("Port when TARGET names none (default 3389)."),
                                        QStringLiteral("n"), QStringLiteral("3389"));
    const QCommandLineOption errorOption(
        QStringLiteral("error-code"),
        CliText::tr("The error code the Remote Desktop client showed, e.g. 0x904."),
        QStringLiteral("code"));
    const QCommandLineOption extendedOption(
        QStringLiteral("extended-code"),
        CliText::tr("The extended error code the client showed, e.g. 0x7."),
        QStringLiteral("code"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           CliText::tr("Log details to standard error."));
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       CliText::tr("Write the debug log to this file."),
                                       QStringLiteral("file"));
    const QCommandLineOption bundleOption(
        QStringLiteral("bundle"),
        CliText::tr("Also write the findings bundle (a zip for a support ticket) to this file, "
                    "or into this folder under its default name."),
        QStringLiteral("file.zip"));
    const QCommandLineOption redactOption(
        QStringLiteral("redact"),
        CliText::tr("Replace user, host, computer and domain names, certificate names and IP "
                    "addresses with placeholders (host-1, 10.x.x.1 …) in the output and the "
                    "bundle."));
    const QCommandLineOption readOption(
        QStringLiteral("read"),
        CliText::tr("Open a findings bundle instead of running: print its summary (with --json, "
                    "its report)."),
        QStringLiteral("bundle.zip"));
    const QCommandLineOption hostsOption(
        QStringLiteral("hosts"),
        CliText::tr("Fleet mode: check every target of this file (one per line, or a CSV file "
                    "with a host column; - reads standard input) and print one CSV row per "
                    "target (with --json, one JSON report per line), then a table of the "
                    "findings on standard error."),
        QStringLiteral("file"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"),
        CliText::tr("Fleet mode: targets checked at once (default %1, fewer when the open-file "
                    "limit is low).")
            .arg(kDefaultFleetConcurrency),
        QStringLiteral("n"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), CliText::tr("Fleet mode: CSV output (the default without --json)."));
    // Taken out of the arguments before this parse (app/cli/main.cpp); listed for --help.
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        CliText::tr("Language of the output, e.g. de, fr, es, ja, zh_CN (default: the system "
                    "language)."),
        QStringLiteral("code"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           CliText::tr("Show the version."));
    parser.addOptions({jsonOption, timeoutOption, portOption, errorOption, extendedOption,
                       bundleOption, redactOption, readOption, hostsOption, concurrencyOption,
                       csvOption, verboseOption, logOption, langOption, helpOption, versionOption});
    parser.addPositionalArgument(
        QStringLiteral("TARGET"),
        CliText::tr("host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file."));

    CliParse result;
    result.helpText = parser.helpText() +
                      CliText::tr("\nExit codes: 0 no error found, 1 at least one error found, 2 "
                                  "bad input or usage (also: a bundle that cannot be read with "
                                  "--read, or that could not be written with --bundle).\n") +
                      CliText::tr("\nOn the Remote Desktop server itself: rdpdiag --server "
                                  "checks this computer's service (see rdpdiag --server "
                                  "--help).\n");
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    CliOptions options;
    if (parser.isSet(helpOption)) {
        options.action = CliOptions::Action::Help;
        result.options = options;
        return result;
    }
    if (parser.isSet(versionOption)) {
        options.action = CliOptions::Action::Version;
        result.options = options;
        return result;
    }

    options.json = parser.isSet(jsonOption);
    options.verbose = parser.isSet(verboseOption);
    options.logFile = parser.value(logOption);
    options.redact = parser.isSet(redactOption);
    if (parser.isSet(bundleOption)) {
        options.bundlePath = parser.value(bundleOption);
        if (options.bundlePath.isEmpty()) {
            result.error = CliText::tr("--bundle needs a file name");
            return result;
        }
    }
    if (parser.isSet(readOption)) {
        // Reading a bundle runs nothing: options that shape a run make no sense with it.
        options.readPath = parser.value(readOption);
        if (options.readPath.isEmpty()) {
            result.error = CliText::tr("--read needs the file name of a findings bundle");
            return result;
        }
        const QList<const QCommandLineOption *> runOnly = {
            &timeoutOption, &portOption,  &errorOption,       &extendedOption,
            &bundleOption,  &hostsOption, &concurrencyOption, &csvOption};
        for (const QCommandLineOption *option : runOnly) {
            if (parser.isSet(*option)) {
                result.error = CliText::tr("--read opens a saved bundle and runs nothing: it "
                                           "cannot be combined with --%1")
                                   .arg(option->names().constFirst());
                return result;
            }
        }
        if (!parser.positionalArguments().isEmpty()) {
            result.error = CliText::tr("--read opens a saved bundle and takes no target, got %1")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')));
            return result;
        }
        options.action = CliOptions::Action::Read;
        result.options = options;
        return result;
    }

    bool ok = false;
    const int timeout = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeout < 1 || timeout > kMaxTimeoutMs) {
        result.error = CliText::tr("--timeout must be a number of milliseconds from 1 to %1, not "
                                   "\"%2\"")
                           .arg(kMaxTimeoutMs)
                           .arg(parser.value(timeoutOption));
        return result;
    }
    const int port = parser.value(portOption).toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        result.error = CliText::tr("--port must be a number from 1 to 65535, not \"%1\"")
                           .arg(parser.value(portOption));
        return result;
    }
    if (parser.isSet(errorOption)) {
        options.request.reported.code =
            parseClientCode(parser.value(errorOption), CodeKind::Disconnect);
        if (!options.request.reported.code) {
            result.error = CliText::tr("--error-code \"%1\" is not an error code (try 0x904)")
                               .arg(parser.value(errorOption));
            return result;
        }
    }
    if (parser.isSet(extendedOption)) {
        options.request.reported.extended =
            parseClientCode(parser.value(extendedOption), CodeKind::Extended);
        if (!options.request.reported.extended) {
            result.error = CliText::tr("--extended-code \"%1\" is not an error code (try 0x7)")
                               .arg(parser.value(extendedOption));
            return result;
        }
    }

    // Fleet mode (FleetCommand.h): the targets come from a file.
    if (!parser.isSet(hostsOption)) {
        for (const QCommandLineOption *option : {&concurrencyOption, &csvOption}) {
            if (parser.isSet(*option)) {
                result.error = CliText::tr("--%1 is for fleet mode: use it with --hosts FILE")
                                   .arg(option->names().constFirst());
                return result;
            }
        }
    } else {
        FleetRequest fleet;
        fleet.hostsFile = parser.value(hostsOption);
        if (fleet.hostsFile.isEmpty()) {
            result.error = CliText::tr("--hosts needs the name of a file of targets");
            return result;
        }
        if (!parser.positionalArguments().isEmpty()) {
            result.error = CliText::tr("--hosts takes its targets from the file, not from the "
                                       "command line: remove %1")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')));
            return result;
        }
        if (parser.isSet(csvOption) && options.json) {
            result.error = CliText::tr("--csv and --json: choose one output format");
            return result;
        }
        // One bundle and one redaction map belong to one run, not to a fleet.
        for (const QCommandLineOption *option : {&bundleOption, &redactOption}) {
            if (parser.isSet(*option)) {
                result.error = CliText::tr("--%1 is for one target: it cannot be used with --hosts")
                                   .arg(option->names().constFirst());
                return result;
            }
        }
        if (parser.isSet(concurrencyOption)) {
            fleet.concurrency = parser.value(concurrencyOption).toInt(&ok);
            if (!ok || fleet.concurrency < 1 || fleet.concurrency > kMaxFleetConcurrency) {
                result.error = CliText::tr("--concurrency must be a number from 1 to %1, not "
                                           "\"%2\"")
                                   .arg(QString::number(kMaxFleetConcurrency),
                                        parser.value(concurrencyOption));
                return result;
            }
        }
        fleet.defaultPort = static_cast<quint16>(port);
        fleet.json = options.json;
        fleet.timeout = std::chrono::milliseconds(timeout);
        fleet.reported = options.request.reported;
        options.fleet = fleet;
        result.options = options;
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        result.error = CliText::tr("no target given: name the computer to check (see --help)");
        return result;
    }
    if (positional.size() > 1) {
        result.error = CliText::tr("one target at a time, got %1: %2")
                           .arg(positional.size())
                           .arg(positional.join(QLatin1Char(' ')));
        return result;
    }
    const TargetParse target = parseTargetArgument(positional.first(), static_cast<quint16>(port));
    if (!target.target) {
        result.error = target.error;
        return result;
    }
    options.request.target = *target.target;
    options.request.timeout = std::chrono::milliseconds(timeout);
    result.options = options;
    return result;
}

} // namespace rdpdiag::cli
