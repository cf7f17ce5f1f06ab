// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * When the small-MSS handshake of the path-MTU check runs (step (d) of probes/TlsProbe.h;
 * what it proves: rules/PathMtuRules.h).
 *
 * A black hole stalls the main handshake until its timeout. Waiting for that before making
 * the small-MSS handshake cost a stalled run two step timeouts. So the check starts
 * alongside the main handshake once that one has gone pathMtuCheckStartsAfter() without
 * completing, on a cancel token of its own: when the main handshake completes (or ends any
 * other way than a stall) the check is cancelled and forgotten; when it stalls, the check
 * is usually done by then. Its connection is the run's second one to the server while the
 * main one is still open: a server that holds one connection at a time resets it. Such a
 * break is the probe's, not the server's (model/SideRetry.h), so the check is then made
 * again alone, after the main connection was closed.
 */

#include "model/SideRetry.h"
#include "model/TlsFacts.h"
#include "net/CancelToken.h"

#include <chrono>
#include <functional>
#include <future>
#include <optional>

namespace rdpdiag {

/** One small-MSS check: the facts and how its connection ended before its answer. */
struct PathMtuRun
{
    PathMtuCheck check;
    SideBreak broke = SideBreak::None;
};

class EarlyPathMtuCheck
{
public:
    /** Makes the check, watching the given token. */
    using Check = std::function<PathMtuRun(const CancelToken &)>;

    /** Starts waiting: @p check runs on a thread of its own once @p startAfter has passed
     * without finish() being called. */
    EarlyPathMtuCheck(std::chrono::milliseconds startAfter, Check check);
    EarlyPathMtuCheck(const EarlyPathMtuCheck &) = delete;
    EarlyPathMtuCheck &operator=(const EarlyPathMtuCheck &) = delete;
    /** Cancels a check still running and waits for its thread. */
    ~EarlyPathMtuCheck();

    /**
     * The main handshake ended; @p wanted: it stalled (pathMtuCheckWanted()). Not wanted:
     * cancels the check and returns nullopt. Wanted: waits for the check (a cancel of @p run
     * cancels it), makes it now when it had not started, or again alone when its connection
     * broke, and returns it. Call once.
     */
    std::optional<PathMtuCheck> finish(bool wanted, const CancelToken &run);

private:
    Check m_check;
    CancelToken m_cancel;           ///< the early check's own
    std::promise<void> m_mainEnded; ///< set by finish() (or the destructor)
    bool m_finished = false;
    std::future<std::optional<PathMtuRun>> m_early; ///< nullopt: it never started
};

} // namespace rdpdiag
