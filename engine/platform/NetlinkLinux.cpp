// SPDX-License-Identifier: GPL-3.0-or-later
// platform/Netlink.h on Linux: an AF_NETLINK datagram socket, one request, every answer
// datagram until parsers/NetlinkMessages.h says the answer has ended.
#include "platform/Netlink.h"

#include "parsers/NetlinkMessages.h"

#include <linux/netlink.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace rdpdiag::platform {

namespace {

constexpr qsizetype kMaxAnswer = 8 * 1024 * 1024;

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

bool netlinkExchange(int protocol, const QByteArray &request, std::chrono::milliseconds timeout,
                     QByteArray *answer, QString *error)
{
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
        *error = systemError("netlink socket");
        return false;
    }
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    bool ok =
        ::sendto(fd, request.constData(), static_cast<size_t>(request.size()), 0,
                 reinterpret_cast<const sockaddr *>(&kernel), sizeof kernel) == request.size();
    if (!ok)
        *error = systemError("netlink send");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    QByteArray datagram(64 * 1024, Qt::Uninitialized);
    answer->clear();
    while (ok) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd wait{fd, POLLIN, 0};
        const int ready = left.count() > 0 ? ::poll(&wait, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            *error = ready == 0 ? QStringLiteral("netlink: no complete answer within %1 ms")
                                      .arg(timeout.count())
                                : systemError("netlink poll");
            ok = false;
            break;
        }
        const ssize_t got =
            ::recv(fd, datagram.data(), static_cast<size_t>(datagram.size()), MSG_TRUNC);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 || got > datagram.size() || answer->size() + got > kMaxAnswer) {
            *error = got < 0 ? systemError("netlink receive")
                             : QStringLiteral("netlink: answer too large");
            ok = false;
            break;
        }
        answer->append(datagram.constData(), got);
        const netlink::Scan scanned = netlink::scan(*answer);
        if (scanned.malformed) {
            *error = QStringLiteral("netlink: malformed answer");
            ok = false;
        } else if (scanned.complete) {
            break;
        }
    }
    ::close(fd);
    return ok;
}

} // namespace rdpdiag::platform
