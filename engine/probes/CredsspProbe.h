// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The credssp stage: over the main TLS session, send a TSRequest (version 6) carrying an
 * NTLM NEGOTIATE — no user name, domain, workstation or password, ever — and read the
 * server's TSRequest with its NTLM CHALLENGE. The challenge names the server (NetBIOS
 * and DNS names, OS build) and carries its clock, from which the skew is computed.
 * The exchange stops there: the tool never authenticates.
 */

#include "model/Facts.h"
#include "net/CancelToken.h"
#include "net/TlsSession.h"

#include <chrono>

namespace rdpdiag {

/** The most a server's TSRequest may take; more is treated as malformed. */
inline constexpr qsizetype kMaxTsRequestBytes = 64 * 1024;

/** True when the primary negotiation probe selected CredSSP (HYBRID or HYBRID_EX). */
bool primarySelectedCredssp(const NegotiationFacts &negotiation);

/**
 * Runs the credssp stage over @p session (the established main TLS session of the tls
 * stage; nullptr or not established → NotAttempted). Runs only when the primary
 * negotiation selected CredSSP. The send and the receive share one deadline of
 * @p timeout.
 */
CredsspFacts runCredsspStage(TlsSession *session, const NegotiationFacts &negotiation,
                             std::chrono::milliseconds timeout, const CancelToken &cancel);

/**
 * The exchange itself, without the negotiation check (for tests): send, read one
 * TSRequest (length-prefixed DER, at most kMaxTsRequestBytes), parse. The clock skew is
 * taken against our clock at the moment the answer was complete.
 */
CredsspFacts exchangeCredssp(TlsSession &session, std::chrono::milliseconds timeout,
                             const CancelToken &cancel);

/** Fills the outcome-independent parts of @p facts from a complete server TSRequest:
 * version, errorCode, the NTLM facts, the outcome, and the clock skew against
 * @p receivedAt. Pure; exposed for tests. */
void interpretServerTsRequest(QByteArrayView message, const QDateTime &receivedAt,
                              CredsspFacts &facts);

} // namespace rdpdiag
