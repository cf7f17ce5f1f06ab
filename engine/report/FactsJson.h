// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * JSON forms of the network facts (dns, tcp, negotiation), shared by the report's
 * "facts" object and the evidence of findings so both always read the same, and their
 * strict readers (the exact inverse: writing what was read gives the same JSON).
 * Keys follow docs/findings.md; keys not named there are additions, never renames.
 * Derived keys the readers skip (the writer computes them again from the facts they come
 * from): a probe's "failure_name" and "received_text".
 */

#include "model/Facts.h"
#include "report/JsonNode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rdpdiag {

QJsonObject dnsFactsToJson(const DnsFacts &facts);
QJsonObject tcpAttemptToJson(const TcpAttempt &attempt);
QJsonObject tcpFactsToJson(const TcpFacts &facts);
QJsonObject negotiationProbeToJson(const NegotiationProbe &probe);
QJsonObject negotiationFactsToJson(const NegotiationFacts &facts);

DnsFacts dnsFactsFromJson(const JsonNode &node);
TcpAttempt tcpAttemptFromJson(const JsonNode &node);
TcpFacts tcpFactsFromJson(const JsonNode &node);
NegotiationProbe negotiationProbeFromJson(const JsonNode &node);
NegotiationFacts negotiationFactsFromJson(const JsonNode &node);

/** The "supported" list of docs/findings.md: protocols the server selected when asked. */
QJsonArray supportedProtocolsToJson(const NegotiationFacts &facts);

} // namespace rdpdiag
