// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The JSON form of the server self-check's facts: the "server" object of the report's
 * "facts" (an addition to findings.md's contract), and the pieces findings' evidence reuses.
 */

#include "model/Facts.h"

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

} // namespace rdpdiag
