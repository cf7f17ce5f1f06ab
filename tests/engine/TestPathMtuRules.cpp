// SPDX-License-Identifier: GPL-3.0-or-later
// The path-MTU check as pure logic (rules/PathMtuRules): when the small-MSS handshake runs,
// what its outcome means, the net.small_mtu error it proves (evidence, fixes, the primary
// cause of 0x904 / 0x7), and the JSON of facts.tls.path_mtu; and when the check starts,
// counts, is cancelled or made again alone (probes/PathMtuProbe.h), with a check that makes
// no connection. The same check on the wire, in network namespaces with a real black hole,
// is tests/integration/TestPathMtuNetns.cpp; against a stalling server that holds one
// connection at a time, tests/integration/TestTlsStage.cpp.

#include "FindingCodes.h"
#include "catalogue/Catalogue.h"
#include "diagnosis/Diagnosis.h"
#include "probes/PathMtuProbe.h"
#include "report/TlsJson.h"
#include "rules/LocalRules.h"
#include "rules/PathMtuRules.h"
#include "rules/Rules.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace rdpdiag;
using namespace std::chrono_literals;
using Outcome = TlsAttempt::Outcome;

Q_DECLARE_METATYPE(TlsAttempt::Outcome)

namespace {

const QString kAddress = QStringLiteral("10.20.1.5");

RuleContext context()
{
    RuleContext c;
    c.target.host = kAddress;
    c.target.isIpLiteral = true;
    c.target.port = 3389;
    c.now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    c.timeoutMs = 5000;
    return c;
}

TlsAttempt attempt(Outcome outcome, qint64 bytes = 0)
{
    TlsAttempt a;
    a.outcome = outcome;
    a.bytesReceived = bytes;
    a.durationMs = outcome == Outcome::Timeout ? 5000 : 12;
    if (outcome == Outcome::Established) {
        a.negotiatedVersion = QStringLiteral("TLSv1.3");
        a.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    }
    return a;
}

/** A run whose main handshake stalled after @p stalledBytes, and a small-MSS handshake that
 * ended with @p small. */
Facts stalledRun(Outcome small, qint64 stalledBytes = 0)
{
    Facts facts;
    DnsFacts dns;
    dns.outcome = DnsFacts::Outcome::Literal;
    facts.dns = dns;
    TcpFacts tcp;
    tcp.attempts << TcpAttempt{kAddress, IoOutcome::Ok, 3, {}};
    tcp.connectedAddress = kAddress;
    facts.tcp = tcp;
    NegotiationFacts negotiation;
    NegotiationProbe primary;
    primary.requested = 0x0B;
    primary.outcome = NegotiationProbe::Outcome::Selected;
    primary.selected = 0x02;
    negotiation.probes << primary;
    facts.negotiation = negotiation;
    TlsFacts tls;
    tls.main = attempt(Outcome::Timeout, stalledBytes);
    tls.pathMtu = PathMtuCheck{kSmallMaxSegmentIpv4, attempt(small, 1900), {}};
    facts.tls = tls;
    return facts;
}

const Finding *find(const QList<Finding> &findings, const char *code)
{
    for (const Finding &finding : findings)
        if (finding.code == QLatin1String(code))
            return &finding;
    return nullptr;
}

/**
 * A small-MSS check that makes no connection: each call takes the next of @p script (the
 * last one again when they run out), waits @p takes or until its token is cancelled (then
 * Cancelled), and records which token it watched.
 */
struct ScriptedCheck
{
    struct Step
    {
        Outcome outcome = Outcome::Timeout;
        SideBreak broke = SideBreak::None;
    };
    QList<Step> script;
    std::chrono::milliseconds takes{0};
    std::atomic<int> calls{0};
    std::atomic<const CancelToken *> lastToken{nullptr};

    EarlyPathMtuCheck::Check check()
    {
        return [this](const CancelToken &token) {
            const int call = calls++;
            lastToken = &token;
            const Step step = script.value(std::min(call, int(script.size()) - 1));
            PathMtuRun run;
            run.check.maxSegment = 536;
            run.check.attempt = TlsAttempt{};
            run.check.attempt->outcome = step.outcome;
            run.broke = step.broke;
            const auto end = std::chrono::steady_clock::now() + takes;
            while (std::chrono::steady_clock::now() < end) {
                if (token.isCancelled()) {
                    run.check.attempt->outcome = Outcome::Cancelled;
                    run.broke = SideBreak::None;
                    return run;
                }
                std::this_thread::sleep_for(5ms);
            }
            return run;
        };
    }
};

} // namespace

class TestPathMtuRules : public QObject
{
    Q_OBJECT

private slots:
    void wantedOnlyForAStall_data()
    {
        QTest::addColumn<Outcome>("main");
        QTest::addColumn<bool>("wanted");
        QTest::newRow("timeout") << Outcome::Timeout << true;
        QTest::newRow("established") << Outcome::Established << false;
        QTest::newRow("reset") << Outcome::Reset << false;
        QTest::newRow("closed") << Outcome::Closed << false;
        QTest::newRow("alert") << Outcome::Alert << false;
        QTest::newRow("local refusal") << Outcome::LocalRefusal << false;
        QTest::newRow("failed") << Outcome::Failed << false;
        QTest::newRow("not attempted") << Outcome::NotAttempted << false;
        QTest::newRow("cancelled") << Outcome::Cancelled << false;
    }
    void wantedOnlyForAStall()
    {
        QFETCH(Outcome, main);
        QFETCH(bool, wanted);
        // A stall after part of the server's flight, and one with none of it.
        QCOMPARE(pathMtuCheckWanted(attempt(main, 700)), wanted);
        QCOMPARE(pathMtuCheckWanted(attempt(main, 0)), wanted);
    }

    void checkStartsAThirdIntoTheStep()
    {
        QCOMPARE(pathMtuCheckStartsAfter(1500ms), 500ms);
        QCOMPARE(pathMtuCheckStartsAfter(300ms), 100ms);
        QCOMPARE(pathMtuCheckStartsAfter(5000ms), 1000ms); // the default budget: at most 1 s
        QCOMPARE(pathMtuCheckStartsAfter(60000ms), 1000ms);
        QCOMPARE(pathMtuCheckStartsAfter(0ms), 0ms);
    }

    void earlyCheckNotMadeWhenTheMainHandshakeEndsInTime()
    {
        ScriptedCheck scripted;
        CancelToken run;
        {
            EarlyPathMtuCheck early(10s, scripted.check());
            QVERIFY(!early.finish(false, run));
        }
        QCOMPARE(scripted.calls.load(), 0);
    }

    void stallSoonerThanTheStartMakesTheCheckThen()
    {
        ScriptedCheck scripted;
        scripted.script = {{Outcome::Established}};
        CancelToken run;
        EarlyPathMtuCheck early(10s, scripted.check());
        const std::optional<PathMtuCheck> check = early.finish(true, run);
        QVERIFY(check && check->attempt);
        QCOMPARE(check->attempt->outcome, Outcome::Established);
        QCOMPARE(scripted.calls.load(), 1);
        QCOMPARE(scripted.lastToken.load(), &run);
    }

    void earlyCheckCountsWhenTheMainHandshakeStalled()
    {
        ScriptedCheck scripted;
        scripted.script = {{Outcome::Established}};
        scripted.takes = 50ms;
        CancelToken run;
        EarlyPathMtuCheck early(10ms, scripted.check());
        std::this_thread::sleep_for(300ms); // the main handshake stalls
        const std::optional<PathMtuCheck> check = early.finish(true, run);
        QVERIFY(check && check->attempt);
        QCOMPARE(check->attempt->outcome, Outcome::Established);
        QCOMPARE(scripted.calls.load(), 1); // made once, alongside, on a token of its own
        QVERIFY(scripted.lastToken.load() != &run);
    }

    void earlyCheckCancelledWhenTheMainHandshakeCompletes()
    {
        ScriptedCheck scripted;
        scripted.takes = 20s; // would wait for the whole step
        CancelToken run;
        QElapsedTimer timer;
        timer.start();
        {
            EarlyPathMtuCheck early(10ms, scripted.check());
            std::this_thread::sleep_for(200ms); // started, then the main handshake completes
            QVERIFY(!early.finish(false, run));
        }
        QCOMPARE(scripted.calls.load(), 1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!run.isCancelled());
    }

    void brokenAlongsideMadeAgainAlone()
    {
        ScriptedCheck scripted;
        scripted.script = {{Outcome::NotAttempted, SideBreak::Reset}, {Outcome::Timeout}};
        CancelToken run;
        EarlyPathMtuCheck early(10ms, scripted.check());
        std::this_thread::sleep_for(200ms);
        const std::optional<PathMtuCheck> check = early.finish(true, run);
        QVERIFY(check && check->attempt);
        QCOMPARE(check->attempt->outcome, Outcome::Timeout);
        QCOMPARE(scripted.calls.load(), 2);
        QCOMPARE(scripted.lastToken.load(), &run); // the second try: alone, on the run's token
    }

    void cancelOfTheRunReachesTheEarlyCheck()
    {
        ScriptedCheck scripted;
        scripted.takes = 20s;
        CancelToken run;
        EarlyPathMtuCheck early(10ms, scripted.check());
        std::this_thread::sleep_for(100ms);
        std::thread canceller([&] {
            std::this_thread::sleep_for(200ms);
            run.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const std::optional<PathMtuCheck> check = early.finish(true, run);
        canceller.join();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(check && check->attempt);
        QCOMPARE(check->attempt->outcome, Outcome::Cancelled);
        QCOMPARE(scripted.calls.load(), 1);
    }

    void segmentSizePerFamily()
    {
        QCOMPARE(smallMaxSegmentFor(QStringLiteral("192.0.2.10")), 536);
        QCOMPARE(smallMaxSegmentFor(QStringLiteral("2001:db8::10")), 1220);
        QCOMPARE(smallMaxSegmentFor(QStringLiteral("::ffff:192.0.2.10")), 1220);
    }

    void verdict_data()
    {
        QTest::addColumn<Outcome>("small");
        QTest::addColumn<int>("expected"); // 1 proven, 0 not the MTU, -1 not determined
        QTest::newRow("small handshake completes") << Outcome::Established << 1;
        QTest::newRow("small handshake stalls too") << Outcome::Timeout << 0;
        QTest::newRow("reset (a connection limit?)") << Outcome::Reset << -1;
        QTest::newRow("closed") << Outcome::Closed << -1;
        QTest::newRow("alert") << Outcome::Alert << -1;
        QTest::newRow("local refusal") << Outcome::LocalRefusal << -1;
        QTest::newRow("failed") << Outcome::Failed << -1;
        QTest::newRow("no TLS on the new connection") << Outcome::NotAttempted << -1;
        QTest::newRow("cancelled") << Outcome::Cancelled << -1;
    }
    void verdict()
    {
        QFETCH(Outcome, small);
        QFETCH(int, expected);
        const Facts facts = stalledRun(small, 700);
        const PathMtuVerdict verdict = pathMtuVerdict(facts.tls->main, *facts.tls->pathMtu);
        if (expected < 0)
            QVERIFY(!verdict.blackHole);
        else
            QCOMPARE(verdict.blackHole, std::optional<bool>(expected == 1));
        QVERIFY2(!verdict.reason.isEmpty(), "every verdict says what it rests on");
        QCOMPARE(pathMtuProven(facts), expected == 1);
        QCOMPARE(test::findingCodes(evaluatePathMtuRules(facts, context())).size(),
                 expected == 1 ? 1 : 0);
    }

    void skippedIsNotDetermined()
    {
        Facts facts = stalledRun(Outcome::Established);
        facts.tls->pathMtu = PathMtuCheck{0, std::nullopt, QStringLiteral("no TCP_MAXSEG here")};
        const PathMtuVerdict verdict = pathMtuVerdict(facts.tls->main, *facts.tls->pathMtu);
        QVERIFY(!verdict.blackHole);
        QCOMPARE(verdict.reason, QStringLiteral("no TCP_MAXSEG here"));
        QVERIFY(!pathMtuProven(facts));
        // A completed small-MSS handshake proves nothing when the main one did not stall:
        // nothing was lost when it completed, nothing is known when it was reset.
        facts = stalledRun(Outcome::Established);
        facts.tls->main = attempt(Outcome::Established);
        QCOMPARE(pathMtuVerdict(facts.tls->main, *facts.tls->pathMtu).blackHole,
                 std::optional<bool>(false));
        QVERIFY(!pathMtuProven(facts));
        facts.tls->main = attempt(Outcome::Reset);
        QVERIFY(!pathMtuVerdict(facts.tls->main, *facts.tls->pathMtu).blackHole);
        QVERIFY(!pathMtuProven(facts));
    }

    void provenIsAnErrorWithEvidenceAndFixes_data()
    {
        QTest::addColumn<qint64>("stalledBytes");
        QTest::newRow("after part of the flight") << qint64(1448);
        QTest::newRow("before any of it") << qint64(0);
    }
    void provenIsAnErrorWithEvidenceAndFixes()
    {
        QFETCH(qint64, stalledBytes);
        const Facts facts = stalledRun(Outcome::Established, stalledBytes);
        const QList<Finding> findings = evaluateAllRules(facts, context());
        const Finding *mtu = find(findings, "net.small_mtu");
        QVERIFY2(mtu, qPrintable(test::findingCodes(findings).join(u' ')));
        QCOMPARE(mtu->severity, Severity::Error);
        QCOMPARE(mtu->evidence.value(QStringLiteral("proven")), QJsonValue(true));
        QCOMPARE(mtu->evidence.value(QStringLiteral("max_segment")), QJsonValue(536));
        QCOMPARE(mtu->evidence.value(QStringLiteral("bytes_received")), QJsonValue(stalledBytes));
        QCOMPARE(mtu->evidence.value(QStringLiteral("stalled_after_ms")), QJsonValue(5000));
        const QJsonObject small =
            mtu->evidence.value(QStringLiteral("small_mss_handshake")).toObject();
        QCOMPARE(small.value(QStringLiteral("outcome")).toString(), QStringLiteral("established"));
        QCOMPARE(small.value(QStringLiteral("bytes_received")), QJsonValue(1900));
        QVERIFY2(mtu->detail.contains(QLatin1String("536")), qPrintable(mtu->detail));
        if (stalledBytes > 0)
            QVERIFY2(mtu->detail.contains(QLatin1String("1448")), qPrintable(mtu->detail));
        // The fixes: the MTU test, lowering the MTU, MSS clamping.
        QStringList commands;
        for (const Remedy &remedy : mtu->remediation)
            commands << remedy.command;
        QVERIFY(commands.contains(QStringLiteral("ping -f -l 1372 10.20.1.5")));
        QVERIFY(commands.contains(QStringLiteral("ping -M do -s 1372 -c 3 10.20.1.5")));
        QVERIFY(commands.join(u'\n').contains(QLatin1String("--clamp-mss-to-pmtu")));
        // Errors first: it sorts before the warnings.
        QCOMPARE(findings.first().severity, Severity::Error);
        QVERIFY(find(findings, "tls.timeout")); // the symptom stays

        // The primary cause of 0x904 / 0x7, and of a run without a reported code.
        for (const ReportedError &reported :
             {ReportedError{0x904, 0x7}, ReportedError{0x904, std::nullopt},
              ReportedError{std::nullopt, std::nullopt}}) {
            const Diagnosis diagnosis = diagnose(reported, findings, facts);
            QCOMPARE(diagnosis.primary, QStringLiteral("net.small_mtu"));
            QVERIFY2(diagnosis.summary.contains(QLatin1String("MSS clamping")),
                     qPrintable(diagnosis.summary));
        }
    }

    void notProvenLeavesTheStall()
    {
        const Facts facts = stalledRun(Outcome::Timeout, 1448);
        const QList<Finding> findings = evaluateAllRules(facts, context());
        QVERIFY(!find(findings, "net.small_mtu"));
        QCOMPARE(diagnose(ReportedError{0x904, 0x7}, findings, facts).primary,
                 QStringLiteral("tls.timeout"));
    }

    void localFindingKeptAndJoinedOnce()
    {
        // This computer's own small MTU: the local warning as before, without a proof …
        Facts facts = stalledRun(Outcome::Timeout);
        facts.local = LocalFacts{};
        NetworkInterfaceFacts tun;
        tun.name = QStringLiteral("tun0");
        tun.mtu = 1280;
        tun.up = tun.running = tun.tunnel = true;
        facts.local->interfaces << tun;
        RouteFacts route;
        route.destination = kAddress;
        route.found = true;
        route.interfaceName = QStringLiteral("tun0");
        facts.local->routes << route;
        QList<Finding> findings = evaluateAllRules(facts, context());
        QCOMPARE(test::findingCodes(findings).count(QStringLiteral("net.small_mtu")), 1);
        QCOMPARE(find(findings, "net.small_mtu")->severity, Severity::Warning);
        QVERIFY(!find(findings, "net.small_mtu")->evidence.contains(QStringLiteral("proven")));

        // … and one error with both evidences once the small-MSS handshake proved it.
        facts.tls->pathMtu->attempt = attempt(Outcome::Established, 1900);
        findings = evaluateAllRules(facts, context());
        QCOMPARE(test::findingCodes(findings).count(QStringLiteral("net.small_mtu")), 1);
        const Finding *mtu = find(findings, "net.small_mtu");
        QCOMPARE(mtu->severity, Severity::Error);
        QCOMPARE(mtu->evidence.value(QStringLiteral("effective_mtu")), QJsonValue(1280));
        QCOMPARE(diagnose(ReportedError{0x904, 0x7}, findings, facts).primary,
                 QStringLiteral("net.small_mtu"));
    }

    void reopenedKeepsTheSeverity()
    {
        const Facts facts = stalledRun(Outcome::Established);
        const Finding made = evaluatePathMtuRules(facts, context()).first();
        const Finding reopened = reopenedFinding(made.code, Severity::Info, Category::Firewall,
                                                 StageId::Dns, made.evidence, made.parameters);
        QCOMPARE(reopened.severity, Severity::Error);
        QCOMPARE(reopened.stage, StageId::Local);
        QCOMPARE(reopened.remediation.size(), made.remediation.size());
    }

    void json_data()
    {
        QTest::addColumn<Outcome>("small");
        QTest::addColumn<QJsonValue>("blackHole");
        QTest::newRow("proven") << Outcome::Established << QJsonValue(true);
        QTest::newRow("not the MTU") << Outcome::Timeout << QJsonValue(false);
        QTest::newRow("not determined") << Outcome::Reset << QJsonValue(QJsonValue::Null);
    }
    void json()
    {
        QFETCH(Outcome, small);
        QFETCH(QJsonValue, blackHole);
        const Facts facts = stalledRun(small, 700);
        const QJsonObject tls = tlsFactsToJson(*facts.tls);
        const QJsonObject path = tls.value(QStringLiteral("path_mtu")).toObject();
        QStringList keys = path.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("attempt"), QStringLiteral("black_hole"),
                                    QStringLiteral("max_segment"), QStringLiteral("reason")}));
        QCOMPARE(path.value(QStringLiteral("black_hole")), blackHole);
        QVERIFY(!path.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(path.value(QStringLiteral("max_segment")), QJsonValue(536));
        QCOMPARE(path.value(QStringLiteral("attempt"))
                     .toObject()
                     .value(QStringLiteral("bytes_received")),
                 QJsonValue(1900));
        // Read back: the same JSON again.
        const TlsFacts read = tlsFactsFromJson(JsonNode(tls, QStringLiteral("facts.tls")));
        QCOMPARE(tlsFactsToJson(read), tls);
    }

    void jsonNotDetermined()
    {
        TlsFacts tls;
        tls.main = attempt(Outcome::Timeout, 700);
        tls.pathMtu = PathMtuCheck{0, std::nullopt, QStringLiteral("no TCP_MAXSEG here")};
        const QJsonObject json = tlsFactsToJson(tls);
        const QJsonObject path = json.value(QStringLiteral("path_mtu")).toObject();
        QVERIFY(path.value(QStringLiteral("black_hole")).isNull());
        QCOMPARE(path.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("no TCP_MAXSEG here"));
        QVERIFY(path.value(QStringLiteral("max_segment")).isNull());
        QVERIFY(path.value(QStringLiteral("attempt")).isNull());
        const TlsFacts read = tlsFactsFromJson(JsonNode(json, QStringLiteral("facts.tls")));
        QVERIFY(read.pathMtu);
        QCOMPARE(read.pathMtu->skipped, QStringLiteral("no TCP_MAXSEG here"));
        // Absent when the check did not run (and in reports of older versions).
        tls.pathMtu.reset();
        QVERIFY(!tlsFactsToJson(tls).contains(QStringLiteral("path_mtu")));
        QVERIFY(
            !tlsFactsFromJson(JsonNode(tlsFactsToJson(tls), QStringLiteral("facts.tls"))).pathMtu);
    }
};

QTEST_GUILESS_MAIN(TestPathMtuRules)
#include "TestPathMtuRules.moc"
