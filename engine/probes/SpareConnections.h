// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The connections the x224 step's side requests leave open for the probes after them.
 *
 * A side request of the negotiation matrix ends with the server's Connection Confirm. When
 * the server selected a protocol there, the connection is ready for what that protocol
 * does next: a TLS handshake (SSL, HYBRID, HYBRID_EX) or an MCS Connect Initial (Standard
 * RDP Security). Instead of closing it, the request gives it here; the tls stage's forced
 * versions and weak-cipher probe and the rdp_security stage's offers take one before they
 * open a connection of their own. What goes over the wire after the X.224 exchange is the
 * same; what the server is spared is a connection: xrdp forks for every one and
 * freerdp-shadow sets up a peer, 15–45 ms of its CPU each, which is what a run costs such a
 * server most (docs/benchmarks.md, "Why not 3×").
 *
 * So that a kept connection does not hold one of a limited server's slots for nothing, the
 * stages say how many takers are still to come (setTakers()); spares nobody will take are
 * closed at once. Thread-safe.
 */

#include "net/CancelToken.h"
#include "net/TcpConnection.h"

#include <QList>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace rdpdiag {

/** What a spare connection is ready for, by the protocol the server selected on it. */
enum class SpareKind {
    Tls, ///< SSL, HYBRID or HYBRID_EX: the TLS handshake comes next
    Rdp, ///< Standard RDP Security: the MCS Connect Initial comes next
};

/** The kind @p selectedProtocol makes a connection (nullopt: of no use to later probes). */
std::optional<SpareKind> spareKindFor(quint32 selectedProtocol);

class SpareConnections
{
public:
    /** A kept connection, and the request that made it. */
    struct Spare
    {
        std::unique_ptr<TcpConnection> connection;
        quint32 requested = 0; ///< the X.224 requestedProtocols sent on it
        quint32 selected = 0;  ///< what the server selected there
    };

    /** @p donorRequests: the requestedProtocols of the side requests that each call give()
     * once; take() waits for those among them that could still bring a connection. */
    explicit SpareConnections(const QList<quint32> &donorRequests);
    /** Closes what nobody took. */
    ~SpareConnections();
    SpareConnections(const SpareConnections &) = delete;
    SpareConnections &operator=(const SpareConnections &) = delete;

    /**
     * A side request is done: @p connection (nullptr when it has none) was answered with
     * @p selected (nullopt: no protocol selected). Kept when a probe still to come can use it,
     * closed otherwise. Each donor calls this exactly once, whatever happened.
     */
    void give(quint32 requested, std::optional<quint32> selected,
              std::unique_ptr<TcpConnection> connection);

    /** @p count more take() calls for @p kind are to come (0: none, from now on spares of
     * that kind are closed as they come). Until this is said, spares are kept. */
    void setTakers(SpareKind kind, int count);

    /**
     * A kept connection of @p kind, taken away. While a donor whose request could still bring
     * one has not given, waits for it, at most @p wait. nullopt when there is none (the caller
     * opens its own). Counts as one of the takers announced with setTakers().
     */
    std::optional<Spare> take(SpareKind kind, std::chrono::milliseconds wait,
                              const CancelToken &cancel);

    /** One of the takers announced for @p kind will not take after all (e.g. TLS 1.3 came
     * from the main handshake). */
    void wontTake(SpareKind kind);

private:
    struct Pending
    {
        quint32 requested;
        bool given = false;
    };
    bool mightStillBring(SpareKind kind) const;
    /** Takes the kept spares of @p kind out (the lock is held). */
    std::vector<Spare> removeKept(SpareKind kind);
    /** One announced taker of @p kind is done: what became unwanted (the lock is held). */
    std::vector<Spare> takerDone(SpareKind kind);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Pending> m_donors;
    std::vector<Spare> m_kept;
    int m_takers[2] = {-1, -1}; ///< per SpareKind: take() calls still to come, -1 unknown
};

} // namespace rdpdiag
