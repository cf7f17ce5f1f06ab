// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Every stage's facts to and from the report's "facts" object, at the stage's JSON path of
 * the stage table (model/Stages.h: "negotiation" for x224, "local" → "gateway" for the RD
 * Gateway). JsonReport and ReportReader iterate kFactsStages and call these; each is a
 * switch over FactsStage without a default, so a new stage cannot be forgotten.
 */

#include "model/Facts.h"
#include "model/Stages.h"
#include "report/JsonNode.h"

#include <QJsonObject>

namespace rdpdiag {

/** Writes @p stage's facts into @p factsObject (nothing when the run has none; a nested
 * stage whose parent is there but which has no facts is written as null). Stages are written
 * in kFactsStages order, so a stage's parent is written before it. */
void writeStageFacts(FactsStage stage, const Facts &facts, QJsonObject &factsObject);

/** Reads @p stage's facts from the report's "facts" node into @p facts (absent or null:
 * none). Throws JsonReadError naming the field. Stages are read in kFactsStages order. */
void readStageFacts(FactsStage stage, const JsonNode &factsNode, Facts &facts);

} // namespace rdpdiag
