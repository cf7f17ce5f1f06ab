// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/PathMtuRules.h"

#include "catalogue/Catalogue.h"
#include "rules/LocalRules.h"
#include "rules/RuleSupport.h"

#include <QHostAddress>
#include <QJsonObject>

#include <algorithm>

namespace rdpdiag {

int smallMaxSegmentFor(const QString &address)
{
    return QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? kSmallMaxSegmentIpv6
                                                                             : kSmallMaxSegmentIpv4;
}

bool pathMtuCheckWanted(const TlsAttempt &main)
{
    return main.outcome == TlsAttempt::Outcome::Timeout;
}

std::chrono::milliseconds pathMtuCheckStartsAfter(std::chrono::milliseconds timeout)
{
    return std::clamp(timeout / 3, std::chrono::milliseconds(0), kPathMtuCheckStartsAfterAtMost);
}

PathMtuVerdict pathMtuVerdict(const TlsAttempt &main, const PathMtuCheck &check)
{
    if (main.outcome == TlsAttempt::Outcome::Established)
        return {false, QStringLiteral("the normal handshake completed")};
    if (!pathMtuCheckWanted(main))
        return {std::nullopt, QStringLiteral("the normal handshake did not stall")};
    if (!check.skipped.isEmpty())
        return {std::nullopt, check.skipped};
    if (!check.attempt)
        return {std::nullopt, QStringLiteral("the small-MSS handshake did not run")};
    const TlsAttempt &small = *check.attempt;
    switch (small.outcome) {
    case TlsAttempt::Outcome::Established:
        return {true, QStringLiteral("the small-MSS handshake completed while the normal one "
                                     "stalled")};
    case TlsAttempt::Outcome::Timeout:
        return {false, QStringLiteral("the small-MSS handshake stalled as well")};
    case TlsAttempt::Outcome::Cancelled:
        return {std::nullopt, QStringLiteral("the run was cancelled")};
    case TlsAttempt::Outcome::NotAttempted:
        return {std::nullopt, QStringLiteral("the small-MSS connection did not get as far as "
                                             "TLS: %1")
                                  .arg(small.detail)};
    case TlsAttempt::Outcome::Reset:
    case TlsAttempt::Outcome::Closed:
    case TlsAttempt::Outcome::Alert:
    case TlsAttempt::Outcome::LocalRefusal:
    case TlsAttempt::Outcome::Failed:
        break;
    }
    return {std::nullopt, QStringLiteral("the small-MSS handshake ended with \"%1\", which does "
                                         "not tell whether the packet size matters")
                              .arg(tlsOutcomeString(small.outcome))};
}

bool pathMtuProven(const Facts &facts)
{
    return facts.tls && facts.tls->pathMtu &&
           pathMtuVerdict(facts.tls->main, *facts.tls->pathMtu).blackHole == true;
}

QList<Finding> evaluatePathMtuRules(const Facts &facts, const RuleContext &context)
{
    if (!pathMtuProven(facts))
        return {};
    const TlsAttempt &main = facts.tls->main;
    const PathMtuCheck &check = *facts.tls->pathMtu;
    const TlsAttempt &small = *check.attempt;

    QJsonObject handshake;
    handshake.insert(QStringLiteral("outcome"), tlsOutcomeString(small.outcome));
    handshake.insert(QStringLiteral("negotiated_version"), small.negotiatedVersion);
    handshake.insert(QStringLiteral("bytes_received"), small.bytesReceived);
    handshake.insert(QStringLiteral("duration_ms"), small.durationMs);
    QJsonObject evidence;
    evidence.insert(QString::fromLatin1(kProvenEvidenceKey), true);
    evidence.insert(QStringLiteral("max_segment"), check.maxSegment);
    evidence.insert(QStringLiteral("bytes_received"), main.bytesReceived);
    evidence.insert(QStringLiteral("stalled_after_ms"), main.durationMs);
    evidence.insert(QStringLiteral("small_mss_handshake"), handshake);
    const QString address = probedAddress(facts, context);
    if (facts.local)
        if (const std::optional<int> mtu = effectiveMtu(*facts.local, address))
            evidence.insert(QStringLiteral("effective_mtu"), *mtu);

    const QString observed =
        main.bytesReceived > 0
            ? RuleText::tr("The TLS handshake stalled after %1 bytes of the server's reply, but a "
                           "second handshake that asked the server for TCP segments of at most %2 "
                           "bytes completed in %3 ms: the server's full-size packets are lost on "
                           "the way.")
                  .arg(main.bytesReceived)
                  .arg(check.maxSegment)
                  .arg(small.durationMs)
            : RuleText::tr("None of the server's TLS reply arrived, but a second handshake that "
                           "asked the server for TCP segments of at most %1 bytes completed in %2 "
                           "ms: the server's full-size packets are lost on the way.")
                  .arg(check.maxSegment)
                  .arg(small.durationMs);
    return {makeFinding(QStringLiteral("net.small_mtu"), observed, evidence,
                        placeholdersFor(facts, context))};
}

} // namespace rdpdiag
