// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules of the credssp stage: credssp.failed (the server reset, closed, stalled or
 * answered with an error code before its NTLM CHALLENGE), credssp.outdated (TSRequest
 * version below 6, i.e. without the CVE-2018-0886 fix) and credssp.clock_skew (the
 * server's NTLM timestamp more than 300 s away from this computer's clock). Pure.
 *
 * An answer that cannot be read as a TSRequest with a CHALLENGE (Malformed) is not
 * credssp.failed — the server did answer; the facts keep the bytes and the reason.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

/** The CredSSP version that carries the 2018 encryption-oracle fix. */
inline constexpr int kCurrentCredsspVersion = 6;
/** Largest clock difference (either way) not reported; Kerberos allows 5 minutes. */
inline constexpr qint64 kMaxClockSkewSeconds = 300;

/** Every credssp.* finding for @p facts (none when facts.credssp is unset). */
QList<Finding> evaluateCredsspRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
