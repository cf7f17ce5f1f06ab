// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Name resolution with a deadline. getaddrinfo() cannot be interrupted, so each lookup
 * (A and AAAA, concurrently) runs on its own thread; when the deadline or a cancel comes
 * first the caller returns and the thread finishes on its own, touching only state it
 * shares by ownership.
 */

#include "model/Facts.h"
#include "net/CancelToken.h"
#include "net/Deadline.h"

#include <QString>

namespace rdpdiag {

/** Resolves @p host (a name, not an IP literal) to its A and AAAA addresses. */
DnsFacts resolveHost(const QString &host, const Deadline &deadline, const CancelToken &cancel);

} // namespace rdpdiag
