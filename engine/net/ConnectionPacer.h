// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Spacing out the side connections one step opens to the same server.
 *
 * A server accepts connections one by one, and the kernel queues only a few it has not yet
 * accepted: xrdp listens with a backlog of 2. Beyond that the SYNs are dropped, and a dropped
 * SYN costs a full second of retransmission. So a step that opens several connections lets
 * the next one start once the previous one was answered (the server accepted it and replied
 * to the X.224 request) — about a millisecond on a healthy server — or after a short gap at
 * the latest, so that a slow or silent server delays each connection by that gap only.
 */

#include "net/CancelToken.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace rdpdiag {

/** The gap the probes use: a few round trips of a LAN, well under a retransmission. */
inline constexpr std::chrono::milliseconds kSideConnectionGap{30};

class ConnectionPacer
{
public:
    using Clock = std::chrono::steady_clock;

    /** One connection's permission to start; tells the pacer when it was answered. */
    class Turn
    {
    public:
        Turn(Turn &&other) noexcept;
        Turn &operator=(Turn &&) = delete;
        Turn(const Turn &) = delete;
        Turn &operator=(const Turn &) = delete;
        /** Answers, if not yet: a failed or abandoned connection does not hold up the next. */
        ~Turn();
        /** The server answered (or the attempt ended): the next connection may start. */
        void answered();

    private:
        friend class ConnectionPacer;
        Turn(ConnectionPacer *pacer, int ticket) : m_pacer(pacer), m_ticket(ticket) {}
        ConnectionPacer *m_pacer;
        int m_ticket;
    };

    /** @p maxGap: the longest a connection waits for the previous one to be answered. */
    explicit ConnectionPacer(std::chrono::milliseconds maxGap) : m_maxGap(maxGap) {}

    /** Waits until the previous connection was answered or started maxGap ago; nullopt when
     * @p cancel was cancelled meanwhile. */
    std::optional<Turn> waitTurn(const CancelToken &cancel);

private:
    void markAnswered(int ticket);

    const std::chrono::milliseconds m_maxGap;
    std::mutex m_mutex;
    std::condition_variable m_answered;
    int m_lastTicket = 0; ///< the most recent turn given out (0: none yet)
    bool m_lastAnswered = true;
    Clock::time_point m_lastStart;
};

} // namespace rdpdiag
