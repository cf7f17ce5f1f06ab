// SPDX-License-Identifier: GPL-3.0-or-later
// The order of the findings (the one that explains the error first, what the user sees next,
// hardening notes last and never the primary fix) and the headline for the user: the answer,
// who acts, and steps for the user's own platform. Catalogue findings, no network.
#include "catalogue/Catalogue.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/FindingRoles.h"
#include "diagnosis/Headline.h"
#include "platform/Platform.h"
#include "report/HtmlReport.h"
#include "report/TextSummary.h"
#include "report/TicketSummary.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

Finding made(const char *code)
{
    return makeFinding(QString::fromLatin1(code), QStringLiteral("Seen."), {},
                       {{QStringLiteral("host"), QStringLiteral("pc.example.test")},
                        {QStringLiteral("port"), QStringLiteral("3389")},
                        {QStringLiteral("thumbprint"), QStringLiteral("AB12")}});
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list << finding.code;
    return list;
}

/** The expired-certificate story of issue #14: the server also still accepts Standard RDP
 * Security (a hardening note), sorted first by severity and stage before. */
Report expiredCertificateReport()
{
    Report report;
    report.reference = QStringLiteral("2XF9HBVY");
    report.target.host = QStringLiteral("pc.example.test");
    report.target.port = 3389;
    report.findings << made("security.standard_rdp_allowed") << made("tcp.slow")
                    << made("cert.expired") << made("cert.self_signed");
    StageResult tls;
    tls.id = StageId::Tls;
    tls.status = StageStatus::Warning;
    report.stages << tls;
    orderFindings(report.findings, report.diagnosis, report.stages);
    return report;
}

} // namespace

class TestFindingRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void expiredCertificateComesBeforeTheHardeningNote()
    {
        const Report report = expiredCertificateReport();
        // What the user saw (the certificate prompt) first, the hardening note last.
        QCOMPARE(codes(report.findings),
                 (QStringList{QStringLiteral("cert.expired"), QStringLiteral("cert.self_signed"),
                              QStringLiteral("tcp.slow"),
                              QStringLiteral("security.standard_rdp_allowed")}));
        QVERIFY(primaryFixFinding(report));
        QCOMPARE(primaryFixFinding(report)->code, QStringLiteral("cert.expired"));
        // The ticket's primary fix is the certificate, and the note is under "Also noticed".
        const QString ticket = renderTicketSummary(report, false);
        QVERIFY2(ticket.contains(QStringLiteral("Primary fix (cert.expired)")), qPrintable(ticket));
        QVERIFY(ticket.indexOf(QStringLiteral("Also noticed")) <
                ticket.indexOf(QStringLiteral("security.standard_rdp_allowed")));
        const QString html = renderHtmlReport(report, {});
        QVERIFY(html.indexOf(QStringLiteral("Also noticed")) > 0);
        QVERIFY(html.indexOf(QStringLiteral("Also noticed")) <
                html.indexOf(QStringLiteral("<code>security.standard_rdp_allowed</code>")));
        const QString text = renderTextSummary(report, TextStyle{});
        QVERIFY(text.indexOf(QStringLiteral("cert.expired")) <
                text.indexOf(QStringLiteral("Also noticed")));
    }

    void aHardeningNoteIsNeverThePrimaryFix()
    {
        Report report;
        report.findings << made("security.standard_rdp_allowed") << made("tls.legacy_enabled");
        report.diagnosis.primary = QStringLiteral("security.standard_rdp_allowed");
        QCOMPARE(primaryFixFinding(report), nullptr);
        QVERIFY(renderTicketSummary(report, false).contains(QStringLiteral("No fix needed")));
    }

    void theExplainingFindingComesFirst()
    {
        // 0x904 / 0x7: the diagnosis names x224.reset; an earlier-stage error stays second.
        QList<Finding> findings{made("tcp.slow"), made("firewall.local_may_block"),
                                made("security.standard_rdp_allowed"), made("tls.reset")};
        Diagnosis diagnosis;
        diagnosis.primary = QStringLiteral("tls.reset");
        orderFindings(findings, diagnosis, {});
        QCOMPARE(codes(findings).first(), QStringLiteral("tls.reset"));
        QCOMPARE(codes(findings).last(), QStringLiteral("security.standard_rdp_allowed"));

        // Without a primary finding, the error at the stage that failed comes first.
        QList<Finding> noPrimary{made("dns.failed"), made("tcp.refused")};
        StageResult tcp;
        tcp.id = StageId::Tcp;
        tcp.status = StageStatus::Failed;
        orderFindings(noPrimary, Diagnosis{}, {tcp});
        QCOMPARE(codes(noPrimary).first(), QStringLiteral("tcp.refused"));
    }

    void whoActs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("actor");
        QTest::addRow("unknown name") << "dns.not_found" << int(Actor::Network);
        QTest::addRow("no route") << "net.no_route" << int(Actor::Network);
        QTest::addRow("own firewall") << "firewall.local_block" << int(Actor::ThisComputer);
        QTest::addRow("refused port") << "tcp.refused" << int(Actor::RemoteAdministrator);
        QTest::addRow("reset in TLS") << "tls.reset" << int(Actor::RemoteAdministrator);
        QTest::addRow("NLA required") << "security.rdp_only" << int(Actor::RemoteAdministrator);
    }
    void whoActs()
    {
        QFETCH(QString, code);
        QFETCH(int, actor);
        Report report;
        report.reference = QStringLiteral("2XF9HBVY");
        report.target.host = QStringLiteral("pc.example.test");
        report.findings << made(qPrintable(code));
        const Headline headline = headlineFor(report, Platform::Linux);
        QCOMPARE(int(headline.actor), actor);
        QCOMPARE(headline.tone, Severity::Error);
        QVERIFY(!headline.who.isEmpty());
        QVERIFY(!headline.userSteps.isEmpty() && headline.userSteps.size() <= 3);
        // The answer is one short sentence.
        QVERIFY2(headline.answer.count(QLatin1Char('.')) == 1 && headline.answer.size() < 120,
                 qPrintable(headline.answer));
        if (headline.actor == Actor::RemoteAdministrator)
            QVERIFY(headline.userSteps.join(u' ').contains(QStringLiteral("2XF9HBVY")));
    }

    void noProblemIsOneSentenceAndAList()
    {
        Report report;
        report.reference = QStringLiteral("2XF9HBVY");
        report.diagnosis.unchecked = {QStringLiteral("licensing"), QStringLiteral("signing in")};
        report.findings << made("security.standard_rdp_allowed");
        const Headline headline = headlineFor(report, Platform::Windows);
        QCOMPARE(headline.answer, QStringLiteral("No problem found that stops a connection."));
        QCOMPARE(headline.actor, Actor::Nobody);
        QCOMPARE(headline.notChecked, report.diagnosis.unchecked);
        QVERIFY(headline.who.isEmpty());
    }

    void aWarningDoesNotStopTheConnection()
    {
        // The healthy xrdp of the screenshots: its certificate names another computer. The
        // headline names it, says it does not stop the connection, and nothing contradicts it.
        Report report;
        report.reference = QStringLiteral("2XF9HBVY");
        report.target.host = QStringLiteral("pc.example.test");
        report.findings << made("cert.name_mismatch") << made("security.standard_rdp_allowed");
        report.diagnosis = diagnose(ReportedError{}, report.findings, Facts{});
        QVERIFY(report.diagnosis.primary.isEmpty());
        const Headline headline = headlineFor(report, Platform::Windows);
        QCOMPARE(headline.tone, Severity::Warning);
        QCOMPARE(headline.answer, report.findings.first().title + QLatin1Char('.'));
        QVERIFY2(headline.who.startsWith(QStringLiteral("This does not stop the connection")),
                 qPrintable(headline.who));
        QCOMPARE(headline.userSteps.value(0), QStringLiteral("You can connect."));
        QVERIFY(headline.userSteps.join(u' ').contains(QStringLiteral("2XF9HBVY")));
        QVERIFY2(!headline.userSteps.join(u' ').contains(QStringLiteral("Nothing on this")),
                 qPrintable(headline.userSteps.join(u'|')));
        // "No problem found" would only repeat the who-line; what was not checked is listed.
        QVERIFY2(headline.verdict.isEmpty(), qPrintable(headline.verdict));
        QCOMPARE(headline.notChecked, report.diagnosis.unchecked);
        QVERIFY(!headline.notChecked.isEmpty());
    }

    void theVerdictDoesNotRepeatTheAnswer()
    {
        // 0x904 / 0x7 after a reset: the headline is the finding's title, the line under it
        // only how that relates to the reported code.
        Report report;
        report.reference = QStringLiteral("2XF9HBVY");
        report.target.host = QStringLiteral("pc.example.test");
        report.findings << made("x224.reset");
        const ReportedError reported{0x904, 0x7};
        report.diagnosis = diagnose(reported, report.findings, Facts{});
        const Headline headline = headlineFor(report, Platform::Windows);
        const QString title = report.findings.first().title;
        QCOMPARE(headline.answer, title + QLatin1Char('.'));
        QCOMPARE(headline.verdict,
                 QStringLiteral("This explains error code 0x904 (extended 0x7)."));
        // The contract's summary is still the whole verdict, title first.
        QCOMPARE(report.diagnosis.summary, title + QStringLiteral(". ") + headline.verdict);
        const QString html = renderHtmlReport(report, {});
        QCOMPARE(html.count(title + QLatin1Char('.')), 1);

        // An error that is not the usual cause of the reported code says so under it.
        Report other;
        other.findings << made("tcp.refused");
        other.diagnosis = diagnose(reported, other.findings, Facts{});
        const Headline refused = headlineFor(other, Platform::Linux);
        QVERIFY2(refused.verdict.startsWith(QStringLiteral("This alone stops the connection")),
                 qPrintable(refused.verdict));

        // A report of an older version has no relation: the whole verdict, never nothing.
        report.diagnosis.relation.clear();
        QCOMPARE(headlineFor(report, Platform::Windows).verdict, report.diagnosis.summary);
    }

    void theWhyIsPlainLanguage()
    {
        // The why under the headline is the catalogue's explanation without the observation
        // ("Seen." here), and no explanation a user reads names protocol messages or folders
        // only an administrator knows; the server self-check's findings are for that
        // administrator and may.
        const Finding reset = made("x224.reset");
        QVERIFY(reset.detail.startsWith(QStringLiteral("Seen. ")));
        QCOMPARE(QStringLiteral("Seen. ") + plainExplanation(reset), reset.detail);
        for (const CatalogueEntry &entry : catalogueEntries()) {
            const QString code = QString::fromLatin1(entry.code);
            if (code.startsWith(QLatin1String("server.")))
                continue;
            const QString explanation = plainExplanation(made(entry.code));
            for (const char *jargon :
                 {"MachineKeys", "X.224", "Connection Confirm", "Connection Request"})
                QVERIFY2(!explanation.contains(QLatin1String(jargon)),
                         qPrintable(code + QStringLiteral(": ") + QLatin1String(jargon)));
        }
    }

    void stepsForTheUsersPlatform()
    {
        QCOMPARE(platformFromKernelType(QStringLiteral("winnt")), Platform::Windows);
        QCOMPARE(platformFromKernelType(QStringLiteral("darwin")), Platform::MacOS);
        QCOMPARE(platformFromKernelType(QStringLiteral("linux")), Platform::Linux);
        // This computer's steps: a Mac gets no PowerShell or registry command, Windows no bash.
        const Finding mtu = made("net.small_mtu");
        const auto shells = [&mtu](Platform platform) {
            QStringList list;
            for (const Remedy &remedy : remediesFor(mtu, platform))
                if (remedy.where == Remedy::Where::Client && !remedy.shell.isEmpty())
                    list << remedy.shell;
            return list;
        };
        QVERIFY(!shells(Platform::Windows).isEmpty());
        QVERIFY(!shells(Platform::Windows).contains(QStringLiteral("bash")));
        QVERIFY(!shells(Platform::MacOS).isEmpty());
        QVERIFY(!shells(Platform::MacOS).contains(QStringLiteral("powershell")));
        QVERIFY(!shells(Platform::MacOS).contains(QStringLiteral("cmd")));
        // The remote computer's steps are for its administrator, whatever the user runs.
        int server = 0;
        for (const Remedy &remedy : remediesFor(made("tls.reset"), Platform::MacOS))
            server += remedy.where == Remedy::Where::Server ? 1 : 0;
        QVERIFY(server > 0);
        // The end user's own firewall step names their platform's settings.
        Report report;
        report.findings << made("firewall.local_block");
        QVERIFY(headlineFor(report, Platform::Windows)
                    .userSteps.join(u' ')
                    .contains(QStringLiteral("Windows Security")));
        QVERIFY(headlineFor(report, Platform::MacOS)
                    .userSteps.join(u' ')
                    .contains(QStringLiteral("System Settings")));
    }

    void theTicketNeverCutsAStep()
    {
        // A finding with many steps: every step that is shown is whole, commands included.
        Report report;
        report.reference = QStringLiteral("2XF9HBVY");
        report.findings << made("tls.reset");
        const QString ticket = renderTicketSummary(report, false);
        QVERIFY2(!ticket.contains(QChar(u'\u2026') + QStringLiteral("\n")) ||
                     ticket.contains(QStringLiteral("more step(s)")),
                 qPrintable(ticket));
        const Finding &finding = report.findings.first();
        int shownSteps = 0;
        for (const Remedy &remedy : finding.remediation) {
            if (!remedy.command.isEmpty() && !ticket.contains(remedy.command))
                break;
            ++shownSteps;
        }
        QVERIFY2(shownSteps >= 4, qPrintable(ticket));
        QVERIFY(ticket.split(QLatin1Char('\n')).size() <= kMaxTicketLines + 1);
        // The headline comes before everything but the reference line.
        QVERIFY(ticket.split(QLatin1Char('\n')).at(1).startsWith(QStringLiteral("Answer:")));
    }
};

QTEST_GUILESS_MAIN(TestFindingRoles)
#include "TestFindingRoles.moc"
