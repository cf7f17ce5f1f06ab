// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows half of the server self-check, here on Linux: the parsers of reg, sc, icacls,
// wevtutil, netstat and PowerShell output (English, German in code page 850, malformed),
// and the whole collector → rules → verdict chain on recorded scenarios
// (tests/data/server/windows, see its README.md), including 0x904 / 0x7 with event 36870.
#include "FindingCodes.h"
#include "diagnosis/Diagnosis.h"
#include "parsers/WindowsParsers.h"
#include "probes/server/ServerCheck.h"
#include "report/RemediationScript.h"

#include "ServerFixtures.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

const QDateTime kNow = kScenarioNow;

QString fixtureText(const QString &path)
{
    QByteArray bytes = readFixture(path);
    if (bytes.startsWith("#rc="))
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    return decodeConsoleOutput(bytes);
}

const Finding *find(const Report &report, const char *code)
{
    for (const Finding &finding : report.findings)
        if (finding.code == QLatin1String(code))
            return &finding;
    return nullptr;
}

} // namespace

class TestWindowsServer : public QObject
{
    Q_OBJECT

private slots:
    void regQuery()
    {
        const RegQueryParse parsed =
            parseRegQuery(fixtureText(QStringLiteral("en-broken/reg-rdp-tcp.txt")));
        QVERIFY(!parsed.notFound);
        QCOMPARE(registryDword(parsed.values, QStringLiteral("PortNumber")),
                 std::optional<quint32>(3389));
        QCOMPARE(registryDword(parsed.values, QStringLiteral("securitylayer")),
                 std::optional<quint32>(0));
        QCOMPARE(registryDword(parsed.values, QStringLiteral("MaxInstanceCount")),
                 std::optional<quint32>(2));
        QVERIFY(!registryDword(parsed.values, QStringLiteral("CfgDll"))); // REG_SZ, not a DWORD
        // Empty REG_SZ data is a value too.
        bool sawEmpty = false;
        for (const RegistryValue &value : parsed.values)
            sawEmpty = sawEmpty || (value.name == QLatin1String("AuthenticationPackage") &&
                                    value.data.isEmpty());
        QVERIFY(sawEmpty);
        const RegQueryParse healthy =
            parseRegQuery(fixtureText(QStringLiteral("en-healthy/reg-rdp-tcp.txt")));
        for (const RegistryValue &value : healthy.values)
            if (value.name == QLatin1String("SSLCertificateSHA1Hash"))
                QCOMPARE(normaliseThumbprint(value.data),
                         QStringLiteral("9B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B"));
        QVERIFY(parseRegQuery(fixtureText(QStringLiteral("en-healthy/reg-policy.txt"))).notFound);
        QVERIFY(parseRegQuery(fixtureText(QStringLiteral("de-broken/reg-policy.txt"))).notFound);
        QCOMPARE(
            registryDword(
                {RegistryValue{
                    {}, QStringLiteral("X"), QStringLiteral("REG_DWORD"), QStringLiteral("0xZZ")}},
                QStringLiteral("X")),
            std::nullopt);
    }

    void schannel()
    {
        const QList<SchannelFacts> entries = schannelFromRegistry(
            parseRegQuery(fixtureText(QStringLiteral("en-broken/reg-schannel.txt"))).values);
        QCOMPARE(entries.size(), 4);
        const auto find = [&](const char *protocol, const char *side) -> SchannelFacts {
            for (const SchannelFacts &entry : entries)
                if (entry.protocol == QLatin1String(protocol) && entry.side == QLatin1String(side))
                    return entry;
            return {};
        };
        QCOMPARE(find("TLS 1.2", "Server").enabled, std::optional<quint32>(0));
        QCOMPARE(find("TLS 1.2", "Server").disabledByDefault, std::optional<quint32>(1));
        QCOMPARE(find("TLS 1.2", "Client").enabled, std::optional<quint32>(1));
        QCOMPARE(find("TLS 1.0", "Server").enabled, std::optional<quint32>(1));
        QCOMPARE(find("SSL 2.0", "Client").disabledByDefault, std::optional<quint32>(1));
    }

    void scQuery_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("pid");
        QTest::newRow("en running")
            << "en-broken/sc-TermService.txt" << int(ServiceFacts::State::Running) << qint64(1144);
        QTest::newRow("en stopped")
            << "en-broken/sc-SessionEnv.txt" << int(ServiceFacts::State::Stopped) << qint64(0);
        QTest::newRow("en 1060") << "en-broken/sc-UmRdpService.txt"
                                 << int(ServiceFacts::State::NotInstalled) << qint64(-1);
        QTest::newRow("de STATUS: 1 STOPPED")
            << "de-broken/sc-TermService.txt" << int(ServiceFacts::State::Stopped) << qint64(0);
        QTest::newRow("de running")
            << "de-broken/sc-UmRdpService.txt" << int(ServiceFacts::State::Running) << qint64(2212);
    }
    void scQuery()
    {
        QFETCH(QString, file);
        QFETCH(int, state);
        QFETCH(qint64, pid);
        const ScQueryParse parsed = parseScQuery(fixtureText(file));
        QCOMPARE(int(serviceStateFromSc(parsed)), state);
        QCOMPARE(parsed.pid.value_or(-1), pid);
        QCOMPARE(serviceStateFromSc(parseScQuery(
                     QStringLiteral("[SC] OpenSCManager FAILED 5:\n\nAccess is denied.\n"))),
                 ServiceFacts::State::Unknown);
        QCOMPARE(parseScQuery(QStringLiteral("garbage : 9  RUNNING")).state, std::nullopt);
    }

    void icacls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("problems");
        QTest::newRow("en healthy") << "en-healthy/icacls.txt" << 2 << 0;
        QTest::newRow("en broken") << "en-broken/icacls.txt" << 2 << 2;
        QTest::newRow("de Jeder only reads") << "de-broken/icacls.txt" << 2 << 1;
    }
    void icacls()
    {
        QFETCH(QString, file);
        QFETCH(int, entries);
        QFETCH(int, problems);
        const QString path = QStringLiteral("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys");
        const IcaclsParse parsed = parseIcacls(fixtureText(file), path);
        QVERIFY(parsed.parsed);
        QVERIFY(!parsed.accessDenied);
        QCOMPARE(parsed.entries.size(), entries);
        QCOMPARE(machineKeysAclProblems(parsed.entries).size(), problems);
    }

    void icaclsEdgeCases()
    {
        const QString path = QStringLiteral("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys");
        const IcaclsParse denied =
            parseIcacls(path + QStringLiteral(": Zugriff verweigert\r\nBei 1 Dateien ist ein "
                                              "Verarbeitungsfehler aufgetreten.\r\n"),
                        path);
        QVERIFY(denied.accessDenied);
        QVERIFY(denied.entries.isEmpty());
        const IcaclsParse deny = parseIcacls(
            path +
                QStringLiteral(
                    " Everyone:(DENY)(W)\n    Everyone:(R,W)\n    BUILTIN\\Administrators:(F)\n"),
            path);
        QCOMPARE(machineKeysAclProblems(deny.entries).size(), 1);
        // Inherit-only entries do not count for the folder itself.
        const IcaclsParse inherit = parseIcacls(
            path + QStringLiteral(" Everyone:(OI)(CI)(IO)(R,W)\n    BUILTIN\\Administrators:(F)\n"),
            path);
        QCOMPARE(machineKeysAclProblems(inherit.entries).size(), 1);
        QCOMPARE(wellKnownSid(QStringLiteral("VORDEFINIERT\\Administratoren")),
                 QStringLiteral("S-1-5-32-544"));
        QCOMPARE(wellKnownSid(QStringLiteral("Tout le monde")), QStringLiteral("S-1-1-0"));
        QCOMPARE(wellKnownSid(QStringLiteral("NT-AUTORITÄT\\SYSTEM")), QStringLiteral("S-1-5-18"));
        QCOMPARE(wellKnownSid(QStringLiteral("*S-1-5-20")), QStringLiteral("S-1-5-20"));
        QVERIFY(wellKnownSid(QStringLiteral("CONTOSO\\alice")).isEmpty());
        QVERIFY(!parseIcacls(QStringLiteral("nothing here"), path).parsed);
    }

    void wevtutil()
    {
        const QList<WindowsEventFacts> english =
            parseWevtutilText(fixtureText(QStringLiteral("en-broken/wevtutil-36870.txt")));
        QCOMPARE(english.size(), 2);
        QCOMPARE(english.first().id, 36870);
        QCOMPARE(english.first().source, QStringLiteral("Schannel"));
        QCOMPARE(english.first().time,
                 QDateTime(QDate(2026, 11, 24), QTime(8, 15, 2, 123), Qt::UTC));
        QVERIFY(english.first().message.contains(QLatin1String("0x8009030D")));
        QCOMPARE(english.first().level, QStringLiteral("Error"));
        // German labels, code page 850: the same fields by their order.
        const QList<WindowsEventFacts> german =
            parseWevtutilText(fixtureText(QStringLiteral("de-broken/wevtutil-36870.txt")));
        QCOMPARE(german.size(), 2);
        QCOMPARE(german.first().id, 36870);
        QCOMPARE(german.first().source, QStringLiteral("Schannel"));
        QVERIFY(german.first().time.isValid());
        QVERIFY(german.first().message.contains(QLatin1String("0x8009030D")));
        // Malformed: a header without fields, a block with a non-numeric ID.
        QVERIFY(parseWevtutilText(QStringLiteral("Event[0]:\nEvent[1]:\n  Log Name: System\n  "
                                                 "Source: X\n  Date: x\n  Event ID: abc\n"))
                    .isEmpty());
        QVERIFY(parseWevtutilText(QString()).isEmpty());
    }

    void netstat()
    {
        const QList<ListenerFacts> english =
            parseNetstatListening(fixtureText(QStringLiteral("en-broken/netstat-TCP.txt")));
        QCOMPARE(english.size(), 4);
        QCOMPARE(english.at(2).port, quint16(3389));
        QCOMPARE(english.at(2).processId, qint64(1144));
        const QList<ListenerFacts> v6 =
            parseNetstatListening(fixtureText(QStringLiteral("en-broken/netstat-TCPv6.txt")));
        QCOMPARE(v6.at(1).address, QStringLiteral("::"));
        // "ABHÖREN" in code page 850: recognised by the missing remote end, not the word.
        const QList<ListenerFacts> german =
            parseNetstatListening(fixtureText(QStringLiteral("de-broken/netstat-TCP.txt")));
        QCOMPARE(german.size(), 2);
    }

    void certificatesAndNumbers()
    {
        const QList<StoreCertificateFacts> certificates =
            parseCertificateCsv(fixtureText(QStringLiteral("en-broken/certs.csv")));
        QCOMPARE(certificates.size(), 2);
        QCOMPARE(certificates.first().store, QStringLiteral("Remote Desktop"));
        QCOMPARE(certificates.first().hasPrivateKey, std::optional<bool>(false));
        QCOMPARE(certificates.at(1).subject, QStringLiteral("CN=RDS01.example.test, O=Example"));
        QCOMPARE(certificates.at(1).notAfter, QDateTime(QDate(2025, 1, 31), QTime(0, 0), Qt::UTC));
        QCOMPARE(splitCsvLine(QStringLiteral("\"a\"\"b\",\"c,d\",e")),
                 (QStringList{QStringLiteral("a\"b"), QStringLiteral("c,d"), QStringLiteral("e")}));
        QCOMPARE(parseFirstInteger(QStringLiteral("\r\n87\r\n")), std::optional<int>(87));
        QCOMPARE(parseFirstInteger(QStringLiteral("Get-CimInstance : Invalid class")),
                 std::nullopt);
        QCOMPARE(normaliseThumbprint(QStringLiteral("3a 0f:7c")), QStringLiteral("3A0F7C"));
    }

    void healthyServer()
    {
        const Report report = runScenario(QStringLiteral("en-healthy"));
        QVERIFY2(test::sortedFindingCodes(report).isEmpty(),
                 qPrintable(test::sortedFindingCodes(report).join(u' ')));
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.stages.size(), 1);
        QCOMPARE(report.stages.first().id, StageId::Server);
        QCOMPARE(report.stages.first().status, StageStatus::Passed);
        QCOMPARE(report.facts.server->platform, QStringLiteral("windows"));
        QCOMPARE(report.facts.server->windows->certificateHash,
                 QStringLiteral("9B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B"));
    }

    void brokenServer()
    {
        const Report report = runScenario(QStringLiteral("en-broken"), ReportedError{0x904, 0x7});
        const QStringList expected{
            QStringLiteral("firewall.inbound_block"),
            QStringLiteral("server.connection_limit"),
            QStringLiteral("server.event_alert_sent"),
            QStringLiteral("server.event_cipher_mismatch"),
            QStringLiteral("server.event_key_access"),
            QStringLiteral("server.event_selfsigned_failed"),
            QStringLiteral("server.helper_service_stopped"),
            QStringLiteral("server.helper_service_stopped"),
            QStringLiteral("server.key_unreadable"),
            QStringLiteral("server.licensing_grace_expired"),
            QStringLiteral("server.machinekeys_acl"),
            QStringLiteral("server.nla_disabled"),
            QStringLiteral("server.security_layer_rdp"),
            QStringLiteral("server.tls_legacy_enabled"),
            QStringLiteral("server.tls_modern_disabled"),
        };
        QCOMPARE(test::sortedFindingCodes(report), expected);
        // 0x904 / 0x7 with Schannel 36870: the certificate's private key is the cause.
        QCOMPARE(report.diagnosis.primary, QStringLiteral("server.event_key_access"));
        QVERIFY(report.diagnosis.summary.contains(QLatin1String("private key")));
        // The old 36870 (outside the 7-day window) is not counted.
        QCOMPARE(find(report, "server.event_key_access")
                     ->evidence.value(QStringLiteral("events"))
                     .toArray()
                     .size(),
                 1);
        // Windows remedies only.
        for (const Finding &finding : report.findings)
            for (const Remedy &remedy : finding.remediation)
                QVERIFY2(remedy.shell != QLatin1String("bash"), qPrintable(finding.code));
        // Without a reported error the first error leads.
        QVERIFY(!runScenario(QStringLiteral("en-broken")).diagnosis.primary.isEmpty());
    }

    void germanServer()
    {
        const Report report =
            runScenario(QStringLiteral("de-broken"), ReportedError{0x204, std::nullopt});
        const QStringList found = test::sortedFindingCodes(report);
        QVERIFY2(found.contains(QLatin1String("server.service_stopped")),
                 qPrintable(found.join(u' ')));
        QVERIFY(found.contains(QLatin1String("server.event_key_access")));
        QVERIFY(found.contains(QLatin1String("server.machinekeys_acl")));
        QVERIFY(found.contains(QLatin1String("firewall.inbound_may_block")));
        QVERIFY(!found.contains(QLatin1String("server.not_listening"))); // stopped says it already
        QCOMPARE(report.diagnosis.primary, QStringLiteral("server.service_stopped"));
        QCOMPARE(find(report, "server.event_key_access")
                     ->evidence.value(QStringLiteral("events"))
                     .toArray()
                     .size(),
                 2);
        const Report security = runScenario(QStringLiteral("de-broken"), ReportedError{0x904, 0x7});
        QCOMPARE(security.diagnosis.primary, QStringLiteral("server.event_key_access"));
    }

    void repairScript()
    {
        const Report report = runScenario(QStringLiteral("en-broken"));
        QCOMPARE(scriptKindFor(report), ScriptKind::PowerShell);
        const QString script = remediationScript(report, ScriptKind::PowerShell);
        QVERIFY(script.startsWith(QLatin1String("# Remote Desktop repair script made by rdpdiag")));
        QVERIFY(script.contains(QLatin1String("param([switch]$Apply)")));
        // Back up and isolate MachineKeys before any change to it.
        const qsizetype backup = script.indexOf(
            QLatin1String("robocopy 'C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys'"));
        const qsizetype grant = script.indexOf(QLatin1String("/grant *S-1-5-18:(F)"));
        QVERIFY(backup > 0);
        QVERIFY(grant > backup);
        QVERIFY(script.contains(QLatin1String("UniqueKeyContainerName")));
        QVERIFY(script.contains(QLatin1String("cmd.exe /d /c 'reg add")));
        QVERIFY(!script.contains(QLatin1String("sudo")));
        // Steps run only with -Apply.
        QVERIFY(script.contains(QLatin1String("if ($Apply) { & $Action }")));
        // A healthy server gets an empty script.
        const QString healthy =
            remediationScript(runScenario(QStringLiteral("en-healthy")), ScriptKind::PowerShell);
        QVERIFY(healthy.contains(QLatin1String("found nothing")));
        QVERIFY(!healthy.contains(QLatin1String("robocopy")));
    }

    void queriesAreReadOnly()
    {
        ScenarioRunner runner(QStringLiteral("en-broken"));
        ServerCheckOptions options;
        options.platform = ServerCheckOptions::Platform::Windows;
        options.runner = &runner;
        options.now = [] {
            return kNow;
        };
        collectWindowsFacts(options, runner);
        for (const QString &call : runner.calls) {
            QVERIFY2(!call.contains(QLatin1String("reg add")) &&
                         !call.contains(QLatin1String("/grant")) &&
                         !call.contains(QLatin1String("Set-")) &&
                         !call.contains(QLatin1String("Remove-")),
                     qPrintable(call));
            if (call.startsWith(QLatin1String("wevtutil")))
                QVERIFY2(!call.section(u' ', 3, 3).contains(u' '), qPrintable(call));
        }
        QVERIFY(runner.calls.size() >= 20);
    }
};

QTEST_GUILESS_MAIN(TestWindowsServer)
#include "TestWindowsServer.moc"
