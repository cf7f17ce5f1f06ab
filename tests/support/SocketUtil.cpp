// SPDX-License-Identifier: GPL-3.0-or-later
#include "SocketUtil.h"

#include <arpa/inet.h>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <unistd.h>

namespace rdpdiag::test::detail {

void UniqueFd::reset(int fd)
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_fd = fd;
}

SocketAddress SocketAddress::make(const QHostAddress &address, quint16 port)
{
    SocketAddress result;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in in4{};
        in4.sin_family = AF_INET;
        in4.sin_port = htons(port);
        in4.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&result.m_storage, &in4, sizeof in4);
        result.m_length = sizeof in4;
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 in6{};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, &bytes, sizeof in6.sin6_addr);
        std::memcpy(&result.m_storage, &in6, sizeof in6);
        result.m_length = sizeof in6;
    } else {
        result.m_storage.ss_family = AF_UNSPEC;
    }
    return result;
}

quint16 localPort(int fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        return 0;
    }
    if (storage.ss_family == AF_INET) {
        sockaddr_in in4{};
        std::memcpy(&in4, &storage, sizeof in4);
        return ntohs(in4.sin_port);
    }
    if (storage.ss_family == AF_INET6) {
        sockaddr_in6 in6{};
        std::memcpy(&in6, &storage, sizeof in6);
        return ntohs(in6.sin6_port);
    }
    return 0;
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

bool setLingerZero(int fd)
{
    linger lingerOption{};
    lingerOption.l_onoff = 1;
    lingerOption.l_linger = 0;
    return ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption) == 0;
}

} // namespace rdpdiag::test::detail
