// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The verdict when this computer's side or the server self-check explains the problem
 * better than the connection stages alone:
 *
 * - "cannot connect anywhere": the fix starts on this computer, not on the server;
 * - the client goes through an RD Gateway: a failing gateway is the cause, and a failing
 *   direct test of the host is not held against the host;
 * - this computer's own firewall blocks the port the connection failed on;
 * - a path-MTU black hole proven by the small-MSS handshake (rules/PathMtuRules.h):
 *   net.small_mtu is the cause, before anything else;
 * - a TLS handshake that stalled on a VPN / small-MTU path: the two are joined;
 * - the server self-check: 0x904 / 0x7 together with Schannel event 36870 (or the other
 *   certificate and key findings) names the certificate's private key as the cause.
 *
 * diagnose() (engine/diagnosis) asks this first and keeps its own verdict otherwise.
 */

#include "diagnosis/Diagnosis.h"

#include <optional>

namespace rdpdiag {

/** A verdict from local or server facts, or nullopt when they add nothing. Pure. */
std::optional<Diagnosis> diagnoseLocal(const ReportedError &reported,
                                       const QList<Finding> &findings, const Facts &facts);

} // namespace rdpdiag
