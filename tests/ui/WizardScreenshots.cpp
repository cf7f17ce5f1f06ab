// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshots of docs/wizard.md: runs the real wizard in a window (under Xvfb, see
// scripts/screenshots.sh) against servers on 127.0.0.1 — a fault server that resets the
// connection after the Connection Request (the 0x904 / 0x7 story) and a real xrdp — and
// saves every page as the X server shows it, in the window's default size (made smaller when
// the screen is: 200 % on scripts/screenshots.sh's 1366 x 900 screen).
//
//   wizard_screenshots --out DIR --tag 100-light [--dark] [--lang de] [--scenario reset|xrdp]
#include "FaultServer.h"
#include "XrdpServer.h"
#include "models/RunController.h"
#include "platform/DesktopColorScheme.h"
#include "support/Translations.h"
#include "widgets/Palettes.h"
#include "widgets/ScrollingPage.h"
#include "wizard/DiagnosticWizard.h"
#include "wizard/WelcomePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMap>
#include <QPalette>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>
#include <QWindow>

#include <cstdio>

using namespace rdpdiag;
using namespace rdpdiag::ui;

namespace {

void settle(int ms = 150)
{
    QTest::qWait(ms);
}

bool save(DiagnosticWizard &wizard, const QString &dir, const QString &name, const QString &tag)
{
    settle();
    const QPixmap shot = wizard.screen()->grabWindow(wizard.winId());
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, tag));
    const bool ok = shot.save(path);
    std::fprintf(stderr, "%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(path), shot.width(),
                 shot.height());
    return ok;
}

bool shootScenario(const QString &scenario, const QString &target, const QString &code,
                   const QString &extended, const QString &dir, const QString &tag,
                   bool onServer = false)
{
    DiagnosticWizard wizard; // at its default size, as a user first sees it
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("targetLineEdit"));
    edit->setText(target);
    if (!code.isEmpty())
        wizard.findChild<QComboBox *>(QStringLiteral("errorCodeComboBox"))->setEditText(code);
    if (!extended.isEmpty())
        wizard.findChild<QComboBox *>(QStringLiteral("extendedCodeComboBox"))
            ->setEditText(extended);
    if (onServer)
        wizard.findChild<QCheckBox *>(QStringLiteral("onServerCheckBox"))->setChecked(true);
    bool ok = true;
    if (scenario == QLatin1String("reset") || onServer)
        ok &= save(wizard, dir, scenario + QStringLiteral("-0-welcome"), tag);
    wizard.next();
    QElapsedTimer clock;
    clock.start();
    while (wizard.controller()->isRunning() && clock.elapsed() < 60000)
        QTest::qWait(50);
    if (wizard.controller()->state() != RunController::State::Finished) {
        std::fprintf(stderr, "run did not finish\n");
        return false;
    }
    // Every page the user reaches, named by its place in the wizard; the Summary also once
    // scrolled down (the page scrolls instead of clipping).
    const QMap<int, QString> names = {
        {DiagnosticWizard::Page_Network, QStringLiteral("1-network")},
        {DiagnosticWizard::Page_Firewall, QStringLiteral("2-firewall")},
        {DiagnosticWizard::Page_Security, QStringLiteral("3-security")},
        {DiagnosticWizard::Page_Certificate, QStringLiteral("4-certificate")},
        {DiagnosticWizard::Page_Server, QStringLiteral("5-server")},
        {DiagnosticWizard::Page_Summary, QStringLiteral("6-summary")},
    };
    for (;; wizard.next()) {
        ok &= save(wizard, dir, scenario + QLatin1Char('-') + names.value(wizard.currentId()), tag);
        if (wizard.nextId() == -1)
            break;
    }
    if (auto *scroll = pageScrollArea(wizard.currentPage())) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        ok &= save(wizard, dir, scenario + QStringLiteral("-7-summary-end"), tag);
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("directory"),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption tagOption(QStringLiteral("tag"), QStringLiteral("file name tag"),
                                       QStringLiteral("tag"), QStringLiteral("100-light"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("dark palette"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("language"),
                                        QStringLiteral("code"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("reset, xrdp or all"),
                                            QStringLiteral("name"), QStringLiteral("all"));
    parser.addOptions({outOption, tagOption, darkOption, langOption, scenarioOption});
    parser.process(app);
    applyColorScheme(parser.isSet(darkOption) ? ColorScheme::Dark : ColorScheme::Light);
    installTranslators(parser.value(langOption).isEmpty() ? QStringLiteral("en")
                                                          : parser.value(langOption));
    QDir().mkpath(parser.value(outOption));
    const QString dir = parser.value(outOption);
    const QString tag = parser.value(tagOption);
    const QString scenario = parser.value(scenarioOption);
    bool ok = true;

    if (scenario == QLatin1String("all") || scenario == QLatin1String("reset")) {
        test::FaultServer reset = test::FaultServer::always(test::FaultAction::reset());
        if (!reset.start()) {
            std::fprintf(stderr, "fault server: %s\n", qPrintable(reset.errorString()));
            return 1;
        }
        ok &=
            shootScenario(QStringLiteral("reset"), QStringLiteral("127.0.0.1:%1").arg(reset.port()),
                          QStringLiteral("0x904"), QStringLiteral("0x7"), dir, tag);
    }
    if (scenario == QLatin1String("all") || scenario == QLatin1String("xrdp")) {
        test::XrdpServer xrdp;
        if (!xrdp.start()) {
            std::fprintf(stderr, "xrdp: %s\n", qPrintable(xrdp.errorString()));
            return 1;
        }
        ok &= shootScenario(QStringLiteral("server"),
                            QStringLiteral("127.0.0.1:%1").arg(xrdp.port()), {}, {}, dir, tag,
                            /*onServer=*/true);
        ok &= shootScenario(QStringLiteral("xrdp"), QStringLiteral("127.0.0.1:%1").arg(xrdp.port()),
                            QString(), QString(), dir, tag);
    }
    return ok ? 0 : 1;
}
