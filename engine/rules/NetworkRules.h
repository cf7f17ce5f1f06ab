// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules of the dns and tcp stages: dns.not_found, dns.failed, tcp.refused, tcp.timeout,
 * tcp.unreachable, tcp.slow (median connect time above 150 ms) and tcp.unstable (some
 * of several connection attempts failed).
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

/** Median TCP connect time above which tcp.slow is raised (docs/findings.md). */
inline constexpr double kSlowConnectMs = 150.0;

QList<Finding> evaluateNetworkRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
