// SPDX-License-Identifier: GPL-3.0-or-later
// summary.txt: reference first, target, verdict, one line per error and warning, the primary
// fix — and never more than kMaxTicketLines lines, however many findings.

#include "BundleFixtures.h"

#include "report/TicketSummary.h"

#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

class TestTicketSummary : public QObject
{
    Q_OBJECT

private slots:
    void contents();
    void bounded_data();
    void bounded();
    void noErrors();
};

void TestTicketSummary::contents()
{
    const Report report = sampleReport();
    const QString text = renderTicketSummary(report, false);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(lines.first().contains(QLatin1String(kSampleReference)));
    QVERIFY(text.contains(QStringLiteral("rdp01.corp.example.com:3389")));
    QVERIFY(text.contains(QStringLiteral("error code 0x904, extended code 0x7")));
    QVERIFY(text.contains(QStringLiteral("rdp01.corp.example.com resets the TLS handshake")));
    QVERIFY(text.contains(QStringLiteral("tls FAILED")));
    QVERIFY(text.contains(QStringLiteral("ERROR tls.reset: The server reset the TLS handshake")));
    QVERIFY(text.contains(QStringLiteral("WARNING credssp.clock_skew")));
    QVERIFY(!text.contains(QStringLiteral("cert.self_signed"))); // information is only counted
    QVERIFY(text.contains(QStringLiteral("information: 1")));
    QVERIFY(text.contains(QStringLiteral("Primary fix (tls.reset)")));
    QVERIFY(
        text.contains(QStringLiteral("Test-NetConnection -ComputerName rdp01.corp.example.com")));
    QVERIFY(!text.contains(QStringLiteral("Redacted")));
    QVERIFY(renderTicketSummary(report, true).contains(QStringLiteral("Redacted")));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 104, qPrintable(line));
    // A long command stays whole (it is pasted, not read).
    Report longCommand = report;
    const QString command =
        QStringLiteral("reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal "
                       "Server\" /v fDenyTSConnections /t REG_DWORD /d 0 /f");
    longCommand.findings.first().remediation.first().command = command;
    QVERIFY(renderTicketSummary(longCommand, false).contains(command));
}

void TestTicketSummary::bounded_data()
{
    QTest::addColumn<int>("findings");
    QTest::newRow("0") << 0;
    QTest::newRow("10") << 10;
    QTest::newRow("60") << 60;
    QTest::newRow("500") << 500;
}

void TestTicketSummary::bounded()
{
    QFETCH(int, findings);
    Report report = sampleReport();
    report.diagnosis.summary =
        QString(2000, QLatin1Char('w')).replace(QStringLiteral("wwwww"), QStringLiteral("word "));
    const Finding model = report.findings.first();
    report.findings.clear();
    for (int i = 0; i < findings; ++i) {
        Finding finding = model;
        finding.code = QStringLiteral("tls.reset%1").arg(i);
        finding.title = QString(300, QLatin1Char('t'));
        report.findings << finding;
    }
    const QString text = renderTicketSummary(report, true);
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() <= kMaxTicketLines, qPrintable(QString::number(lines.size())));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 104, qPrintable(line));
    QVERIFY(lines.first().contains(QLatin1String(kSampleReference)));
    QVERIFY(lines.last().contains(QLatin1String(kSampleReference)));
    if (findings > 0) {
        QVERIFY(text.contains(QStringLiteral("tls.reset0")));
        QVERIFY(text.contains(QStringLiteral("Primary fix")));
    }
    if (findings >= 60) {
        QVERIFY(text.contains(QStringLiteral("more (see report.html)")));
        // Every error is accounted for: listed ones plus the "more" count.
        const int listed = static_cast<int>(text.count(QStringLiteral("ERROR tls.reset")));
        const QString more =
            text.section(QStringLiteral("… and "), 1).section(QLatin1Char(' '), 0, 0);
        QCOMPARE(listed + more.toInt(), findings);
    }
}

void TestTicketSummary::noErrors()
{
    Report report = sampleReport();
    report.findings.removeFirst(); // warning and info remain
    report.diagnosis.primary.clear();
    const QString text = renderTicketSummary(report, false);
    QVERIFY(text.contains(QStringLiteral("Primary fix (credssp.clock_skew)")));
    report.findings.clear();
    QVERIFY(renderTicketSummary(report, false).contains(QStringLiteral("No fix needed")));
}

QTEST_GUILESS_MAIN(TestTicketSummary)
#include "TestTicketSummary.moc"
