// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The pipeline strip: for each stage its status (from the findings it produced, or
 * skipped when it did not run) and a one-line summary of what happened there.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "model/Report.h"
#include "rules/RuleContext.h"

#include <QHash>
#include <QList>

namespace rdpdiag {

/** Milliseconds each stage took, as measured by the runner. */
using StageDurations = QHash<StageId, qint64>;

QList<StageResult> summarizeStages(const Facts &facts, const QList<Finding> &findings,
                                   const StageDurations &durations, const RuleContext &context);

} // namespace rdpdiag
