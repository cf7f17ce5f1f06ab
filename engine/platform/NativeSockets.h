// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The system headers behind platform/Sockets.h, for the platform files only: Winsock on
 * Windows, the BSD socket headers elsewhere. The one place that chooses between them.
 */

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

#include "platform/Sockets.h"

#include <QHostAddress>

namespace rdpdiag::platform {

/**
 * Fills @p storage with @p address : @p port (IPv6 scope ids included). Returns the length
 * of the address, or 0 when @p address is not an IP address.
 */
int fillSocketAddress(const QHostAddress &address, quint16 port, sockaddr_storage &storage);

/** Classifies a getaddrinfo() return value (0 = found). */
LookupStatus lookupStatusOf(int status);

/** The system's text for a getaddrinfo() return value. */
QString lookupErrorText(int status);

} // namespace rdpdiag::platform
