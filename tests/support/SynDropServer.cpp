// SPDX-License-Identifier: GPL-3.0-or-later
#include "SynDropServer.h"

#include "FreePort.h"

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rdpdiag::test {

namespace {

QString lastError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

/** How long a filler connection may take to complete its handshake on loopback. */
constexpr int kFillerConnectMs = 2000;
constexpr int kMaxFillers = 3;

} // namespace

SynDropServer::SynDropServer(const QHostAddress &bind) : m_bind(bind) {}

SynDropServer::~SynDropServer() = default; // UniqueFd members close the sockets

SynDropServer::Attempt SynDropServer::attempt(detail::UniqueFd &socket, int waitMs) const
{
    const detail::SocketAddress target = detail::SocketAddress::make(m_bind, m_port);
    socket.reset(::socket(target.family(), SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!socket.isValid()) {
        return Attempt::Error;
    }
    if (::connect(socket.get(), target.data(), target.length()) == 0) {
        return Attempt::Connected;
    }
    if (errno == ECONNREFUSED) {
        return Attempt::Refused;
    }
    if (errno != EINPROGRESS) {
        return Attempt::Error;
    }
    pollfd pfd{socket.get(), POLLOUT, 0};
    const int ready = ::poll(&pfd, 1, waitMs);
    if (ready == 0) {
        return Attempt::Pending;
    }
    if (ready < 0) {
        return Attempt::Error;
    }
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, &error, &length);
    if (error == 0) {
        return Attempt::Connected;
    }
    return error == ECONNREFUSED ? Attempt::Refused : Attempt::Error;
}

bool SynDropServer::start(int verifyMs)
{
    if (m_listenFd.isValid()) {
        m_error = QStringLiteral("SynDropServer::start() called twice");
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
        m_error = lastError("socket()");
        return false;
    }
    // Backlog 0: the accept queue holds a single connection, which the filler takes.
    if (::bind(listenFd.get(), address.data(), address.length()) != 0 ||
        ::listen(listenFd.get(), 0) != 0) {
        m_error = lastError("bind/listen");
        return false;
    }
    m_port = detail::localPort(listenFd.get());
    m_listenFd = std::move(listenFd);

    for (int fillers = 0; fillers < kMaxFillers; ++fillers) {
        // A filler must complete its handshake so that it occupies the queue; on a queue
        // that is already full it stays pending, which is just as good.
        detail::UniqueFd filler;
        const Attempt fill = attempt(filler, kFillerConnectMs);
        if (fill == Attempt::Refused || fill == Attempt::Error) {
            m_error = QStringLiteral("filler connection to port %1 failed").arg(m_port);
            m_fillers.clear();
            m_listenFd.reset();
            return false;
        }
        m_fillers.push_back(std::move(filler));

        detail::UniqueFd probe;
        const Attempt check = attempt(probe, verifyMs);
        if (check == Attempt::Pending) {
            return true; // SYNs are dropped: exactly what the tests need
        }
        if (check == Attempt::Refused || check == Attempt::Error) {
            m_error = QStringLiteral("a connection to the full listener on port %1 was refused "
                                     "instead of timing out")
                          .arg(m_port);
            m_fillers.clear();
            m_listenFd.reset();
            return false;
        }
        // The probe got in, so the queue had room: the probe becomes another filler.
        m_fillers.push_back(std::move(probe));
    }
    m_error = QStringLiteral("the accept queue of port %1 did not fill up after %2 connections")
                  .arg(m_port)
                  .arg(m_fillers.size());
    m_fillers.clear();
    m_listenFd.reset();
    return false;
}

} // namespace rdpdiag::test
