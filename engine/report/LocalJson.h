// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The JSON form of the local stage's facts: the "local" object of the report's "facts"
 * (an addition to docs/findings.md's contract; keys are never renamed once shipped), the
 * pieces the findings' evidence reuses, and the strict readers (the exact inverse). Its
 * "gateway" key belongs to the gateway stage (report/GatewayJson).
 */

#include "model/LocalFacts.h"
#include "report/JsonNode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rdpdiag {

QJsonObject localFactsToJson(const LocalFacts &facts);
QJsonObject routeFactsToJson(const RouteFacts &route);
QJsonObject interfaceFactsToJson(const NetworkInterfaceFacts &facts);
QJsonObject firewallVerdictToJson(const FirewallVerdict &verdict);
QJsonObject firewallReadingToJson(const FirewallReading &reading);
QJsonObject connectivityProbeToJson(const ConnectivityProbe &probe);

LocalFacts localFactsFromJson(const JsonNode &node);
RouteFacts routeFactsFromJson(const JsonNode &node);
NetworkInterfaceFacts interfaceFactsFromJson(const JsonNode &node);
FirewallVerdict firewallVerdictFromJson(const JsonNode &node);
FirewallReading firewallReadingFromJson(const JsonNode &node);
ConnectivityProbe connectivityProbeFromJson(const JsonNode &node);

} // namespace rdpdiag
