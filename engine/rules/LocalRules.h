// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules on this computer's side (facts.local): net.* (route, connectivity, VPN, MTU,
 * private address from outside, proxy), firewall.local_block / firewall.local_may_block /
 * firewall.not_checked, and gateway.* (the RD Gateway path). Pure: facts in, findings out.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

/** Below this MTU (bytes) a path is "small": VPN and tunnel territory. */
inline constexpr int kSmallMtu = 1400;

QList<Finding> evaluateLocalRules(const Facts &facts, const RuleContext &context);

/** Whether the client really goes through the gateway, given what the probes saw. */
bool gatewayInPath(const Facts &facts);

/** The smallest MTU known on the way to @p destination (route, path, interface). */
std::optional<int> effectiveMtu(const LocalFacts &local, const QString &destination);

} // namespace rdpdiag
