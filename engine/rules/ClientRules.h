// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * security.client_mismatch: the client's own settings (from the `.rdp` file) cannot meet
 * what the server asks for, so the connection fails however healthy the server is:
 * - `enablecredsspsupport:i:0` while the server requires NLA;
 * - `authentication level:i:1` ("do not connect if server authentication fails") while
 *   the server offers only Standard RDP Security (no server authentication at all), or
 *   its certificate does not verify or does not carry the name connected to.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

QList<Finding> evaluateClientRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
