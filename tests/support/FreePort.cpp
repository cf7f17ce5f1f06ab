// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreePort.h"

#include "SocketUtil.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rdpdiag::test {

bool isAllowedLoopback(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::LocalHost) ||
           address == QHostAddress(QHostAddress::LocalHostIPv6);
}

quint16 freeLoopbackPort(const QHostAddress &address)
{
    if (!isAllowedLoopback(address)) {
        return 0;
    }
    detail::SocketAddress sa = detail::SocketAddress::make(address, 0);
    const int fd = ::socket(sa.family(), SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    quint16 port = 0;
    if (::bind(fd, sa.data(), sa.length()) == 0) {
        port = detail::localPort(fd);
    }
    ::close(fd);
    return port;
}

} // namespace rdpdiag::test
