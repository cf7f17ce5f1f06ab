// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules of the server self-check (facts.server): server.* and the inbound firewall
 * (firewall.inbound_block, firewall.inbound_may_block). Pure: facts in, findings out;
 * "now" comes from the context.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

QList<Finding> evaluateServerRules(const Facts &facts, const RuleContext &context);

/** The effective value of a Terminal Server setting: the Group Policy copy wins. */
std::optional<quint32> effectiveSetting(const std::optional<quint32> &local,
                                        const std::optional<quint32> &policy);

} // namespace rdpdiag
