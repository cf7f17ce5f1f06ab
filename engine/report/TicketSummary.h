// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * summary.txt of a findings bundle: what a support engineer pastes into a ticket. Plain
 * text (UTF-8, LF), lines of at most ~100 columns (fix commands excepted: a cut command
 * cannot be pasted), at most kMaxTicketLines lines: the
 * reference code first, then the headline (the answer and who has to act), target, verdict,
 * the pipeline in one line, one line per error and warning (hardening notes last, under
 * "Also noticed"; the rest counted), and the primary fix — never a hardening note, its steps
 * whole, never cut.
 */

#include "model/Report.h"

#include <QString>

namespace rdpdiag {

/** Upper bound on the lines of renderTicketSummary(). */
inline constexpr int kMaxTicketLines = 60;

/** Renders the ticket summary of @p report; @p redacted adds a line saying so. */
QString renderTicketSummary(const Report &report, bool redacted);

} // namespace rdpdiag
