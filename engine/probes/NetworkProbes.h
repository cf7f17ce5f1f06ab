// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The dns and tcp stages: resolve the target, then connect to each address until one
 * works, and take a few more connection samples for a latency median and loss.
 */

#include "input/Target.h"
#include "model/Facts.h"
#include "net/CancelToken.h"
#include "net/TcpConnection.h"

#include <chrono>
#include <memory>

namespace rdpdiag {

/** Extra connection attempts after the first success (for tcp.slow / tcp.unstable). */
inline constexpr int kTcpLatencySamples = 3;

/** Resolves the target host (an IP literal gives Outcome::Literal at once). */
DnsFacts runDnsStage(const Target &target, std::chrono::milliseconds timeout,
                     const CancelToken &cancel);

struct TcpStageResult
{
    TcpFacts facts;
    std::unique_ptr<TcpConnection> connection; ///< the first working connection, still open
};

/** Connects to each of @p addresses in turn until one works; then takes latency samples. */
TcpStageResult runTcpStage(const QStringList &addresses, quint16 port,
                           std::chrono::milliseconds timeout, const CancelToken &cancel,
                           int samples = kTcpLatencySamples);

} // namespace rdpdiag
