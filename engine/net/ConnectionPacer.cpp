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
        // A connection that has waited a whole gap for its answer no longer holds up others.
        std::erase_if(m_waiting,
                      [&](const Waiting &waiting) { return waiting.start + m_maxGap <= now; });
        if (int(m_waiting.size()) < m_window) {
            m_waiting.push_back({++m_lastTicket, now});
            return Turn(this, m_lastTicket);
        }
        const auto oldest =
            std::min_element(m_waiting.begin(), m_waiting.end(),
                             [](const Waiting &a, const Waiting &b) { return a.start < b.start; });
        m_answered.wait_until(lock, std::min(oldest->start + m_maxGap, now + kCancelPoll));
    }
}

void ConnectionPacer::markAnswered(int ticket)
{
    {
        std::lock_guard lock(m_mutex);
        // An earlier connection answering after its gap is no longer counted: nothing changes.
        const auto erased = std::erase_if(
            m_waiting, [ticket](const Waiting &waiting) { return waiting.ticket == ticket; });
        if (erased == 0)
            return;
    }
    m_answered.notify_all();
}

} // namespace rdpdiag
