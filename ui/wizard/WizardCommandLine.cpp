// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardCommandLine.h"

#include "support/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rdpdiag::ui {

namespace {

class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::ui::WizardCommandLine)
};

} // namespace

bool looksLikeBundle(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

WizardCommandLine parseWizardCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "Finds out why a Remote Desktop connection fails and says what to fix, step by step."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        CommandLineText::tr("Language of the window, e.g. de, fr, es, ja, zh_CN (default: "
                            "the system language)."),
        QStringLiteral("code"));
    const QCommandLineOption errorOption(
        QStringLiteral("error-code"),
        CommandLineText::tr("Pre-fill the error code the client showed, e.g. 0x904."),
        QStringLiteral("code"));
    const QCommandLineOption extendedOption(
        QStringLiteral("extended-code"),
        CommandLineText::tr("Pre-fill the extended error code, e.g. 0x7."), QStringLiteral("code"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CommandLineText::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           CommandLineText::tr("Show the version."));
    parser.addOptions({langOption, errorOption, extendedOption, helpOption, versionOption});
    parser.addPositionalArgument(
        QStringLiteral("TARGET"),
        CommandLineText::tr("The computer (host, host:port, [IPv6]:port), an .rdp file, or a "
                            "findings bundle (.zip) to open read-only."),
        QStringLiteral("[TARGET | file.rdp | bundle.zip]"));

    WizardCommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    LaunchOptions options;
    options.help = parser.isSet(helpOption);
    options.version = parser.isSet(versionOption);
    options.language = parser.value(langOption);
    options.errorCode = parser.value(errorOption);
    options.extendedCode = parser.value(extendedOption);
    if (parser.isSet(langOption) && !isLanguageCode(options.language)) {
        result.error = CommandLineText::tr("--lang \"%1\" is not a language code (try de or zh_CN)")
                           .arg(options.language);
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.error = CommandLineText::tr("one target at a time, got %1: %2")
                           .arg(positional.size())
                           .arg(positional.join(QLatin1Char(' ')));
        return result;
    }
    if (!positional.isEmpty())
        options.input = positional.first();
    result.options = options;
    return result;
}

} // namespace rdpdiag::ui
