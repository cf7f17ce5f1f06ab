// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules of the tls stage: tls.reset, tls.closed, tls.timeout, tls.alert (the main
 * handshake on the primary connection), tls.no_modern_version, tls.legacy_enabled (the
 * version matrix) and tls.weak_cipher (the weak-cipher probe). Pure.
 *
 * A matrix attempt that our own OpenSSL refused (LocalRefusal), that timed out, or that
 * never got to TLS says nothing about the server and never leads to a finding.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>
#include <optional>

namespace rdpdiag {

/**
 * What one forced-version attempt says about the server: true = it accepted the version
 * (Established); false = it refused it (alert, reset, close, or a server-side protocol
 * failure such as answering with another version); nullopt = this attempt cannot tell
 * (our own library refused, timeout, cancelled, not attempted).
 */
std::optional<bool> versionAccepted(const TlsAttempt &attempt);

/** The attempt for version key @p key ("1.0" … "1.3") in @p tls.versions, if any. */
const TlsAttempt *versionAttempt(const TlsFacts &tls, const QString &key);

/** Every tls.* finding for @p facts (none when facts.tls is unset). */
QList<Finding> evaluateTlsRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
