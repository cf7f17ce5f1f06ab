// SPDX-License-Identifier: GPL-3.0-or-later
// report.html: self-contained (no script, no external reference), every text escaped,
// accepted by a strict HTML parser (xmllint), and showing verdict, pipeline, findings with
// fixes and evidence, and a section with tables for the facts of every stage.

#include "BundleFixtures.h"
#include "LocalFixtures.h"
#include "ServerFixtures.h"

#include "model/Stages.h"
#include "parsers/IptablesRuleset.h"
#include "parsers/NetworkParsers.h"
#include "parsers/NftRuleset.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
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

/** This computer's side as the parsers read the recorded tools (tests/data/local). */
LocalFacts localFacts()
{
    LocalFacts local;
    local.platform = QStringLiteral("linux");
    local.interfaces = parseIpAddrJson(fixture("ip-addr-vpn.json"));
    local.hasDefaultRoute = true;
    local.routes = {parseIpRouteGet(fixture("ip-route-get-vpn.json"), QStringLiteral("10.20.1.5")),
                    parseIpRouteGet(fixture("ip-route-get-mtu.json"), QStringLiteral("172.16.5.5")),
                    parseIpRouteGet({}, QStringLiteral("198.51.100.9"),
                                    QString::fromUtf8(fixture("ip-route-get-unreachable.txt")))};
    local.routes[1].pathMtu = 1372;
    local.routes[1].method = QStringLiteral("ip route get");
    const ResolvConf resolv = parseResolvConf(
        QStringLiteral("nameserver 192.168.50.1\nnameserver 192.168.50.2\nsearch corp.test\n"));
    local.dnsServers = resolv.nameservers;
    local.dnsSearch = resolv.search;
    local.proxy = proxyFromEnvironment(
        {{QStringLiteral("https_proxy"),
          QStringLiteral("http://alice:s3cr3t@proxy.corp.test:8080")},
         {QStringLiteral("no_proxy"), QStringLiteral("localhost,.corp.test")}});
    // As facts read back from a bundle could hold it: report.json shows no password, nor does
    // the page.
    local.proxy->allProxy = QStringLiteral("socks5://bob:hunter2@socks.corp.test:1080");

    PacketQuery query;
    query.direction = FirewallDirection::Outbound;
    query.port = 3389;
    query.remoteAddress = QStringLiteral("10.20.1.5");
    // What each rule set says about that connection, as the collector asks it.
    const auto reading = [&query](const QString &source, int ruleCount,
                                  const GenericRuleset &ruleset) {
        FirewallReading result;
        result.source = source;
        result.status = FirewallReading::Status::Read;
        result.ruleCount = ruleCount;
        result.direction = query.direction;
        result.port = query.port;
        result.remoteAddress = query.remoteAddress;
        result.verdicts = evaluateRuleset(ruleset, query);
        return result;
    };
    const NftParse nft = parseNftJson(fixture("nft-mixed.json"));
    const IptablesParse iptables = parseIptablesSave(
        QString::fromUtf8(fixture("iptables-save-plain.txt")), QStringLiteral("ipv4"));
    FirewallReading firewalld;
    firewalld.source = QStringLiteral("firewalld");
    firewalld.status = FirewallReading::Status::Denied;
    firewalld.detail = QStringLiteral("Authorization failed: run as root");
    firewalld.port = query.port;
    local.firewalls = {reading(QStringLiteral("nftables"), nft.ruleCount, nft.ruleset),
                       reading(QStringLiteral("iptables"), iptables.ruleCount, iptables.ruleset),
                       firewalld};
    local.connectivity = {
        {QStringLiteral("dns-server"), QStringLiteral("192.168.50.1"), 53, IoOutcome::Ok, 9, {}},
        {QStringLiteral("target"), QStringLiteral("10.20.1.5"), 3389, IoOutcome::Timeout, 5000,
         QStringLiteral("no answer within 5000 ms")}};
    local.notCollected = {QStringLiteral("the path MTU (the kernel has no estimate yet)")};
    local.durationMs = 41;
    return local;
}

/** The RD Gateway of the sample's .rdp file, probed as a path of its own. */
GatewayFacts gatewayFacts(const Report &sample)
{
    GatewayFacts gateway;
    gateway.host = QStringLiteral("gw.corp.example.com");
    gateway.port = 443;
    gateway.usageMethod = 2;
    gateway.path = GatewayFacts::Path::IfDirectFails;
    DnsFacts dns;
    dns.outcome = DnsFacts::Outcome::Resolved;
    dns.ipv4 = {QStringLiteral("192.0.2.40"), QStringLiteral("192.0.2.41")};
    dns.durationMs = 6;
    gateway.dns = dns;
    gateway.tcp = {
        {QStringLiteral("192.0.2.40"), IoOutcome::Refused, 1, QStringLiteral("Connection refused")},
        {QStringLiteral("192.0.2.41"), IoOutcome::Ok, 3, QString()}};
    gateway.connectedAddress = QStringLiteral("192.0.2.41");
    gateway.tls = sampleAttempt(QString(), TlsAttempt::Outcome::Established);
    CertificateFacts certificate = *sample.facts.certificate;
    certificate.subject = QStringLiteral("CN=gw.corp.example.com");
    certificate.commonName = QStringLiteral("gw.corp.example.com");
    certificate.san = {QStringLiteral("DNS:gw.corp.example.com")};
    certificate.verifyErrors = {QStringLiteral("unable to get local issuer certificate")};
    certificate.sha1 = QStringLiteral("FEDCBA9876543210FEDCBA9876543210FEDCBA98");
    gateway.certificate = certificate;
    gateway.httpStatus = 401;
    gateway.httpStatusLine = QStringLiteral("HTTP/1.1 401 Unauthorized");
    gateway.authSchemes = {QStringLiteral("Negotiate"), QStringLiteral("NTLM")};
    gateway.probed = true;
    return gateway;
}

/** The recorded broken Windows server (tests/data/server/windows/en-broken) with an xrdp
 * part besides, so that one report holds every table of the server section. */
ServerFacts serverFacts(const Report &sample)
{
    ServerFacts server = *runScenario(QStringLiteral("en-broken")).facts.server;
    XrdpFacts xrdp;
    xrdp.configPath = QStringLiteral("/etc/xrdp/xrdp.ini");
    xrdp.configRead = true;
    xrdp.portValues = {QStringLiteral("tcp://.:3389"), QStringLiteral("3390")};
    xrdp.securityLayer = QStringLiteral("negotiate");
    xrdp.cryptLevel = QStringLiteral("high");
    xrdp.sslProtocols = QStringLiteral("TLSv1.2, TLSv1.3");
    xrdp.tlsCiphers = QStringLiteral("HIGH:!aNULL");
    xrdp.certificate = QStringLiteral("/etc/xrdp/rdp-cert.pem");
    xrdp.keyFile = QStringLiteral("/etc/xrdp/rdp-key.pem");
    TlsFilesFacts files;
    files.certificatePath = xrdp.certificate;
    files.keyPath = xrdp.keyFile;
    files.account = QStringLiteral("xrdp");
    files.certificateReadable = true;
    files.keyError = QStringLiteral("Permission denied");
    files.keyParses = true;
    files.keyMatches = false;
    files.certificate = *sample.facts.certificate;
    xrdp.tlsFiles = files;
    xrdp.logPath = QStringLiteral("/var/log/xrdp.log");
    xrdp.logRead = true;
    xrdp.recentErrors = recentXrdpLogErrors(
        QStringLiteral("[20261124-09:00:00] [ERROR] Cannot read private key file "
                       "/etc/xrdp/rdp-key.pem: Permission denied\n"
                       "[20261124-09:01:00] [ERROR] trans_set_tls_mode: ssl_tls_accept failed\n"),
        kScenarioNow, 7);
    server.xrdp = xrdp;
    return server;
}

/** Standard RDP Security as a Windows server at Client Compatible answers it; the FIPS offer
 * gets an X.509 chain whose key cannot be read, the 56-bit one was retried alone. */
RdpSecurityFacts rdpSecurityFacts()
{
    RdpSecurityFacts facts;
    for (const quint32 method : {0x01u, 0x08u, 0x02u, 0x10u}) {
        RdpSecurityOffer offer;
        offer.offered = method;
        offer.outcome = RdpSecurityOffer::Outcome::Answered;
        offer.mcsResult = 0;
        offer.serverVersion = 0x00080004;
        offer.method = method;
        offer.level = 2;
        offer.serverRandomLength = 32;
        offer.certificate =
            RdpServerCertificateFacts{QStringLiteral("proprietary"), false, 2048, 0};
        offer.ioChannel = 1003;
        offer.durationMs = 3;
        facts.offers << offer;
    }
    facts.offers[1].retried = true;
    facts.offers[3].certificate = RdpServerCertificateFacts{QStringLiteral("x509"), true, {}, 2};
    facts.offers[3].detail = QStringLiteral("server certificate: unreadable key");
    return facts;
}

/** The sample report with the facts of every stage. */
Report fullReport()
{
    Report report = sampleReport();
    report.facts.rdpSecurity = rdpSecurityFacts();
    report.facts.local = localFacts();
    report.facts.local->gateway = gatewayFacts(report);
    report.facts.server = serverFacts(report);
    return report;
}

/** Keys whose strings report.html deliberately does not show as they are in report.json. */
bool omittedKey(const QString &key)
{
    static const QStringList omitted = {
        QStringLiteral("pem"),         QStringLiteral("chain_pem"),    // the bundle holds the files
        QStringLiteral("sent_hex"),    QStringLiteral("received_hex"), // raw bytes: a hex excerpt
        QStringLiteral("first_bytes"),                                 // raw bytes
        QStringLiteral("not_before"),  QStringLiteral("not_after"),    // times: reformatted
        QStringLiteral("server_time"), QStringLiteral("time")};
    return omitted.contains(key);
}

/** Every string of @p value (with the key it is under) that a reader of the page should see. */
void shownStrings(const QJsonValue &value, const QString &key, QList<QPair<QString, QString>> *out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!omittedKey(it.key()))
                shownStrings(it.value(), it.key(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            shownStrings(item, key, out);
    } else if (value.isString() && !value.toString().isEmpty()) {
        out->append({key, value.toString()});
    }
}

/** The HTML of one stage's section (from its heading to the next section). */
QString sectionOf(const QString &html, FactsStage stage)
{
    const QString start =
        QStringLiteral("<div class=\"stage\" id=\"facts-%1\">").arg(stageKey(stage));
    const qsizetype from = html.indexOf(start);
    if (from < 0)
        return {};
    const qsizetype to = html.indexOf(QStringLiteral("<div class=\"stage\""), from + 1);
    return html.mid(from, to < 0 ? -1 : to - from);
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
    void everyStageHasItsTables();
    void showsEveryFact();
    void stageWithoutFactsHasNoSection();
    void hostileFactsEscaped();
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
    const QString html = renderHtmlReport(sampleReport(), options);
    QVERIFY(html.contains(QStringLiteral("Redacted:")));
    QVERIFY(html.contains(QStringLiteral("The certificates are not in this bundle.")));
    QVERIFY(!renderHtmlReport(sampleReport()).contains(QStringLiteral("Redacted:")));
}

void TestHtmlReport::everyStageHasItsTables()
{
    const Report report = fullReport();
    const QString html = renderHtmlReport(report);
    qsizetype previous = -1;
    for (const FactsStage stage : kFactsStages) {
        QVERIFY(hasStageFacts(stage, report.facts));
        const QString section = sectionOf(html, stage);
        QVERIFY2(!section.isEmpty(), qPrintable(stageKey(stage)));
        QVERIFY2(section.contains(QStringLiteral("<h3>%1</h3>").arg(htmlEscape(stageTitle(stage)))),
                 qPrintable(stageKey(stage)));
        QVERIFY2(section.contains(QStringLiteral("<table")), qPrintable(stageKey(stage)));
        // In the order of the stage table.
        const qsizetype at = html.indexOf(section);
        QVERIFY2(at > previous, qPrintable(stageKey(stage)));
        previous = at;
    }
    // Tables replace the raw JSON dump; no JSON key, no "null".
    QVERIFY(!html.contains(QStringLiteral("All facts")));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\bnull\\b"))));
    for (const char *key :
         {"duration_ms", "median_connect_ms", "samples_failed", "rule_count", "connected_address",
          "not_collected", "route_mtu", "path_mtu", "has_private_key", "machinekeys_acl",
          "grace_days_left", "expected_port", "host_name", "auth_schemes", "usage_method"})
        QVERIFY2(!html.contains(QLatin1String(key)), key);
    // Every label has a value.
    QVERIFY(!html.contains(QStringLiteral("</th><td></td></tr>")));
    const QString problems = xmllintProblems(html);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestHtmlReport::showsEveryFact()
{
    const Report report = fullReport();
    const QString html = renderHtmlReport(report);
    QList<QPair<QString, QString>> strings;
    shownStrings(reportToJson(report).value(QStringLiteral("facts")), QString(), &strings);
    QVERIFY(strings.size() > 200);
    QStringList missing;
    for (const auto &[key, value] : strings)
        if (!html.contains(htmlEscape(value)))
            missing << QStringLiteral("%1=%2").arg(key, value);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    // Times are shown, in one format.
    QVERIFY(
        html.contains(QStringLiteral("from 2026-01-01 00:00:00 UTC to 2027-01-01 00:00:00 UTC")));
    // What report.json leaves out of a proxy URL, the page leaves out too.
    QVERIFY(html.contains(QStringLiteral("http://proxy.corp.test:8080")));
    QVERIFY(html.contains(QStringLiteral("socks5://socks.corp.test:1080")));
    QVERIFY(!html.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!html.contains(QStringLiteral("hunter2")));
}

void TestHtmlReport::stageWithoutFactsHasNoSection()
{
    Report report = fullReport();
    report.facts.local->gateway.reset();
    report.facts.tcp.reset();
    const QString html = renderHtmlReport(report);
    QVERIFY(sectionOf(html, FactsStage::Gateway).isEmpty());
    QVERIFY(sectionOf(html, FactsStage::Tcp).isEmpty());
    QVERIFY(!sectionOf(html, FactsStage::Local).isEmpty());
    report.facts = Facts();
    QVERIFY(!renderHtmlReport(report).contains(QStringLiteral("<div class=\"facts\">")));
}

void TestHtmlReport::hostileFactsEscaped()
{
    const QString hostile = QStringLiteral("<script>alert(\"x\")</script> ' \x01\x1b[31m & </td>");
    const QString escaped = htmlEscape(hostile);
    QCOMPARE(escaped, QStringLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39; "
                                     "\\x01\\x1b[31m &amp; &lt;/td&gt;"));
    Report report = fullReport();
    LocalFacts &local = *report.facts.local;
    local.interfaces.first().name = hostile;
    local.routes.first().error = hostile;
    local.firewalls.first().verdicts.first().rule = hostile;
    local.connectivity.first().error = hostile;
    local.notCollected << hostile;
    local.gateway->httpStatusLine = hostile;
    local.gateway->authSchemes << hostile;
    local.gateway->certificate->subject = hostile;
    ServerFacts &server = *report.facts.server;
    server.hostName = hostile;
    server.services.first().detail = hostile;
    server.xrdp->recentErrors << hostile;
    server.xrdp->tlsFiles->keyError = hostile;
    server.windows->events.first().message = hostile;
    server.windows->machineKeysAcl.first().principal = hostile;
    server.windows->certificates.first().subject = hostile;
    const QString html = renderHtmlReport(report);
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("\x1b")));
    QCOMPARE(html.count(escaped), 15);
    const QString problems = xmllintProblems(html);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "TestHtmlReport.moc"
