// SPDX-License-Identifier: GPL-3.0-or-later
// report.html: self-contained (no script, no external reference), every text escaped,
// accepted by a strict HTML parser (xmllint), and showing verdict, pipeline, findings with
// fixes and evidence, and facts.

#include "BundleFixtures.h"

#include "report/HtmlReport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

/** xmllint's verdict on @p html: empty when it parses without a message. */
QString xmllintProblems(const QString &html)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
        return QStringLiteral("cannot write the page");
    file.close();
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--html"), QStringLiteral("--noout"), path});
    if (!xmllint.waitForFinished(30000))
        return QStringLiteral("xmllint did not finish");
    const QString messages = QString::fromUtf8(xmllint.readAllStandardError());
    if (xmllint.exitCode() != 0 || !messages.isEmpty())
        return QStringLiteral("exit %1: %2").arg(xmllint.exitCode()).arg(messages);
    return {};
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfContained();
    void parsesStrictly_data();
    void parsesStrictly();
    void escapesEverything();
    void showsTheRun();
    void marksWhereItBroke();
    void redactedNotice();
};

void TestHtmlReport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty(),
             "xmllint is missing (Debian package libxml2-utils)");
}

void TestHtmlReport::selfContained()
{
    const QString html = renderHtmlReport(sampleReport());
    for (const char *forbidden : {"http://", "https://", "<script", "src=", "url(", "@import",
                                  "<link", "<img", "<iframe", "<object", "<embed", "href=", "//"}) {
        // "//" would be a protocol-relative reference; no text of the sample contains it.
        QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
    }
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
}

void TestHtmlReport::parsesStrictly_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("full sample") << 0;
    QTest::newRow("no findings, no facts") << 1;
    QTest::newRow("hostile texts") << 2;
}

void TestHtmlReport::parsesStrictly()
{
    QFETCH(int, variant);
    Report report = sampleReport();
    if (variant == 1) {
        report.findings.clear();
        report.facts = Facts();
    } else if (variant == 2) {
        report.findings.first().title =
            QStringLiteral("</div></td></table><!-- \x01\x1b[31m ]]> &#0;");
        report.stages.first().summary = QStringLiteral("<td class=\"x\"> ' \" \u2028 \uFFFF");
        report.facts.certificate->subject = QStringLiteral("CN=<a>&amp;\x7f");
    }
    const QString problems = xmllintProblems(renderHtmlReport(report));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestHtmlReport::escapesEverything()
{
    Report report = sampleReport();
    report.findings.first().title = QStringLiteral("<script>alert('t')</script>");
    report.findings.first().remediation.first().command = QStringLiteral("echo \"a\" > b & c");
    report.facts.negotiation->probes[2].detail = QStringLiteral("bell\x07 esc\x1b nul");
    const QString html = renderHtmlReport(report);
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("echo &quot;a&quot; &gt; b &amp; c")));
    // The sample's evidence has "<script>…</script>" as received text: escaped there too.
    QVERIFY(html.contains(QStringLiteral("said &lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("bell\\x07 esc\\x1b nul")));
    QCOMPARE(htmlEscape(QStringLiteral("a\tb\nc\r")), QStringLiteral("a\tb\nc\\x0d"));
}

void TestHtmlReport::showsTheRun()
{
    const Report report = sampleReport();
    const QString html = renderHtmlReport(report);
    QVERIFY(html.contains(QLatin1String(kSampleReference)));
    QVERIFY(html.contains(QStringLiteral("<title>rdpdiag K7QM2XH9")));
    QVERIFY(html.contains(QStringLiteral("verdict-bad")));
    QVERIFY(html.contains(htmlEscape(report.diagnosis.summary)));
    for (const Finding &finding : report.findings) {
        QVERIFY2(html.contains(finding.code), qPrintable(finding.code));
        QVERIFY(html.contains(htmlEscape(finding.title)));
    }
    // Findings grouped by severity, errors first.
    QVERIFY(html.indexOf(QStringLiteral("Errors (1)")) <
            html.indexOf(QStringLiteral("Warnings (1)")));
    QVERIFY(html.indexOf(QStringLiteral("Warnings (1)")) <
            html.indexOf(QStringLiteral("Information (1)")));
    // Fixes: commands in <pre> with their shell prompt.
    QVERIFY(html.contains(QStringLiteral(
        "<pre>PS&gt; Test-NetConnection -ComputerName rdp01.corp.example.com -Port 3389</pre>")));
    QVERIFY(html.contains(QStringLiteral("<pre>C:\\&gt; w32tm /resync</pre>")));
    // Evidence, pretty-printed.
    QVERIFY(html.contains(QStringLiteral("&quot;clock_skew_s&quot;: 600")));
    // Pipeline timings and facts.
    QVERIFY(html.contains(QStringLiteral("30 ms")));
    QVERIFY(html.contains(QStringLiteral("10.0.20348")));
    QVERIFY(html.contains(report.facts.certificate->sha256));
    QVERIFY(html.contains(QStringLiteral("selected hybrid")));
    QVERIFY(html.contains(QStringLiteral("TLS_AES_256_GCM_SHA384")));
}

void TestHtmlReport::marksWhereItBroke()
{
    const QString html = renderHtmlReport(sampleReport());
    QCOMPARE(html.count(QStringLiteral("It broke here")), 1);
    const qsizetype tls = html.indexOf(QStringLiteral("<td class=\"st-failed\">"));
    QVERIFY(tls > 0);
    QVERIFY(html.indexOf(QStringLiteral("It broke here")) > tls);
    QCOMPARE(html.count(QStringLiteral("<td class=\"st-")), 6);
    QCOMPARE(html.count(QStringLiteral("<td class=\"st-skipped\">")), 1);

    Report healthy = sampleReport();
    for (StageResult &stage : healthy.stages)
        stage.status = StageStatus::Passed;
    healthy.findings.clear();
    const QString good = renderHtmlReport(healthy);
    QVERIFY(!good.contains(QStringLiteral("It broke here")));
    QVERIFY(good.contains(QStringLiteral("verdict-good")));
}

void TestHtmlReport::redactedNotice()
{
    HtmlReportOptions options;
    options.redacted = true;
    options.withheld = {QStringLiteral("The certificates are not in this bundle.")};
    options.reportJson =
        QJsonObject{{QStringLiteral("facts"),
                     QJsonObject{{QStringLiteral("marker"), QStringLiteral("from-json")}}}};
    const QString html = renderHtmlReport(sampleReport(), options);
    QVERIFY(html.contains(QStringLiteral("Redacted:")));
    QVERIFY(html.contains(QStringLiteral("The certificates are not in this bundle.")));
    // The whole-facts block shows the JSON it was given (the redacted one in a bundle).
    QVERIFY(html.contains(QStringLiteral("&quot;marker&quot;: &quot;from-json&quot;")));
    QVERIFY(!renderHtmlReport(sampleReport()).contains(QStringLiteral("Redacted:")));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "TestHtmlReport.moc"
