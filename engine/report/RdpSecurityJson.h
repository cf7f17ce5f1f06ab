// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * JSON of the rdp_security facts (`facts.rdp_security`, docs/findings.md) and its strict
 * reader, the exact inverse. A fact not learned is null. Derived keys the reader skips (the
 * writer computes them again from the offers): "accepted" and "level".
 */

#include "model/Facts.h"
#include "report/JsonNode.h"

#include <QJsonObject>

namespace rdpdiag {

/**
 * `{"offers": [{"offered": ["40bit"], "outcome", "mcs_result": int|null,
 *   "server_version": int|null, "method": id|null, "level": id|null,
 *   "server_random_length": int|null, "certificate": {"type", "temporary", "key_bits":
 *   int|null, "chain_length"}|null, "io_channel": int|null, "retried", "duration_ms",
 *   "received_hex", "detail"}…], "accepted": [method ids], "level": id|null}`.
 */
QJsonObject rdpSecurityFactsToJson(const RdpSecurityFacts &facts);
/** One offer, as in "offers" (also the evidence of the rdpsec.* findings). */
QJsonObject rdpSecurityOfferToJson(const RdpSecurityOffer &offer);

RdpSecurityFacts rdpSecurityFactsFromJson(const JsonNode &node);

} // namespace rdpdiag
