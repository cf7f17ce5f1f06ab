// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The X.224 security negotiation (stage "x224"; JSON key "negotiation").
 * Facts are what the probes saw, as plain values: probes fill them, rules read them, the
 * report serialises them. A fact a run could not learn stays empty, never guessed.
 * The stage table (model/Stages.h) lists every stage's facts type.
 */

#include "model/Enums.h"
#include "model/Identifiers.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** One X.224 negotiation request on its own connection. */
struct NegotiationProbe
{
    enum class Outcome {
        Selected,      ///< RDP_NEG_RSP (or a legacy confirm without negotiation data)
        Failure,       ///< RDP_NEG_FAILURE with failureCode
        Reset,         ///< the server reset the connection instead of answering
        Closed,        ///< the server closed the connection without answering
        Timeout,       ///< no complete Connection Confirm before the deadline
        NotRdp,        ///< the answer is not TPKT (e.g. an SSH or HTTP banner)
        Malformed,     ///< TPKT, but not a valid Connection Confirm
        ConnectFailed, ///< this probe's own TCP connection failed
        Cancelled,
    };
    quint32 requested = 0; ///< requestedProtocols sent
    Outcome outcome = Outcome::ConnectFailed;
    std::optional<quint32> selected; ///< selectedProtocol when Selected
    bool legacyConfirm = false;      ///< Selected via a confirm without RDP_NEG data
    /** Sent again alone after the others, because its connection broke among them
     * (model/SideRetry.h); what it holds is the answer it got alone. */
    bool retried = false;
    quint8 flags = 0;                   ///< RDP_NEG_RSP flags when Selected
    std::optional<quint32> failureCode; ///< when Failure
    QByteArray sent;
    QByteArray received; ///< everything received (capped), the evidence
    QString detail;      ///< parser or OS message for Malformed / ConnectFailed / Reset
    qint64 durationMs = 0;
};
QString negotiationOutcomeString(NegotiationProbe::Outcome outcome);

/** The negotiation matrix and what it says about the server's policy. */
struct NegotiationFacts
{
    QList<NegotiationProbe> probes; ///< [0] is the primary probe (what mstsc sends: 0x0B)
    /** Protocols the server *selected* when asked for them (bit mask; RDP = flag below). */
    quint32 supportedMask = 0;
    bool rdpSupported = false; ///< Standard RDP Security selected when asked for it
};

/** The identifying fields of NegotiationFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(NegotiationFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
