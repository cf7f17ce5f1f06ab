// SPDX-License-Identifier: GPL-3.0-or-later
// The server self-check against the real xrdp daemon, started by the test on 127.0.0.1 with
// broken configurations: stopped, another port than clients use, an unreadable key, a key
// that does not belong to the certificate, an expired certificate, security_layer=rdp —
// each found with its fix, through the engine and through `rdpdiag --server`.
#include "FindingCodes.h"
#include "TestCertificates.h"
#include "XrdpServer.h"
#include "probes/server/ServerCheck.h"
#include "runner/Runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

Report check(const XrdpServer &server, quint16 expectedPort, const QString &serviceAccount = {})
{
    ServerCheckOptions options;
    options.platform = ServerCheckOptions::Platform::LinuxXrdp;
    options.xrdpConfigPath = server.configPath();
    options.expectedPort = expectedPort;
    options.serviceAccount = serviceAccount;
    return runServerCheck(options);
}

const Finding *find(const Report &report, const char *code)
{
    for (const Finding &finding : report.findings)
        if (finding.code == QLatin1String(code))
            return &finding;
    return nullptr;
}

bool hasCommand(const Finding *finding, const char *needle)
{
    if (!finding)
        return false;
    for (const Remedy &remedy : finding->remediation)
        if (remedy.command.contains(QLatin1String(needle)))
            return true;
    return false;
}

} // namespace

class TestServerXrdp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0,
                 "xrdp tests run as root (as in CI): xrdp must read the snakeoil key");
        QVERIFY(m_dir.isValid());
        // Searchable by the account "xrdp", so that the file permissions themselves decide.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ExeOwner | QFile::ReadGroup |
                                                        QFile::ExeGroup | QFile::ReadOther |
                                                        QFile::ExeOther));
    }

    void healthy()
    {
        XrdpServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = check(server, server.port());
        QVERIFY2(!report.hasErrors(), qPrintable(test::findingCodes(report).join(u' ')));
        const ServerFacts &facts = *report.facts.server;
        QCOMPARE(facts.platform, QStringLiteral("linux-xrdp"));
        QCOMPARE(facts.services.first().state, ServiceFacts::State::Running);
        QVERIFY(facts.services.first().processIds.contains(server.processId()));
        bool listening = false;
        for (const ListenerFacts &listener : facts.listeners)
            listening = listening || (listener.port == server.port() &&
                                      listener.address == QLatin1String("127.0.0.1") &&
                                      listener.process == QLatin1String("xrdp"));
        QVERIFY(listening);
        QVERIFY(facts.xrdp->tlsFiles->keyReadable);
        QCOMPARE(facts.xrdp->tlsFiles->keyMatches, std::optional<bool>(true));
        // The test's own instance listens on loopback only, which a real server must not.
        QVERIFY(test::findingCodes(report).contains(QLatin1String("server.loopback_only")));
        QCOMPARE(report.stages.size(), 1);
        QCOMPARE(report.stages.first().id, StageId::Server);
    }

    void stopped()
    {
        XrdpServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(!test::findingCodes(check(server, server.port()))
                     .contains(QLatin1String("server.service_stopped")));
        server.stop();
        const Report report = check(server, server.port());
        QVERIFY2(test::findingCodes(report).contains(QLatin1String("server.service_stopped")),
                 qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(report.facts.server->listeners.isEmpty());
        QVERIFY(hasCommand(find(report, "server.service_stopped"), "systemctl enable --now xrdp"));
        QCOMPARE(report.diagnosis.primary, QStringLiteral("server.service_stopped"));
    }

    void wrongPort()
    {
        XrdpServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.port() != 3389);
        const Report report = check(server, 3389); // clients use the default port
        const Finding *finding = find(report, "server.wrong_port");
        QVERIFY2(finding, qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(finding->detail.contains(QString::number(server.port())));
        QVERIFY(hasCommand(finding, "port=3389/"));
        QVERIFY(!test::findingCodes(check(server, server.port()))
                     .contains(QLatin1String("server.wrong_port")));
    }

    void keyFileMissing()
    {
        XrdpOptions options;
        options.keyPath = m_dir.filePath(QStringLiteral("no-such-key.pem"));
        XrdpServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // A client fails at TLS; the server's log then shows why.
        RunRequest request;
        request.target = *parseTargetText(QStringLiteral("127.0.0.1:%1").arg(server.port())).target;
        request.timeout = 3000ms;
        CancelToken cancel;
        const Report client = runDiagnosis(request, cancel);
        QVERIFY(client.hasErrors());

        const Report report = check(server, server.port());
        const Finding *finding = find(report, "server.key_unreadable");
        QVERIFY2(finding, qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(finding->detail.contains(QLatin1String("does not exist")));
        QVERIFY2(test::findingCodes(report).contains(QLatin1String("server.log_errors")),
                 qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(report.hasErrors());
    }

    void keyUnreadableForTheServiceAccount()
    {
        // The packaged service runs as the user "xrdp": a key only root may read stops it,
        // even though this test's xrdp (running as root) can read it.
        CertificateOptions options;
        const TestCertificate certificate =
            makeTestCertificate(options, m_dir.path(), QStringLiteral("rootonly"));
        QVERIFY(certificate.isValid());
        QVERIFY(QFile::setPermissions(certificate.keyPath, QFile::ReadOwner | QFile::WriteOwner));
        XrdpOptions xrdp;
        xrdp.certificatePath = certificate.certificatePath;
        xrdp.keyPath = certificate.keyPath;
        XrdpServer server(xrdp);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(!test::findingCodes(check(server, server.port()))
                     .contains(QLatin1String("server.key_unreadable")));
        const Report report = check(server, server.port(), QStringLiteral("xrdp"));
        const Finding *finding = find(report, "server.key_unreadable");
        QVERIFY2(finding, qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(finding->detail.contains(QLatin1String("xrdp cannot read")));
        QVERIFY(hasCommand(finding, "adduser xrdp ssl-cert"));
    }

    void keyDoesNotMatch()
    {
        CertificateOptions options;
        const TestCertificate first =
            makeTestCertificate(options, m_dir.path(), QStringLiteral("first"));
        options.freshKey = true;
        const TestCertificate second =
            makeTestCertificate(options, m_dir.path(), QStringLiteral("second"));
        QVERIFY(first.isValid() && second.isValid());
        XrdpOptions xrdp;
        xrdp.certificatePath = first.certificatePath;
        xrdp.keyPath = second.keyPath;
        XrdpServer server(xrdp);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = check(server, server.port());
        QVERIFY2(test::findingCodes(report).contains(QLatin1String("server.key_mismatch")),
                 qPrintable(test::findingCodes(report).join(u' ')));
        QCOMPARE(report.facts.server->xrdp->tlsFiles->keyMatches, std::optional<bool>(false));
    }

    void expiredCertificate()
    {
        CertificateOptions options;
        options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        options.notAfter = QDateTime(QDate(2020, 1, 31), QTime(0, 0), Qt::UTC);
        options.freshKey = true;
        const TestCertificate expired =
            makeTestCertificate(options, m_dir.path(), QStringLiteral("expired"));
        QVERIFY(expired.isValid());
        XrdpOptions xrdp;
        xrdp.certificatePath = expired.certificatePath;
        xrdp.keyPath = expired.keyPath;
        XrdpServer server(xrdp);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = check(server, server.port());
        const Finding *finding = find(report, "server.cert_expired");
        QVERIFY2(finding, qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(finding->detail.contains(QLatin1String("2020-01-31")));
    }

    void securityLayerRdp()
    {
        XrdpOptions xrdp;
        xrdp.securityLayer = QStringLiteral("rdp");
        XrdpServer server(xrdp);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = check(server, server.port());
        const Finding *finding = find(report, "server.security_layer_rdp");
        QVERIFY2(finding, qPrintable(test::findingCodes(report).join(u' ')));
        QVERIFY(hasCommand(finding, "security_layer=negotiate"));
        // No TLS, so the certificate settings are not judged.
        QVERIFY(!report.facts.server->xrdp->tlsFiles);
    }

    void commandLine()
    {
        XrdpOptions xrdp;
        xrdp.securityLayer = QStringLiteral("rdp");
        XrdpServer server(xrdp);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString script = m_dir.filePath(QStringLiteral("repair.sh"));
        QProcess cli;
        cli.start(qEnvironmentVariable("RDPDIAG_CLI"),
                  {QStringLiteral("--server"), QStringLiteral("--json"),
                   QStringLiteral("--xrdp-config"), server.configPath(), QStringLiteral("--port"),
                   QString::number(server.port()), QStringLiteral("--error-code"),
                   QStringLiteral("0x904"), QStringLiteral("--script"), script});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("rdpdiag-report/1"));
        QCOMPARE(report.value(QStringLiteral("diagnosis"))
                     .toObject()
                     .value(QStringLiteral("primary"))
                     .toString(),
                 QStringLiteral("server.security_layer_rdp"));
        const QJsonObject facts = report.value(QStringLiteral("facts"))
                                      .toObject()
                                      .value(QStringLiteral("server"))
                                      .toObject();
        QCOMPARE(facts.value(QStringLiteral("xrdp"))
                     .toObject()
                     .value(QStringLiteral("security_layer"))
                     .toString(),
                 QStringLiteral("rdp"));
        QCOMPARE(report.value(QStringLiteral("stages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("server"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("#!/usr/bin/env bash"));
        QVERIFY(text.contains("security_layer=negotiate"));

        // Bad usage: exit code 2 and nothing else done.
        QProcess bad;
        bad.start(qEnvironmentVariable("RDPDIAG_CLI"),
                  {QStringLiteral("--server"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardOutput().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestServerXrdp)
#include "TestServerXrdp.moc"
