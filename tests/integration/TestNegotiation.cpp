// SPDX-License-Identifier: GPL-3.0-or-later
// The whole runner against fault servers on 127.0.0.1: one per x224 outcome, per
// negotiation failure code and per policy, a refused port, a dropped SYN, a server that
// trickles, and the .rdp cross-check.
#include "FaultServer.h"
#include "FreePort.h"
#include "SynDropServer.h"
#include "runner/Runner.h"
#include "wire/X224.h"

#include <QtTest>

#include <thread>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(rdpdiag::test::FaultAction)

namespace {

constexpr qint64 kMarginMs = 2000;

Report run(quint16 port, std::chrono::milliseconds timeout = 2000ms, ReportedError reported = {})
{
    RunRequest request;
    const TargetParse parsed = parseTargetText(QStringLiteral("127.0.0.1:%1").arg(port));
    Q_ASSERT(parsed.target);
    request.target = *parsed.target;
    request.timeout = timeout;
    request.reported = reported;
    CancelToken cancel;
    return runDiagnosis(request, cancel);
}

QStringList codesOf(const Report &report, const QString &prefix = {})
{
    QStringList codes;
    for (const auto &finding : report.findings)
        if (finding.code.startsWith(prefix))
            codes << finding.code;
    return codes;
}

const Finding *findingOf(const Report &report, const QString &code)
{
    for (const auto &finding : report.findings)
        if (finding.code == code)
            return &finding;
    return nullptr;
}

StageStatus stageStatus(const Report &report, StageId id)
{
    for (const auto &stage : report.stages)
        if (stage.id == id)
            return stage.status;
    return StageStatus::Skipped;
}

} // namespace

class TestNegotiation : public QObject
{
    Q_OBJECT

private slots:
    void x224Outcomes_data()
    {
        QTest::addColumn<FaultAction>("action");
        QTest::addColumn<QString>("code");
        QTest::newRow("reset after request") << FaultAction::reset() << "x224.reset";
        QTest::newRow("close after request") << FaultAction::close() << "x224.closed";
        QTest::newRow("silent") << FaultAction::silent() << "x224.timeout";
        QTest::newRow("ssh banner")
            << FaultAction::banner("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << "x224.not_rdp";
        QTest::newRow("http answer")
            << FaultAction::respond("HTTP/1.1 400 Bad Request\r\n\r\n") << "x224.not_rdp";
        QTest::newRow("endless garbage") << FaultAction::endless() << "x224.not_rdp";
        QTest::newRow("disconnect request instead of confirm")
            << FaultAction::respond(QByteArray::fromHex("0300000b06800000000000"))
            << "x224.malformed";
        QTest::newRow("TPKT length 65535 then garbage")
            << FaultAction::respond(QByteArray::fromHex("0300ffff") + QByteArray(600, 'x'))
            << "x224.malformed";
        QTest::newRow("confirm with a bad negotiation length")
            << FaultAction::respond(
                   QByteArray::fromHex("030000130ed00000123400020109000100000000").left(19))
            << "x224.malformed";
        QTest::newRow("half a confirm, then silence")
            << FaultAction::respond(QByteArray::fromHex("030000130ed0")) << "x224.timeout";
    }
    void x224Outcomes()
    {
        QFETCH(FaultAction, action);
        QFETCH(QString, code);
        FaultServer server = FaultServer::always(action);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = run(server.port(), 800ms);
        QCOMPARE(codesOf(report, QStringLiteral("x224.")), QStringList{code});
        QCOMPARE(stageStatus(report, StageId::Tcp), StageStatus::Passed);
        QCOMPARE(stageStatus(report, StageId::X224), StageStatus::Failed);
        QCOMPARE(stageStatus(report, StageId::Tls), StageStatus::Skipped);
        QVERIFY(report.hasErrors());
        // The evidence carries what was sent.
        const Finding *finding = findingOf(report, code);
        QCOMPARE(finding->evidence.value(QStringLiteral("sent_hex")).toString(),
                 QStringLiteral("030000130ee00000000000010008000b000000"));
        // Every request of the matrix reached the server.
        QVERIFY(server.waitForConnectionCount(4, 2000));
    }

    void resetIsTheClassic0x904()
    {
        FaultServer server = FaultServer::always(FaultAction::reset());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ReportedError reported;
        reported.code = 0x904;
        reported.extended = 0x7;
        const Report report = run(server.port(), 2000ms, reported);
        QCOMPARE(report.diagnosis.primary, QStringLiteral("x224.reset"));
        QCOMPARE(report.diagnosis.errorCode, QStringLiteral("0x904"));
        QVERIFY(report.diagnosis.summary.contains(QStringLiteral("0x904")));
    }

    void tricklingServerEndsAtDeadline()
    {
        // A valid confirm, one byte per second: 19 s to complete, the step allows 1 s.
        FaultServer server = FaultServer::always(
            FaultAction::trickle(FaultServer::negResponse(wire::ProtocolSsl), 1000));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto start = std::chrono::steady_clock::now();
        const Report report = run(server.port(), 1000ms);
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - start)
                              .count();
        QCOMPARE(codesOf(report, QStringLiteral("x224.")),
                 QStringList{QStringLiteral("x224.timeout")});
        QVERIFY2(took < 1000 + kMarginMs, qPrintable(QString::number(took)));
        const auto &primary = report.facts.negotiation->probes.first();
        QVERIFY(primary.received.size() >= 1 && primary.received.size() < 19);
    }

    void failureCodes_data()
    {
        QTest::addColumn<quint32>("failure");
        QTest::addColumn<QString>("code");
        QTest::newRow("SSL_NOT_ALLOWED_BY_SERVER") << 2u << "security.rdp_only";
        QTest::newRow("SSL_CERT_NOT_ON_SERVER") << 3u << "security.no_certificate";
        QTest::newRow("INCONSISTENT_FLAGS") << 4u << "security.inconsistent_flags";
        QTest::newRow("SSL_WITH_USER_AUTH_REQUIRED") << 6u << "security.user_auth_required";
    }
    void failureCodes()
    {
        QFETCH(quint32, failure);
        QFETCH(QString, code);
        FaultServer server =
            FaultServer::always(FaultAction::respond(FaultServer::negFailure(failure)));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = run(server.port());
        QVERIFY2(codesOf(report).contains(code),
                 qPrintable(codesOf(report).join(QLatin1Char(' '))));
        QCOMPARE(codesOf(report, QStringLiteral("x224.")), QStringList{});
        const auto &probes = report.facts.negotiation->probes;
        QCOMPARE(probes.size(), 4);
        for (const auto &probe : probes) {
            QCOMPARE(probe.outcome, NegotiationProbe::Outcome::Failure);
            QCOMPARE(probe.failureCode.value_or(0), failure);
        }
    }

    void policies_data()
    {
        QTest::addColumn<quint32>("supported");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("code");
        QTest::addColumn<quint32>("supportedMask");
        QTest::addColumn<bool>("rdp");
        QTest::newRow("NLA only (FreeRDP shadow style)")
            << quint32(wire::ProtocolHybrid) << int(PolicyStyle::Strict) << "security.nla_required"
            << quint32(wire::ProtocolHybrid) << false;
        QTest::newRow("TLS required (xrdp tls style)")
            << quint32(wire::ProtocolSsl) << int(PolicyStyle::Strict) << "security.tls_required"
            << quint32(wire::ProtocolSsl) << false;
        QTest::newRow("RDP only by the spec")
            << 0u << int(PolicyStyle::Strict) << "security.rdp_only" << 0u << true;
        QTest::newRow("RDP only, xrdp style downgrade")
            << 0u << int(PolicyStyle::FallBackToRdp) << "security.rdp_only" << 0u << true;
        QTest::newRow("negotiate, xrdp style")
            << quint32(wire::ProtocolSsl) << int(PolicyStyle::FallBackToRdp)
            << "security.standard_rdp_allowed" << quint32(wire::ProtocolSsl) << true;
    }
    void policies()
    {
        QFETCH(quint32, supported);
        QFETCH(int, style);
        QFETCH(QString, code);
        QFETCH(quint32, supportedMask);
        QFETCH(bool, rdp);
        FaultServer server = FaultServer::policy(supported, static_cast<PolicyStyle>(style));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Report report = run(server.port(), 1000ms);
        QVERIFY2(codesOf(report).contains(code),
                 qPrintable(codesOf(report).join(QLatin1Char(' '))));
        QCOMPARE(report.facts.negotiation->supportedMask, supportedMask);
        QCOMPARE(report.facts.negotiation->rdpSupported, rdp);
        QCOMPARE(codesOf(report, QStringLiteral("x224.")), QStringList{});
    }

    void refusedPort()
    {
        const Report report = run(freeLoopbackPort());
        QCOMPARE(codesOf(report), QStringList{QStringLiteral("tcp.refused")});
        QCOMPARE(stageStatus(report, StageId::Tcp), StageStatus::Failed);
        QCOMPARE(stageStatus(report, StageId::X224), StageStatus::Skipped);
    }

    void droppedSyn()
    {
        SynDropServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto start = std::chrono::steady_clock::now();
        const Report report = run(server.port(), 700ms);
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - start)
                              .count();
        QCOMPARE(codesOf(report), QStringList{QStringLiteral("tcp.timeout")});
        QVERIFY2(took < 700 + kMarginMs, qPrintable(QString::number(took)));
    }

    void rdpFileCrossCheck()
    {
        FaultServer server = FaultServer::policy(wire::ProtocolHybrid, PolicyStyle::Strict);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nla-off.rdp"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString text = QStringLiteral("full address:s:127.0.0.1:%1\r\n"
                                            "enablecredsspsupport:i:0\r\n"
                                            "username:s:CORP\\alice\r\n")
                                 .arg(server.port());
        file.write("\xff\xfe");
        file.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        file.close();

        const TargetParse parsed = parseTargetArgument(path);
        QVERIFY2(parsed.target, qPrintable(parsed.error));
        RunRequest request;
        request.target = *parsed.target;
        request.timeout = 1000ms;
        CancelToken cancel;
        const Report report = runDiagnosis(request, cancel);
        QVERIFY2(codesOf(report).contains(QStringLiteral("security.client_mismatch")),
                 qPrintable(codesOf(report).join(QLatin1Char(' '))));
        QVERIFY(findingOf(report, QStringLiteral("security.client_mismatch"))
                    ->detail.contains(QStringLiteral("enablecredsspsupport:i:0")));
    }

    void cancelStopsTheRun()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        RunRequest request;
        request.target = *parseTargetText(QStringLiteral("127.0.0.1:%1").arg(server.port())).target;
        request.timeout = 30s;
        CancelToken cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(300ms);
            cancel.cancel();
        });
        const auto start = std::chrono::steady_clock::now();
        const Report report = runDiagnosis(request, cancel);
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - start)
                              .count();
        canceller.join();
        QVERIFY(report.cancelled);
        QVERIFY2(took < 300 + kMarginMs, qPrintable(QString::number(took)));
        QVERIFY(codesOf(report, QStringLiteral("x224.")).isEmpty()); // cancelled is not a fault
    }
};

QTEST_GUILESS_MAIN(TestNegotiation)
#include "TestNegotiation.moc"
