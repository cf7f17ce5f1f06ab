// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The JSON form of the gateway stage's facts (the RD Gateway path of the .rdp file), at
 * facts.local.gateway of the report (docs/findings.md), and its strict reader (the exact
 * inverse of the writer).
 */

#include "model/GatewayFacts.h"
#include "report/JsonNode.h"

#include <QJsonObject>

namespace rdpdiag {

QJsonObject gatewayFactsToJson(const GatewayFacts &gateway);
GatewayFacts gatewayFactsFromJson(const JsonNode &node);

} // namespace rdpdiag
