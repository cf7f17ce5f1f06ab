// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Cooperative cancellation of a run. Every blocking wait of the transport watches the
 * token's wake handle along with its socket, so cancel() ends all waits at once rather
 * than at the next timeout (platform/Sockets.h, WakeChannel). Thread-safe; shared between the run
 * and whoever may cancel it (the wizard's Cancel button, SIGINT in the CLI).
 */

#include "platform/Sockets.h"

#include <atomic>
#include <memory>

namespace rdpdiag {

class CancelToken
{
public:
    CancelToken() = default;
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    /** Requests cancellation; idempotent, async-signal-safe. */
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    /** A handle that becomes readable once cancel() was called. */
    platform::SocketHandle wakeHandle() const { return m_wake.handle(); }

private:
    std::atomic<bool> m_cancelled{false};
    platform::WakeChannel m_wake;
};

using CancelTokenPtr = std::shared_ptr<CancelToken>;

} // namespace rdpdiag
