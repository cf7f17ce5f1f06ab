// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultServer.h"

#include "FreePort.h"
#include "SocketUtil.h"

#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rdpdiag::test {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kDefaultRequestTimeoutMs = 5000;
constexpr qsizetype kEndlessChunk = 4096;
/** A TPKT PDU is at most 65535 bytes; anything beyond is not kept. */
constexpr qsizetype kMaxRequest = 65535;
/** Bounds the work per loop round so one flooding connection cannot starve the others. */
constexpr int kMaxSendsPerRound = 16;

// RDP_NEG_* protocol bits, spelled out here so the test servers do not depend on the codec
// they help to test.
constexpr quint32 kProtocolSsl = 0x01;

/** One accepted connection and everything the loop needs to drive it. */
struct Connection
{
    detail::UniqueFd fd;
    QByteArray request;
    bool requestComplete = false;
    bool awaitingScript = true;
    Clock::time_point requestDeadline;

    QByteArray out;
    qsizetype outPos = 0;

    QByteArray trickle;
    qsizetype trickleNext = 0;
    Clock::time_point trickleAt;
    std::chrono::milliseconds trickleInterval{0};

    bool endless = false;
    QByteArray endlessChunk;

    bool dead = false;

    bool tricklePending() const { return trickleNext < trickle.size(); }
    bool wantsWrite() const { return outPos < out.size() || endless; }
};

QByteArray confirmWithNegData(quint8 type, quint8 flags, quint32 value)
{
    QByteArray pdu = QByteArrayLiteral("\x03\x00\x00\x13\x0e\xd0\x00\x00\x12\x34\x00");
    pdu.append(static_cast<char>(type));
    pdu.append(static_cast<char>(flags));
    pdu.append('\x08');
    pdu.append('\x00');
    char le[4];
    qToLittleEndian<quint32>(value, le);
    pdu.append(le, 4);
    return pdu;
}

quint32 highestBit(quint32 mask)
{
    quint32 bit = 0x80000000u;
    while (bit != 0 && (mask & bit) == 0) {
        bit >>= 1;
    }
    return bit;
}

} // namespace

class FaultServer::Impl
{
public:
    Impl(Script script, const QHostAddress &bind) : m_script(std::move(script)), m_bind(bind) {}
    ~Impl() { stop(); }

    bool start();
    void stop();

    Script m_script;
    QHostAddress m_bind;
    int m_requestTimeoutMs = kDefaultRequestTimeoutMs;
    detail::UniqueFd m_listenFd;
    detail::UniqueFd m_wakeFd;
    std::thread m_thread;
    quint16 m_port = 0;
    QString m_error;
    bool m_started = false;

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    QList<QByteArray> m_requests;
    int m_connections = 0;
    int m_open = 0;

    template <typename Predicate> bool waitFor(int timeoutMs, Predicate predicate) const
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), predicate);
    }

private:
    void run();
    void acceptAll(std::vector<std::unique_ptr<Connection>> &connections);
    void readFrom(Connection &connection);
    void requestCompleted(Connection &connection);
    void apply(Connection &connection, const FaultAction &action);
    void flush(Connection &connection);
    void onTimers(Connection &connection, Clock::time_point now);
    void changeCounters(int connectionsDelta, int openDelta);
};

bool FaultServer::Impl::start()
{
    if (m_started) {
        m_error = QStringLiteral("FaultServer::start() called twice");
        return false;
    }
    if (!isAllowedLoopback(m_bind)) {
        m_error = QStringLiteral("refusing to listen on %1: test servers use 127.0.0.1 or ::1 only")
                      .arg(m_bind.toString());
        return false;
    }
    const detail::SocketAddress address = detail::SocketAddress::make(m_bind, 0);
    detail::UniqueFd listenFd(::socket(address.family(), SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!listenFd.isValid()) {
        m_error = QStringLiteral("socket(): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int one = 1;
    ::setsockopt(listenFd.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(listenFd.get(), address.data(), address.length()) != 0 ||
        ::listen(listenFd.get(), SOMAXCONN) != 0 || !detail::setNonBlocking(listenFd.get())) {
        m_error = QStringLiteral("bind/listen on %1: %2")
                      .arg(m_bind.toString(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_port = detail::localPort(listenFd.get());
    // An eventfd wakes the poll() loop when stop() is called, so stopping never waits for a
    // poll timeout.
    detail::UniqueFd wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
    if (m_port == 0 || !wakeFd.isValid()) {
        m_error = QStringLiteral("getsockname/eventfd: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_listenFd = std::move(listenFd);
    m_wakeFd = std::move(wakeFd);
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &e) {
        m_error = QStringLiteral("cannot start the server thread: %1")
                      .arg(QString::fromLocal8Bit(e.what()));
        m_listenFd.reset();
        m_wakeFd.reset();
        return false;
    }
    m_started = true;
    return true;
}

void FaultServer::Impl::stop()
{
    if (m_thread.joinable()) {
        const quint64 one = 1;
        // The eventfd counter cannot overflow with one write, so this cannot fail in a way
        // that matters; the result is checked only to keep the compiler quiet.
        [[maybe_unused]] const ssize_t written = ::write(m_wakeFd.get(), &one, sizeof one);
        m_thread.join();
    }
    m_listenFd.reset();
    m_wakeFd.reset();
}

void FaultServer::Impl::changeCounters(int connectionsDelta, int openDelta)
{
    {
        std::lock_guard lock(m_mutex);
        m_connections += connectionsDelta;
        m_open += openDelta;
    }
    m_changed.notify_all();
}

void FaultServer::Impl::run()
{
    std::vector<std::unique_ptr<Connection>> connections;
    std::vector<pollfd> fds;
    for (;;) {
        fds.clear();
        fds.push_back({m_wakeFd.get(), POLLIN, 0});
        fds.push_back({m_listenFd.get(), POLLIN, 0});
        std::optional<Clock::time_point> wakeAt;
        const auto earliest = [&wakeAt](Clock::time_point t) {
            if (!wakeAt || t < *wakeAt) {
                wakeAt = t;
            }
        };
        for (const auto &connection : connections) {
            short events = POLLIN;
            if (connection->wantsWrite()) {
                events |= POLLOUT;
            }
            fds.push_back({connection->fd.get(), events, 0});
            if (connection->awaitingScript && !connection->requestComplete) {
                earliest(connection->requestDeadline);
            }
            if (connection->tricklePending() && connection->outPos >= connection->out.size()) {
                earliest(connection->trickleAt);
            }
        }
        int timeoutMs = -1;
        if (wakeAt) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(*wakeAt - Clock::now());
            timeoutMs = static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, left.count()));
        }
        const int ready = ::poll(fds.data(), fds.size(), timeoutMs);
        if (ready < 0 && errno != EINTR) {
            break;
        }
        if (ready > 0 && (fds[0].revents & POLLIN) != 0) {
            break; // stop() was called
        }
        // fds[2 + i] belongs to connections[i] for the connections that existed before poll().
        const std::size_t polled = fds.size() - 2;
        for (std::size_t i = 0; ready > 0 && i < polled; ++i) {
            Connection &connection = *connections[i];
            const short revents = fds[2 + i].revents;
            if (!connection.dead && (revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
                readFrom(connection);
            }
            if (!connection.dead && (revents & POLLOUT) != 0) {
                flush(connection);
            }
        }
        const Clock::time_point now = Clock::now();
        for (std::size_t i = 0; i < polled; ++i) {
            if (!connections[i]->dead) {
                onTimers(*connections[i], now);
            }
        }
        if (ready > 0 && (fds[1].revents & POLLIN) != 0) {
            acceptAll(connections);
        }
        int closed = 0;
        std::erase_if(connections, [&closed](const std::unique_ptr<Connection> &connection) {
            if (connection->dead) {
                ++closed; // the UniqueFd closes the socket here
                return true;
            }
            return false;
        });
        if (closed > 0) {
            changeCounters(0, -closed);
        }
    }
    const int remaining = static_cast<int>(connections.size());
    connections.clear();
    if (remaining > 0) {
        changeCounters(0, -remaining);
    }
}

void FaultServer::Impl::acceptAll(std::vector<std::unique_ptr<Connection>> &connections)
{
    for (;;) {
        const int fd = ::accept4(m_listenFd.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            return; // EAGAIN (queue drained) or a transient error such as ECONNABORTED
        }
        auto connection = std::make_unique<Connection>();
        connection->fd.reset(fd);
        connection->requestDeadline = Clock::now() + std::chrono::milliseconds(m_requestTimeoutMs);
        changeCounters(1, 1);
        const FaultAction first = m_script(QByteArray());
        if (first.actsOnAccept()) {
            connection->awaitingScript = false;
            apply(*connection, first);
        }
        connections.push_back(std::move(connection));
    }
}

void FaultServer::Impl::readFrom(Connection &connection)
{
    char buffer[65536];
    const ssize_t n = ::recv(connection.fd.get(), buffer, sizeof buffer, 0);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            connection.dead = true; // ECONNRESET and friends: the peer is gone
        }
        return;
    }
    if (n == 0) {
        connection.dead = true; // the peer closed: close our side too
        return;
    }
    if (connection.requestComplete) {
        return; // everything after the request is read and discarded
    }
    connection.request.append(buffer,
                              std::min<qsizetype>(n, kMaxRequest - connection.request.size()));
    const QByteArray &r = connection.request;
    if (static_cast<quint8>(r.at(0)) != 0x03) {
        requestCompleted(connection); // not TPKT: what arrived is all we will judge
        return;
    }
    if (r.size() < 4) {
        return;
    }
    const int length = qFromBigEndian<quint16>(r.constData() + 2);
    if (length < 4) {
        requestCompleted(connection); // malformed length: hand it over as it is
        return;
    }
    if (r.size() >= length) {
        connection.request.truncate(length);
        requestCompleted(connection);
    }
}

void FaultServer::Impl::requestCompleted(Connection &connection)
{
    connection.requestComplete = true;
    {
        std::lock_guard lock(m_mutex);
        m_requests.append(connection.request);
    }
    m_changed.notify_all();
    if (connection.awaitingScript) {
        connection.awaitingScript = false;
        apply(connection, m_script(connection.request));
    }
}

void FaultServer::Impl::apply(Connection &connection, const FaultAction &action)
{
    using Kind = FaultAction::Kind;
    switch (action.kind) {
    case Kind::Respond:
    case Kind::Banner:
        connection.out.append(action.bytes);
        flush(connection);
        break;
    case Kind::Close:
        // FIN now, but keep reading until the peer closes: close() with unread data would
        // turn the FIN into an RST.
        ::shutdown(connection.fd.get(), SHUT_WR);
        break;
    case Kind::Reset:
    case Kind::ResetOnAccept:
        detail::setLingerZero(connection.fd.get());
        connection.dead = true; // closed by the loop, which sends the RST
        break;
    case Kind::Silent:
        break;
    case Kind::Trickle:
        connection.trickle = action.bytes;
        connection.trickleNext = 0;
        connection.trickleInterval = std::chrono::milliseconds(std::max(0, action.intervalMs));
        connection.trickleAt = Clock::now();
        onTimers(connection, connection.trickleAt);
        break;
    case Kind::Endless: {
        const QByteArray pattern =
            action.bytes.isEmpty() ? QByteArrayLiteral("\xde\xad\xbe\xef garbage ") : action.bytes;
        QByteArray chunk;
        chunk.reserve(kEndlessChunk + pattern.size());
        while (chunk.size() < kEndlessChunk) {
            chunk.append(pattern);
        }
        chunk.truncate(kEndlessChunk);
        connection.endlessChunk = chunk;
        connection.endless = true;
        flush(connection);
        break;
    }
    }
}

void FaultServer::Impl::flush(Connection &connection)
{
    for (int round = 0; round < kMaxSendsPerRound; ++round) {
        if (connection.outPos >= connection.out.size()) {
            connection.out.clear();
            connection.outPos = 0;
            if (!connection.endless) {
                return;
            }
            connection.out = connection.endlessChunk;
        }
        const ssize_t n =
            ::send(connection.fd.get(), connection.out.constData() + connection.outPos,
                   static_cast<size_t>(connection.out.size() - connection.outPos),
                   MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                connection.dead = true; // EPIPE / ECONNRESET: the peer went away
            }
            return;
        }
        connection.outPos += n;
    }
}

void FaultServer::Impl::onTimers(Connection &connection, Clock::time_point now)
{
    if (connection.awaitingScript && !connection.requestComplete &&
        now >= connection.requestDeadline) {
        connection.dead = true; // gave up waiting for a complete Connection Request
        return;
    }
    if (connection.tricklePending() && connection.outPos >= connection.out.size() &&
        now >= connection.trickleAt) {
        connection.out.append(connection.trickle.at(connection.trickleNext++));
        // From now, not from the previous due time: a late round never sends two bytes
        // back to back, so the spacing the client sees is at least the interval.
        connection.trickleAt = now + connection.trickleInterval;
        flush(connection);
    }
}

// --- FaultServer -------------------------------------------------------------------------

FaultServer::FaultServer(Script script, const QHostAddress &bind)
    : m_impl(std::make_unique<Impl>(std::move(script), bind))
{}

FaultServer FaultServer::always(const FaultAction &action, const QHostAddress &bind)
{
    return FaultServer([action](const QByteArray &) { return action; }, bind);
}

FaultServer FaultServer::policy(quint32 supportedMask, PolicyStyle style, quint8 responseFlags,
                                const QHostAddress &bind)
{
    return FaultServer(
        [supportedMask, style, responseFlags](const QByteArray &request) {
            return policyAction(supportedMask, style, request, responseFlags);
        },
        bind);
}

FaultServer::FaultServer(FaultServer &&other) noexcept = default;
FaultServer &FaultServer::operator=(FaultServer &&other) noexcept = default;
FaultServer::~FaultServer() = default;

void FaultServer::setRequestTimeout(int milliseconds)
{
    m_impl->m_requestTimeoutMs = std::max(0, milliseconds);
}

bool FaultServer::start()
{
    return m_impl->start();
}

void FaultServer::stop()
{
    m_impl->stop();
}

bool FaultServer::isRunning() const
{
    return m_impl->m_thread.joinable();
}

quint16 FaultServer::port() const
{
    return m_impl->m_port;
}

QHostAddress FaultServer::address() const
{
    return m_impl->m_bind;
}

QString FaultServer::errorString() const
{
    return m_impl->m_error;
}

QList<QByteArray> FaultServer::requests() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_requests;
}

int FaultServer::connectionCount() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_connections;
}

int FaultServer::openConnectionCount() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_open;
}

bool FaultServer::waitForConnectionCount(int count, int timeoutMs) const
{
    return m_impl->waitFor(timeoutMs, [this, count] { return m_impl->m_connections >= count; });
}

bool FaultServer::waitForRequestCount(int count, int timeoutMs) const
{
    return m_impl->waitFor(timeoutMs, [this, count] { return m_impl->m_requests.size() >= count; });
}

bool FaultServer::waitForNoOpenConnections(int timeoutMs) const
{
    return m_impl->waitFor(timeoutMs, [this] { return m_impl->m_open == 0; });
}

QByteArray FaultServer::negResponse(quint32 selectedProtocol, quint8 flags)
{
    return confirmWithNegData(0x02, flags, selectedProtocol);
}

QByteArray FaultServer::negFailure(quint32 failureCode)
{
    return confirmWithNegData(0x03, 0x00, failureCode);
}

QByteArray FaultServer::legacyConfirm()
{
    return QByteArrayLiteral("\x03\x00\x00\x0b\x06\xd0\x00\x00\x12\x34\x00");
}

bool FaultServer::isConnectionRequest(const QByteArray &request)
{
    // TPKT header (4) + the fixed part of an X.224 CR (LI, code, dst-ref, src-ref, class).
    if (request.size() < 11 || static_cast<quint8>(request.at(0)) != 0x03 ||
        request.at(1) != 0x00) {
        return false;
    }
    const int length = qFromBigEndian<quint16>(request.constData() + 2);
    const int li = static_cast<quint8>(request.at(4));
    const int code = static_cast<quint8>(request.at(5)) & 0xF0;
    return length == request.size() && li == request.size() - 5 && code == 0xE0;
}

qint64 FaultServer::requestedProtocolsOf(const QByteArray &request)
{
    // RDP_NEG_REQ (type 0x01, flags, length 8 LE, requestedProtocols LE32) is the last
    // structure of the CR, after the optional cookie or routing token.
    if (!isConnectionRequest(request) || request.size() < 11 + 8) {
        return -1;
    }
    const char *neg = request.constData() + request.size() - 8;
    if (static_cast<quint8>(neg[0]) != 0x01 || qFromLittleEndian<quint16>(neg + 2) != 8) {
        return -1;
    }
    return qFromLittleEndian<quint32>(neg + 4);
}

FaultAction FaultServer::policyAction(quint32 supportedMask, PolicyStyle style,
                                      const QByteArray &request, quint8 responseFlags)
{
    if (request.isNull()) {
        return FaultAction::silent(); // accept time: wait for the request
    }
    if (!isConnectionRequest(request)) {
        return FaultAction::close();
    }
    const bool rdpAcceptable = supportedMask == 0 || style == PolicyStyle::FallBackToRdp;
    const auto strictFailure = [supportedMask] {
        if (supportedMask == 0) {
            return FaultAction::respond(negFailure(2)); // SSL_NOT_ALLOWED_BY_SERVER
        }
        if ((supportedMask & kProtocolSsl) != 0) {
            return FaultAction::respond(negFailure(1)); // SSL_REQUIRED_BY_SERVER
        }
        return FaultAction::respond(negFailure(5)); // HYBRID_REQUIRED_BY_SERVER
    };
    const qint64 requested = requestedProtocolsOf(request);
    if (requested < 0) {
        return rdpAcceptable ? FaultAction::respond(legacyConfirm()) : strictFailure();
    }
    const quint32 common = static_cast<quint32>(requested) & supportedMask;
    if (common != 0) {
        return FaultAction::respond(negResponse(highestBit(common), responseFlags));
    }
    if (rdpAcceptable && (requested == 0 || style == PolicyStyle::FallBackToRdp)) {
        return FaultAction::respond(negResponse(0, responseFlags));
    }
    return strictFailure();
}

} // namespace rdpdiag::test
