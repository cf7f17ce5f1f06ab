// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * summary.txt of a findings bundle: what a support engineer pastes into a ticket. Plain
 * text (UTF-8, LF), lines of at most ~100 columns (fix commands excepted: a cut command
 * cannot be pasted), at most kMaxTicketLines lines: the
 * reference code first, then target, verdict, the pipeline in one line, one line per error
 * and warning (the rest counted), and the primary fix.
 */

#include "model/Report.h"

#include <QString>

namespace rdpdiag {

/** Upper bound on the lines of renderTicketSummary(). */
inline constexpr int kMaxTicketLines = 40;

/** Renders the ticket summary of @p report; @p redacted adds a line saying so. */
QString renderTicketSummary(const Report &report, bool redacted);

} // namespace rdpdiag
