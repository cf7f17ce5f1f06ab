// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/SpareConnections.h"

#include "net/Deadline.h"
#include "support/Log.h"
#include "wire/X224.h"

#include <algorithm>

namespace rdpdiag {

namespace {

constexpr quint32 kTlsProtocols = wire::ProtocolSsl | wire::ProtocolHybrid | wire::ProtocolHybridEx;

/** How often a waiting take() looks at the cancel token. */
constexpr std::chrono::milliseconds kCancelPoll{20};

int index(SpareKind kind)
{
    return kind == SpareKind::Tls ? 0 : 1;
}

} // namespace

std::optional<SpareKind> spareKindFor(quint32 selectedProtocol)
{
    if (selectedProtocol == wire::ProtocolRdp)
        return SpareKind::Rdp;
    if (selectedProtocol & kTlsProtocols)
        return SpareKind::Tls;
    return std::nullopt;
}

SpareConnections::SpareConnections(const QList<quint32> &donorRequests)
{
    for (const quint32 requested : donorRequests)
        m_donors.push_back({requested});
}

SpareConnections::~SpareConnections() = default;

bool SpareConnections::mightStillBring(SpareKind kind) const
{
    // Any request may be answered with Standard RDP Security (xrdp answers a CredSSP-only
    // request so); TLS only comes for a request that asked for a protocol using it.
    return std::any_of(m_donors.cbegin(), m_donors.cend(), [kind](const Pending &donor) {
        return !donor.given && (kind == SpareKind::Rdp || (donor.requested & kTlsProtocols));
    });
}

void SpareConnections::give(quint32 requested, std::optional<quint32> selected,
                            std::unique_ptr<TcpConnection> connection)
{
    std::unique_ptr<TcpConnection> unwanted; // closed outside the lock
    {
        const std::lock_guard lock(m_mutex);
        const auto donor = std::find_if(m_donors.begin(), m_donors.end(), [&](const Pending &d) {
            return d.requested == requested && !d.given;
        });
        if (donor != m_donors.end())
            donor->given = true;
        const std::optional<SpareKind> kind =
            connection && selected ? spareKindFor(*selected) : std::nullopt;
        if (kind && m_takers[index(*kind)] != 0)
            m_kept.push_back({std::move(connection), requested, *selected});
        else
            unwanted = std::move(connection);
    }
    m_changed.notify_all();
}

std::vector<SpareConnections::Spare> SpareConnections::removeKept(SpareKind kind)
{
    std::vector<Spare> removed;
    const auto first =
        std::stable_partition(m_kept.begin(), m_kept.end(), [kind](const Spare &spare) {
            return spareKindFor(spare.selected) != kind;
        });
    std::move(first, m_kept.end(), std::back_inserter(removed));
    m_kept.erase(first, m_kept.end());
    return removed;
}

void SpareConnections::setTakers(SpareKind kind, int count)
{
    std::vector<Spare> unwanted; // closed outside the lock
    {
        const std::lock_guard lock(m_mutex);
        m_takers[index(kind)] = std::max(count, 0);
        if (count <= 0)
            unwanted = removeKept(kind);
    }
    m_changed.notify_all();
}

std::optional<SpareConnections::Spare>
SpareConnections::take(SpareKind kind, std::chrono::milliseconds wait, const CancelToken &cancel)
{
    const Deadline deadline = Deadline::in(wait);
    std::optional<Spare> taken;
    std::vector<Spare> unwanted; // closed outside the lock
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            const auto found =
                std::find_if(m_kept.begin(), m_kept.end(), [kind](const Spare &spare) {
                    return spareKindFor(spare.selected) == kind;
                });
            if (found != m_kept.end()) {
                taken = std::move(*found);
                m_kept.erase(found);
                break;
            }
            if (!mightStillBring(kind) || deadline.expired() || cancel.isCancelled())
                break;
            m_changed.wait_for(lock, std::min(deadline.remaining(), kCancelPoll));
        }
        unwanted = takerDone(kind);
    }
    return taken;
}

void SpareConnections::wontTake(SpareKind kind)
{
    std::vector<Spare> unwanted; // closed outside the lock
    const std::lock_guard lock(m_mutex);
    unwanted = takerDone(kind);
}

std::vector<SpareConnections::Spare> SpareConnections::takerDone(SpareKind kind)
{
    int &takers = m_takers[index(kind)];
    if (takers > 0 && --takers == 0)
        return removeKept(kind); // the last taker: what is left stays unused
    return {};
}

} // namespace rdpdiag
