// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The dns and tcp stages: resolve the target, then connect to each address until one
 * works. The latency median and loss (tcp.slow, tcp.unstable) also count the connections the
 * negotiation stage opens to the same address, added afterwards with addLatencySamples():
 * dedicated sample connections, closed at once, would sit in a small listen backlog and make
 * the server drop the next SYNs (xrdp listens with a backlog of 2).
 */

#include "input/Target.h"
#include "model/Facts.h"
#include "net/CancelToken.h"
#include "net/TcpConnection.h"

#include <chrono>
#include <memory>

namespace rdpdiag {

/** Resolves the target host (an IP literal gives Outcome::Literal at once). */
DnsFacts runDnsStage(const Target &target, std::chrono::milliseconds timeout,
                     const CancelToken &cancel);

struct TcpStageResult
{
    TcpFacts facts;
    std::unique_ptr<TcpConnection> connection; ///< the first working connection, still open
};

/** Connects to each of @p addresses in turn until one works. */
TcpStageResult runTcpStage(const QStringList &addresses, quint16 port,
                           std::chrono::milliseconds timeout, const CancelToken &cancel);

/** One timed connection attempt (logged); @p connection is set when it worked. */
TcpAttempt connectTimed(const QString &address, quint16 port, std::chrono::milliseconds timeout,
                        const CancelToken &cancel, std::unique_ptr<TcpConnection> &connection);

/**
 * Adds later connection attempts to @p facts.connectedAddress as latency samples: counts the
 * failed ones and takes the median connect time over the first connection and the samples
 * that worked. Cancelled attempts are left out.
 */
void addLatencySamples(TcpFacts &facts, const QList<TcpAttempt> &samples);

} // namespace rdpdiag
