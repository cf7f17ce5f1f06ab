// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A scriptable RDP-ish TCP server for integration tests: it reads the client's X.224
 * Connection Request and then answers, closes, resets, stays silent, trickles, or floods,
 * as a script decides. It serves on its own std::thread with POSIX sockets and poll(), not
 * on the Qt event loop, so a test may block inside the engine while the server works.
 *
 * Everything listens on 127.0.0.1 (or ::1 when asked) on a port the kernel picks at start().
 * The destructor stops the thread promptly and closes every socket (RAII).
 */

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace rdpdiag::test {

/**
 * What the server does with one connection.
 *
 * Kinds that act after the Connection Request has been read:
 * - Respond: send @ref bytes, then keep the socket open (reading and discarding) until the
 *   peer closes, so the client reads a complete answer and never races an EOF.
 * - Close: orderly close, the client sees a FIN (recv() returns 0). Implemented with
 *   shutdown(SHUT_WR) rather than close(): close() with unread bytes in the receive buffer
 *   would make the kernel send an RST instead. The socket is closed once the peer closes.
 * - Reset: SO_LINGER {1, 0} then close(): the client sees an RST (ECONNRESET).
 * - Silent: keep reading, never answer (an application-level timeout for the client).
 * - Trickle: send @ref bytes one byte at a time, the first at once and then one every
 *   @ref intervalMs milliseconds (never less apart, even when the server thread is late);
 *   afterwards keep the socket open like Respond.
 * - Endless: send an endless stream of @ref bytes repeated in 4 KiB chunks (a fixed non-TPKT
 *   pattern when @ref bytes is empty) until the peer goes away.
 *
 * Kinds that act at accept time, without waiting for a request:
 * - Banner: send @ref bytes at once (like an SSH or SMTP server greeting), keep open.
 * - ResetOnAccept: RST immediately after accept.
 *
 * Any other kind can be made to act at accept time with atAccept() (e.g. an Endless flood
 * that starts before the client has said anything).
 */
struct FaultAction
{
    enum class Kind { Respond, Close, Reset, Silent, Trickle, ResetOnAccept, Banner, Endless };

    Kind kind = Kind::Respond;
    QByteArray bytes;       ///< payload for Respond, Trickle, Banner and Endless
    int intervalMs = 1000;  ///< Trickle: delay between two bytes
    bool immediate = false; ///< act at accept time (implied by Banner and ResetOnAccept)

    static FaultAction respond(const QByteArray &bytes) { return {Kind::Respond, bytes}; }
    static FaultAction close() { return {Kind::Close, {}}; }
    static FaultAction reset() { return {Kind::Reset, {}}; }
    static FaultAction silent() { return {Kind::Silent, {}}; }
    static FaultAction trickle(const QByteArray &bytes, int intervalMs)
    {
        return {Kind::Trickle, bytes, intervalMs};
    }
    static FaultAction resetOnAccept() { return {Kind::ResetOnAccept, {}}; }
    static FaultAction banner(const QByteArray &bytes) { return {Kind::Banner, bytes}; }
    static FaultAction endless(const QByteArray &pattern = {}) { return {Kind::Endless, pattern}; }

    /** A copy of this action that runs at accept time, before any request is read. */
    FaultAction atAccept() const
    {
        FaultAction copy = *this;
        copy.immediate = true;
        return copy;
    }
    /** True for Banner, ResetOnAccept and anything made with atAccept(). */
    bool actsOnAccept() const
    {
        return immediate || kind == Kind::Banner || kind == Kind::ResetOnAccept;
    }
};

/** How FaultServer::policy() answers a request that asks for nothing it supports. */
enum class PolicyStyle {
    /** Like the specification and Windows: RDP_NEG_FAILURE. The code is
     * SSL_NOT_ALLOWED_BY_SERVER (2) when the server supports Standard RDP Security only,
     * SSL_REQUIRED_BY_SERVER (1) when it supports TLS, HYBRID_REQUIRED_BY_SERVER (5)
     * otherwise (the FreeRDP shadow server with /sec:nla). */
    Strict,
    /** Like xrdp 0.9.21 in negotiate and rdp mode: RDP_NEG_RSP selecting PROTOCOL_RDP, a
     * silent downgrade to Standard RDP Security (docs/protocol-notes.md). */
    FallBackToRdp,
};

/**
 * The fault server. Per connection:
 * 1. accept; the script is called with a null QByteArray (no request yet). If it returns an
 *    action that acts on accept (FaultAction::actsOnAccept()), that action runs at once and
 *    the script is not called again for this connection.
 * 2. Otherwise the server reads one complete TPKT PDU (the X.224 Connection Request) using
 *    the TPKT length field. Bytes that do not start with 0x03 count as a complete request as
 *    soon as they arrive (a non-RDP client). If no complete PDU arrives within the request
 *    timeout (5 s by default) or the peer closes first, the server closes the connection
 *    without calling the script.
 * 3. The PDU is recorded (requests()) and the script is called with it; its action runs.
 *    At this stage Banner behaves like Respond and ResetOnAccept like Reset.
 *
 * Requests that arrive on connections whose action ran at accept time are still recorded.
 * Every connection is served concurrently by one poll() loop, so a silent or trickling
 * connection never delays another. The script runs on the server thread: it must not touch
 * objects of the test thread without synchronisation (pure functions are ideal).
 */
class FaultServer
{
public:
    using Script = std::function<FaultAction(const QByteArray &request)>;

    /** A server that asks @p script what to do; nothing listens before start(). Only
     * 127.0.0.1 and ::1 are accepted as @p bind (start() fails for anything else). */
    explicit FaultServer(Script script, const QHostAddress &bind = QHostAddress::LocalHost);
    /** A server that runs @p action on every connection. */
    static FaultServer always(const FaultAction &action,
                              const QHostAddress &bind = QHostAddress::LocalHost);
    /**
     * A server that answers Connection Requests like a real server supporting the protocol
     * bits in @p supportedMask (0 = Standard RDP Security only); see policyAction().
     * Examples: NLA-only (FreeRDP shadow) = policy(ProtocolHybrid, Strict);
     * TLS-required (xrdp security_layer=tls) = policy(ProtocolSsl, Strict);
     * RDP-only by the specification = policy(0, Strict);
     * xrdp negotiate = policy(ProtocolSsl, FallBackToRdp); xrdp rdp = policy(0, FallBackToRdp).
     */
    static FaultServer policy(quint32 supportedMask, PolicyStyle style, quint8 responseFlags = 0x01,
                              const QHostAddress &bind = QHostAddress::LocalHost);

    /** Moving keeps the server running (its thread does not depend on this object); a
     * moved-from FaultServer may only be destroyed or assigned to. */
    FaultServer(FaultServer &&other) noexcept;
    FaultServer &operator=(FaultServer &&other) noexcept;
    FaultServer(const FaultServer &) = delete;
    FaultServer &operator=(const FaultServer &) = delete;
    /** Stops the server thread and closes the listener and all connections. */
    ~FaultServer();

    /** How long to wait for a complete Connection Request (default 5000 ms). Call before
     * start(). */
    void setRequestTimeout(int milliseconds);

    /** Binds a free port, listens and starts the server thread. False with errorString()
     * on failure. Calling it twice is an error. */
    bool start();
    /** Stops the thread and closes every socket; the port refuses connections afterwards.
     * Idempotent; the destructor calls it. */
    void stop();
    bool isRunning() const;
    /** The listening port (0 before a successful start()). */
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;

    /** The bytes of every Connection Request received so far, in arrival order
     * (thread-safe). */
    QList<QByteArray> requests() const;
    /** Connections accepted so far (thread-safe). */
    int connectionCount() const;
    /** Connections the server still holds open, i.e. the client has not closed yet. */
    int openConnectionCount() const;
    /** Waits until at least @p count connections were accepted; false on timeout. */
    bool waitForConnectionCount(int count, int timeoutMs) const;
    /** Waits until at least @p count requests were recorded; false on timeout. */
    bool waitForRequestCount(int count, int timeoutMs) const;
    /** Waits until no connection is open any more (the client closed every socket). */
    bool waitForNoOpenConnections(int timeoutMs) const;

    /** X.224 Connection Confirm with RDP_NEG_RSP, as xrdp sends it (dst-ref 0x1234):
     * `03 00 00 13 0e d0 00 00 12 34 00 02 <flags> 08 00 <selected LE32>`. */
    static QByteArray negResponse(quint32 selectedProtocol, quint8 flags = 0x01);
    /** X.224 Connection Confirm with RDP_NEG_FAILURE:
     * `03 00 00 13 0e d0 00 00 12 34 00 03 00 08 00 <code LE32>`. */
    static QByteArray negFailure(quint32 failureCode);
    /** Legacy X.224 Connection Confirm without negotiation data (11 bytes, LI 6):
     * `03 00 00 0b 06 d0 00 00 12 34 00`. */
    static QByteArray legacyConfirm();

    /** True when @p request is one well-formed TPKT + X.224 Connection Request (TPKT
     * version 3, length = size, LI = size - 5, TPDU code 0xE). */
    static bool isConnectionRequest(const QByteArray &request);
    /** requestedProtocols of the RDP_NEG_REQ that ends a Connection Request (for the usual
     * 19-byte request, its last 4 bytes little-endian), or -1 when @p request is not a
     * Connection Request or carries no RDP_NEG_REQ (a legacy client). */
    static qint64 requestedProtocolsOf(const QByteArray &request);

    /**
     * The answer of a server that supports @p supportedMask to @p request:
     * - no request yet (accept time): not an accept-time action, so the server waits;
     * - not a Connection Request: Close (a real server drops bytes it cannot parse);
     * - requested & supported != 0: RDP_NEG_RSP selecting the highest common bit
     *   (RDSAAD > HYBRID_EX > RDSTLS > HYBRID > SSL) with @p responseFlags;
     * - requested 0 and Standard RDP Security acceptable: RDP_NEG_RSP selecting RDP;
     * - legacy request (no RDP_NEG_REQ): the legacy confirm when Standard RDP Security is
     *   acceptable, else the Strict failure;
     * - otherwise: FallBackToRdp answers RSP RDP, Strict answers RDP_NEG_FAILURE (see
     *   PolicyStyle). Standard RDP Security is acceptable when @p supportedMask is 0 or the
     *   style is FallBackToRdp.
     */
    static FaultAction policyAction(quint32 supportedMask, PolicyStyle style,
                                    const QByteArray &request, quint8 responseFlags = 0x01);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace rdpdiag::test
