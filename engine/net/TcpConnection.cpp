// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TcpConnection.h"

#include "support/Log.h"

#include <QHostAddress>

#include <algorithm>

namespace rdpdiag {

namespace p = platform;

IoResult socketFailure(int error)
{
    return {p::outcomeForSocketError(error), p::socketErrorText(error)};
}

WaitResult waitForSocket(p::SocketHandle socket, p::Readiness readiness, const Deadline &deadline,
                         const CancelToken &cancel, int &error)
{
    for (;;) {
        if (cancel.isCancelled())
            return WaitResult::Cancelled;
        switch (
            p::waitOnce(socket, readiness, cancel.wakeHandle(), deadline.pollTimeoutMs(), error)) {
        case p::WaitOnce::Ready:
            return WaitResult::Ready;
        case p::WaitOnce::Woken:
            return WaitResult::Cancelled;
        case p::WaitOnce::Error:
            return WaitResult::Error;
        case p::WaitOnce::TimedOut:
            // Interrupted waits come back here too; the loop asks again with what is left.
            if (deadline.expired())
                return WaitResult::Timeout;
            break;
        }
    }
}

IoResult TcpConnection::connect(const QString &address, quint16 port, const Deadline &deadline,
                                const CancelToken &cancel,
                                std::unique_ptr<TcpConnection> &connection, int maxSegment)
{
    connection.reset();
    const QHostAddress host(address);
    if (host.protocol() != QAbstractSocket::IPv4Protocol &&
        host.protocol() != QAbstractSocket::IPv6Protocol)
        return {IoOutcome::Failed, QStringLiteral("not an IP address: %1").arg(address)};

    ConnectionRecord record;
    record.id = timeline::nextConnectionId();
    record.purpose = ConnectionPurpose::current();
    record.peer = QStringLiteral("%1 %2").arg(address).arg(port);
    record.startMs = log::msSinceStart();
    // A connection that was never made is on the timeline too, with how it failed.
    const auto failed = [&](p::SocketHandle socket, IoResult result) {
        if (socket != p::kNoSocket)
            p::closeSocket(socket);
        record.closedMs = log::msSinceStart();
        record.outcome = ioOutcomeString(result.outcome);
        timeline::connectionClosed(record);
        return result;
    };

    const p::ConnectStart start = p::startConnect(host, port, maxSegment);
    if (start.socket == p::kNoSocket)
        return failed(start.socket, socketFailure(start.error));

    int error = 0;
    switch (waitForSocket(start.socket, p::Readiness::Write, deadline, cancel, error)) {
    case WaitResult::Ready:
        break;
    case WaitResult::Timeout:
        return failed(start.socket,
                      {IoOutcome::Timeout, QStringLiteral("no answer to the connection attempt")});
    case WaitResult::Cancelled:
        return failed(start.socket, {IoOutcome::Cancelled, {}});
    case WaitResult::Error:
        return failed(start.socket, socketFailure(error));
    }

    error = p::connectError(start.socket);
    // A reset here means the handshake completed and the server reset the connection
    // before we looked (a server that resets at accept, on a busy machine). That is a
    // connection that was made: the next step's first write reports the reset, as it does
    // when we look first.
    if (error != 0 && !p::isResetError(error))
        return failed(start.socket, socketFailure(error));
    record.connectedMs = log::msSinceStart();
    connection.reset(new TcpConnection(start.socket, std::move(record)));
    return {};
}

TcpConnection::~TcpConnection()
{
    p::closeSocket(m_socket);
    m_record.closedMs = log::msSinceStart();
    timeline::connectionClosed(m_record);
}

void TcpConnection::noteTlsEnded(const QString &outcome)
{
    m_record.tlsMs = log::msSinceStart();
    m_record.outcome = QStringLiteral("tls %1").arg(outcome);
}

void TcpConnection::addPurpose(const QString &purpose)
{
    m_record.purpose = m_record.purpose.isEmpty()
                           ? purpose
                           : QStringLiteral("%1 + %2").arg(m_record.purpose, purpose);
}

IoResult TcpConnection::sendAll(QByteArrayView data, const Deadline &deadline,
                                const CancelToken &cancel)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        int error = 0;
        const qint64 n = p::sendSome(m_socket, data.data() + sent, data.size() - sent, error);
        if (n > 0) {
            if (m_record.firstSentMs < 0)
                m_record.firstSentMs = log::msSinceStart();
            sent += n;
            continue;
        }
        if (n < 0 && p::isInterrupted(error))
            continue;
        if (n < 0 && !p::isWouldBlock(error))
            return socketFailure(error);
        switch (waitForSocket(m_socket, p::Readiness::Write, deadline, cancel, error)) {
        case WaitResult::Ready:
            break;
        case WaitResult::Timeout:
            return {IoOutcome::Timeout, QStringLiteral("the server did not take the data in time")};
        case WaitResult::Cancelled:
            return {IoOutcome::Cancelled, {}};
        case WaitResult::Error:
            return socketFailure(error);
        }
    }
    return {};
}

IoResult TcpConnection::receiveSome(QByteArray &buffer, qsizetype maxBytes,
                                    const Deadline &deadline, const CancelToken &cancel)
{
    if (maxBytes <= 0)
        return {IoOutcome::Failed, QStringLiteral("receive buffer limit reached")};
    char chunk[4096];
    const qint64 want = std::min<qint64>(maxBytes, sizeof chunk);
    for (;;) {
        int error = 0;
        const qint64 n = p::receiveSome(m_socket, chunk, want, error);
        if (n > 0) {
            if (m_record.answeredMs < 0)
                m_record.answeredMs = log::msSinceStart();
            buffer.append(chunk, n);
            return {};
        }
        if (n == 0)
            return {IoOutcome::Closed, QStringLiteral("the server closed the connection")};
        if (p::isInterrupted(error))
            continue;
        if (!p::isWouldBlock(error))
            return socketFailure(error);
        switch (waitForSocket(m_socket, p::Readiness::Read, deadline, cancel, error)) {
        case WaitResult::Ready:
            break;
        case WaitResult::Timeout:
            return {IoOutcome::Timeout, QStringLiteral("no data from the server in time")};
        case WaitResult::Cancelled:
            return {IoOutcome::Cancelled, {}};
        case WaitResult::Error:
            return socketFailure(error);
        }
    }
}

void TcpConnection::abort()
{
    p::abortSocket(m_socket);
    m_socket = p::kNoSocket;
}

} // namespace rdpdiag
