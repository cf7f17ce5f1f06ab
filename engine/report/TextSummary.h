// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The readable summary the CLI prints: verdict, stages with timings, findings by severity
 * with their fix. Coloured with ANSI escapes only when asked (a terminal).
 */

#include "model/Report.h"

#include <QString>

namespace rdpdiag {

struct TextStyle
{
    bool colour = false; ///< ANSI colours (only for a terminal)
    int width = 100;     ///< wrap column for long texts
};

/** Renders @p report as translated plain text (UTF-8 safe), ending with a newline. */
QString renderTextSummary(const Report &report, const TextStyle &style);

} // namespace rdpdiag
