// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/PathMtuProbe.h"

#include "support/Log.h"

namespace rdpdiag {

namespace {

/** How often finish() looks at the run's cancel token while the check runs on its own. */
constexpr std::chrono::milliseconds kCancelPoll{25};

} // namespace

EarlyPathMtuCheck::EarlyPathMtuCheck(std::chrono::milliseconds startAfter, Check check)
    : m_check(std::move(check))
{
    std::shared_future<void> mainEnded = m_mainEnded.get_future().share();
    m_early = std::async(std::launch::async,
                         [this, startAfter, mainEnded]() -> std::optional<PathMtuRun> {
                             if (mainEnded.wait_for(startAfter) == std::future_status::ready)
                                 return std::nullopt; // the main handshake ended in time
                             log::debug("tls path MTU: the main handshake is not done after {} "
                                        "ms; the small-MSS handshake starts alongside",
                                        startAfter.count());
                             return m_check(m_cancel);
                         });
}

EarlyPathMtuCheck::~EarlyPathMtuCheck()
{
    if (!m_finished)
        m_mainEnded.set_value();
    m_cancel.cancel();
    if (m_early.valid())
        m_early.wait();
}

std::optional<PathMtuCheck> EarlyPathMtuCheck::finish(bool wanted, const CancelToken &run)
{
    m_finished = true;
    m_mainEnded.set_value();
    if (!wanted)
        m_cancel.cancel();
    while (m_early.wait_for(kCancelPoll) != std::future_status::ready)
        if (run.isCancelled())
            m_cancel.cancel();
    const std::optional<PathMtuRun> early = m_early.get();
    if (!wanted)
        return std::nullopt;
    if (!early)
        return m_check(run).check; // the stall came sooner than the check's start
    if (early->broke != SideBreak::None && !run.isCancelled()) {
        log::debug("tls path MTU: the small-MSS connection broke while the main one was "
                   "open; made again alone");
        return m_check(run).check;
    }
    return early->check;
}

} // namespace rdpdiag
