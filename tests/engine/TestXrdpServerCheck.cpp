// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the xrdp self-check: xrdp.ini and its port forms, /proc/net/tcp and
// /proc/PID/status, the xrdp log, file access for another account (real files, real
// permission bits), key/certificate matching (real keys), and the server rules on facts.
#include "FindingCodes.h"
#include "Preconditions.h"
#include "TestCertificates.h"
#include "parsers/XrdpConfig.h"
#include "probes/server/LinuxSystem.h"
#include "probes/server/ServerCheck.h"
#include "report/RemediationScript.h"
#include "rules/Rules.h"
#include "rules/ServerRules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

/** Facts of a healthy xrdp listening on 0.0.0.0:3389. */
Facts healthyXrdp()
{
    ServerFacts server;
    server.platform = QStringLiteral("linux-xrdp");
    server.hostName = QStringLiteral("srv");
    ServiceFacts service;
    service.name = QStringLiteral("xrdp");
    service.state = ServiceFacts::State::Running;
    service.processIds << 100 << 200;
    server.services << service;
    server.listeners << ListenerFacts{QStringLiteral("0.0.0.0"), 3389, QStringLiteral("xrdp"), 100};
    XrdpFacts x;
    x.configPath = QStringLiteral("/etc/xrdp/xrdp.ini");
    x.configRead = true;
    x.portValues << QStringLiteral("3389");
    x.securityLayer = QStringLiteral("negotiate");
    x.cryptLevel = QStringLiteral("high");
    x.sslProtocols = QStringLiteral("TLSv1.2, TLSv1.3");
    TlsFilesFacts files;
    files.certificatePath = QStringLiteral("/etc/xrdp/cert.pem");
    files.keyPath = QStringLiteral("/etc/xrdp/key.pem");
    files.account = QStringLiteral("xrdp");
    files.certificateReadable = files.keyReadable = true;
    files.keyParses = files.keyMatches = true;
    CertificateFacts certificate;
    certificate.keyType = QStringLiteral("RSA");
    certificate.keyBits = 2048;
    certificate.notBefore = kNow.addDays(-1);
    certificate.notAfter = kNow.addDays(365);
    files.certificate = certificate;
    x.tlsFiles = files;
    server.xrdp = x;
    Facts facts;
    facts.server = server;
    return facts;
}

RuleContext context()
{
    RuleContext c;
    c.target.host = QStringLiteral("srv");
    c.now = kNow;
    return c;
}

} // namespace

class TestXrdpServerCheck : public QObject
{
    Q_OBJECT

private slots:
    void ports_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("bare number") << "3389"
                                     << "tcp"
                                     << "0.0.0.0" << 3389;
        QTest::newRow("tcp://.:P") << "tcp://.:3390"
                                   << "tcp"
                                   << "127.0.0.1" << 3390;
        QTest::newRow("tcp://:P") << "tcp://:3391"
                                  << "tcp"
                                  << "0.0.0.0" << 3391;
        QTest::newRow("tcp://addr:P") << "tcp://192.0.2.5:3392"
                                      << "tcp"
                                      << "192.0.2.5" << 3392;
        QTest::newRow("tcp6://.:P") << "tcp6://.:3393"
                                    << "tcp6"
                                    << "::1" << 3393;
        QTest::newRow("tcp6://{addr}:P") << "tcp6://{fc00::1}:3394"
                                         << "tcp6"
                                         << "fc00::1" << 3394;
        QTest::newRow("vsock") << "vsock://-1:3389"
                               << "vsock"
                               << "-1" << 3389;
        QTest::newRow("unix") << "unix://./tmp/xrdp.socket"
                              << "unix"
                              << "./tmp/xrdp.socket" << 0;
        QTest::newRow("bad port") << "99999"
                                  << "tcp"
                                  << "0.0.0.0" << 0;
    }
    void ports()
    {
        QFETCH(QString, value);
        QFETCH(QString, scheme);
        QFETCH(QString, address);
        QFETCH(int, port);
        const QList<XrdpEndpoint> endpoints = parseXrdpPorts(value);
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.first().scheme, scheme);
        QCOMPARE(endpoints.first().address, address);
        QCOMPARE(int(endpoints.first().port.value_or(0)), port);
        QCOMPARE(parseXrdpPorts(QStringLiteral("3389 tcp6://:3389")).size(), 2);
    }

    void stockIni()
    {
        QFile stock(QStringLiteral("/etc/xrdp/xrdp.ini"));
        QVERIFY2(stock.open(QIODevice::ReadOnly),
                 "xrdp is a test dependency (scripts/install-deps.sh)");
        const XrdpConfig config = xrdpConfigFromIni(QString::fromUtf8(stock.readAll()));
        // The first port= (in [Globals]); the [Xorg]/[Xvnc] sections have their own.
        QCOMPARE(config.portValues, QStringList{QStringLiteral("3389")});
        QCOMPARE(config.securityLayer, QStringLiteral("negotiate"));
        QCOMPARE(config.certificatePath, QStringLiteral("/etc/xrdp/cert.pem"));
        QCOMPARE(config.keyPath, QStringLiteral("/etc/xrdp/key.pem"));
        QCOMPARE(config.logFile, QStringLiteral("/var/log/xrdp.log"));
        QCOMPARE(xrdpTlsVersions(config.sslProtocols),
                 (QStringList{QStringLiteral("1.2"), QStringLiteral("1.3")}));
    }

    void iniEdgeCases()
    {
        const XrdpConfig config = xrdpConfigFromIni(
            QStringLiteral("[globals]\r\nPORT = tcp://.:4000\r\n; "
                           "port=1\r\nsecurity_layer=RDP\r\ncertificate=mycert.pem\r\n"
                           "key_file=/srv/key.pem\r\nssl_protocols=TLSv1, "
                           "TLSv1.1\r\ntls_ciphers=DEFAULT:@SECLEVEL=0\r\n"
                           "[Logging]\r\nLogFile=/tmp/x.log\r\n[Xorg]\r\nport=-1\r\n"),
            QStringLiteral("/opt/xrdp"));
        QCOMPARE(config.endpoints.first().port, std::optional<quint16>(4000));
        QCOMPARE(config.securityLayer, QStringLiteral("rdp"));
        QCOMPARE(config.certificatePath, QStringLiteral("/opt/xrdp/mycert.pem"));
        QCOMPARE(config.keyPath, QStringLiteral("/srv/key.pem"));
        QCOMPARE(config.logFile, QStringLiteral("/tmp/x.log"));
        QCOMPARE(xrdpTlsVersions(config.sslProtocols),
                 (QStringList{QStringLiteral("1.0"), QStringLiteral("1.1")}));
        QVERIFY(xrdpCiphersAllowWeakKeys(config.tlsCiphers));
        QVERIFY(parseIni(QStringLiteral("[[[\n=x\n==\n")).value(QString()).isEmpty());
    }

    void procNetTcp()
    {
        const QString v4 =
            QStringLiteral("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when "
                           "retrnsmt   uid  timeout inode\n"
                           "   0: 0100007F:0D3D 00000000:0000 0A 00000000:00000000 00:00000000 "
                           "00000000     0        0 41001 1 0 100 0 0 10 0\n"
                           "   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 "
                           "00000000     0        0 41002 1 0 100 0 0 10 0\n"
                           "   2: 0100007F:0D3D 0100007F:C350 01 00000000:00000000 00:00000000 "
                           "00000000   102        0 41003 1 0 100 0 0 10 0\n"
                           "   3: garbage\n");
        const QList<ListeningSocket> sockets = parseProcNetTcp(v4, false);
        QCOMPARE(sockets.size(), 2);
        QCOMPARE(sockets.first().address, QStringLiteral("127.0.0.1"));
        QCOMPARE(sockets.first().port, quint16(3389));
        QCOMPARE(sockets.first().inode, quint64(41001));
        QCOMPARE(sockets.at(1).address, QStringLiteral("0.0.0.0"));
        const QString v6 = QStringLiteral(
            "  sl  local_address                         remote_address                        st "
            "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            "   0: 00000000000000000000000001000000:0D3D 00000000000000000000000000000000:0000 0A "
            "00000000:00000000 00:00000000 00000000     0        0 52001 1 0 100 0 0 10 0\n"
            "   1: 00000000000000000000000000000000:0D3E 00000000000000000000000000000000:0000 0A "
            "00000000:00000000 00:00000000 00000000     0        0 52002 1 0 100 0 0 10 0\n");
        const QList<ListeningSocket> sockets6 = parseProcNetTcp(v6, true);
        QCOMPARE(sockets6.size(), 2);
        QCOMPARE(sockets6.first().address, QStringLiteral("::1"));
        QCOMPARE(sockets6.at(1).address, QStringLiteral("::"));
        QCOMPARE(sockets6.at(1).port, quint16(3390));
    }

    void procStatus()
    {
        const ProcessCredentials credentials =
            parseProcStatus(QStringLiteral("Name:\txrdp\nUid:\t102\t102\t102\t102\nGid:"
                                           "\t105\t105\t105\t105\nGroups:\t105 110 \n"));
        QCOMPARE(credentials.uid, std::optional<uint>(102));
        QCOMPARE(credentials.gid, std::optional<uint>(105));
        QCOMPARE(credentials.groups, (QList<uint>{105, 110}));
        QVERIFY(!parseProcStatus(QStringLiteral("junk")).uid);
        QCOMPARE(xrdpConfigArgument({QStringLiteral("/usr/sbin/xrdp"), QStringLiteral("--nodaemon"),
                                     QStringLiteral("--config"), QStringLiteral("/tmp/a.ini")}),
                 QStringLiteral("/tmp/a.ini"));
        QCOMPARE(
            xrdpConfigArgument({QStringLiteral("xrdp"), QStringLiteral("--config=/tmp/b.ini")}),
            QStringLiteral("/tmp/b.ini"));
        QVERIFY(xrdpConfigArgument({QStringLiteral("xrdp")}).isEmpty());
    }

    void logErrors()
    {
        const QString log =
            QStringLiteral("[20261101-10:00:00] [ERROR] old error\n"
                           "[20261124-09:00:00] [INFO ] listening to port 3389 on 0.0.0.0\n"
                           "[20261124-09:01:00] [ERROR] Cannot read private key file "
                           "/etc/xrdp/key.pem: Permission denied\n"
                           "[20261124-09:01:00] [ERROR] trans_set_tls_mode: ssl_tls_accept failed\n"
                           "no timestamp [ERROR] ignored\n");
        const QStringList errors = recentXrdpLogErrors(log, kNow, 7);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.first().contains(QLatin1String("Permission denied")));
        QCOMPARE(recentXrdpLogErrors(log, kNow, 7, 1).size(), 1);
    }

    void fileAccessForAnotherAccount()
    {
        RDPDIAG_REQUIRE(::geteuid() == 0, "changing file owners needs root");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret");
        file.close();
        QVERIFY(::chown(QFile::encodeName(path).constData(), 0, 4242) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        Account other{QStringLiteral("tester"), 4343, 4343, {}};
        AccessCheck check = checkReadable(path, other);
        QVERIFY(check.exists);
        QVERIFY(!check.readable);
        QVERIFY2(check.error.contains(QLatin1String("0640")), qPrintable(check.error));
        other.groups << 4242; // member of the file's group (as xrdp in ssl-cert)
        QVERIFY(checkReadable(path, other).readable);
        // A directory on the way that the account cannot enter.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0);
        check = checkReadable(path, other);
        QVERIFY(!check.readable);
        QVERIFY(check.error.contains(QLatin1String("cannot enter")));
        // Root reads anything that exists; nothing reads what does not.
        QVERIFY(checkReadable(path, Account{QStringLiteral("root"), 0, 0, {}}).readable);
        const AccessCheck missing = checkReadable(dir.filePath(QStringLiteral("none.pem")), other);
        QVERIFY(!missing.exists);
        QVERIFY(missing.error.contains(QLatin1String("does not exist")));
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    }

    void keyMatch()
    {
        QTemporaryDir dir;
        CertificateOptions options;
        const TestCertificate first = makeTestCertificate(options, dir.path(), QStringLiteral("a"));
        options.freshKey = true;
        const TestCertificate second =
            makeTestCertificate(options, dir.path(), QStringLiteral("b"));
        QVERIFY(first.isValid() && second.isValid());
        QCOMPARE(checkKeyMatchesCertificate(first.certificatePem, first.keyPem).matches,
                 std::optional<bool>(true));
        const KeyCheck mismatch = checkKeyMatchesCertificate(first.certificatePem, second.keyPem);
        QVERIFY(mismatch.keyParses);
        QCOMPARE(mismatch.matches, std::optional<bool>(false));
        const KeyCheck garbage =
            checkKeyMatchesCertificate(first.certificatePem, "-----BEGIN PRIVATE KEY-----\nAAAA\n");
        QVERIFY(!garbage.keyParses);
        QVERIFY(!garbage.matches);
    }

    void healthyHasNoFindings()
    {
        QVERIFY(evaluateServerRules(healthyXrdp(), context()).isEmpty());
    }

    void brokenConfigurations_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("stopped") << 0 << QStringList{QStringLiteral("server.service_stopped")};
        QTest::newRow("wrong port") << 1 << QStringList{QStringLiteral("server.wrong_port")};
        QTest::newRow("loopback only") << 2 << QStringList{QStringLiteral("server.loopback_only")};
        QTest::newRow("security_layer=rdp")
            << 3 << QStringList{QStringLiteral("server.security_layer_rdp")};
        QTest::newRow("key unreadable")
            << 4 << QStringList{QStringLiteral("server.key_unreadable")};
        QTest::newRow("key mismatch") << 5 << QStringList{QStringLiteral("server.key_mismatch")};
        QTest::newRow("expired") << 6 << QStringList{QStringLiteral("server.cert_expired")};
        QTest::newRow("weak key") << 7 << QStringList{QStringLiteral("server.cert_weak_key")};
        QTest::newRow("weak key, SECLEVEL=0") << 8 << QStringList{};
        QTest::newRow("TLS 1.0 only") << 9
                                      << QStringList{QStringLiteral("server.tls_legacy_enabled"),
                                                     QStringLiteral("server.tls_modern_disabled")};
        QTest::newRow("not listening") << 10 << QStringList{QStringLiteral("server.not_listening")};
        QTest::newRow("config unreadable")
            << 11 << QStringList{QStringLiteral("server.config_unreadable")};
        QTest::newRow("log errors") << 12 << QStringList{QStringLiteral("server.log_errors")};
        QTest::newRow("certificate missing")
            << 13 << QStringList{QStringLiteral("server.cert_missing")};
    }
    void brokenConfigurations()
    {
        QFETCH(int, variant);
        QFETCH(QStringList, expected);
        Facts facts = healthyXrdp();
        ServerFacts &server = *facts.server;
        XrdpFacts &x = *server.xrdp;
        switch (variant) {
        case 0:
            server.services.first().state = ServiceFacts::State::Stopped;
            server.services.first().processIds.clear();
            server.listeners.clear();
            break;
        case 1:
            x.portValues = {QStringLiteral("3390")};
            server.listeners.first().port = 3390;
            break;
        case 2:
            server.listeners.first().address = QStringLiteral("127.0.0.1");
            break;
        case 3:
            x.securityLayer = QStringLiteral("rdp");
            x.tlsFiles->keyReadable = false; // not used without TLS
            break;
        case 4:
            x.tlsFiles->keyReadable = false;
            x.tlsFiles->keyError =
                QStringLiteral("xrdp cannot read /etc/xrdp/key.pem (mode 0640, owner 0:110)");
            x.tlsFiles->keyParses.reset();
            x.tlsFiles->keyMatches.reset();
            break;
        case 5:
            x.tlsFiles->keyMatches = false;
            break;
        case 6:
            x.tlsFiles->certificate->notAfter = kNow.addDays(-2);
            break;
        case 7:
            x.tlsFiles->certificate->keyBits = 1024;
            break;
        case 8:
            x.tlsFiles->certificate->keyBits = 1024;
            x.tlsCiphers = QStringLiteral("DEFAULT:@SECLEVEL=0");
            break;
        case 9:
            x.sslProtocols = QStringLiteral("TLSv1");
            break;
        case 10:
            server.listeners.first().process = QStringLiteral("sshd");
            server.listeners.first().processId = 999;
            break;
        case 11:
            x.configRead = false;
            x.configError = QStringLiteral("Permission denied");
            x.portValues.clear();
            x.tlsFiles.reset();
            server.listeners.clear();
            break;
        case 12:
            x.recentErrors << QStringLiteral(
                "[20261124-09:01:00] [ERROR] Error loading TLS certificate chain");
            break;
        case 13:
            x.tlsFiles->certificateReadable = false;
            x.tlsFiles->certificateError = QStringLiteral("/etc/xrdp/cert.pem does not exist");
            x.tlsFiles->certificate.reset();
            break;
        }
        QList<Finding> findings = evaluateServerRules(facts, context());
        QCOMPARE(test::sortedFindingCodes(findings), expected);
        for (const Finding &finding : findings)
            for (const Remedy &remedy : finding.remediation)
                QVERIFY2(remedy.shell != QLatin1String("powershell") &&
                             remedy.shell != QLatin1String("cmd"),
                         qPrintable(finding.code + u' ' + remedy.command));
    }

    void notInstalled()
    {
        Facts facts;
        facts.server = ServerFacts{};
        facts.server->platform = QStringLiteral("linux");
        QCOMPARE(test::sortedFindingCodes(evaluateServerRules(facts, context())),
                 QStringList{QStringLiteral("server.not_installed")});
    }

    void bashScript()
    {
        Report report;
        report.toolVersion = QStringLiteral("0.1.0");
        report.reference = QStringLiteral("ABCDEFGH");
        report.target.host = QStringLiteral("srv");
        report.facts = healthyXrdp();
        report.facts.server->xrdp->securityLayer = QStringLiteral("rdp");
        report.findings = evaluateAllRules(report.facts, context());
        QCOMPARE(scriptKindFor(report), ScriptKind::Bash);
        const QString script = remediationScript(report, ScriptKind::Bash);
        QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash")));
        QVERIFY(script.contains(QLatin1String("apply=0")));
        const qsizetype backup = script.indexOf(QLatin1String("cp -a /etc/xrdp/xrdp.ini"));
        const qsizetype fix = script.indexOf(QLatin1String("security_layer=negotiate"));
        QVERIFY(backup > 0 && fix > backup);
        QVERIFY(!script.contains(QLatin1String("sudo ")));
        QVERIFY(!script.contains(QLatin1String("reg add")));
    }
};

QTEST_GUILESS_MAIN(TestXrdpServerCheck)
#include "TestXrdpServerCheck.moc"
