// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * All rules in one call, and the ordering of findings (errors first, then pipeline order).
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

/** Runs every rule module on @p facts; returns the findings sorted by sortFindings(). */
QList<Finding> evaluateAllRules(const Facts &facts, const RuleContext &context);

/** Stable sort: severity (error, warning, info), then stage, then catalogue order. */
void sortFindings(QList<Finding> &findings);

} // namespace rdpdiag
