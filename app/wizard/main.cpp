// SPDX-License-Identifier: GPL-3.0-or-later
// rdpdiag-wizard: the graphical troubleshooter. Everything but start-up lives in ui/.
#include "bundle/LogCapture.h"
#include "support/Log.h"
#include "support/Translations.h"
#include "widgets/StatusIcons.h"
#include "wizard/DiagnosticWizard.h"
#include "wizard/WizardCommandLine.h"

#include <QApplication>

#include <cstdio>

namespace {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

/** The value of --lang before the full parse, so that --help is already translated. */
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rdpdiag"));
    QApplication::setApplicationName(QStringLiteral("rdpdiag-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("rdpdiag"));
    QApplication::setApplicationVersion(QStringLiteral(RDPDIAG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.rdpdiag.wizard"));
    QApplication::setWindowIcon(rdpdiag::ui::applicationIcon());

    const QString language = languageArgument(QApplication::arguments());
    rdpdiag::installTranslators(rdpdiag::isLanguageCode(language) ? language : QString());

    const rdpdiag::ui::WizardCommandLine parsed =
        rdpdiag::ui::parseWizardCommandLine(QApplication::arguments());
    if (!parsed.options) {
        print(stderr, QStringLiteral("rdpdiag-wizard: %1\n").arg(parsed.error));
        return 2;
    }
    if (parsed.options->help) {
        print(stdout, parsed.helpText);
        return 0;
    }
    if (parsed.options->version) {
        print(stdout, QStringLiteral("rdpdiag-wizard %1\n").arg(QStringLiteral(RDPDIAG_VERSION)));
        return 0;
    }

    // Warnings go to stderr; the whole debug log of the last run is kept in memory for the
    // findings bundle (Export…).
    QString logError;
    rdpdiag::setupLogging({}, &logError);
    const std::shared_ptr<rdpdiag::LogCapture> log = rdpdiag::LogCapture::install();

    rdpdiag::ui::DiagnosticWizard wizard;
    wizard.setLogCapture(log);
    wizard.applyOptions(*parsed.options);
    wizard.show();
    const int code = QApplication::exec();
    log->uninstall();
    rdpdiag::shutdownLogging();
    return code;
}
