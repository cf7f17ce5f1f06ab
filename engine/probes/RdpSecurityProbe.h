// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The rdp_security stage (pipeline step x224), run when the server selected Standard RDP
 * Security when asked for it: one connection per encryption method — 40-bit, 56-bit,
 * 128-bit, FIPS — each an X.224 request for PROTOCOL_RDP (or a connection the x224 step
 * left open with Standard RDP Security selected, probes/SpareConnections.h) followed by an
 * MCS Connect Initial that offers that method alone, and the server's Connect Response decoded
 * (wire/Mcs). The connections run concurrently, paced like the negotiation matrix
 * (net/ConnectionPacer). How each offer's connection ended comes back with it: one that broke among
 * the others before its X.224 answer is tried again alone by the runner once the run's other
 * connections are closed (model/SideRetry.h, runner/SideRetries.h), so that a server limiting
 * simultaneous connections does not lose a method's answer. Nothing after the Connect Response is
 * sent: no client random, no credentials.
 */

#include "model/Facts.h"
#include "model/SideRetry.h"
#include "net/CancelToken.h"
#include "net/ConnectionPacer.h"
#include "probes/SpareConnections.h"

#include <chrono>

namespace rdpdiag {

/** The methods offered, one per connection, in this order. */
inline constexpr quint32 kRdpSecurityOffers[] = {
    0x01, // 40-bit RC4
    0x08, // 56-bit RC4
    0x02, // 128-bit RC4
    0x10, // FIPS 140-1 (3DES and SHA-1)
};

/** One offer, and how its connection ended. */
struct RdpSecurityOfferRun
{
    RdpSecurityOffer offer;
    SideBreak broke = SideBreak::None;
};

/** Offers @p method alone on a new connection to @p address:@p port. Each step (connect,
 * X.224, MCS) is bounded by @p timeout. */
RdpSecurityOfferRun offerRdpEncryption(const QString &address, quint16 port, quint32 method,
                                       std::chrono::milliseconds timeout,
                                       const CancelToken &cancel);

struct RdpSecurityStageResult
{
    RdpSecurityFacts facts;
    QList<SideBreak> breaks; ///< parallel to facts.offers
};

/** Runs every offer of kRdpSecurityOffers concurrently (see the file comment), paced by
 * @p pacer (the run's; one of its own when nullptr): the next offer's connection may start
 * once this one's X.224 request was answered. Offers first take the connections the x224
 * step's side requests left open with Standard RDP Security selected, from @p spares when
 * given (and tell it how many offers there are). */
RdpSecurityStageResult runRdpSecurityStage(const QString &address, quint16 port,
                                           std::chrono::milliseconds timeout,
                                           const CancelToken &cancel,
                                           ConnectionPacer *pacer = nullptr,
                                           SpareConnections *spares = nullptr);

} // namespace rdpdiag
