// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * One question to the Linux kernel over a netlink socket (the messages are built and read
 * by parsers/NetlinkMessages.h). One file per OS family:
 *  - NetlinkLinux.cpp: an AF_NETLINK socket; sends the request, reads until the answer ends.
 *  - NetlinkNone.cpp (Windows, macOS, others): no netlink; always false.
 */

#include <QByteArray>
#include <QString>

#include <chrono>

namespace rdpdiag::platform {

/**
 * Sends @p request over a new socket of netlink @p protocol and returns the whole answer
 * (every datagram, in order, until its end or an error message) in @p answer. False with
 * @p error when there is no netlink, the socket cannot be opened or the kernel does not
 * finish within @p timeout. An answer of more than 8 MiB is an error.
 */
bool netlinkExchange(int protocol, const QByteArray &request, std::chrono::milliseconds timeout,
                     QByteArray *answer, QString *error);

} // namespace rdpdiag::platform
