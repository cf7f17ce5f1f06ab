// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction: names and addresses replaced by stable placeholders everywhere (texts,
// evidence, raw bytes in UTF-8 and UTF-16LE, the log), consistently, deterministically and
// idempotently; what must stay (loopback, OIDs, versions, vocabulary) stays.

#include "BundleFixtures.h"

#include "bundle/Environment.h"
#include "bundle/Redaction.h"
#include "report/JsonReport.h"

#include <QJsonDocument>
#include <QSysInfo>
#include <QTest>
#include <QUrl>

using namespace rdpdiag;
using namespace rdpdiag::test;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void reportLeaksNothing();
    void placeholdersAreConsistent();
    void deterministicAndIdempotent();
    void structAgreesWithJson();
    void addresses_data();
    void addresses();
    void names_data();
    void names();
    void internationalNames();
    void shortAndCommonNamesOnlyAsWholeValues();
    void vocabularyKeysStay();
    void rawBytes();
    void logLines();
    void distinguishedNames();
    void thisComputersNamesBeforeAnythingIsWritten();
};

void TestRedaction::reportLeaksNothing()
{
    const Report report = sampleReport();
    // Without redaction every secret is there (so the check below can fail).
    const QByteArray plain = reportToJsonBytes(report);
    for (const QString &secret : sampleSecrets()) {
        // Not in the JSON at all: another spelling, and the user name (the report keeps it
        // for display only).
        if (secret == QLatin1String("2001:db8:0:0:0:0:0:10") ||
            secret == QLatin1String("/home/alice") || secret == QLatin1String("alice.smith"))
            continue;
        QVERIFY2(!findSecret(plain, {secret}).isEmpty(), qPrintable(secret));
    }

    const Redactor::Redacted redacted = redactReport(report);
    const QByteArray json = redacted.jsonBytes();
    QCOMPARE(findSecret(json, sampleSecrets()), QString());
    // The UTF-16LE names inside the hex evidence are withheld, not just hidden in hex.
    const QJsonObject evidence = redacted.json.value(QStringLiteral("findings"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("evidence"))
                                     .toObject();
    QCOMPARE(evidence.value(QStringLiteral("received_hex")).toString(), QString());
    QVERIFY(evidence.value(QStringLiteral("received_withheld"))
                .toString()
                .contains(QStringLiteral("withheld")));
    QVERIFY(!json.contains(utf16le(QStringLiteral("RDP01")).toHex()));
    // The banner probe's received bytes name the host: withheld too.
    const QJsonObject banner = redacted.json.value(QStringLiteral("facts"))
                                   .toObject()
                                   .value(QStringLiteral("negotiation"))
                                   .toObject()
                                   .value(QStringLiteral("probes"))
                                   .toArray()
                                   .at(2)
                                   .toObject();
    QCOMPARE(banner.value(QStringLiteral("received_hex")).toString(), QString());
    QVERIFY(banner.value(QStringLiteral("detail")).toString().contains(QStringLiteral("withheld")));
    // The certificate is withheld, the thumbprints stay.
    const QJsonObject certificate = redacted.json.value(QStringLiteral("facts"))
                                        .toObject()
                                        .value(QStringLiteral("certificate"))
                                        .toObject();
    QCOMPARE(certificate.value(QStringLiteral("pem")).toString(), QString());
    QVERIFY(certificate.value(QStringLiteral("chain_pem")).toArray().isEmpty());
    QCOMPARE(certificate.value(QStringLiteral("sha1")).toString(), report.facts.certificate->sha1);
    // Harmless raw bytes stay: the X.224 confirm.
    const QJsonObject primary = redacted.json.value(QStringLiteral("facts"))
                                    .toObject()
                                    .value(QStringLiteral("negotiation"))
                                    .toObject()
                                    .value(QStringLiteral("probes"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(primary.value(QStringLiteral("received_hex")).toString(),
             QString::fromLatin1(report.facts.negotiation->probes.first().received.toHex()));
    // The struct (for HTML and summaries) is as clean, the username included.
    QCOMPARE(redacted.report.target.rdp->username, QStringLiteral("domain-1\\user-1"));
    QVERIFY(redacted.report.facts.credssp->received.isEmpty());
    QVERIFY(redacted.report.facts.certificate->pem.isEmpty());
}

void TestRedaction::placeholdersAreConsistent()
{
    const Redactor::Redacted redacted = redactReport(sampleReport());
    const Report &r = redacted.report;
    QCOMPARE(r.target.host, QStringLiteral("host-1"));
    QCOMPARE(r.target.input, QStringLiteral("file-1.rdp"));
    QCOMPARE(r.target.rdp->fullAddress, QStringLiteral("host-1:3389"));
    QCOMPARE(r.addresses, (QStringList{QStringLiteral("10.x.x.1"), QStringLiteral("fd00::x:1")}));
    QCOMPARE(r.facts.tcp->connectedAddress, QStringLiteral("10.x.x.1"));
    QCOMPARE(r.facts.credssp->ntlm->dnsComputer, QStringLiteral("host-1"));
    QCOMPARE(r.facts.certificate->commonName, QStringLiteral("host-1"));
    const QString netbiosDomain = r.facts.credssp->ntlm->netbiosDomain;
    QVERIFY(netbiosDomain.startsWith(QStringLiteral("domain-")));
    QCOMPARE(r.facts.credssp->ntlm->targetName, netbiosDomain);
    QVERIFY(r.findings.first().detail.startsWith(QStringLiteral("host-1 (10.x.x.1) reset")));
    QVERIFY(r.findings.first().detail.contains(QStringLiteral(" in ") + netbiosDomain));
    QCOMPARE(r.findings.first().remediation.first().command,
             QStringLiteral("Test-NetConnection -ComputerName host-1 -Port 3389"));
    QCOMPARE(r.facts.certificate->san.at(1),
             QStringLiteral("DNS:*.") + r.facts.credssp->ntlm->dnsDomain);
    // The same address in another spelling is the same placeholder.
    Redactor redactor;
    redactor.learnReport(sampleReport());
    QCOMPARE(redactor.address(QStringLiteral("2001:db8:0:0:0:0:0:10")),
             QStringLiteral("fd00::x:1"));
    QCOMPARE(redactor.text(QStringLiteral("RDP01.CORP.EXAMPLE.COM")), QStringLiteral("host-1"));
}

void TestRedaction::deterministicAndIdempotent()
{
    const Report report = sampleReport();
    const QByteArray first = redactReport(report).jsonBytes();
    QCOMPARE(redactReport(report).jsonBytes(), first);
    // A redacted report redacted again does not change.
    const Redactor::Redacted once = redactReport(report);
    const Redactor::Redacted twice = redactReport(once.report);
    QCOMPARE(reportToJsonBytes(twice.report), reportToJsonBytes(once.report));
}

void TestRedaction::structAgreesWithJson()
{
    // The renderers use the struct, report.json the JSON: the findings must read the same.
    const Redactor::Redacted redacted = redactReport(sampleReport());
    const QJsonObject fromStruct = reportToJson(redacted.report);
    QCOMPARE(fromStruct.value(QStringLiteral("findings")),
             redacted.json.value(QStringLiteral("findings")));
    QCOMPARE(fromStruct.value(QStringLiteral("target")),
             redacted.json.value(QStringLiteral("target")));
    QCOMPARE(fromStruct.value(QStringLiteral("stages")),
             redacted.json.value(QStringLiteral("stages")));
    QCOMPARE(fromStruct.value(QStringLiteral("diagnosis")),
             redacted.json.value(QStringLiteral("diagnosis")));
}

void TestRedaction::addresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << "at 192.0.2.1 now"
                          << "at 10.x.x.1 now";
    QTest::newRow("sentence end") << "connect to 192.0.2.1."
                                  << "connect to 10.x.x.1.";
    QTest::newRow("with port") << "192.0.2.1:3389"
                               << "10.x.x.1:3389";
    QTest::newRow("cidr") << "192.0.2.0/24"
                          << "10.x.x.1/24";
    QTest::newRow("same twice") << "192.0.2.1 192.0.2.1 192.0.2.2"
                                << "10.x.x.1 10.x.x.1 10.x.x.2";
    QTest::newRow("ipv6") << "fe80::1 and 2001:db8::1"
                          << "fd00::x:1 and fd00::x:2";
    QTest::newRow("ipv6 bracketed") << "[2001:db8::1]:3389"
                                    << "[fd00::x:1]:3389";
    QTest::newRow("ipv6 after label") << "IP Address:2001:db8::1"
                                      << "IP Address:fd00::x:1";
    QTest::newRow("ipv6 sentence end") << "via 2001:db8::1."
                                       << "via fd00::x:1.";
    QTest::newRow("ipv6 zone") << "fe80::1%eth0"
                               << "fd00::x:1%eth0";
    QTest::newRow("v4-mapped") << "::ffff:192.0.2.1"
                               << "::ffff:10.x.x.1";
    QTest::newRow("loopback stays") << "127.0.0.1, 127.1.2.3 and ::1"
                                    << "127.0.0.1, 127.1.2.3 and ::1";
    QTest::newRow("unspecified stays") << "0.0.0.0/0 and ::/0"
                                       << "0.0.0.0/0 and ::/0";
    QTest::newRow("oid stays") << "1.3.6.1.5.5.7.3.1"
                               << "1.3.6.1.5.5.7.3.1";
    QTest::newRow("version stays") << "10.0.20348 and 1.2.3.4.5"
                                   << "10.0.20348 and 1.2.3.4.5";
    QTest::newRow("time stays") << "2026-11-24T10:00:00Z, 10:00:00.123"
                                << "2026-11-24T10:00:00Z, 10:00:00.123";
    QTest::newRow("mac stays") << "00:11:22:33:44:55"
                               << "00:11:22:33:44:55";
    QTest::newRow("not an address") << "999.1.1.1"
                                    << "999.1.1.1";
    QTest::newRow("placeholders stay") << "10.x.x.7 fd00::x:3 host-9"
                                       << "10.x.x.7 fd00::x:3 host-9";
}

void TestRedaction::addresses()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor redactor;
    QCOMPARE(redactor.text(input), expected);
}

void TestRedaction::names_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // Learned: host rdp01.corp.example.com, user CORP\alice, domain corp.example.com.
    QTest::newRow("host") << "to rdp01.corp.example.com:3389"
                          << "to host-1:3389";
    QTest::newRow("any case") << "RDP01.Corp.Example.Com"
                              << "host-1";
    QTest::newRow("domain inside unknown name") << "web.corp.example.com"
                                                << "web.domain-2";
    QTest::newRow("user forms") << "CORP\\alice and alice@corp.example.com"
                                << "domain-1\\user-1 and user-1@domain-2";
    QTest::newRow("no partial words") << "alicent corporate rdp01x"
                                      << "alicent corporate rdp01x";
    QTest::newRow("hyphen belongs to names") << "rdp01-backup.corp.example.com"
                                             << "rdp01-backup.domain-2";
    QTest::newRow("html around") << "<b>rdp01.corp.example.com</b>"
                                 << "<b>host-1</b>";
    QTest::newRow("utf-8 text") << "Grüße an alice"
                                << "Grüße an user-1";
}

void TestRedaction::names()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor redactor;
    redactor.learnName(QStringLiteral("rdp01.corp.example.com"), RedactionKind::Host);
    redactor.learnUserName(QStringLiteral("CORP\\alice"));
    redactor.learnName(QStringLiteral("corp.example.com"), RedactionKind::Domain);
    QCOMPARE(redactor.text(input), expected);
}

void TestRedaction::internationalNames()
{
    // The target is kept in ACE form; what the user typed (and the log) has the letters.
    Report report = sampleReport();
    report.target.source = Target::Source::Argument;
    report.target.rdp.reset();
    report.target.input = QStringLiteral("bücher-rdp.example:3389");
    report.target.host = QString::fromLatin1(QUrl::toAce(QStringLiteral("bücher-rdp.example")));
    QVERIFY(report.target.host.startsWith(QStringLiteral("xn--")));
    report.stages.first().summary = QStringLiteral("BÜCHER-RDP.example resolved");
    const Redactor::Redacted redacted = redactReport(report);
    QCOMPARE(redacted.report.target.input, QStringLiteral("host-1:3389"));
    QCOMPARE(redacted.report.target.host, QStringLiteral("host-1"));
    QCOMPARE(redacted.report.stages.first().summary, QStringLiteral("host-1 resolved"));
    QVERIFY(!redacted.jsonBytes().contains("cher"));
}

void TestRedaction::shortAndCommonNamesOnlyAsWholeValues()
{
    Redactor redactor;
    redactor.learnName(QStringLiteral("DC"), RedactionKind::Host);
    redactor.learnName(QStringLiteral("SERVER"), RedactionKind::Host);
    redactor.learnName(QStringLiteral("localhost"), RedactionKind::Host);
    // Whole values are replaced …
    QCOMPARE(redactor.text(QStringLiteral("DC")), QStringLiteral("host-1"));
    QCOMPARE(redactor.text(QStringLiteral("server")), QStringLiteral("host-2"));
    // … words in sentences are not, and localhost never.
    QCOMPARE(redactor.text(QStringLiteral("the DC server at localhost")),
             QStringLiteral("the DC server at localhost"));
    QCOMPARE(redactor.text(QStringLiteral("localhost")), QStringLiteral("localhost"));
    // A certificate's DC=example, DC=com labels leave "for example" alone.
    redactor.learnDistinguishedName(QStringLiteral("CN=rdp01,DC=contoso,DC=example,DC=com"));
    QCOMPARE(redactor.text(QStringLiteral("for example, a .com name")),
             QStringLiteral("for example, a .com name"));
}

void TestRedaction::vocabularyKeysStay()
{
    Redactor redactor;
    redactor.learnName(QStringLiteral("server"), RedactionKind::Host);
    redactor.learnName(QStringLiteral("reset"), RedactionKind::Host);
    const QJsonObject in{{QStringLiteral("where"), QStringLiteral("server")},
                         {QStringLiteral("outcome"), QStringLiteral("reset")},
                         {QStringLiteral("netbios_computer"), QStringLiteral("SERVER")},
                         {QStringLiteral("list"), QJsonArray{QStringLiteral("reset")}}};
    const QJsonObject out = redactor.json(in);
    QCOMPARE(out.value(QStringLiteral("where")).toString(), QStringLiteral("server"));
    QCOMPARE(out.value(QStringLiteral("outcome")).toString(), QStringLiteral("reset"));
    QCOMPARE(out.value(QStringLiteral("netbios_computer")).toString(), QStringLiteral("host-1"));
    QCOMPARE(out.value(QStringLiteral("list")).toArray().first().toString(),
             QStringLiteral("host-2"));
}

void TestRedaction::rawBytes()
{
    Redactor redactor;
    redactor.learnName(QStringLiteral("SECRETSRV"), RedactionKind::Host);
    QVERIFY(redactor.bytesRevealNames(utf16le(QStringLiteral("xxSECRETSRVxx"))));
    QVERIFY(redactor.bytesRevealNames(QByteArray("\x01") +
                                      utf16le(QStringLiteral("secretsrv")))); // odd offset
    QVERIFY(redactor.bytesRevealNames("..secretsrv.."));
    QVERIFY(redactor.bytesRevealNames("from 192.0.2.5"));
    QVERIFY(redactor.bytesRevealNames(utf16le(QStringLiteral("192.0.2.5"))));
    QVERIFY(
        !redactor.bytesRevealNames(QByteArray::fromHex("030000130ed000001234000201080002000000")));
    QVERIFY(!redactor.bytesRevealNames("127.0.0.1"));

    const QJsonObject in{
        {QStringLiteral("received_hex"),
         QString::fromLatin1(utf16le(QStringLiteral("SECRETSRV")).toHex())},
        {QStringLiteral("sent_hex"), QStringLiteral("0300000b06e00000000000")},
        {QStringLiteral("first_bytes"),
         QString::fromLatin1(QByteArray("\x16\x03\x03secretsrv!").toHex(' '))},
        {QStringLiteral("dump"),
         QStringLiteral("got: ") + QString::fromLatin1(QByteArray("SECRETSRV rules").toHex(' '))}};
    const QJsonObject out = redactor.json(in);
    QCOMPARE(out.value(QStringLiteral("received_hex")).toString(), QString());
    QCOMPARE(out.value(QStringLiteral("received_withheld")).toString(),
             QStringLiteral("18 bytes withheld by redaction"));
    QCOMPARE(out.value(QStringLiteral("sent_hex")).toString(),
             QStringLiteral("0300000b06e00000000000"));
    QVERIFY(out.value(QStringLiteral("first_bytes")).isNull());
    QVERIFY(out.contains(QStringLiteral("first_bytes_withheld")));
    QCOMPARE(out.value(QStringLiteral("dump")).toString(),
             QStringLiteral("got: [15 bytes withheld by redaction]"));
    QCOMPARE(out.value(QStringLiteral("pem")), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(redactor.json(QJsonObject{{QStringLiteral("pem"), QStringLiteral("-----BEGIN")}})
                 .value(QStringLiteral("pem"))
                 .toString(),
             QString());
}

void TestRedaction::logLines()
{
    Redactor redactor;
    redactor.learnReport(sampleReport());
    const QByteArray log =
        "2026-11-24T10:00:00.001+0000 [info] [t1] run K7QM2XH9: diagnosing rdp01.corp.example.com "
        "port 3389\n"
        "2026-11-24T10:00:00.004+0000 [debug] [t1] tcp connect 192.0.2.10 port 3389 → ok (2 ms)\n"
        "2026-11-24T10:00:00.009+0000 [debug] [t2] x224 request 0x01 → not_rdp (2 ms, 40 bytes: " +
        QByteArray("Server: rdp01.corp.example.com").toHex(' ') + ")\n";
    const QByteArray out = redactor.utf8(log);
    QCOMPARE(findSecret(out, sampleSecrets()), QString());
    QVERIFY(out.contains("diagnosing host-1 port 3389"));
    QVERIFY(out.contains("tcp connect 10.x.x.1 port"));
    QVERIFY(out.contains("[30 bytes withheld by redaction]"));
    QVERIFY(out.contains("run K7QM2XH9"));
    QVERIFY(out.contains("2026-11-24T10:00:00.009+0000"));
}

void TestRedaction::distinguishedNames()
{
    Redactor redactor;
    redactor.learnDistinguishedName(QStringLiteral(
        "CN=Secret Root CA,OU=IT\\, Security,O=Secretorg,DC=corp,DC=secret,DC=com,C=US,"
        "emailAddress=pki@corp.secret.com"));
    const QString out = redactor.text(QStringLiteral(
        "CN=Secret Root CA,OU=IT\\, Security,O=Secretorg,DC=corp,DC=secret,DC=com,C=US,"
        "emailAddress=pki@corp.secret.com; IT, Security"));
    QVERIFY2(!out.contains(QStringLiteral("Secret"), Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Security")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("pki")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("C=US")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("DC=com")), qPrintable(out));
    QVERIFY2(out.startsWith(QStringLiteral("CN=name-")), qPrintable(out));
}

// This computer's host name and DNS search domains have no field of their own in a report,
// but may appear in any text (a finding's detail, a log line, a firewall rule): redaction
// learns them before it redacts anything, and the CLI and the bundle pass them in.
void TestRedaction::thisComputersNamesBeforeAnythingIsWritten()
{
    Report report = sampleReport();
    report.findings.first().detail +=
        QStringLiteral(" Seen from workstation-planted7 in branch-planted7.example (and "
                       "BRANCH-PLANTED7.EXAMPLE).");
    const ThisComputerNames computer{QStringLiteral("workstation-planted7"),
                                     {QStringLiteral("branch-planted7.example")}};
    const QString leaked =
        findSecret(reportToJsonBytes(report), {computer.hostName, computer.searchDomains.first()});
    QVERIFY2(!leaked.isEmpty(), "the planted names are in the plain report");

    const Redactor::Redacted redacted = redactReport(report, computer);
    QCOMPARE(findSecret(redacted.jsonBytes(), {computer.hostName, computer.searchDomains.first()}),
             QString());
    // The report's own names keep their placeholders: this computer's come after them.
    QCOMPARE(redacted.report.target.host, redactReport(sampleReport()).report.target.host);
    // The names of the computer the tests run on are what the CLI and the bundle pass in.
    const ThisComputerNames here = thisComputerNames();
    QCOMPARE(here.hostName, QSysInfo::machineHostName());
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
