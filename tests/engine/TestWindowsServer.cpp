// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows half of the server self-check, here on Linux: the facts it takes from a
// recorded Windows (registry, services, certificate stores; unreadable parts), the parsers
// of icacls, wevtutil, netstat and PowerShell output (English, German in code page 850,
// malformed), and the whole collector → rules → verdict chain on recorded scenarios
// (tests/data/server/windows, see its README.md), including 0x904 / 0x7 with event 36870.
#include "FindingCodes.h"
#include "diagnosis/Diagnosis.h"
#include "parsers/WindowsParsers.h"
#include "platform/Platform.h"
#include "probes/server/ServerCheck.h"
#include "probes/server/WindowsSystem.h"
#include "report/RemediationScript.h"

#include "ServerFixtures.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

QString fixtureText(const QString &path)
{
    QByteArray bytes = readFixture(path);
    if (bytes.startsWith("#rc="))
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    return decodeConsoleOutput(bytes);
}

/** The facts of @p scenario's tools with @p system (by default the scenario's own). */
ServerFacts collect(const QString &scenario, WindowsSystem &system)
{
    ScenarioRunner runner(scenario);
    return collectWindowsFacts(scenarioOptions(runner, system), system, runner);
}
ServerFacts collect(const QString &scenario)
{
    RecordedWindowsSystem system = recordedSystem(scenario);
    return collect(scenario, system);
}

/** The whole self-check of @p scenario's tools with @p system. */
Report runWith(const QString &scenario, WindowsSystem &system)
{
    ScenarioRunner runner(scenario);
    return runServerCheck(scenarioOptions(runner, system));
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
    void registry()
    {
        const ServerFacts broken = collect(QStringLiteral("en-broken"));
        QVERIFY(broken.windows);
        QCOMPARE(broken.windows->portNumber, std::optional<quint32>(3389));
        QCOMPARE(broken.windows->securityLayer, std::optional<quint32>(0));
        QCOMPARE(broken.windows->userAuthentication, std::optional<quint32>(0));
        QCOMPARE(broken.windows->maxInstanceCount, std::optional<quint32>(2));
        QCOMPARE(broken.windows->denyConnections, std::optional<quint32>(0));
        QCOMPARE(broken.windows->licensingMode, std::optional<quint32>(5));
        QCOMPARE(broken.windows->licensingModePolicy, std::optional<quint32>(5));
        QCOMPARE(broken.windows->securityLayerPolicy, std::nullopt);
        QVERIFY(broken.windows->certificateHash.isEmpty());
        QVERIFY2(broken.notCollected.isEmpty(), qPrintable(broken.notCollected.join(u'|')));
        const ServerFacts healthy = collect(QStringLiteral("en-healthy"));
        QCOMPARE(healthy.windows->certificateHash,
                 QStringLiteral("9B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B"));
        QCOMPARE(healthy.windows->maxInstanceCount, std::optional<quint32>(0xffffffffu));
        // No policy key and no licensing key: nothing configured, not "could not read".
        QCOMPARE(healthy.windows->licensingMode, std::nullopt);
        QVERIFY2(healthy.notCollected.isEmpty(), qPrintable(healthy.notCollected.join(u'|')));

        // A value of another type is not a DWORD; a REG_SZ of hex digits is a thumbprint too;
        // license servers come as REG_SZ or REG_MULTI_SZ.
        RecordedWindowsSystem system = recordedSystem(QStringLiteral("en-broken"));
        QJsonObject registry = system.data.value(QLatin1String("registry")).toObject();
        const QString listener = QStringLiteral(
            "SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp");
        QJsonObject values = registry.value(listener).toObject();
        values.insert(QStringLiteral("PortNumber"),
                      QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("3389")});
        values.insert(QStringLiteral("sslcertificatesha1hash"),
                      QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("3a 0f:7c")});
        registry.insert(listener, values);
        const QString policy =
            QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services");
        QJsonObject policyValues = registry.value(policy).toObject();
        policyValues.insert(
            QStringLiteral("LicenseServers"),
            QJsonArray{QStringLiteral("REG_MULTI_SZ"),
                       QJsonArray{QStringLiteral("ls1.example.test"), QStringLiteral("ls2; ls3")}});
        registry.insert(policy, policyValues);
        system.data.insert(QStringLiteral("registry"), registry);
        const ServerFacts changed = collect(QStringLiteral("en-broken"), system);
        QCOMPARE(changed.windows->portNumber, std::nullopt);
        QCOMPARE(changed.windows->certificateHash, QStringLiteral("3A0F7C"));
        QCOMPARE(changed.windows->licenseServers,
                 (QStringList{QStringLiteral("ls1.example.test"), QStringLiteral("ls2"),
                              QStringLiteral("ls3")}));
    }

    void schannel()
    {
        const QList<SchannelFacts> entries = collect(QStringLiteral("en-broken")).windows->schannel;
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
        QCOMPARE(find("SSL 2.0", "Client").enabled, std::nullopt);
    }

    void services_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("pid");
        QTest::newRow("running") << "en-broken"
                                 << "TermService" << int(ServiceFacts::State::Running)
                                 << qint64(1144);
        QTest::newRow("stopped") << "en-broken"
                                 << "SessionEnv" << int(ServiceFacts::State::Stopped) << qint64(-1);
        QTest::newRow("not installed")
            << "en-broken"
            << "UmRdpService" << int(ServiceFacts::State::NotInstalled) << qint64(-1);
        QTest::newRow("de stopped")
            << "de-broken"
            << "TermService" << int(ServiceFacts::State::Stopped) << qint64(-1);
        QTest::newRow("de running")
            << "de-broken"
            << "UmRdpService" << int(ServiceFacts::State::Running) << qint64(2212);
    }
    void services()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, name);
        QFETCH(int, state);
        QFETCH(qint64, pid);
        const ServerFacts facts = collect(scenario);
        const ServiceFacts *service = nullptr;
        for (const ServiceFacts &candidate : facts.services)
            if (candidate.name == name)
                service = &candidate;
        QVERIFY(service);
        QCOMPARE(int(service->state), state);
        QCOMPARE(service->processIds.value(0, -1), pid);
        QCOMPARE(service->source, QStringLiteral("service control manager"));
        QCOMPARE(serviceStateFromScm(3), ServiceFacts::State::Stopping);
        QCOMPARE(serviceStateFromScm(7), ServiceFacts::State::Paused);
        QCOMPARE(serviceStateFromScm(0), ServiceFacts::State::Unknown);
        QCOMPARE(serviceStateFromScm(9), ServiceFacts::State::Unknown);
    }

    void certificates()
    {
        const QList<StoreCertificateFacts> certificates =
            collect(QStringLiteral("en-broken")).windows->certificates;
        QCOMPARE(certificates.size(), 2);
        QCOMPARE(certificates.first().store, QStringLiteral("Remote Desktop"));
        QCOMPARE(certificates.first().hasPrivateKey, std::optional<bool>(false));
        QCOMPARE(certificates.at(1).store, QStringLiteral("My"));
        QCOMPARE(certificates.at(1).subject, QStringLiteral("CN=RDS01.example.test, O=Example"));
        QCOMPARE(certificates.at(1).notAfter, QDateTime(QDate(2025, 1, 31), QTime(0, 0), Qt::UTC));
        // de-broken has no Personal store at all: no certificates from it, nothing missing.
        const ServerFacts german = collect(QStringLiteral("de-broken"));
        QCOMPARE(german.windows->certificates.size(), 1);
        QVERIFY(german.notCollected.isEmpty());
    }

    /** What cannot be read is "not collected" in plain words — never a finding. */
    void unreadableSystem()
    {
        RecordedWindowsSystem system = recordedSystem(QStringLiteral("en-broken"));
        QJsonObject registry = system.data.value(QLatin1String("registry")).toObject();
        const QString listener = QStringLiteral(
            "SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp");
        registry.insert(listener, QStringLiteral("access denied"));
        registry.insert(
            QStringLiteral(
                "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols"),
            QStringLiteral("Windows error 1450: Insufficient system resources"));
        system.data.insert(QStringLiteral("registry"), registry);
        QJsonObject services = system.data.value(QLatin1String("services")).toObject();
        services.insert(QStringLiteral("SessionEnv"), QStringLiteral("access denied"));
        system.data.insert(QStringLiteral("services"), services);
        QJsonObject stores = system.data.value(QLatin1String("certificates")).toObject();
        stores.insert(QStringLiteral("My"), QStringLiteral("access denied"));
        system.data.insert(QStringLiteral("certificates"), stores);

        const Report report = runWith(QStringLiteral("en-broken"), system);
        const ServerFacts &facts = *report.facts.server;
        QVERIFY2(
            facts.notCollected.contains(
                QStringLiteral("the RDP-Tcp listener (HKLM\\%1: access denied)").arg(listener)),
            qPrintable(facts.notCollected.join(u'|')));
        QVERIFY(
            facts.notCollected.contains(QStringLiteral("the state of SessionEnv (access denied)")));
        QVERIFY(facts.notCollected.contains(
            QStringLiteral("the certificate store My (access denied)")));
        QVERIFY(facts.notCollected.contains(QStringLiteral(
            "SCHANNEL protocols (HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\"
            "SCHANNEL\\Protocols: Windows error 1450: Insufficient system resources)")));
        QCOMPARE(facts.services.at(1).state, ServiceFacts::State::Unknown);
        // The findings those reads gave before are gone, not turned into something else.
        const QStringList codes = test::sortedFindingCodes(report);
        for (const char *gone :
             {"server.security_layer_rdp", "server.nla_disabled", "server.connection_limit",
              "server.tls_legacy_enabled", "server.tls_modern_disabled"})
            QVERIFY2(!codes.contains(QLatin1String(gone)), gone);
        QCOMPARE(codes.count(QStringLiteral("server.helper_service_stopped")), 1); // UmRdpService
        QVERIFY(codes.contains(QStringLiteral("server.not_checked")));
        // A listener key that does not exist (as under Wine) could not be read either.
        registry.remove(listener);
        system.data.insert(QStringLiteral("registry"), registry);
        const ServerFacts noListener = collect(QStringLiteral("en-broken"), system);
        QVERIFY2(
            noListener.notCollected.contains(
                QStringLiteral("the RDP-Tcp listener (HKLM\\%1: does not exist)").arg(listener)),
            qPrintable(noListener.notCollected.join(u'|')));
    }

    /** On a system that is not Windows the check reads nothing and finds nothing. */
    void notWindows()
    {
        if (currentPlatform() == Platform::Windows)
            QSKIP("this system is Windows");
        ScenarioRunner runner(QStringLiteral("none"));
        ServerCheckOptions options;
        options.platform = ServerCheckOptions::Platform::Windows;
        options.runner = &runner;
        const Report report = runServerCheck(options);
        const ServerFacts &facts = *report.facts.server;
        QVERIFY2(facts.notCollected.contains(
                     QStringLiteral("the state of TermService (this is not Windows)")),
                 qPrintable(facts.notCollected.join(u'|')));
        for (const ServiceFacts &service : facts.services)
            QCOMPARE(service.state, ServiceFacts::State::Unknown);
        QCOMPARE(test::sortedFindingCodes(report),
                 QStringList{QStringLiteral("server.not_checked")});
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

    void numbers()
    {
        QCOMPARE(parseFirstInteger(QStringLiteral("\r\n87\r\n")), std::optional<int>(87));
        QCOMPARE(parseFirstInteger(QStringLiteral("Get-CimInstance : Invalid class")),
                 std::nullopt);
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
        RecordedWindowsSystem system = recordedSystem(QStringLiteral("en-broken"));
        collectWindowsFacts(scenarioOptions(runner, system), system, runner);
        for (const QString &call : runner.calls) {
            // The registry, services and certificates are read through the API, never a tool.
            const QString program = call.section(u' ', 0, 0);
            QVERIFY2(program != QLatin1String("reg") && program != QLatin1String("sc") &&
                         !call.contains(QLatin1String("Cert:")),
                     qPrintable(call));
            QVERIFY2(!call.contains(QLatin1String("/grant")) &&
                         !call.contains(QLatin1String("Set-")) &&
                         !call.contains(QLatin1String("Remove-")),
                     qPrintable(call));
            if (call.startsWith(QLatin1String("wevtutil")))
                QVERIFY2(!call.section(u' ', 3, 3).contains(u' '), qPrintable(call));
        }
        QCOMPARE(runner.calls.size(), 14); // netstat ×2, icacls, grace, wevtutil ×8, netsh ×2
        QCOMPARE(
            system.reads,
            (QStringList{
                QStringLiteral("value SYSTEM\\CurrentControlSet\\Control\\Terminal Server "
                               "fDenyTSConnections"),
                QStringLiteral("key SYSTEM\\CurrentControlSet\\Control\\Terminal "
                               "Server\\WinStations\\RDP-Tcp"),
                QStringLiteral("key SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"),
                QStringLiteral("value SYSTEM\\CurrentControlSet\\Control\\Terminal "
                               "Server\\RCM\\Licensing Core LicensingMode"),
                QStringLiteral("tree SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\"
                               "SCHANNEL\\Protocols"),
                QStringLiteral("service TermService"), QStringLiteral("service SessionEnv"),
                QStringLiteral("service UmRdpService"), QStringLiteral("store Remote Desktop"),
                QStringLiteral("store My")}));
    }
};

QTEST_GUILESS_MAIN(TestWindowsServer)
#include "TestWindowsServer.moc"
