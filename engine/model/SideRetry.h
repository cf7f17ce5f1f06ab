// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Which side connections a run broke itself (pure). A run opens about ten connections to the
 * server at once: the X.224 requests of the negotiation matrix, one per TLS version, the
 * weak-cipher probe, Standard RDP Security's offers. A server that limits simultaneous
 * connections (Remote Desktop's limit on connections waiting to log on, an intrusion
 * prevention system that rate-limits new connections, a small listen backlog) refuses,
 * resets or closes some of them before they get their answer. A user's client opens one
 * connection and never sees that, so such a failure is the probe's, not the server's: when
 * the main path worked, the side connection is tried again alone once the others have
 * finished (runner/SideRetries.h), and only what it gets then is reported.
 */

#include "model/Enums.h"
#include "model/NegotiationFacts.h"

#include <QList>
#include <optional>

namespace rdpdiag {

/** How a side connection ended before the answer it was opened for. */
enum class SideBreak {
    None,    ///< it got as far as its answer (or failed in a way one client alone sees too)
    Refused, ///< its TCP connection was refused or reset while connecting
    Reset,   ///< the server reset it before its X.224 Connection Confirm
    Closed,  ///< the server closed it before its X.224 Connection Confirm
};

/**
 * The break of a side connection from how its TCP connection went (@p connect) and, when it
 * connected, how its X.224 exchange went (@p negotiation). A timeout is no break: a silent
 * server is not a limit on connections, and trying it again would cost another timeout.
 */
SideBreak sideBreakOf(IoOutcome connect,
                      std::optional<NegotiationProbe::Outcome> negotiation = std::nullopt);

/** True when the main path to the server worked: the primary X.224 request (probes[0]) got
 * a Connection Confirm. Only then does a broken side connection say nothing about the server. */
bool mainPathWorked(const NegotiationFacts &negotiation);

/** How each side connection of a run ended, per kind of probe (indexes as in the facts). */
struct SideBreaks
{
    QList<SideBreak> negotiation; ///< parallel to NegotiationFacts::probes ([0], the primary: None)
    QList<SideBreak> tlsVersions; ///< parallel to TlsFacts::versions
    SideBreak weakCipher = SideBreak::None;
    QList<SideBreak> rdpOffers; ///< parallel to RdpSecurityFacts::offers
};

/** The side connections to try again alone, by index into the facts. */
struct RetryPlan
{
    QList<int> negotiation;
    QList<int> tlsVersions;
    bool weakCipher = false;
    QList<int> rdpOffers;

    /** How many connections the plan tries again. */
    int size() const;
    bool isEmpty() const { return size() == 0; }
};

/** Every side connection in @p breaks that broke, when @p mainWorked (else none: a server
 * that breaks every connection does so for one client alone too). */
RetryPlan planRetries(const SideBreaks &breaks, bool mainWorked);

} // namespace rdpdiag
