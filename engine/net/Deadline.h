// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A point in time by which a network step must be over. Every wait in the transport is
 * bounded by the remaining time of its deadline, so a server that trickles one byte at a
 * time cannot stretch a step: the deadline is fixed when the step starts, not re-armed by
 * each byte that arrives.
 */

#include <QtGlobal>

#include <chrono>

namespace rdpdiag {

class Deadline
{
public:
    using Clock = std::chrono::steady_clock;

    /** A deadline @p budget from now. */
    static Deadline in(std::chrono::milliseconds budget) { return Deadline(Clock::now() + budget); }

    /** Time left, never negative. */
    std::chrono::milliseconds remaining() const
    {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_at - Clock::now());
        return left.count() > 0 ? left : std::chrono::milliseconds(0);
    }

    bool expired() const { return Clock::now() >= m_at; }

    /** Time left in whole milliseconds rounded up, for poll(). 0 when expired. */
    int pollTimeoutMs() const
    {
        const auto left =
            std::chrono::duration_cast<std::chrono::microseconds>(m_at - Clock::now());
        if (left.count() <= 0)
            return 0;
        return static_cast<int>((left.count() + 999) / 1000);
    }

    Clock::time_point at() const { return m_at; }

private:
    explicit Deadline(Clock::time_point at) : m_at(at) {}
    Clock::time_point m_at;
};

/** Milliseconds elapsed since @p start (steady clock). */
inline qint64 elapsedMs(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start)
        .count();
}

} // namespace rdpdiag
