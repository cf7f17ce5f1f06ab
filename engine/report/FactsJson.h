// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * JSON forms of the network facts (dns, tcp, negotiation), shared by the report's
 * "facts" object and the evidence of findings so both always read the same.
 * Keys follow findings.md; keys not named there are additions, never renames.
 */

#include "model/Facts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rdpdiag {

QJsonObject dnsFactsToJson(const DnsFacts &facts);
QJsonObject tcpAttemptToJson(const TcpAttempt &attempt);
QJsonObject tcpFactsToJson(const TcpFacts &facts);
QJsonObject negotiationProbeToJson(const NegotiationProbe &probe);
QJsonObject negotiationFactsToJson(const NegotiationFacts &facts);

/** The "supported" list of findings.md: protocols the server selected when asked. */
QJsonArray supportedProtocolsToJson(const NegotiationFacts &facts);

} // namespace rdpdiag
