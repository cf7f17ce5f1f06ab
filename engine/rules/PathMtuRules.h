// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The path-MTU check, proven on the wire (facts.tls.path_mtu): when to run it and what its
 * outcome means, and the net.small_mtu finding it proves. Pure.
 *
 * A path-MTU black hole lets small packets pass (TCP, the X.224 exchange) and loses the
 * server's full-size ones (its certificate flight), because a device on the way drops them
 * and the ICMP "fragmentation needed" / "packet too big" that would make the server send
 * smaller ones never arrives: the TLS handshake stalls. A second handshake on a connection
 * that announces a small MSS makes the server send small segments; when that one completes
 * while the normal one stalled, packet size is the cause (docs/how-it-works.md).
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace rdpdiag {

/** The MSS the check announces over IPv4: 576-byte packets, the datagram size every IPv4
 * host must accept (RFC 791), less 40 bytes of IP and TCP headers. */
inline constexpr int kSmallMaxSegmentIpv4 = 536;
/** Over IPv6: 1280-byte packets, IPv6's minimum MTU (RFC 8200), less 60 bytes of headers. */
inline constexpr int kSmallMaxSegmentIpv6 = 1220;

/** The MSS to announce toward @p address (an IP literal): IPv6 or IPv4. */
int smallMaxSegmentFor(const QString &address);

/**
 * Whether the main handshake stalled the way a black hole stalls it, so that the small-MSS
 * handshake is worth a connection: it timed out — after part of the server's flight, or
 * with none of it after the X.224 exchange had worked (the main handshake only runs on the
 * connection whose X.224 exchange selected TLS). A reset, a close or an alert is an answer,
 * not a lost packet.
 */
bool pathMtuCheckWanted(const TlsAttempt &main);

/** The longest a black hole's stall may go unanswered before the small-MSS handshake
 * starts alongside the main one. */
inline constexpr std::chrono::milliseconds kPathMtuCheckStartsAfterAtMost{1000};

/**
 * How long the main handshake may go without completing before the small-MSS handshake
 * starts alongside it (probes/PathMtuProbe.h), for a step timeout of @p timeout: a third of
 * it, at most kPathMtuCheckStartsAfterAtMost. A healthy handshake completes in a few round
 * trips, well within that; one still going by then may be stalling, and the check made
 * alongside costs the run a third of a timeout where waiting for the stall cost a whole one.
 */
std::chrono::milliseconds pathMtuCheckStartsAfter(std::chrono::milliseconds timeout);

/** What the check says: blackHole true (proven), false (not the packet size) or nullopt
 * (not determined), and why, in untranslated English as facts' details are. */
struct PathMtuVerdict
{
    std::optional<bool> blackHole;
    QString reason; ///< what the verdict rests on; never empty
};

/**
 * The meaning of @p check after the main handshake @p main:
 * - the small-MSS handshake completed while the main one stalled: a black hole (true);
 * - it stalled as well: the server stalls whatever the packet size (false); so is a main
 *   handshake that completed (false: nothing was lost);
 * - it was skipped, never got to TLS, was cancelled, or ended with a reset, a close, an
 *   alert or a local failure: not determined (a reset on a second connection may be the
 *   server's connection limit, an alert is one small record), with the reason.
 */
PathMtuVerdict pathMtuVerdict(const TlsAttempt &main, const PathMtuCheck &check);

/** True when @p facts hold a proven black hole (facts.tls.path_mtu says so). */
bool pathMtuProven(const Facts &facts);

/**
 * net.small_mtu with the proof: an error (evidence "proven": true, catalogue/Catalogue.h),
 * with the bytes received before the stall, the MSS that worked and the small-MSS
 * handshake; the MTU this computer's side knows toward the target when the local stage
 * ran. Empty unless pathMtuProven(). evaluateLocalRules() leaves its own net.small_mtu out
 * then, so the code appears once.
 */
QList<Finding> evaluatePathMtuRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
