// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionLimitProxy.h"

#include "SocketUtil.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace rdpdiag::test {

namespace {

/** One client connection and its connection to the backend. */
struct Relay
{
    detail::UniqueFd client;
    detail::UniqueFd backend;
    bool backendDone = false; ///< the backend closed: its FIN was passed on to the client
};

bool sendAllBlocking(int fd, const char *data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

detail::UniqueFd connectBackend(quint16 port)
{
    detail::UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (!fd.isValid() ||
        ::connect(fd.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return {};
    return fd;
}

/** What happened when one side of a relay was read. */
enum class Pump { Forwarded, Eof, Broken };

Pump pump(int from, int to)
{
    char buffer[16384];
    const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
    if (n == 0)
        return Pump::Eof;
    if (n < 0)
        return errno == EINTR || errno == EAGAIN ? Pump::Forwarded : Pump::Broken;
    return sendAllBlocking(to, buffer, n) ? Pump::Forwarded : Pump::Broken;
}

} // namespace

struct ConnectionLimitProxy::Impl
{
    detail::UniqueFd listener;
    detail::UniqueFd wakeRead;
    detail::UniqueFd wakeWrite;
    std::vector<Relay> relays;
};

ConnectionLimitProxy::ConnectionLimitProxy(quint16 backendPort, int limit)
    : m_backendPort(backendPort), m_limit(limit), m_impl(std::make_unique<Impl>())
{}

ConnectionLimitProxy::~ConnectionLimitProxy()
{
    stop();
}

bool ConnectionLimitProxy::start()
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        m_error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_impl->wakeRead.reset(pipeFds[0]);
    m_impl->wakeWrite.reset(pipeFds[1]);
    m_impl->listener.reset(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int listenFd = m_impl->listener.get();
    if (listenFd < 0 || ::bind(listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) ||
        ::listen(listenFd, 64) != 0 || !detail::setNonBlocking(listenFd)) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1: %1")
                      .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_port = detail::localPort(listenFd);
    m_thread = std::thread([this] { serve(); });
    return true;
}

void ConnectionLimitProxy::stop()
{
    if (!m_thread.joinable())
        return;
    const char stopByte = 0;
    [[maybe_unused]] const ssize_t written = ::write(m_impl->wakeWrite.get(), &stopByte, 1);
    m_thread.join();
    m_impl->relays.clear();
    m_impl->listener.reset();
}

void ConnectionLimitProxy::serve()
{
    std::vector<Relay> &relays = m_impl->relays;
    for (;;) {
        std::vector<pollfd> fds{{m_impl->wakeRead.get(), POLLIN, 0},
                                {m_impl->listener.get(), POLLIN, 0}};
        for (const Relay &relay : relays) {
            fds.push_back({relay.client.get(), POLLIN, 0});
            fds.push_back({relay.backendDone ? -1 : relay.backend.get(), POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[0].revents)
            return;

        // The open connections first: a close that arrived before a new connection frees
        // its place before that one is counted.
        std::vector<bool> finished(relays.size(), false);
        for (size_t i = 0; i < relays.size(); ++i) {
            Relay &relay = relays[i];
            const pollfd &client = fds[2 + 2 * i];
            const pollfd &backend = fds[3 + 2 * i];
            if (backend.revents && !relay.backendDone) {
                switch (pump(relay.backend.get(), relay.client.get())) {
                case Pump::Forwarded:
                    break;
                case Pump::Eof:
                    ::shutdown(relay.client.get(), SHUT_WR);
                    relay.backendDone = true;
                    break;
                case Pump::Broken:
                    detail::setLingerZero(relay.client.get());
                    finished[i] = true;
                    break;
                }
            }
            if (client.revents && !finished[i] &&
                pump(relay.client.get(), relay.backend.get()) != Pump::Forwarded)
                finished[i] = true;
        }
        for (size_t i = relays.size(); i-- > 0;)
            if (finished[i])
                relays.erase(relays.begin() + static_cast<std::ptrdiff_t>(i));

        if (!fds[1].revents)
            continue;
        for (;;) {
            detail::UniqueFd client(
                ::accept4(m_impl->listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
            if (!client.isValid())
                break;
            if (m_limit > 0 && static_cast<int>(relays.size()) >= m_limit) {
                detail::setLingerZero(client.get());
                ++m_rejected;
                continue; // closed here: the client gets an RST
            }
            detail::UniqueFd backend = connectBackend(m_backendPort);
            if (!backend.isValid()) {
                detail::setLingerZero(client.get());
                continue;
            }
            relays.push_back({std::move(client), std::move(backend)});
            ++m_forwarded;
            m_peak = std::max(m_peak.load(), static_cast<int>(relays.size()));
        }
    }
}

} // namespace rdpdiag::test
