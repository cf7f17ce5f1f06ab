// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * This computer's side of the connection (stage "local"). The structs live in
 * LocalFactsTypes.h, which model/Facts.h includes so that Facts can hold them; this header
 * is the one to include, and adds the string forms of their enumerations.
 */

#include "model/Facts.h"

#include <QString>

namespace rdpdiag {

QString firewallStatusString(FirewallReading::Status status);
QString gatewayPathString(GatewayFacts::Path path);

} // namespace rdpdiag
