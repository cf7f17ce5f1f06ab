// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The JSON form of the server self-check's facts: the "server" object of the report's
 * "facts" (an addition to docs/findings.md's contract), the pieces findings' evidence
 * reuses, and the strict readers (the exact inverse of the writers).
 */

#include "model/ServerFacts.h"
#include "report/JsonNode.h"

#include <QJsonObject>

namespace rdpdiag {

QJsonObject serverFactsToJson(const ServerFacts &facts);
QJsonObject serviceFactsToJson(const ServiceFacts &service);
QJsonObject listenerFactsToJson(const ListenerFacts &listener);
QJsonObject tlsFilesFactsToJson(const TlsFilesFacts &files);
QJsonObject windowsEventToJson(const WindowsEventFacts &event);
QJsonObject storeCertificateToJson(const StoreCertificateFacts &certificate);
QJsonObject schannelFactsToJson(const SchannelFacts &entry);
QJsonObject aclEntryToJson(const AclEntryFacts &entry);

ServerFacts serverFactsFromJson(const JsonNode &node);
ServiceFacts serviceFactsFromJson(const JsonNode &node);
ListenerFacts listenerFactsFromJson(const JsonNode &node);
TlsFilesFacts tlsFilesFactsFromJson(const JsonNode &node);
WindowsEventFacts windowsEventFromJson(const JsonNode &node);
StoreCertificateFacts storeCertificateFromJson(const JsonNode &node);
SchannelFacts schannelFactsFromJson(const JsonNode &node);
AclEntryFacts aclEntryFromJson(const JsonNode &node);

} // namespace rdpdiag
