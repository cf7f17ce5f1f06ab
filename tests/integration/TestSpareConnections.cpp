// SPDX-License-Identifier: GPL-3.0-or-later
// The connections the x224 step's side requests leave open for later probes
// (engine/probes/SpareConnections.h): what is kept, who may take it, how long a taker waits,
// and that nothing is held open that nobody will take — seen from a loopback server that
// counts the connections open to it.
#include "FaultServer.h"
#include "net/Deadline.h"
#include "probes/SpareConnections.h"
#include "wire/X224.h"

#include <QElapsedTimer>
#include <QtTest>

#include <future>
#include <thread>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10000;

/** A connection to @p server (which never answers), as a side request would leave it. */
std::unique_ptr<TcpConnection> openTo(const FaultServer &server)
{
    CancelToken cancel;
    std::unique_ptr<TcpConnection> connection;
    const IoResult connected = TcpConnection::connect(QStringLiteral("127.0.0.1"), server.port(),
                                                      Deadline::in(10s), cancel, connection);
    if (!connected.ok())
        qWarning("connect: %s", qPrintable(connected.error));
    return connection;
}

} // namespace

class TestSpareConnections : public QObject
{
    Q_OBJECT

private slots:
    void kindFollowsTheSelectedProtocol()
    {
        QCOMPARE(spareKindFor(wire::ProtocolRdp), SpareKind::Rdp);
        QCOMPARE(spareKindFor(wire::ProtocolSsl), SpareKind::Tls);
        QCOMPARE(spareKindFor(wire::ProtocolHybrid), SpareKind::Tls);
        QCOMPARE(spareKindFor(wire::ProtocolHybridEx), SpareKind::Tls);
        QVERIFY(!spareKindFor(wire::ProtocolRdstls).has_value());
    }

    void takerGetsAConnectionOfItsKindOnly()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SpareConnections spares({0x01, 0x00});
        spares.give(0x01, wire::ProtocolSsl, openTo(server));
        spares.give(0x00, wire::ProtocolRdp, openTo(server));
        QVERIFY(server.waitForConnectionCount(2, kWaitMs));
        CancelToken cancel;

        auto tls = spares.take(SpareKind::Tls, 0ms, cancel);
        QVERIFY(tls && tls->connection);
        QCOMPARE(tls->requested, 0x01u);
        QCOMPARE(tls->selected, quint32(wire::ProtocolSsl));
        QVERIFY(!spares.take(SpareKind::Tls, 0ms, cancel)); // taken already

        auto rdp = spares.take(SpareKind::Rdp, 0ms, cancel);
        QVERIFY(rdp && rdp->connection);
        QCOMPARE(rdp->requested, 0x00u);
        QCOMPARE(server.openConnectionCount(), 2); // both in use, none closed
    }

    void failedRequestsGiveNothing()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SpareConnections spares({0x01, 0x02});
        spares.give(0x01, std::nullopt, openTo(server)); // answered with a failure code
        spares.give(0x02, wire::ProtocolSsl, nullptr);   // the connection broke
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!spares.take(SpareKind::Tls, 5s, cancel)); // every donor is in: no wait
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(server.waitForNoOpenConnections(kWaitMs),
                 "the failed request's connection is open");
    }

    void takerWaitsForADonorStillOut()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SpareConnections spares({0x01});
        CancelToken cancel;
        auto late = std::async(std::launch::async, [&] {
            std::this_thread::sleep_for(300ms);
            spares.give(0x01, wire::ProtocolHybrid, openTo(server));
        });
        QElapsedTimer timer;
        timer.start();
        auto taken = spares.take(SpareKind::Tls, 20s, cancel);
        late.get();
        QVERIFY(taken && taken->connection);
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 10000,
                 qPrintable(QString::number(timer.elapsed())));
    }

    void takerDoesNotWaitForADonorThatCannotBringIt()
    {
        // A request for Standard RDP Security alone never gets a TLS connection; one still
        // out does not keep a TLS taker waiting.
        SpareConnections spares({0x00});
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!spares.take(SpareKind::Tls, 20s, cancel));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void waitEndsAtItsBoundAndOnCancel()
    {
        SpareConnections spares({0x01, 0x02});
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!spares.take(SpareKind::Tls, 300ms, cancel));
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 5000,
                 qPrintable(QString::number(timer.elapsed())));

        auto canceller = std::async(std::launch::async, [&] {
            std::this_thread::sleep_for(200ms);
            cancel.cancel();
        });
        timer.restart();
        QVERIFY(!spares.take(SpareKind::Tls, 60s, cancel));
        canceller.get();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void nothingIsHeldThatNobodyWillTake()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SpareConnections spares({0x01, 0x02, 0x00});
        // Kept until the takers are known …
        spares.give(0x01, wire::ProtocolSsl, openTo(server));
        QVERIFY(server.waitForConnectionCount(1, kWaitMs));
        // … one TLS taker to come: the second TLS spare is closed once it has taken one.
        spares.setTakers(SpareKind::Tls, 1);
        spares.give(0x02, wire::ProtocolHybrid, openTo(server));
        QVERIFY(server.waitForConnectionCount(2, kWaitMs));
        CancelToken cancel;
        auto taken = spares.take(SpareKind::Tls, 0ms, cancel);
        QVERIFY(taken && taken->connection);
        QVERIFY2(QTest::qWaitFor([&] { return server.openConnectionCount() == 1; }, kWaitMs),
                 qPrintable(QString::number(server.openConnectionCount())));
        // No Standard RDP Security taker at all: its spare is closed as it comes.
        spares.setTakers(SpareKind::Rdp, 0);
        spares.give(0x00, wire::ProtocolRdp, openTo(server));
        QVERIFY(server.waitForConnectionCount(3, kWaitMs));
        QVERIFY2(QTest::qWaitFor([&] { return server.openConnectionCount() == 1; }, kWaitMs),
                 qPrintable(QString::number(server.openConnectionCount())));
        QVERIFY(!spares.take(SpareKind::Rdp, 0ms, cancel));
    }

    void takerThatWontTakeCountsToo()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SpareConnections spares({0x01});
        spares.setTakers(SpareKind::Tls, 1);
        spares.give(0x01, wire::ProtocolSsl, openTo(server));
        QVERIFY(server.waitForConnectionCount(1, kWaitMs));
        QCOMPARE(server.openConnectionCount(), 1);
        spares.wontTake(SpareKind::Tls); // e.g. TLS 1.3 came from the main handshake
        QVERIFY(server.waitForNoOpenConnections(kWaitMs));
    }

    void leftoversCloseWithThePool()
    {
        FaultServer server = FaultServer::always(FaultAction::silent());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        {
            SpareConnections spares({0x00});
            spares.give(0x00, wire::ProtocolRdp, openTo(server));
            QVERIFY(server.waitForConnectionCount(1, kWaitMs));
            QCOMPARE(server.openConnectionCount(), 1);
        }
        QVERIFY(server.waitForNoOpenConnections(kWaitMs));
    }
};

QTEST_GUILESS_MAIN(TestSpareConnections)
#include "TestSpareConnections.moc"
