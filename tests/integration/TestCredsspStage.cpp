// SPDX-License-Identifier: GPL-3.0-or-later
// The credssp stage against the CredSSP test server (a real NTLM CHALLENGE built per
// MS-NLMP, answers varied: versions, clocks, layouts, errors, broken answers) and against
// the real NLA server freerdp-shadow-cli.

#include "probes/CredsspProbe.h"
#include "probes/NegotiationProbe.h"
#include "probes/TlsProbe.h"
#include "rules/CredsspRules.h"
#include "rules/TlsRules.h"
#include "wire/Ntlm.h"
#include "wire/TsRequest.h"

#include "ShadowServer.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;
using Mode = TlsServerOptions::Credssp;
using Outcome = CredsspFacts::Outcome;

Q_DECLARE_METATYPE(TlsServerOptions::Credssp)
Q_DECLARE_METATYPE(CredsspFacts::Outcome)

namespace {

constexpr auto kTimeout = 3000ms;

struct Run
{
    NegotiationFacts negotiation;
    TlsStageResult tls;
    CredsspFacts credssp;
    qint64 tlsMs = 0;
    qint64 credsspMs = 0;
};

Run runStages(quint16 port, std::chrono::milliseconds timeout = kTimeout)
{
    static CancelToken cancel;
    Run run;
    std::unique_ptr<TcpConnection> primary;
    run.negotiation.probes << connectAndNegotiate(QStringLiteral("127.0.0.1"), port, 0x0B, timeout,
                                                  cancel, primary);
    Target target;
    target.host = QStringLiteral("localhost");
    target.port = port;
    QElapsedTimer timer;
    timer.start();
    run.tls =
        runTlsStage(primary, target, QStringLiteral("127.0.0.1"), run.negotiation, timeout, cancel);
    run.tlsMs = timer.restart();
    run.credssp = runCredsspStage(run.tls.session.get(), run.negotiation, timeout, cancel);
    run.credsspMs = timer.elapsed();
    return run;
}

QStringList credsspCodes(const Run &run)
{
    Facts facts;
    facts.credssp = run.credssp;
    RuleContext context;
    context.now = QDateTime::currentDateTimeUtc();
    QStringList out;
    for (const Finding &finding : evaluateCredsspRules(facts, context))
        out << finding.code;
    out.sort();
    return out;
}

} // namespace

class TestCredsspStage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void challenge();
    void requestRevealsNothing();
    void variants_data();
    void variants();
    void brokenAnswers_data();
    void brokenAnswers();
    void notAttemptedForTlsOnly();
    void shadowServer();

private:
    TlsServerOptions credsspServer(Mode mode)
    {
        TlsServerOptions options;
        options.certificatePath = m_certificate.certificatePath;
        options.keyPath = m_certificate.keyPath;
        options.selectedProtocol = 0x02; // HYBRID
        options.credssp = mode;
        return options;
    }

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
};

void TestCredsspStage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CertificateOptions options;
    options.subjectAltNames = {QStringLiteral("DNS:localhost")};
    m_certificate = makeTestCertificate(options, m_dir.path(), QStringLiteral("server"));
    QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
}

void TestCredsspStage::challenge()
{
    TlsTestServer server(credsspServer(Mode::Challenge));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Run run = runStages(server.port());
    QCOMPARE(run.tls.tls.main.outcome, TlsAttempt::Outcome::Established);
    QCOMPARE(run.credssp.outcome, Outcome::Challenge);
    QCOMPARE(run.credssp.version, std::optional<int>(6));
    QVERIFY(run.credssp.ntlm);
    const NtlmFacts &ntlm = *run.credssp.ntlm;
    QCOMPARE(ntlm.targetName, QStringLiteral("TESTDOM"));
    QCOMPARE(ntlm.netbiosComputer, QStringLiteral("TESTSRV"));
    QCOMPARE(ntlm.netbiosDomain, QStringLiteral("TESTDOM"));
    QCOMPARE(ntlm.dnsComputer, QStringLiteral("testsrv.example.test"));
    QCOMPARE(ntlm.dnsDomain, QStringLiteral("example.test"));
    QCOMPARE(ntlm.dnsTree, QStringLiteral("example.test"));
    QCOMPARE(ntlm.osVersion, QStringLiteral("10.0.20348"));
    QVERIFY(ntlm.serverTime);
    // FILETIME keeps 100 ns; the server's clock at building time, to the millisecond.
    QCOMPARE(ntlm.serverTime->toMSecsSinceEpoch(), server.lastChallengeTime().toMSecsSinceEpoch());
    QVERIFY(ntlm.clockSkewSeconds);
    QVERIFY2(qAbs(*ntlm.clockSkewSeconds) <= 1,
             qPrintable(QString::number(*ntlm.clockSkewSeconds)));
    QCOMPARE(credsspCodes(run), QStringList());
    qInfo("CredSSP test server: tls %lld ms, credssp %lld ms", run.tlsMs, run.credsspMs);
}

void TestCredsspStage::requestRevealsNothing()
{
    TlsTestServer server(credsspServer(Mode::Challenge));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    runStages(server.port());
    const QByteArray request = server.lastClientTsRequest();
    const wire::TsRequestParse parsed = wire::parseTsRequest(request);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->version, 6);
    QVERIFY(!parsed.request->hasAuthInfo);
    QVERIFY(!parsed.request->hasPubKeyAuth);
    const QByteArray token = *parsed.request->negoToken;
    QCOMPARE(token, wire::buildNtlmNegotiate());
    // NEGOTIATE: type 1, DomainName and Workstation fields of length 0, no payload at all.
    QCOMPARE(token.size(), 40);
    QCOMPARE(quint8(token[8]), quint8(1));
    QCOMPARE(token.mid(16, 2), QByteArray(2, '\0'));
    QCOMPARE(token.mid(24, 2), QByteArray(2, '\0'));
    QVERIFY(!(quint8(token[13]) & 0x30)); // neither *_SUPPLIED flag (0x1000, 0x2000)
}

void TestCredsspStage::variants_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<bool>("withVersion");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("clock 1 hour ahead")
        << 6 << qint64(3600) << false << true << QStringList{QStringLiteral("credssp.clock_skew")};
    QTest::newRow("clock 10 minutes behind")
        << 6 << qint64(-600) << false << true << QStringList{QStringLiteral("credssp.clock_skew")};
    QTest::newRow("clock 4 minutes ahead") << 6 << qint64(240) << false << true << QStringList();
    QTest::newRow("CredSSP version 3")
        << 3 << qint64(0) << false << true << QStringList{QStringLiteral("credssp.outdated")};
    QTest::newRow("CredSSP version 5")
        << 5 << qint64(0) << false << true << QStringList{QStringLiteral("credssp.outdated")};
    QTest::newRow("reversed AV pairs, no Version")
        << 6 << qint64(0) << true << false << QStringList();
}

void TestCredsspStage::variants()
{
    QFETCH(int, version);
    QFETCH(qint64, offset);
    QFETCH(bool, reverse);
    QFETCH(bool, withVersion);
    QFETCH(QStringList, expected);
    TlsServerOptions options = credsspServer(Mode::Challenge);
    options.tsRequestVersion = version;
    options.challenge.clockOffsetSeconds = offset;
    options.challenge.reverseOrder = reverse;
    options.challenge.includeVersion = withVersion;
    TlsTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Run run = runStages(server.port());
    QCOMPARE(run.credssp.outcome, Outcome::Challenge);
    QCOMPARE(run.credssp.version, std::optional<int>(version));
    QVERIFY(qAbs(*run.credssp.ntlm->clockSkewSeconds - offset) <= 1);
    QCOMPARE(run.credssp.ntlm->netbiosComputer, QStringLiteral("TESTSRV"));
    QCOMPARE(run.credssp.ntlm->osVersion.isEmpty(), !withVersion);
    QCOMPARE(credsspCodes(run), expected);
}

void TestCredsspStage::brokenAnswers_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("failed");
    QTest::newRow("errorCode") << Mode::ErrorCode << Outcome::ServerError << true;
    QTest::newRow("truncated then closed") << Mode::Truncated << Outcome::Closed << true;
    QTest::newRow("oversized") << Mode::Oversized << Outcome::Malformed << false;
    QTest::newRow("close") << Mode::Close << Outcome::Closed << true;
    QTest::newRow("reset") << Mode::Reset << Outcome::Reset << true;
    QTest::newRow("silent") << Mode::Silent << Outcome::Timeout << true;
}

void TestCredsspStage::brokenAnswers()
{
    QFETCH(Mode, mode);
    QFETCH(Outcome, outcome);
    QFETCH(bool, failed);
    TlsTestServer server(credsspServer(mode));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Run run = runStages(server.port(), 1500ms);
    QCOMPARE(run.tls.tls.main.outcome, TlsAttempt::Outcome::Established);
    QCOMPARE(run.credssp.outcome, outcome);
    QVERIFY(!run.credssp.ntlm);
    if (mode == Mode::ErrorCode) {
        QCOMPARE(run.credssp.errorCode, std::optional<quint32>(0xC000006D));
        QCOMPARE(run.credssp.version, std::optional<int>(6));
    }
    if (mode == Mode::Truncated)
        QVERIFY(!run.credssp.received.isEmpty()); // the half that did arrive
    if (mode == Mode::Silent)
        QVERIFY(run.credsspMs >= 1400 && run.credsspMs < 3500);
    QCOMPARE(credsspCodes(run),
             failed ? QStringList{QStringLiteral("credssp.failed")} : QStringList());
}

void TestCredsspStage::notAttemptedForTlsOnly()
{
    TlsServerOptions options = credsspServer(Mode::Challenge);
    options.selectedProtocol = 0x01; // SSL: no CredSSP on this connection
    TlsTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Run run = runStages(server.port());
    QCOMPARE(run.tls.tls.main.outcome, TlsAttempt::Outcome::Established);
    QCOMPARE(run.credssp.outcome, Outcome::NotAttempted);
    QVERIFY(server.lastClientTsRequest().isEmpty());
    QCOMPARE(credsspCodes(run), QStringList());
}

void TestCredsspStage::shadowServer()
{
    ShadowServer shadow;
    QVERIFY2(shadow.start(), qPrintable(shadow.errorString())); // must fail, never skip
    const Run run = runStages(shadow.port(), 5000ms);
    QCOMPARE(run.negotiation.probes.first().selected, std::optional<quint32>(0x02));
    QVERIFY2(run.tls.tls.main.outcome == TlsAttempt::Outcome::Established,
             qPrintable(run.tls.tls.main.detail + QLatin1Char('\n') + shadow.log()));
    QVERIFY(run.tls.certificate);
    // The version matrix against FreeRDP 2.11 on OpenSSL 3: 1.2 and 1.3 only.
    QStringList versions;
    for (const TlsAttempt &attempt : run.tls.tls.versions)
        versions << QStringLiteral("%1=%2").arg(attempt.version, tlsOutcomeString(attempt.outcome));
    QVERIFY2(versionAccepted(*versionAttempt(run.tls.tls, QStringLiteral("1.2"))).value_or(false),
             qPrintable(versions.join(QLatin1Char(' '))));
    QCOMPARE(run.credssp.outcome, Outcome::Challenge);
    QVERIFY(run.credssp.version);
    QVERIFY(run.credssp.ntlm);
    QVERIFY(!run.credssp.ntlm->netbiosComputer.isEmpty());
    QVERIFY(!run.credssp.ntlm->dnsComputer.isEmpty());
    QVERIFY(run.credssp.ntlm->serverTime);
    QVERIFY(qAbs(*run.credssp.ntlm->clockSkewSeconds) <= 2);
    qInfo("shadow: versions %s; certificate %s; CredSSP version %d, NetBIOS %s, DNS %s, OS %s; "
          "tls %lld ms, credssp %lld ms",
          qPrintable(versions.join(QLatin1Char(' '))), qPrintable(run.tls.certificate->subject),
          *run.credssp.version, qPrintable(run.credssp.ntlm->netbiosComputer),
          qPrintable(run.credssp.ntlm->dnsComputer), qPrintable(run.credssp.ntlm->osVersion),
          run.tlsMs, run.credsspMs);
}

QTEST_GUILESS_MAIN(TestCredsspStage)
#include "TestCredsspStage.moc"
