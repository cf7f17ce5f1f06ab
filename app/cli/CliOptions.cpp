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
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           CliText::tr("Show the version."));
    parser.addOptions({jsonOption, timeoutOption, portOption, errorOption, extendedOption,
                       verboseOption, logOption, helpOption, versionOption});
    parser.addPositionalArgument(
        QStringLiteral("TARGET"),
        CliText::tr("host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file."));

    CliParse result;
    result.helpText = parser.helpText() +
                      CliText::tr("\nExit codes: 0 no error found, 1 at least one error found, 2 "
                                  "bad input or usage.\n");
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
    options.json = parser.isSet(jsonOption);
    options.verbose = parser.isSet(verboseOption);
    options.logFile = parser.value(logOption);
    result.options = options;
    return result;
}

} // namespace rdpdiag::cli
