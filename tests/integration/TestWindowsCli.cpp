// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows build against the same loopback servers as the Linux build: every scenario is
// diagnosed twice, by this build's `rdpdiag` and by the cross-built `rdpdiag.exe` under Wine,
// and the connection stages must agree (finding codes, primary cause, stage statuses, exit
// code). This computer's side differs by design (Windows reads its firewall with netsh, which
// Wine lacks), so findings of the local stage are compared only for "never a false finding".
// $RDPDIAG_WINDOWS_CLI names rdpdiag.exe and $RDPDIAG_WINE the runner (scripts/test.sh sets
// both after scripts/build-windows.sh); docs/testing.md, "Windows".
#include "CliProcess.h"
#include "FaultServer.h"
#include "FreePort.h"
#include "Preconditions.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "XrdpServer.h"
#include "wire/X224.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rdpdiag::test;

namespace {

/** What a report says about the connection, the part both builds must agree on. */
struct Outcome
{
    int exitCode = -1;
    QString primary;
    QStringList codes;  ///< finding codes outside this computer's side, sorted
    QStringList stages; ///< "tcp=failed" … for the connection stages
    QStringList localCodes;
};

const QStringList kConnectionStages = {QStringLiteral("dns"), QStringLiteral("tcp"),
                                       QStringLiteral("x224"), QStringLiteral("tls"),
                                       QStringLiteral("credssp")};

bool isLocalSide(const QString &code)
{
    return code.startsWith(QLatin1String("firewall.")) ||
           code.startsWith(QLatin1String("local.")) || code.startsWith(QLatin1String("net."));
}

/**
 * Under Wine, a connection the server resets reads as an orderly close (recv() returns 0;
 * Windows itself reports WSAECONNRESET, which the platform layer maps to a reset), so the
 * ".reset" codes of the Windows build are compared as ".closed" (docs/windows.md, "Under
 * Wine").
 */
QString asUnderWine(QString code)
{
    if (code.endsWith(QLatin1String(".reset")))
        code.replace(code.size() - 6, 6, QStringLiteral(".closed"));
    return code;
}

Outcome outcomeOf(int exitCode, const QByteArray &json, QString *error)
{
    Outcome outcome;
    outcome.exitCode = exitCode;
    QJsonParseError parse;
    const QJsonObject report = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = parse.errorString() + u' ' + QString::fromUtf8(json.left(400));
        return outcome;
    }
    outcome.primary = asUnderWine(report.value(QStringLiteral("diagnosis"))
                                      .toObject()
                                      .value(QStringLiteral("primary"))
                                      .toString());
    for (const QJsonValue &finding : report.value(QStringLiteral("findings")).toArray()) {
        const QString code =
            asUnderWine(finding.toObject().value(QStringLiteral("code")).toString());
        (isLocalSide(code) ? outcome.localCodes : outcome.codes) << code;
    }
    outcome.codes.sort();
    for (const QJsonValue &stage : report.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject object = stage.toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (kConnectionStages.contains(id))
            outcome.stages << id + u'=' + object.value(QStringLiteral("status")).toString();
    }
    return outcome;
}

} // namespace

class TestWindowsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_exe = qEnvironmentVariable("RDPDIAG_WINDOWS_CLI");
        m_wine = qEnvironmentVariable("RDPDIAG_WINE");
        RDPDIAG_REQUIRE(
            !m_exe.isEmpty() && QFileInfo::exists(m_exe),
            "the Windows build (RDPDIAG_WINDOWS_CLI, made by scripts/build-windows.sh)");
        RDPDIAG_REQUIRE(!m_wine.isEmpty() && QFileInfo::exists(m_wine),
                        "the Wine runner (RDPDIAG_WINE, from the mingw toolchain)");
        QVERIFY(m_dir.isValid());
    }

    void versionAndBadInput()
    {
        const QProcessResult version = runWindows({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("rdpdiag "), version.out.constData());
        const QProcessResult bad = runWindows(
            {QStringLiteral("--timeout"), QStringLiteral("x"), QStringLiteral("127.0.0.1")});
        QCOMPARE(bad.exitCode, 2);
    }

    void refusedPort() { compareAt(QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort())); }

    void resetAfterConnectionRequest()
    {
        FaultServer server = FaultServer::always(FaultAction::reset());
        QVERIFY(server.start());
        compareAt(target(server.port()),
                  {QStringLiteral("--error-code"), QStringLiteral("0x904"),
                   QStringLiteral("--extended-code"), QStringLiteral("0x7")});
    }

    void nlaRequired()
    {
        FaultServer server =
            FaultServer::policy(rdpdiag::wire::ProtocolHybrid, PolicyStyle::Strict);
        QVERIFY(server.start());
        compareAt(target(server.port()));
    }

    void silentServer()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY(server.start());
        compareAt(target(server.port()), {QStringLiteral("--timeout"), QStringLiteral("1500")});
    }

    void expiredCertificate()
    {
        CertificateOptions options;
        options.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
        options.notAfter = QDateTime::currentDateTimeUtc().addDays(-10);
        const TestCertificate made =
            makeTestCertificate(options, m_dir.path(), QStringLiteral("old"));
        QVERIFY2(made.isValid(), qPrintable(made.error));
        TlsServerOptions serverOptions;
        serverOptions.certificatePath = made.certificatePath;
        serverOptions.keyPath = made.keyPath;
        TlsTestServer server(serverOptions);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        compareAt(target(server.port()));
    }

    void resetDuringTls()
    {
        const TestCertificate made =
            makeTestCertificate(CertificateOptions{}, m_dir.path(), QStringLiteral("ok"));
        QVERIFY2(made.isValid(), qPrintable(made.error));
        TlsServerOptions serverOptions;
        serverOptions.certificatePath = made.certificatePath;
        serverOptions.keyPath = made.keyPath;
        serverOptions.fault = TlsServerOptions::Fault::ResetOnClientHello;
        TlsTestServer server(serverOptions);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        compareAt(target(server.port()));
    }

    void realXrdp()
    {
        XrdpServer xrdp;
        QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
        compareAt(target(xrdp.port()));
    }

    /**
     * The server self-check reads Wine's registry, services and certificate stores through
     * the Win32 API: Wine has no RDP listener key and no Remote Desktop services but
     * TermService's stub, so the check must say what it could not read and report the
     * services as they are — quickly, with valid JSON and the exit code of its findings.
     */
    void serverSelfCheck()
    {
        QElapsedTimer clock;
        clock.start();
        const QProcessResult run =
            runWindows({QStringLiteral("--server"), QStringLiteral("--json")});
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(run.exitCode >= 0, run.err.right(2000).constData());
        QVERIFY2(elapsed < 60000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QJsonParseError parse;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &parse).object();
        QVERIFY2(parse.error == QJsonParseError::NoError, run.out.left(400).constData());
        const QJsonObject server = report.value(QStringLiteral("facts"))
                                       .toObject()
                                       .value(QStringLiteral("server"))
                                       .toObject();
        QCOMPARE(server.value(QStringLiteral("platform")).toString(), QStringLiteral("windows"));

        // Services as the service control manager tells them: Wine's TermService stub is
        // installed and stopped, the helpers do not exist.
        QStringList services;
        for (const QJsonValue &value : server.value(QStringLiteral("services")).toArray()) {
            const QJsonObject service = value.toObject();
            services << service.value(QStringLiteral("name")).toString() + u'=' +
                            service.value(QStringLiteral("state")).toString();
            QCOMPARE(service.value(QStringLiteral("source")).toString(),
                     QStringLiteral("service control manager"));
        }
        QCOMPARE(services, (QStringList{QStringLiteral("TermService=stopped"),
                                        QStringLiteral("SessionEnv=not_installed"),
                                        QStringLiteral("UmRdpService=not_installed")}));

        // What Wine does not have is "not collected", in words — never a finding.
        const QStringList missing =
            server.value(QStringLiteral("not_collected")).toVariant().toStringList();
        const QString joined = missing.join(QStringLiteral(" | "));
        QVERIFY2(joined.contains(QLatin1String("the RDP-Tcp listener (HKLM\\SYSTEM\\"
                                               "CurrentControlSet\\Control\\Terminal Server\\"
                                               "WinStations\\RDP-Tcp: the key does not exist)")),
                 qPrintable(joined));
        QStringList codes;
        bool anError = false;
        for (const QJsonValue &value : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            codes << finding.value(QStringLiteral("code")).toString();
            anError = anError || finding.value(QStringLiteral("severity")).toString() ==
                                     QLatin1String("error");
        }
        for (const char *unread :
             {"server.rdp_disabled", "server.security_layer_rdp", "server.nla_disabled",
              "server.connection_limit", "server.not_listening", "server.key_unreadable"})
            QVERIFY2(!codes.contains(QLatin1String(unread)), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("server.service_stopped")),
                 qPrintable(codes.join(u' ')));
        QVERIFY(codes.contains(QStringLiteral("server.not_checked")));
        QCOMPARE(run.exitCode, anError ? 1 : 0);

        // The text report says the same in words.
        const QProcessResult text = runWindows({QStringLiteral("--server")});
        QCOMPARE(text.exitCode, run.exitCode);
        QVERIFY2(text.out.contains("TermService"), text.out.left(2000).constData());
    }

private:
    struct QProcessResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static QString target(quint16 port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

    QProcessResult runWindows(const QStringList &arguments) const
    {
        QProcess process;
        process.setProgram(m_wine);
        process.setArguments(QStringList{m_exe} + arguments);
        process.start();
        QProcessResult result;
        if (!process.waitForFinished(180000)) {
            result.err = process.readAllStandardError(); // how far it got, for the message
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /** Diagnoses @p where with both builds and compares what they found. */
    void compareAt(const QString &where, const QStringList &extra = {})
    {
        const QStringList arguments =
            QStringList{QStringLiteral("--json")} + extra + QStringList{where};
        const CliRun linux = runCli(arguments);
        QString error;
        const Outcome native = outcomeOf(linux.exitCode, linux.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("Linux: ") + error));
        // --verbose: its log says how far a run got that did not finish. A run that does not
        // finish is tried once more and reported: seen about once in twenty runs on a loaded
        // machine, with the process stuck after its last log line (under investigation,
        // docs/windows.md, "Under Wine"); twice in a row fails the test.
        const QStringList verbose = QStringList{QStringLiteral("--verbose")} + arguments;
        QProcessResult windowsRun = runWindows(verbose);
        if (windowsRun.exitCode == -1) {
            qWarning("rdpdiag.exe did not finish; its log so far:\n%s",
                     windowsRun.err.right(3000).constData());
            windowsRun = runWindows(verbose);
        }
        QVERIFY2(windowsRun.exitCode >= 0,
                 qPrintable(QStringLiteral("rdpdiag.exe did not finish (%1): %2")
                                .arg(windowsRun.exitCode)
                                .arg(QString::fromUtf8(windowsRun.err.right(2000)))));
        const Outcome windows = outcomeOf(windowsRun.exitCode, windowsRun.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("Windows: ") + error));

        QCOMPARE(windows.codes, native.codes);
        QCOMPARE(windows.primary, native.primary);
        QCOMPARE(windows.stages, native.stages);
        QCOMPARE(windows.exitCode, native.exitCode);
        // This computer's side on Wine: what it cannot read is "not checked", never a finding
        // that blames a firewall or a route it did not see.
        for (const QString &code : windows.localCodes)
            QVERIFY2(code == QLatin1String("firewall.not_checked"), qPrintable(code));
    }

    QString m_exe;
    QString m_wine;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWindowsCli)
#include "TestWindowsCli.moc"
