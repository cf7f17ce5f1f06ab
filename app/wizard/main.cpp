// SPDX-License-Identifier: GPL-3.0-or-later
// rdpdiag-wizard: the graphical troubleshooter. Everything but start-up lives in ui/.
#include "bundle/LogCapture.h"
#include "net/ConnectionTimeline.h"
#include "platform/DesktopColorScheme.h"
#include "support/Log.h"
#include "support/Translations.h"
#include "widgets/Palettes.h"
#include "widgets/StatusIcons.h"
#include "wizard/DiagnosticWizard.h"
#include "wizard/WizardCommandLine.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Dark when the desktop asks for it (Qt 6.4 does not follow it by itself).
    rdpdiag::ui::applyColorScheme(rdpdiag::ui::desktopColorScheme());
    QApplication::setOrganizationName(QStringLiteral("rdpdiag"));
    QApplication::setApplicationName(QStringLiteral("rdpdiag-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("rdpdiag"));
    QApplication::setApplicationVersion(QStringLiteral(RDPDIAG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.rdpdiag.wizard"));
    QApplication::setWindowIcon(rdpdiag::ui::applicationIcon());

    // --lang before the full parse, so that --help is already translated; the parse below
    // reports a bad value.
    QStringList withoutLanguage = QApplication::arguments();
    QString ignored;
    rdpdiag::installTranslators(
        rdpdiag::takeLanguageOption(withoutLanguage, &ignored).value_or(QString()));

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

    // Warnings go to stderr; the debug log of this session goes to the user's application
    // data (%LOCALAPPDATA%\rdpdiag\rdpdiag-wizard on Windows, ~/.local/share/rdpdiag/
    // rdpdiag-wizard on Linux), replaced at each start; the whole log of the last run is also
    // kept in memory for the findings bundle (Export…).
    const QString logFolder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QString logError;
    if (logFolder.isEmpty() || !QDir().mkpath(logFolder) ||
        !rdpdiag::setupLogging({false, logFolder + QStringLiteral("/rdpdiag-wizard.log")},
                               &logError))
        rdpdiag::setupLogging({}, &logError); // without a file, rather than without a wizard
    const std::shared_ptr<rdpdiag::LogCapture> log = rdpdiag::LogCapture::install();
    // Each run's log ends with its connection timeline (net/ConnectionTimeline.h).
    rdpdiag::timeline::setRecording(true);

    rdpdiag::ui::DiagnosticWizard wizard;
    wizard.setLogCapture(log);
    wizard.applyOptions(*parsed.options);
    wizard.show();
    const int code = QApplication::exec();
    log->uninstall();
    rdpdiag::shutdownLogging();
    return code;
}
