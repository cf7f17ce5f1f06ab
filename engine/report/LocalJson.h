// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The JSON form of the local stage's facts: the "local" object of the report's "facts"
 * (an addition to findings.md's contract; keys are never renamed once shipped), and the
 * pieces the findings' evidence reuses.
 */

#include "model/Facts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rdpdiag {

QJsonObject localFactsToJson(const LocalFacts &facts);
QJsonObject routeFactsToJson(const RouteFacts &route);
QJsonObject interfaceFactsToJson(const NetworkInterfaceFacts &facts);
QJsonObject firewallVerdictToJson(const FirewallVerdict &verdict);
QJsonObject firewallReadingToJson(const FirewallReading &reading);
QJsonObject gatewayFactsToJson(const GatewayFacts &gateway);
QJsonObject connectivityProbeToJson(const ConnectivityProbe &probe);

} // namespace rdpdiag
