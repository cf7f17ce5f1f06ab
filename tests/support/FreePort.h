// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Free TCP ports on the loopback interface, chosen at run time.
 */

#include <QHostAddress>
#include <QtGlobal>

namespace rdpdiag::test {

/**
 * Returns a TCP port that was free on @p address a moment ago: binds @p address:0, reads
 * the port the kernel chose, and closes the socket again. Another process may take the port
 * between this call and its use, so callers that start an external server on it (xrdp)
 * should retry with a new port when the server cannot bind.
 *
 * Only loopback addresses are accepted (127.0.0.1 or ::1): any other address returns 0, as
 * do socket errors. Servers in this library that bind themselves use port 0 directly and
 * do not need this function.
 */
quint16 freeLoopbackPort(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));

/** True when @p address is 127.0.0.1 or ::1, the only addresses test servers may use. */
bool isAllowedLoopback(const QHostAddress &address);

} // namespace rdpdiag::test
