// SPDX-License-Identifier: GPL-3.0-or-later
// The connection timeline of --verbose (net/ConnectionTimeline.h): purposes named per thread,
// the one-line description and the chart, on records made here (no network; the CLI test
// integration_cli::healthyXrdpExitsZero shows it on a real run).
#include "net/ConnectionTimeline.h"

#include <QtTest>

#include <future>

using namespace rdpdiag;

namespace {

ConnectionRecord record(int id, const QString &purpose, double start, double connected,
                        double answered, double tls, double closed)
{
    ConnectionRecord r;
    r.id = id;
    r.purpose = purpose;
    r.peer = QStringLiteral("127.0.0.1 3389");
    r.startMs = start;
    r.connectedMs = connected;
    r.firstSentMs = connected;
    r.answeredMs = answered;
    r.tlsMs = tls;
    r.closedMs = closed;
    return r;
}

} // namespace

class TestConnectionTimeline : public QObject
{
    Q_OBJECT

private slots:
    void purposesNestPerThread()
    {
        QCOMPARE(ConnectionPurpose::current(), QString());
        {
            const ConnectionPurpose retry(QStringLiteral("retry"));
            {
                const ConnectionPurpose tls(QStringLiteral("tls 1.2"));
                QCOMPARE(ConnectionPurpose::current(), QStringLiteral("retry: tls 1.2"));
                // Another thread names its own connections.
                auto other = std::async(std::launch::async, [] {
                    const ConnectionPurpose x224(QStringLiteral("x224 0x01"));
                    return ConnectionPurpose::current();
                });
                QCOMPARE(other.get(), QStringLiteral("x224 0x01"));
            }
            QCOMPARE(ConnectionPurpose::current(), QStringLiteral("retry"));
        }
        QCOMPARE(ConnectionPurpose::current(), QString());
    }

    void describeNamesEveryMoment()
    {
        QCOMPARE(timeline::describe(record(3, QStringLiteral("tls 1.2"), 20, 20.4, 31, 52.5, 53)),
                 QStringLiteral("#3 tls 1.2 (127.0.0.1 3389): connect +20.0, connected +20.4, "
                                "sent +20.4, answered +31.0, tls +52.5, closed +53.0"));
        ConnectionRecord refused;
        refused.id = 4;
        refused.peer = QStringLiteral("::1 3389");
        refused.startMs = 1;
        refused.closedMs = 1.5;
        refused.outcome = QStringLiteral("refused");
        QCOMPARE(timeline::describe(refused),
                 QStringLiteral("#4 (unnamed) (::1 3389): connect +1.0, closed +1.5 (refused)"));
    }

    void chartDrawsEachPhase()
    {
        // Out of order on purpose: the chart sorts by start. 0 … 100 ms over 10 columns.
        const QStringList lines =
            timeline::formatTimeline({record(2, QStringLiteral("x224 0x01"), 50, 60, 80, -1, 100),
                                      record(1, QStringLiteral("primary"), 0, 10, 20, 40, 95)},
                                     10);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("timeline: 2 connections, +0.0 … +100.0 ms")),
                 qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("  1 primary       0.0    95.0 |=-##......|"));
        QCOMPARE(lines[2], QStringLiteral("  2 x224 0x01    50.0   100.0 |     =--..|"));
    }

    void connectionThatNeverConnected()
    {
        ConnectionRecord failed;
        failed.id = 1;
        failed.purpose = QStringLiteral("tls 1.0");
        failed.startMs = 0;
        failed.closedMs = 40;
        const QStringList lines =
            timeline::formatTimeline({failed, record(2, QStringLiteral("x"), 0, 1, 2, -1, 40)}, 4);
        QCOMPARE(lines[1], QStringLiteral("  1 tls 1.0     0.0    40.0 |====|"));
    }

    void recordingKeepsOnlyWhenOn()
    {
        timeline::setRecording(false);
        timeline::connectionClosed(record(1, QStringLiteral("a"), 0, 1, 2, -1, 3));
        QVERIFY(timeline::takeRecords().isEmpty());
        timeline::setRecording(true);
        timeline::connectionClosed(record(2, QStringLiteral("b"), 0, 1, 2, -1, 3));
        const QList<ConnectionRecord> kept = timeline::takeRecords();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().purpose, QStringLiteral("b"));
        QVERIFY(timeline::takeRecords().isEmpty()); // taken once
        timeline::setRecording(false);
        QVERIFY(timeline::formatTimeline({}).isEmpty());
        QVERIFY(timeline::nextConnectionId() < timeline::nextConnectionId());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTimeline)
#include "TestConnectionTimeline.moc"
