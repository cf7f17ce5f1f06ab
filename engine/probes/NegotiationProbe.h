// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The x224 stage: X.224 Connection Requests with different requestedProtocols, each on its
 * own connection, run concurrently (the negotiation matrix). The primary request is what
 * current clients send (TLS + CredSSP + CredSSP-EX); its connection stays open for the
 * TLS and CredSSP stages.
 */

#include "model/Facts.h"
#include "model/SideRetry.h"
#include "net/CancelToken.h"
#include "net/ConnectionPacer.h"
#include "net/TcpConnection.h"
#include "probes/SpareConnections.h"

#include <chrono>
#include <functional>
#include <memory>

namespace rdpdiag {

/** The requests of the matrix, primary first. */
inline constexpr quint32 kNegotiationMatrix[] = {
    0x0B, // TLS + CredSSP + CredSSP-EX: what mstsc and current clients ask for
    0x01, // TLS only
    0x02, // CredSSP only
    0x00, // Standard RDP Security only
};

/**
 * Sends one Connection Request for @p requested over @p connection and classifies the
 * answer. The request/response exchange is bounded by @p timeout.
 */
NegotiationProbe negotiate(TcpConnection &connection, quint32 requested,
                           std::chrono::milliseconds timeout, const CancelToken &cancel);

/** Connects to @p address:@p port (bounded by @p timeout) and negotiates; the connection
 * is kept in @p connection when the server answered with a Connection Confirm. The timed
 * connection attempt goes to @p connectAttempt when given. */
NegotiationProbe connectAndNegotiate(const QString &address, quint16 port, quint32 requested,
                                     std::chrono::milliseconds timeout, const CancelToken &cancel,
                                     std::unique_ptr<TcpConnection> &connection,
                                     TcpAttempt *connectAttempt = nullptr);

/** One request of the matrix on a connection of its own. */
struct NegotiationSide
{
    NegotiationProbe probe;
    TcpAttempt connect; ///< its connection attempt: a latency sample for the tcp stage
    SideBreak broke = SideBreak::None;
    /** Still open when the server answered with a Connection Confirm (closed with this
     * unless given to the run's SpareConnections). */
    std::unique_ptr<TcpConnection> connection;
};

/** Connects to @p address:@p port and sends the request for @p requested. */
NegotiationSide negotiateOnSideConnection(const QString &address, quint16 port, quint32 requested,
                                          std::chrono::milliseconds timeout,
                                          const CancelToken &cancel);

struct NegotiationStageResult
{
    NegotiationFacts facts;
    /** How the side requests' connections went: latency samples for the tcp stage, one per
     * side request (facts.probes[1…]) in order. */
    QList<TcpAttempt> sideConnects;
    /** How each request's connection ended, parallel to facts.probes ([0]: None). */
    QList<SideBreak> breaks;
};

/** Called with the primary request's answer as soon as it is in, before the others are. */
using PrimaryAnswered = std::function<void(const NegotiationProbe &)>;

/** The requestedProtocols of the matrix's side requests (all but the primary), in order: the
 * donors of the run's SpareConnections. */
QList<quint32> negotiationSideRequests();

/**
 * Runs the whole matrix: the primary request over @p primary (already connected; stays
 * open and is returned through the same reference unless the server broke it) and the
 * others on new connections to @p address, concurrently, each new connection starting once
 * the one before it was answered (@p pacer, the run's; a pacer of its own when nullptr).
 * @p onPrimary, when given, runs on the calling thread once the primary request is answered
 * (the runner starts the tls stage there); @p primary may be taken from it there. Each side
 * request gives its connection to @p spares when given (closes it otherwise).
 */
NegotiationStageResult
runNegotiationMatrix(std::unique_ptr<TcpConnection> &primary, const QString &address, quint16 port,
                     std::chrono::milliseconds timeout, const CancelToken &cancel,
                     ConnectionPacer *pacer = nullptr, const PrimaryAnswered &onPrimary = {},
                     SpareConnections *spares = nullptr);

/** Derives supportedMask / rdpSupported from the probes (only protocols the server
 * selected when they were requested count as supported). */
void deriveSupport(NegotiationFacts &facts);

} // namespace rdpdiag
