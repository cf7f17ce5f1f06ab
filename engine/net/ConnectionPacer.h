// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Spacing out the side connections a run opens to the same server.
 *
 * A server accepts connections one by one, and the kernel queues only a few it has not yet
 * accepted: xrdp listens with a backlog of 2 (Linux queues backlog + 1). Beyond that the SYNs
 * are dropped, and a dropped SYN costs a full second of retransmission. So at most a window
 * of connections may wait for their answer at once (the server accepted it and replied to
 * the X.224 request); the next one starts when one of them was answered — a few
 * milliseconds on a healthy server — or, at the latest, a short gap after the oldest one
 * started, so that a slow or silent server delays each connection by that gap only.
 */

#include "net/CancelToken.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

namespace rdpdiag {

/** The pause between side connections made one at a time (the retries, the connection-limit
 * count): a few round trips of a LAN, well under a retransmission. */
inline constexpr std::chrono::milliseconds kSideConnectionGap{30};

/** The longest a run's side connection keeps the next one waiting for its answer: xrdp, busy
 * with the run's other connections on a 2-core machine, answers in 10–40 ms, and a turn
 * given up on too early let a third SYN into its queue (1 run in 40 lost a second). A silent
 * server costs the run this much per pair of connections, well within its step timeout. */
inline constexpr std::chrono::milliseconds kSideAnswerWait{100};

/** How many side connections of a run may wait for their answer at once: what xrdp's
 * accept queue (backlog 2) holds, so that no SYN of ours is dropped there. */
inline constexpr int kSideConnectionWindow = 2;

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

    /** @p maxGap: the longest a connection keeps the next one waiting for its answer;
     * @p window: how many may wait for their answers at once. */
    explicit ConnectionPacer(std::chrono::milliseconds maxGap, int window = 1)
        : m_maxGap(maxGap), m_window(std::max(window, 1))
    {}

    /** Waits until fewer than the window's connections wait for their answer (those that
     * started maxGap ago no longer count); nullopt when @p cancel was cancelled meanwhile. */
    std::optional<Turn> waitTurn(const CancelToken &cancel);

private:
    void markAnswered(int ticket);

    struct Waiting
    {
        int ticket;
        Clock::time_point start;
    };

    const std::chrono::milliseconds m_maxGap;
    const int m_window;
    std::mutex m_mutex;
    std::condition_variable m_answered;
    int m_lastTicket = 0;           ///< the most recent turn given out (0: none yet)
    std::vector<Waiting> m_waiting; ///< turns given out and not yet answered
};

} // namespace rdpdiag
