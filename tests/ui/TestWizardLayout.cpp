// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing is cut off: every label, button, field and list row of every page the user reaches
// shows all of its text, at the default window size and at 200 % (QT_SCALE_FACTOR=2), in
// English, German and Japanese, on a 1366 × 900 screen, and the window stays on that screen.
// Walks the widget tree of each page and compares each widget's needed size with the
// rectangle it is given and with what its parents let it show (a scroll area lets its
// content run on vertically, never sideways). Each language and scale runs in a child
// process of this test (the scale factor is fixed when the application starts), against
// every scenario the wizard's tests use: a reset after the Connection Request (0x904 / 0x7),
// a refused port, a server that allows only Standard RDP Security, a silent server stopped
// by the user, the server self-check, a healthy xrdp, and a reopened findings bundle.
#include "FaultServer.h"
#include "FreePort.h"
#include "XrdpServer.h"
#include "bundle/Bundle.h"
#include "catalogue/Catalogue.h"
#include "models/RunController.h"
#include "support/Translations.h"
#include "wizard/DiagnosticWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace rdpdiag;
using namespace rdpdiag::ui;
using rdpdiag::test::FaultAction;
using rdpdiag::test::FaultServer;

namespace {

constexpr int kTolerance = 1; // rounding at fractional scale factors

QRect rectIn(const QWidget *widget, const QWidget *top)
{
    return QRect(widget->mapTo(top, QPoint(0, 0)), widget->size());
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        text = combo->currentText();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             text.left(60).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

/** Why @p widget does not show all of itself inside its parents, or empty. */
QString clippedByParents(const QWidget *widget, const QWidget *top)
{
    const QRect rect =
        rectIn(widget, top).adjusted(kTolerance, kTolerance, -kTolerance, -kTolerance);
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QRect area = rectIn(parent, top);
        const auto *scroll = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
        if (scroll && scroll->viewport() == parent) {
            // A scroll area's content may run on vertically; sideways only with a scroll bar.
            if (scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
                (rect.left() < area.left() || rect.right() > area.right()))
                return QStringLiteral("runs past the right edge of %1").arg(describe(scroll));
            return {};
        }
        if (!area.contains(rect))
            return QStringLiteral("cut off by %1 (%2 in %3)")
                .arg(describe(parent))
                .arg(QStringLiteral("%1,%2 %3x%4")
                         .arg(rect.x())
                         .arg(rect.y())
                         .arg(rect.width())
                         .arg(rect.height()),
                     QStringLiteral("%1,%2 %3x%4")
                         .arg(area.x())
                         .arg(area.y())
                         .arg(area.width())
                         .arg(area.height()));
        if (parent == top)
            break;
    }
    return {};
}

/** Why @p widget's own text does not fit its size, or empty. */
QString tooSmall(const QWidget *widget)
{
    const QSize size = widget->size() + QSize(kTolerance, kTolerance);
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty())
            return {};
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            return needed > size.height()
                       ? QStringLiteral("needs %1 px height, has %2").arg(needed).arg(size.height())
                       : QString();
        }
        const QSize needed = label->sizeHint();
        return needed.width() > size.width() || needed.height() > size.height()
                   ? QStringLiteral("needs %1x%2, has %3x%4")
                         .arg(needed.width())
                         .arg(needed.height())
                         .arg(size.width())
                         .arg(size.height())
                   : QString();
    }
    const QSize needed = widget->minimumSizeHint();
    if (needed.width() > size.width() || needed.height() > size.height())
        return QStringLiteral("needs %1x%2, has %3x%4")
            .arg(needed.width())
            .arg(needed.height())
            .arg(size.width())
            .arg(size.height());
    return {};
}

/** Rows of @p view whose text is cut (elided or taller than the row). */
QStringList clippedRows(const QAbstractItemView *view)
{
    QStringList problems;
    const QAbstractItemModel *model = view->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const QRect rect = view->visualRect(index);
            if (rect.isValid()) {
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.rect = rect;
                option.decorationSize =
                    view->iconSize().isValid()
                        ? view->iconSize()
                        : QSize(view->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                view->style()->pixelMetric(QStyle::PM_SmallIconSize));
                option.features |= QStyleOptionViewItem::HasDecoration;
                const QSize needed = view->itemDelegateForIndex(index)->sizeHint(option, index);
                const QString text = index.data().toString().left(50);
                if (needed.height() > rect.height() + kTolerance)
                    problems << QStringLiteral("row \"%1\" needs %2 px height, has %3")
                                    .arg(text)
                                    .arg(needed.height())
                                    .arg(rect.height());
                if (rect.right() > view->viewport()->width() + kTolerance)
                    problems << QStringLiteral("row \"%1\" runs past the right edge").arg(text);
                if (view->textElideMode() != Qt::ElideNone)
                    problems << QStringLiteral("row \"%1\" may be elided").arg(text);
            }
            walk(index);
        }
    };
    walk(view->rootIndex());
    return problems;
}

bool checked(const QWidget *widget)
{
    if (qobject_cast<const QLineEdit *>(widget->parentWidget()))
        return false; // the clear button inside a line edit is the line edit's own
    if (qobject_cast<const QLabel *>(widget) || qobject_cast<const QAbstractButton *>(widget) ||
        qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    // A line edit inside a combo box or spin box is the combo box's business.
    return qobject_cast<const QLineEdit *>(widget) &&
           !qobject_cast<const QComboBox *>(widget->parentWidget()) &&
           !qobject_cast<const QAbstractSpinBox *>(widget->parentWidget());
}

/** Everything cut off on the page shown now, and the window's place on the screen. */
QStringList clippingOf(DiagnosticWizard &wizard)
{
    for (int i = 0; i < 5; ++i) { // queued layouts, deferred row layouts
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    QStringList problems;
    const QRect screen = wizard.screen()->availableGeometry();
    if (!screen.contains(wizard.frameGeometry()))
        problems << QStringLiteral("the window (%1x%2 at %3,%4) is not within the screen's "
                                   "%5x%6")
                        .arg(wizard.frameGeometry().width())
                        .arg(wizard.frameGeometry().height())
                        .arg(wizard.frameGeometry().x())
                        .arg(wizard.frameGeometry().y())
                        .arg(screen.width())
                        .arg(screen.height());
    for (QWidget *widget : wizard.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&wizard) || !widget->isVisible())
            continue;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            if (!qobject_cast<const QComboBox *>(widget->parentWidget()) &&
                widget->window() == &wizard)
                for (const QString &row : clippedRows(view))
                    problems << describe(widget) + QStringLiteral(": ") + row;
            continue;
        }
        if (!checked(widget) || widget->window() != &wizard)
            continue;
        if (const QString why = tooSmall(widget); !why.isEmpty())
            problems << describe(widget) + QStringLiteral(": ") + why;
        if (const QString why = clippedByParents(widget, &wizard); !why.isEmpty())
            problems << describe(widget) + QStringLiteral(": ") + why;
    }
    return problems;
}

/** The child process: one language and scale, every scenario; prints what is cut off. */
class LayoutRun
{
public:
    int run()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rdpdiag-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_wizardlayout"));
        installTranslators(qEnvironmentVariable("RDPDIAG_LAYOUT_LANG"));

        FaultServer reset = FaultServer::always(FaultAction::reset());
        FaultServer rdpOnly = FaultServer::policy(0, rdpdiag::test::PolicyStyle::Strict);
        FaultServer silent = FaultServer::always(FaultAction::silent());
        silent.setRequestTimeout(120000);
        if (!reset.start() || !rdpOnly.start() || !silent.start()) {
            std::fprintf(stderr, "fault servers did not start\n");
            return 2;
        }
        const auto at = [](quint16 port) {
            return QStringLiteral("127.0.0.1:%1").arg(port);
        };
        scenario(QStringLiteral("reset 0x904/0x7"), at(reset.port()), QStringLiteral("0x904"),
                 QStringLiteral("0x7"));
        scenario(QStringLiteral("refused port"), at(rdpdiag::test::freeLoopbackPort()));
        scenario(QStringLiteral("Standard RDP Security only"), at(rdpOnly.port()));
        scenario(QStringLiteral("server self-check"), at(reset.port()), {}, {}, Mode::OnServer);
        scenario(QStringLiteral("silent, stopped"), at(silent.port()), {}, {}, Mode::Stop);
        rdpdiag::test::XrdpServer xrdp;
        if (xrdp.start())
            scenario(QStringLiteral("healthy xrdp"), at(xrdp.port()));
        else
            m_problems << QStringLiteral("healthy xrdp: did not start: ") + xrdp.errorString();
        bundleScenario();

        for (const QString &problem : std::as_const(m_problems))
            std::fprintf(stdout, "%s\n", problem.toUtf8().constData());
        std::fprintf(stdout, "checked %d pages\n", m_pages);
        return m_problems.isEmpty() ? 0 : 1;
    }

private:
    enum class Mode { Run, OnServer, Stop };

    void walk(DiagnosticWizard &wizard, const QString &name)
    {
        for (bool technical : {false, true}) {
            wizard.setTechnicalDetails(technical);
            while (wizard.currentId() != DiagnosticWizard::Page_Welcome)
                wizard.back();
            for (;;) {
                ++m_pages;
                for (const QString &problem : clippingOf(wizard))
                    m_problems << QStringLiteral("%1, page %2%3: %4")
                                      .arg(name, wizard.currentPage()->title(),
                                           technical ? QStringLiteral(" (technical details)")
                                                     : QString(),
                                           problem);
                if (wizard.nextId() == -1)
                    break;
                wizard.next();
            }
        }
    }

    void scenario(const QString &name, const QString &target, const QString &code = {},
                  const QString &extended = {}, Mode mode = Mode::Run)
    {
        DiagnosticWizard wizard;
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard)) {
            m_problems << name + QStringLiteral(": window not shown");
            return;
        }
        wizard.findChild<QLineEdit *>(QStringLiteral("targetLineEdit"))->setText(target);
        wizard.findChild<QComboBox *>(QStringLiteral("errorCodeComboBox"))->setEditText(code);
        wizard.findChild<QComboBox *>(QStringLiteral("extendedCodeComboBox"))
            ->setEditText(extended);
        if (mode == Mode::OnServer)
            wizard.findChild<QCheckBox *>(QStringLiteral("onServerCheckBox"))->setChecked(true);
        if (mode == Mode::Stop)
            wizard.findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"))->setValue(60);
        for (const QString &problem : clippingOf(wizard))
            m_problems << QStringLiteral("%1, first page: %2").arg(name, problem);
        wizard.next();
        QElapsedTimer clock;
        clock.start();
        if (mode == Mode::Stop) {
            while (wizard.controller()->runningStage() != StageId::X224 && clock.elapsed() < 10000)
                QTest::qWait(20);
            wizard.controller()->cancel();
        }
        while (wizard.controller()->isRunning() && clock.elapsed() < 60000)
            QTest::qWait(20);
        if (wizard.controller()->isRunning()) {
            m_problems << name + QStringLiteral(": the run did not end");
            return;
        }
        walk(wizard, name);
    }

    void bundleScenario()
    {
        Report report;
        report.toolVersion = QStringLiteral("0.1.0");
        report.reference = QStringLiteral("K7MQ4XZ2");
        report.target.host = QStringLiteral("pc42.verylongdepartmentname.example.test");
        report.target.port = 3389;
        report.started = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        for (const auto id : {StageId::Input, StageId::Dns, StageId::Tcp, StageId::X224}) {
            StageResult stage;
            stage.id = id;
            stage.status = id == StageId::X224 ? StageStatus::Failed : StageStatus::Passed;
            report.stages << stage;
        }
        report.findings << makeFinding(QStringLiteral("x224.reset"), QStringLiteral("Seen."),
                                       {{QStringLiteral("sent_hex"), QStringLiteral("0300001302")},
                                        {QStringLiteral("duration_ms"), 12},
                                        {QStringLiteral("outcome"), QJsonValue()}},
                                       {{QStringLiteral("host"), report.target.host},
                                        {QStringLiteral("port"), QStringLiteral("3389")}});
        report.diagnosis.primary = QStringLiteral("x224.reset");
        report.diagnosis.summary = QStringLiteral("Fixture verdict.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.zip"));
        if (!writeBundle(report, path, {}).ok) {
            m_problems << QStringLiteral("bundle: not written");
            return;
        }
        DiagnosticWizard wizard;
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard) || !wizard.openBundle(path)) {
            m_problems << QStringLiteral("bundle: not opened");
            return;
        }
        walk(wizard, QStringLiteral("reopened bundle"));
    }

    QStringList m_problems;
    int m_pages = 0;
};

} // namespace

class TestWizardLayout : public QObject
{
    Q_OBJECT

private slots:
    void nothingIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("scale");
        QTest::addRow("en 100") << "en" << 1;
        QTest::addRow("en 200") << "en" << 2;
        QTest::addRow("de 100") << "de" << 1;
        QTest::addRow("de 200") << "de" << 2;
        QTest::addRow("ja 100") << "ja" << 1;
        QTest::addRow("ja 200") << "ja" << 2;
    }
    void nothingIsCutOff()
    {
        QFETCH(QString, language);
        QFETCH(int, scale);
        // A 1366 × 900 screen, the one the issue was seen on.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                       "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RDPDIAG_LAYOUT_LANG"), language);
        environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::number(scale));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + config);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(280000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("checked")), qPrintable(output));
        qInfo("%s", qPrintable(output.trimmed().split(QLatin1Char('\n')).last()));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("RDPDIAG_LAYOUT_LANG")) {
        QApplication app(argc, argv);
        return LayoutRun().run();
    }
    QApplication app(argc, argv);
    TestWizardLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestWizardLayout.moc"
