// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * JSON of the tls, certificate and credssp facts, in the shapes of docs/findings.md
 * (`facts.tls`, `facts.certificate`, `facts.credssp`). Keys of the contract are never
 * renamed; extra keys (per-attempt details) are additions. A fact not learned is null.
 * Each writer has its reader next to it (the exact inverse). Derived keys the readers skip
 * (the writer computes them again): tls "versions" and "negotiated", path_mtu's
 * "black_hole" (and its "reason" when the small-MSS handshake ran). Not written, so not
 * read: CertificateFacts::verifyErrorCodes and CredsspFacts::received.
 */

#include "model/Facts.h"
#include "report/JsonNode.h"

#include <QJsonObject>

namespace rdpdiag {

/**
 * `{"versions": {"1.0": bool|null, …, "1.3": …}, "negotiated": {"version", "cipher"}|null,
 *   "main": {attempt}, "attempts": [{attempt}…], "weak_ciphers": {"ran", "offered",
 *   "accepted", "attempt"}, "path_mtu": {…} (added, only when the check ran)}`. A version
 * is null when its probe could not tell (our own library refused, timeout, not attempted,
 * or the matrix did not run).
 */
QJsonObject tlsFactsToJson(const TlsFacts &tls);

/** One attempt: version, outcome, negotiated_version, cipher, alert_code, alert_name,
 * bytes_received, first_bytes (hex), duration_ms, detail. */
QJsonObject tlsAttemptToJson(const TlsAttempt &attempt);

/**
 * `{"subject", "issuer", "common_name", "not_before", "not_after" (ISO-8601 UTC),
 *   "self_signed", "key_type", "key_bits", "signature_algorithm", "san", "eku" (null when
 *   the extension is absent), "key_usage", "sha1", "sha256", "pem", "chain_pem",
 *   "verify_errors", "name_matches" (null when not checked)}`.
 */
QJsonObject certificateFactsToJson(const CertificateFacts &certificate);

/**
 * `{"version": int|null, "outcome", "error_code": "0x…"|null, "duration_ms", "detail",
 *   "ntlm": {"target_name", "netbios_domain", "netbios_computer", "dns_domain",
 *   "dns_computer", "dns_tree", "os_version", "server_time", "clock_skew_s"}|null}`;
 * NTLM values absent from the CHALLENGE are null.
 */
QJsonObject credsspFactsToJson(const CredsspFacts &credssp);

/**
 * facts.tls.path_mtu (added): `{"max_segment": int|null, "attempt": {attempt}|null,
 *   "black_hole": bool|null, "reason": string|null}`; black_hole and reason are
 * pathMtuVerdict()'s (rules/PathMtuRules.h): what the verdict rests on, and with a null
 * black_hole why it could not be determined.
 */
QJsonObject pathMtuCheckToJson(const TlsAttempt &main, const PathMtuCheck &check);

TlsAttempt tlsAttemptFromJson(const JsonNode &node);
/** The inverse of pathMtuCheckToJson(): "reason" is read back as the skip reason when no
 * attempt ran. */
PathMtuCheck pathMtuCheckFromJson(const JsonNode &node);
TlsFacts tlsFactsFromJson(const JsonNode &node);
/** @p withPem false: the summary form without "pem" and "chain_pem" (server self-check). */
CertificateFacts certificateFactsFromJson(const JsonNode &node, bool withPem = true);
CredsspFacts credsspFactsFromJson(const JsonNode &node);

} // namespace rdpdiag
