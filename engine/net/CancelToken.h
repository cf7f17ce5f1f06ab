// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Cooperative cancellation of a run. Every blocking wait of the transport polls the
 * token's wake descriptor along with its socket, so cancel() ends all waits at once
 * rather than at the next timeout. Thread-safe; shared between the run and whoever may
 * cancel it (the wizard's Cancel button, SIGINT in the CLI).
 */

#include <atomic>
#include <memory>

namespace rdpdiag {

class CancelToken
{
public:
    CancelToken();
    ~CancelToken();
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    /** Requests cancellation; idempotent, async-signal-safe. */
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    /** A descriptor that becomes readable once cancel() was called (for poll()). */
    int wakeFd() const { return m_fd; }

private:
    std::atomic<bool> m_cancelled{false};
    int m_fd = -1;
};

using CancelTokenPtr = std::shared_ptr<CancelToken>;

} // namespace rdpdiag
