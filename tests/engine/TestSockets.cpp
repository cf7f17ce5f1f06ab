// SPDX-License-Identifier: GPL-3.0-or-later
// The platform layer (engine/platform/Sockets.h) through the transport above it, against a
// QTcpServer on 127.0.0.1: the same test runs natively on Linux and, cross-built, on Windows
// under Wine (docs/testing.md, "Windows"). Servers use Qt's blocking API on a thread of their
// own, so nothing here depends on the code under test to play the server.
#include "net/CancelToken.h"
#include "net/Deadline.h"
#include "net/Resolver.h"
#include "net/TcpConnection.h"
#include "platform/Sockets.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

using namespace rdpdiag;
using namespace std::chrono_literals;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");

/** Hands each accepted connection's raw socket to its owner instead of wrapping it. */
class RawServer : public QTcpServer
{
public:
    qintptr accepted = -1;

protected:
    void incomingConnection(qintptr handle) override { accepted = handle; }
};

/** Wraps an accepted socket for Qt's blocking API. */
std::unique_ptr<QTcpSocket> wrap(qintptr handle)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->setSocketDescriptor(handle);
    return socket;
}

/**
 * A loopback server that accepts one connection and hands its socket to @p behaviour, which
 * owns it from then on (wrap() it, or close it itself).
 */
class OneShotServer
{
public:
    explicit OneShotServer(std::function<void(qintptr)> behaviour)
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        m_thread = std::thread([this, behaviour = std::move(behaviour)] {
            RawServer server;
            if (!server.listen(QHostAddress::LocalHost, m_port))
                return;
            m_listening = true;
            if (!server.waitForNewConnection(20000) || server.accepted < 0)
                return;
            behaviour(server.accepted);
        });
        for (int i = 0; i < 200 && !m_listening; ++i)
            std::this_thread::sleep_for(10ms);
    }
    ~OneShotServer() { m_thread.join(); }
    quint16 port() const { return m_port; }

private:
    quint16 m_port = 0;
    std::atomic<bool> m_listening{false};
    std::thread m_thread;
};

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when this returns
}

} // namespace

class TestSockets : public QObject
{
    Q_OBJECT

private slots:
    void refusedPortIsRefused()
    {
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        const IoResult result =
            TcpConnection::connect(kLoopback, closedPort(), Deadline::in(10s), cancel, connection);
        QCOMPARE(result.outcome, IoOutcome::Refused);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!connection);
    }

    void sendAndReceiveRoundTrip()
    {
        OneShotServer server([](qintptr handle) {
            const std::unique_ptr<QTcpSocket> socket = wrap(handle);
            while (socket->bytesAvailable() < 5 && socket->waitForReadyRead(10000)) {
            }
            const QByteArray question = socket->readAll();
            socket->write("answer:" + question);
            socket->waitForBytesWritten(10000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(10000);
        });
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        QVERIFY(
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(10s), cancel, connection)
                .ok());
        QVERIFY(connection->sendAll("hello", Deadline::in(10s), cancel).ok());
        QByteArray received;
        IoResult result;
        while ((result = connection->receiveSome(received, 4096, Deadline::in(10s), cancel)).ok()) {
        }
        QCOMPARE(result.outcome, IoOutcome::Closed);
        QCOMPARE(received, QByteArray("answer:hello"));
    }

    void abortiveCloseIsAReset()
    {
        OneShotServer server([](qintptr handle) {
            // An RST instead of a FIN, as a server that drops a client mid-handshake sends:
            // SO_LINGER 0, and the client's request left unread (which makes Wine, whose
            // closesocket() ignores the linger setting, reset the connection too).
            const auto socket = static_cast<platform::SocketHandle>(handle);
            int error = 0;
            platform::waitOnce(socket, platform::Readiness::Read, platform::kNoSocket, 10000,
                               error);
            platform::abortSocket(socket);
        });
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        QVERIFY(
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(10s), cancel, connection)
                .ok());
        QVERIFY(connection->sendAll("request", Deadline::in(10s), cancel).ok());
        QByteArray received;
        const IoResult result = connection->receiveSome(received, 4096, Deadline::in(10s), cancel);
        if (platform::runningUnderWine())
            QEXPECT_FAIL("",
                         "Wine's closesocket() sends a FIN despite SO_LINGER 0; the Windows "
                         "build's reset handling is tested against Linux servers in "
                         "integration_windowscli",
                         Continue);
        QCOMPARE(result.outcome, IoOutcome::Reset);
    }

    void silentServerTimesOutByItsDeadline()
    {
        OneShotServer server([](qintptr handle) { wrap(handle)->waitForDisconnected(20000); });
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        QVERIFY(
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(10s), cancel, connection)
                .ok());
        const auto start = std::chrono::steady_clock::now();
        QByteArray received;
        const IoResult result =
            connection->receiveSome(received, 4096, Deadline::in(300ms), cancel);
        const qint64 took = elapsedMs(start);
        QCOMPARE(result.outcome, IoOutcome::Timeout);
        QVERIFY2(took >= 250 && took < 10000, qPrintable(QString::number(took)));
        connection.reset(); // the server sees the close and ends
    }

    void cancelWakesAWaitAtOnce()
    {
        OneShotServer server([](qintptr handle) { wrap(handle)->waitForDisconnected(20000); });
        CancelToken cancel;
        std::unique_ptr<TcpConnection> connection;
        QVERIFY(
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(10s), cancel, connection)
                .ok());
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(200ms);
            cancel.cancel();
        });
        const auto start = std::chrono::steady_clock::now();
        QByteArray received;
        const IoResult result = connection->receiveSome(received, 4096, Deadline::in(60s), cancel);
        const qint64 took = elapsedMs(start);
        canceller.join();
        QCOMPARE(result.outcome, IoOutcome::Cancelled);
        QVERIFY2(took < 10000, qPrintable(QString::number(took))); // far below the 60 s deadline
        connection.reset();
    }

    void cancelledTokenStopsAConnectBeforeItStarts()
    {
        CancelToken cancel;
        cancel.cancel();
        cancel.cancel(); // idempotent
        std::unique_ptr<TcpConnection> connection;
        OneShotServer server([](qintptr handle) { wrap(handle); });
        const IoResult result =
            TcpConnection::connect(kLoopback, server.port(), Deadline::in(10s), cancel, connection);
        QCOMPARE(result.outcome, IoOutcome::Cancelled);
        // Let the server's accept end: one plain connection it can take.
        QTcpSocket unblock;
        unblock.connectToHost(QHostAddress::LocalHost, server.port());
        unblock.waitForConnected(5000);
    }

    void localhostResolves()
    {
        CancelToken cancel;
        const DnsFacts facts = resolveHost(QStringLiteral("localhost"), Deadline::in(20s), cancel);
        QCOMPARE(facts.outcome, DnsFacts::Outcome::Resolved);
        QVERIFY(facts.ipv4.contains(kLoopback) || facts.ipv6.contains(QStringLiteral("::1")));
    }

    void errorTextsAreTheSystems()
    {
        // Every failure carries the system's own message, never an empty string or a number.
        const platform::ConnectStart start =
            platform::startConnect(QHostAddress(QStringLiteral("not an address")), 1);
        QCOMPARE(start.socket, platform::kNoSocket);
        QVERIFY(start.error != 0);
        QVERIFY(!platform::socketErrorText(start.error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSockets)
#include "TestSockets.moc"
