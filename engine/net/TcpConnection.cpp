// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TcpConnection.h"

#include <QHostAddress>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rdpdiag {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

IoResult failure(int error)
{
    return {outcomeForErrno(error), errnoText(error)};
}

} // namespace

IoOutcome outcomeForErrno(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return IoOutcome::Refused;
    case ETIMEDOUT:
        return IoOutcome::Timeout;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
        return IoOutcome::Unreachable;
    case ECONNRESET:
    case EPIPE:
    case ECONNABORTED:
        return IoOutcome::Reset;
    default:
        return IoOutcome::Failed;
    }
}

WaitResult waitForDescriptor(int fd, short events, const Deadline &deadline,
                             const CancelToken &cancel)
{
    for (;;) {
        if (cancel.isCancelled())
            return WaitResult::Cancelled;
        pollfd fds[2] = {{fd, events, 0}, {cancel.wakeFd(), POLLIN, 0}};
        const int timeout = deadline.pollTimeoutMs();
        const int n = ::poll(fds, 2, timeout);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return WaitResult::Error;
        }
        if (fds[1].revents != 0 || cancel.isCancelled())
            return WaitResult::Cancelled;
        // Errors and hang-ups count as ready: the following call reports what happened.
        if (fds[0].revents != 0)
            return WaitResult::Ready;
        if (deadline.expired())
            return WaitResult::Timeout;
    }
}

IoResult TcpConnection::connect(const QString &address, quint16 port, const Deadline &deadline,
                                const CancelToken &cancel,
                                std::unique_ptr<TcpConnection> &connection)
{
    connection.reset();
    const QHostAddress host(address);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(host.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        bool ok = false;
        const uint scope = host.scopeId().toUInt(&ok);
        if (ok)
            in6->sin6_scope_id = scope;
        length = sizeof(sockaddr_in6);
    } else {
        return {IoOutcome::Failed, QStringLiteral("not an IP address: %1").arg(address)};
    }

    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return failure(errno);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 &&
        errno != EINPROGRESS) {
        const int error = errno;
        ::close(fd);
        return failure(error);
    }

    switch (waitForDescriptor(fd, POLLOUT, deadline, cancel)) {
    case WaitResult::Ready:
        break;
    case WaitResult::Timeout:
        ::close(fd);
        return {IoOutcome::Timeout, QStringLiteral("no answer to the connection attempt")};
    case WaitResult::Cancelled:
        ::close(fd);
        return {IoOutcome::Cancelled, {}};
    case WaitResult::Error: {
        const int error = errno;
        ::close(fd);
        return failure(error);
    }
    }

    int error = 0;
    socklen_t errorLength = sizeof error;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0)
        error = errno;
    // ECONNRESET here means the handshake completed and the server reset the connection
    // before we looked (a server that resets at accept, on a busy machine). That is a
    // connection that was made: the next step's first write reports the reset, as it does
    // when we look first.
    if (error != 0 && error != ECONNRESET) {
        ::close(fd);
        return failure(error);
    }
    connection.reset(new TcpConnection(fd));
    return {};
}

TcpConnection::~TcpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

IoResult TcpConnection::sendAll(QByteArrayView data, const Deadline &deadline,
                                const CancelToken &cancel)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n =
            ::send(m_fd, data.data() + sent, static_cast<size_t>(data.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return failure(errno);
        switch (waitForDescriptor(m_fd, POLLOUT, deadline, cancel)) {
        case WaitResult::Ready:
            break;
        case WaitResult::Timeout:
            return {IoOutcome::Timeout, QStringLiteral("the server did not take the data in time")};
        case WaitResult::Cancelled:
            return {IoOutcome::Cancelled, {}};
        case WaitResult::Error:
            return failure(errno);
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
    const size_t want = static_cast<size_t>(std::min<qsizetype>(maxBytes, sizeof chunk));
    for (;;) {
        const ssize_t n = ::recv(m_fd, chunk, want, 0);
        if (n > 0) {
            buffer.append(chunk, n);
            return {};
        }
        if (n == 0)
            return {IoOutcome::Closed, QStringLiteral("the server closed the connection")};
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return failure(errno);
        switch (waitForDescriptor(m_fd, POLLIN, deadline, cancel)) {
        case WaitResult::Ready:
            break;
        case WaitResult::Timeout:
            return {IoOutcome::Timeout, QStringLiteral("no data from the server in time")};
        case WaitResult::Cancelled:
            return {IoOutcome::Cancelled, {}};
        case WaitResult::Error:
            return failure(errno);
        }
    }
}

void TcpConnection::abort()
{
    if (m_fd < 0)
        return;
    const linger hard{1, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace rdpdiag
