// SPDX-License-Identifier: GPL-3.0-or-later
// The transport tells refused, timeout, reset, close and cancel apart, and no step
// outlives its deadline however a server trickles bytes.
#include "FaultServer.h"
#include "FreePort.h"
#include "SynDropServer.h"
#include "net/TcpConnection.h"

#include <QtTest>

#include <thread>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");

/** Generous margin for a busy 2-core machine: bounds are behaviour, not speed. */
constexpr qint64 kMarginMs = 1500;

qint64 msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start)
        .count();
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void refusedPort()
    {
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        const IoResult result = TcpConnection::connect(kLoopback, freeLoopbackPort(),
                                                       Deadline::in(2s), cancel, connection);
        QCOMPARE(result.outcome, IoOutcome::Refused);
        QVERIFY(!connection);
    }

    void droppedSynEndsAtDeadline()
    {
        SynDropServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        const auto start = std::chrono::steady_clock::now();
        const IoResult result = TcpConnection::connect(kLoopback, server.port(),
                                                       Deadline::in(400ms), cancel, connection);
        const qint64 took = msSince(start);
        QCOMPARE(result.outcome, IoOutcome::Timeout);
        QVERIFY2(took >= 350 && took < 400 + kMarginMs, qPrintable(QString::number(took)));
    }

    void cancelEndsConnectAtOnce()
    {
        SynDropServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        CancelToken cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(200ms);
            cancel.cancel();
        });
        std::unique_ptr<TcpConnection> connection;
        const auto start = std::chrono::steady_clock::now();
        const IoResult result =
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(30s), cancel, connection);
        const qint64 took = msSince(start);
        canceller.join();
        QCOMPARE(result.outcome, IoOutcome::Cancelled);
        QVERIFY2(took < 200 + kMarginMs, qPrintable(QString::number(took)));
    }

    void resetAndCloseAreDifferent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<IoOutcome>("expected");
        QTest::newRow("RST") << int(FaultAction::Kind::Reset) << IoOutcome::Reset;
        QTest::newRow("FIN") << int(FaultAction::Kind::Close) << IoOutcome::Closed;
        QTest::newRow("silent") << int(FaultAction::Kind::Silent) << IoOutcome::Timeout;
    }
    void resetAndCloseAreDifferent()
    {
        QFETCH(int, kind);
        QFETCH(IoOutcome, expected);
        FaultAction action;
        action.kind = static_cast<FaultAction::Kind>(kind);
        FaultServer server = FaultServer::always(action);
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        QVERIFY(
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(2s), cancel, connection)
                .ok());
        const QByteArray request = QByteArray::fromHex("030000130ee000000000000100080003000000");
        QVERIFY(connection->sendAll(request, Deadline::in(2s), cancel).ok());
        QByteArray received;
        const IoResult result =
            connection->receiveSome(received, 4096, Deadline::in(500ms), cancel);
        QCOMPARE(result.outcome, expected);
        QVERIFY(received.isEmpty());
    }

    void tricklingServerCannotStretchTheDeadline()
    {
        // 1 byte every 100 ms of a long answer: each read gets a byte, but the step must
        // still end when its deadline passes, not when the bytes stop.
        FaultServer server =
            FaultServer::always(FaultAction::trickle(QByteArray(200, '\x03'), 100));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        QVERIFY(
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(2s), cancel, connection)
                .ok());
        QVERIFY(connection
                    ->sendAll(QByteArray::fromHex("030000130ee000000000000100080003000000"),
                              Deadline::in(2s), cancel)
                    .ok());
        const auto start = std::chrono::steady_clock::now();
        const Deadline deadline = Deadline::in(1s);
        QByteArray received;
        IoResult result;
        while ((result = connection->receiveSome(received, 4096, deadline, cancel)).ok()) {
        }
        const qint64 took = msSince(start);
        QCOMPARE(result.outcome, IoOutcome::Timeout);
        QVERIFY2(received.size() >= 2 && received.size() < 200,
                 qPrintable(QString::number(received.size())));
        QVERIFY2(took >= 950 && took < 1000 + kMarginMs, qPrintable(QString::number(took)));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
