// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * How many connections the server holds at once before it breaks the next: run only after
 * side connections of a run broke among the others and worked when tried alone
 * (runner/SideRetries), when no other connection of the run is open. Connections are opened
 * one at a time, a short gap apart, each sends the X.224 request a client sends and is held
 * open once answered; the first one that is refused, reset or closed before its answer
 * (model/SideRetry.h) ends the count. Nothing beyond the X.224 exchange is sent, and every
 * connection is closed at the end.
 */

#include "net/CancelToken.h"
#include "net/Deadline.h"

#include <QString>
#include <optional>

namespace rdpdiag {

/** The most connections the probe holds at once (more than a run ever opens at once). */
inline constexpr int kConnectionLimitCap = 8;

/** What the probe learned: the count, or why it has none. */
struct ConnectionLimitMeasure
{
    /** Connections the server held at once when it broke the next one; nullopt: not learned. */
    std::optional<int> simultaneous;
    QString detail; ///< when not learned: why (untranslated, like the probes' details)
};

/** Measures the limit of @p address:@p port with the X.224 request @p requested, within
 * @p deadline as a whole; @p cancel ends it. */
ConnectionLimitMeasure measureConnectionLimit(const QString &address, quint16 port,
                                              quint32 requested, const Deadline &deadline,
                                              const CancelToken &cancel);

} // namespace rdpdiag
