// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules on the server's certificate: cert.expired, cert.not_yet_valid,
 * cert.expiring_soon (< 30 days left, against RuleContext::now — never the real clock),
 * cert.self_signed, cert.untrusted, cert.name_mismatch, cert.weak_key (RSA/DSA < 2048
 * bits, EC < 224 bits), cert.weak_signature (SHA-1, MD5 and older), cert.no_server_auth
 * (an EKU extension without Server Authentication). Pure.
 *
 * cert.untrusted vs cert.self_signed: a self-signed certificate is by construction not
 * issued by a trusted root; the default Windows RDP certificate is exactly that, and
 * cert.self_signed (info) explains it. cert.untrusted is reserved for a chain that
 * claims an issuer but does not lead to a trusted root (unknown or missing issuer,
 * self-signed root in the chain, bad signature, invalid CA, …). Verification errors that
 * other rules explain — validity dates, key strength, the self-signed leaf — do not
 * count towards cert.untrusted.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

/** Days within which an ending certificate is reported (cert.expiring_soon). */
inline constexpr int kExpiringSoonDays = 30;
/** Smallest RSA / DSA key not reported as weak. */
inline constexpr int kMinRsaBits = 2048;
/** Smallest EC key not reported as weak. */
inline constexpr int kMinEcBits = 224;

/** True when the verification error codes show a chain that does not lead to a trusted
 * root, beyond what the other certificate rules explain (see the file comment). */
bool chainUntrusted(const CertificateFacts &certificate);

/** Every cert.* finding for @p facts (none when facts.certificate is unset). */
QList<Finding> evaluateCertificateRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
