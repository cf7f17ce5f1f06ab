// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * What the rules know besides the facts: the target as the user gave it (with the
 * client's .rdp settings) and "now", injected so tests pin the clock.
 */

#include "input/Target.h"

#include <QDateTime>

namespace rdpdiag {

struct RuleContext
{
    Target target;
    QDateTime now; ///< UTC; the runner sets the current time, tests a fixed one
    qint64 timeoutMs = 5000;
};

} // namespace rdpdiag
