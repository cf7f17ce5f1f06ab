// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The retries of the side connections a run broke itself (model/SideRetry.h): once the
 * connection stages are over and the primary connection is closed, every side connection
 * that broke among the others while the main path worked is tried again alone, one at a
 * time with a short pause, and what it gets alone replaces what it got among the others
 * (marked "retried"). When the request for Standard RDP Security now selects it, its stage
 * runs then. When a retry worked, the server's limit is measured
 * (probes/ConnectionLimitProbe.h) and facts.tcp.side_retries records it all; the rule
 * tcp.connection_limit reports it. The retries share one step timeout: none starts after it
 * has passed, and each is bounded like the connection it repeats (connect, X.224, then TLS
 * or MCS) by what is left of it; cancellation ends them at once.
 */

#include "input/Target.h"
#include "model/Facts.h"
#include "model/SideRetry.h"
#include "net/CancelToken.h"

#include <chrono>

namespace rdpdiag {

/** What the runner keeps of a run's side connections until the retries. */
struct SideConnections
{
    SideBreaks breaks;
    /** The connection attempts of the negotiation matrix's side requests (probes[1…]): the
     * tcp stage's latency samples, rebuilt from these after the retries. */
    QList<TcpAttempt> negotiationConnects;
};

/** Tries again what @p sides says broke (see the file comment), updating @p facts. */
void retrySideConnections(Facts &facts, SideConnections sides, const Target &target,
                          std::chrono::milliseconds timeout, const CancelToken &cancel);

} // namespace rdpdiag
