// SPDX-License-Identifier: GPL-3.0-or-later
// The side connections a run opens besides the primary one: the pacer that spaces them out
// (so a small listen backlog does not drop SYNs), and their connect times as the tcp stage's
// latency samples. No network: the pacer is driven by threads, the samples are data.
#include "net/ConnectionPacer.h"
#include "probes/NetworkProbes.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <future>
#include <thread>

using namespace rdpdiag;
using namespace std::chrono_literals;

namespace {

TcpAttempt attempt(IoOutcome outcome, qint64 ms)
{
    TcpAttempt a;
    a.address = QStringLiteral("192.0.2.1");
    a.outcome = outcome;
    a.durationMs = ms;
    return a;
}

/** Asks for a turn on another thread: true when it came, and only after @p answered was set. */
std::future<bool> turnOnAnotherThread(ConnectionPacer &pacer, const CancelToken &cancel,
                                      const std::atomic<bool> &answered)
{
    return std::async(std::launch::async, [&] {
        const bool got = pacer.waitTurn(cancel).has_value();
        return got && answered.load();
    });
}

} // namespace

class TestSideConnections : public QObject
{
    Q_OBJECT

private slots:
    void firstTurnIsImmediate()
    {
        ConnectionPacer pacer(10s);
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(pacer.waitTurn(cancel));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void nextTurnWaitsForTheAnswer()
    {
        ConnectionPacer pacer(10s);
        CancelToken cancel;
        auto first = pacer.waitTurn(cancel);
        QVERIFY(first);
        std::atomic<bool> answered{false};
        auto second = turnOnAnotherThread(pacer, cancel, answered);
        QCOMPARE(second.wait_for(200ms), std::future_status::timeout);
        answered = true;
        first->answered();
        QCOMPARE(second.wait_for(5s), std::future_status::ready);
        QVERIFY(second.get()); // the turn came after the answer, not before
    }

    void windowLetsThatManyWait()
    {
        ConnectionPacer pacer(10s, 2);
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        auto first = pacer.waitTurn(cancel);
        auto second = pacer.waitTurn(cancel); // the window has room for two unanswered turns
        QVERIFY(first && second);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        std::atomic<bool> answered{false};
        auto third = turnOnAnotherThread(pacer, cancel, answered);
        QCOMPARE(third.wait_for(200ms), std::future_status::timeout);
        answered = true;
        second->answered(); // any one of the two frees a place
        QCOMPARE(third.wait_for(5s), std::future_status::ready);
        QVERIFY(third.get());
    }

    void endedTurnCountsAsAnswered()
    {
        ConnectionPacer pacer(10s);
        CancelToken cancel;
        {
            auto failedConnection = pacer.waitTurn(cancel);
            QVERIFY(failedConnection);
        } // gone without an answer: a failed connect must not hold up the next one
        QElapsedTimer timer;
        timer.start();
        QVERIFY(pacer.waitTurn(cancel));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void silentServerCostsOneGap()
    {
        ConnectionPacer pacer(300ms);
        CancelToken cancel;
        auto first = pacer.waitTurn(cancel); // never answered
        QVERIFY(first);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(pacer.waitTurn(cancel));
        const qint64 waited = timer.elapsed();
        QVERIFY2(waited >= 280, qPrintable(QString::number(waited)));
        QVERIFY2(waited < 3000, qPrintable(QString::number(waited)));
    }

    void lateAnswerOfAnEarlierTurnReleasesNothing()
    {
        ConnectionPacer pacer(300ms);
        CancelToken cancel;
        auto first = pacer.waitTurn(cancel);
        auto second = pacer.waitTurn(cancel); // after the gap
        QVERIFY(first && second);
        first->answered(); // about the first connection only
        QElapsedTimer timer;
        timer.start();
        QVERIFY(pacer.waitTurn(cancel));
        QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    }

    void cancelEndsTheWait()
    {
        ConnectionPacer pacer(60s);
        CancelToken cancel;
        auto first = pacer.waitTurn(cancel);
        QVERIFY(first);
        auto second = std::async(std::launch::async, [&] { return pacer.waitTurn(cancel); });
        QCOMPARE(second.wait_for(100ms), std::future_status::timeout);
        cancel.cancel();
        QCOMPARE(second.wait_for(5s), std::future_status::ready);
        QVERIFY(!second.get().has_value());
    }

    void samplesJoinTheMedian()
    {
        TcpFacts facts;
        facts.attempts << attempt(IoOutcome::Ok, 4);
        facts.connectedAddress = QStringLiteral("192.0.2.1");
        facts.medianConnectMs = 4;
        addLatencySamples(facts, {attempt(IoOutcome::Ok, 2), attempt(IoOutcome::Timeout, 5000),
                                  attempt(IoOutcome::Cancelled, 1), attempt(IoOutcome::Ok, 9)});
        QCOMPARE(facts.samples.size(), 3); // the cancelled one says nothing
        QCOMPARE(facts.samplesFailed, 1);
        QCOMPARE(facts.medianConnectMs, std::optional<double>(4)); // of 4, 2 and 9
        addLatencySamples(facts, {attempt(IoOutcome::Ok, 10)});
        QCOMPARE(facts.samples.size(), 4);
        QCOMPARE(facts.medianConnectMs, std::optional<double>(6.5)); // of 2, 4, 9, 10
    }

    void noSamplesWithoutAConnection()
    {
        TcpFacts facts;
        facts.attempts << attempt(IoOutcome::Refused, 1);
        addLatencySamples(facts, {attempt(IoOutcome::Ok, 2)});
        QVERIFY(facts.samples.isEmpty());
        QVERIFY(!facts.medianConnectMs);
    }
};

QTEST_GUILESS_MAIN(TestSideConnections)
#include "TestSideConnections.moc"
