// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules of the rdp_security stage (pipeline step x224): what the server answered when each
 * encryption method of Standard RDP Security was offered alone (security.rdp_*). A method
 * counts as accepted only when the server chose exactly the method offered; a server that
 * answers with another method has not accepted the offer (xrdp does this,
 * docs/protocol-notes.md). Offers that got no Connect Response say nothing either way.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

QList<Finding> evaluateRdpSecurityRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
