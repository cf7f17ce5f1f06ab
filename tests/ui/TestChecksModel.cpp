// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a wizard page: which stages a category shows, their status from the
// engine's report, the category's findings under the stage that produced them, and
// in-place updates as newer reports arrive.
#include "catalogue/Catalogue.h"
#include "model/Stages.h"
#include "models/ChecksModel.h"
#include "models/RunController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::ui;

namespace {

StageResult stage(StageId id, StageStatus status, qint64 ms, const QString &summary)
{
    StageResult result;
    result.id = id;
    result.status = status;
    result.durationMs = ms;
    result.summary = summary;
    return result;
}

Finding finding(const QString &code)
{
    return makeFinding(code, QStringLiteral("Observed in the fixture."),
                       QJsonObject{{QStringLiteral("received_hex"), QStringLiteral("")}},
                       {{QStringLiteral("host"), QStringLiteral("pc.example.test")},
                        {QStringLiteral("port"), QStringLiteral("3389")}});
}

/** The 0x904/0x7 story: TCP fine, reset after the Connection Request. */
Report resetReport()
{
    Report report;
    report.reference = QStringLiteral("ABCD2345");
    report.target.host = QStringLiteral("pc.example.test");
    report.stages = {
        stage(StageId::Input, StageStatus::Passed, 0, QStringLiteral("in")),
        stage(StageId::Dns, StageStatus::Passed, 3, QStringLiteral("resolved")),
        stage(StageId::Tcp, StageStatus::Passed, 1, QStringLiteral("connected")),
        stage(StageId::X224, StageStatus::Failed, 2, QStringLiteral("reset")),
        stage(StageId::Tls, StageStatus::Skipped, 0, QStringLiteral("not reached")),
        stage(StageId::Credssp, StageStatus::Skipped, 0, QStringLiteral("not reached"))};
    report.findings = {finding(QStringLiteral("x224.reset")), finding(QStringLiteral("tcp.slow"))};
    report.diagnosis.primary = QStringLiteral("x224.reset");
    return report;
}

} // namespace

class TestChecksModel : public QObject
{
    Q_OBJECT

private slots:
    void stagesPerCategory_data();
    void stagesPerCategory();
    void idleShowsStagesWithoutFindings();
    void securityPageShowsTheReset();
    void findingsStayOnTheirCategory();
    void updatesInPlace();
    void cancelledStagesReadCancelled();
    void serverStageOnlyWithServerResults();
};

void TestChecksModel::stagesPerCategory_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<QList<int>>("stages");
    // From the catalogue: every stage that makes findings of the category, in pipeline
    // order, without the server self-check (not part of a run from this computer).
    QTest::addRow("network") << int(Category::Network)
                             << QList<int>{int(StageId::Dns), int(StageId::Tcp),
                                           int(StageId::Local)};
    QTest::addRow("firewall") << int(Category::Firewall)
                              << QList<int>{int(StageId::Tcp), int(StageId::Local)};
    QTest::addRow("security") << int(Category::Security)
                              << QList<int>{int(StageId::X224), int(StageId::Credssp)};
    QTest::addRow("certificate") << int(Category::Certificate)
                                 << QList<int>{int(StageId::Tls), int(StageId::Local)};
}

void TestChecksModel::stagesPerCategory()
{
    QFETCH(int, category);
    QFETCH(QList<int>, stages);
    QList<int> actual;
    for (const StageId id : ChecksModel::stagesOf(static_cast<Category>(category)))
        actual << int(id);
    QCOMPARE(actual, stages);
}

void TestChecksModel::idleShowsStagesWithoutFindings()
{
    RunController controller;
    ChecksModel model(Category::Network, &controller);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.findingCount(), 0);
    QCOMPARE(model.index(0, 0).data().toString().section(QLatin1Char(':'), 0, 0),
             stepTitle(StageId::Dns));
}

void TestChecksModel::securityPageShowsTheReset()
{
    // Given a finished 0x904/0x7 run
    RunController controller;
    controller.showSaved(resetReport(), {});
    // When the security page's model reads it
    ChecksModel model(Category::Security, &controller);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Then the X.224 stage is a problem with the reset under it, CredSSP was not checked
    const QModelIndex x224 = model.indexOfStage(StageId::X224);
    QVERIFY(x224.isValid());
    QCOMPARE(static_cast<Status>(x224.data(ChecksModel::StatusRole).toInt()), Status::Problem);
    QCOMPARE(model.rowCount(x224), 1);
    const QModelIndex reset = model.index(0, 0, x224);
    QCOMPARE(reset.data(ChecksModel::FindingCodeRole).toString(), QStringLiteral("x224.reset"));
    QCOMPARE(reset.data().toString(), findCatalogueEntry(QStringLiteral("x224.reset"))
                                          ? finding(QStringLiteral("x224.reset")).title
                                          : QString());
    QCOMPARE(static_cast<Status>(reset.data(ChecksModel::StatusRole).toInt()), Status::Problem);
    QVERIFY(model.findingAt(reset));
    QCOMPARE(model.indexOfFinding(QStringLiteral("x224.reset")), reset);
    const QModelIndex credssp = model.indexOfStage(StageId::Credssp);
    QCOMPARE(static_cast<Status>(credssp.data(ChecksModel::StatusRole).toInt()), Status::Skipped);
    QVERIFY(x224.data().toString().contains(QStringLiteral("2 ms")));
    QVERIFY(x224.data().toString().contains(QStringLiteral("reset")));
    QVERIFY(!x224.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestChecksModel::findingsStayOnTheirCategory()
{
    RunController controller;
    controller.showSaved(resetReport(), {});
    ChecksModel network(Category::Network, &controller);
    ChecksModel certificate(Category::Certificate, &controller);
    QCOMPARE(network.findingCount(), 1);
    QVERIFY(network.indexOfFinding(QStringLiteral("tcp.slow")).isValid());
    QVERIFY(!network.indexOfFinding(QStringLiteral("x224.reset")).isValid());
    QCOMPARE(certificate.findingCount(), 0);
    QCOMPARE(static_cast<Status>(
                 network.indexOfStage(StageId::Tcp).data(ChecksModel::StatusRole).toInt()),
             Status::Passed);
}

void TestChecksModel::updatesInPlace()
{
    RunController controller;
    Report first = resetReport();
    first.findings.clear();
    controller.showSaved(first, {});
    ChecksModel model(Category::Security, &controller);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.findingCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    controller.showSaved(resetReport(), {});
    model.refresh();
    QCOMPARE(model.findingCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), model.indexOfStage(StageId::X224));
    QCOMPARE(reset.count(), 0);

    // The same findings again: no structural change, only data.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() > 0);
}

void TestChecksModel::cancelledStagesReadCancelled()
{
    RunController controller;
    Report report = resetReport();
    report.cancelled = true;
    report.findings.clear();
    controller.showSaved(report, {});
    ChecksModel model(Category::Certificate, &controller);
    QCOMPARE(
        static_cast<Status>(model.indexOfStage(StageId::Tls).data(ChecksModel::StatusRole).toInt()),
        Status::Cancelled);
}

void TestChecksModel::serverStageOnlyWithServerResults()
{
    RunController controller;
    ChecksModel model(Category::Firewall, &controller);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.indexOfStage(StageId::Server).isValid());
    // A saved run that carries the server self-check: its row appears, with its finding.
    Report report = resetReport();
    report.stages << stage(StageId::Server, StageStatus::Failed, 9, QStringLiteral("checked"));
    report.findings << finding(QStringLiteral("firewall.inbound_block"));
    controller.showSaved(report, {});
    model.refresh();
    const QModelIndex server = model.indexOfStage(StageId::Server);
    QVERIFY(server.isValid());
    QCOMPARE(model.rowCount(server), 1);
    QVERIFY(model.indexOfFinding(QStringLiteral("firewall.inbound_block")).isValid());
}

QTEST_MAIN(TestChecksModel)
#include "TestChecksModel.moc"
