// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A TCP connection whose every step (connect, send, receive) ends by its deadline or at
 * cancellation, and reports *how* it ended: refused, timeout, unreachable, reset, orderly
 * close. A non-blocking socket of platform/Sockets.h; the TLS layer runs over the same socket.
 * Each connection notes its moments for the run's timeline (net/ConnectionTimeline.h).
 */

#include "model/Enums.h"
#include "net/CancelToken.h"
#include "net/ConnectionTimeline.h"
#include "net/Deadline.h"
#include "platform/Sockets.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace rdpdiag {

/** How one step ended, with the OS message when it did not end well. */
struct IoResult
{
    IoOutcome outcome = IoOutcome::Ok;
    QString error; ///< strerror-style text, empty when Ok
    bool ok() const { return outcome == IoOutcome::Ok; }
};

/** What waitForSocket() saw. */
enum class WaitResult { Ready, Timeout, Cancelled, Error };

/**
 * Waits until @p socket is ready for @p readiness, the deadline passes or the token is
 * cancelled. Used by the TLS layer as well. On Error, @p error holds the system's code.
 */
WaitResult waitForSocket(platform::SocketHandle socket, platform::Readiness readiness,
                         const Deadline &deadline, const CancelToken &cancel, int &error);

/** The result of a failed socket call with system error @p error. */
IoResult socketFailure(int error);

class TcpConnection
{
public:
    /**
     * Connects to @p address (an IPv4 or IPv6 literal) and @p port. On success
     * @p connection holds the open connection. @p maxSegment > 0 announces that MSS
     * (platform::startConnect(); only where platform::canSetMaxSegment()).
     */
    static IoResult connect(const QString &address, quint16 port, const Deadline &deadline,
                            const CancelToken &cancel, std::unique_ptr<TcpConnection> &connection,
                            int maxSegment = 0);

    ~TcpConnection();
    TcpConnection(const TcpConnection &) = delete;
    TcpConnection &operator=(const TcpConnection &) = delete;

    /** Sends all of @p data. */
    IoResult sendAll(QByteArrayView data, const Deadline &deadline, const CancelToken &cancel);

    /**
     * Waits for data and appends what is available (at most @p maxBytes) to @p buffer.
     * Ok means at least one byte was appended; Closed means EOF.
     */
    IoResult receiveSome(QByteArray &buffer, qsizetype maxBytes, const Deadline &deadline,
                         const CancelToken &cancel);

    /** Closes with an RST instead of a FIN (no TIME_WAIT; for connections only opened to see
     * whether they can be). */
    void abort();

    platform::SocketHandle socket() const { return m_socket; }

    /** For the timeline: the TLS handshake on this connection ended with @p outcome. */
    void noteTlsEnded(const QString &outcome);

    /** For the timeline: a probe after the first one uses this connection too
     * (probes/SpareConnections.h); its name is added to the connection's, "x224 0x01 + tls 1.0". */
    void addPurpose(const QString &purpose);

private:
    TcpConnection(platform::SocketHandle socket, ConnectionRecord record)
        : m_socket(socket), m_record(std::move(record))
    {}
    platform::SocketHandle m_socket = platform::kNoSocket;
    ConnectionRecord m_record;
};

} // namespace rdpdiag
