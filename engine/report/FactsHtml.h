// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The facts of report.html: one section per stage of the stage table (model/Stages.h), in
 * kFactsStages order, headed by stageTitle() and made of tables with translated labels.
 * Every value is escaped; what a run did not learn is left out; raw bytes, PEM and the JSON
 * keys themselves are not shown (report.json sits next to report.html in a bundle).
 */

#include "model/Facts.h"
#include "model/Stages.h"

#include <QString>

namespace rdpdiag {

/** The section of @p stage: heading and tables; empty when @p facts hold none of its facts. */
QString stageFactsHtml(FactsStage stage, const Facts &facts);

/** The "Facts" heading and every stage's section; empty when there are no facts at all. */
QString factsHtml(const Facts &facts);

} // namespace rdpdiag
