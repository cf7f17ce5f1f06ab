// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectionPacer.h"

#include <algorithm>
#include <utility>

namespace rdpdiag {

namespace {

/** How often a waiting caller looks at its cancel token (CancelToken has no condition). */
constexpr std::chrono::milliseconds kCancelPoll{2};

} // namespace

ConnectionPacer::Turn::Turn(Turn &&other) noexcept
    : m_pacer(std::exchange(other.m_pacer, nullptr)), m_ticket(other.m_ticket)
{}

ConnectionPacer::Turn::~Turn()
{
    answered();
}

void ConnectionPacer::Turn::answered()
{
    if (m_pacer)
        std::exchange(m_pacer, nullptr)->markAnswered(m_ticket);
}

std::optional<ConnectionPacer::Turn> ConnectionPacer::waitTurn(const CancelToken &cancel)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (cancel.isCancelled())
            return std::nullopt;
        const Clock::time_point now = Clock::now();
        const Clock::time_point gapEnd = m_lastStart + m_maxGap;
        if (m_lastAnswered || now >= gapEnd) {
            m_lastAnswered = false;
            m_lastStart = now;
            return Turn(this, ++m_lastTicket);
        }
        m_answered.wait_until(lock, std::min(gapEnd, now + kCancelPoll));
    }
}

void ConnectionPacer::markAnswered(int ticket)
{
    {
        std::lock_guard lock(m_mutex);
        // An earlier connection answering late says nothing about the latest one.
        if (ticket != m_lastTicket)
            return;
        m_lastAnswered = true;
    }
    m_answered.notify_all();
}

} // namespace rdpdiag
