// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/RdpSecurityFacts.h"

namespace rdpdiag {

QString rdpSecurityOutcomeString(RdpSecurityOffer::Outcome outcome)
{
    switch (outcome) {
    case RdpSecurityOffer::Outcome::Answered:
        return QStringLiteral("answered");
    case RdpSecurityOffer::Outcome::Refused:
        return QStringLiteral("refused");
    case RdpSecurityOffer::Outcome::Reset:
        return QStringLiteral("reset");
    case RdpSecurityOffer::Outcome::Closed:
        return QStringLiteral("closed");
    case RdpSecurityOffer::Outcome::Timeout:
        return QStringLiteral("timeout");
    case RdpSecurityOffer::Outcome::Malformed:
        return QStringLiteral("malformed");
    case RdpSecurityOffer::Outcome::NotNegotiated:
        return QStringLiteral("not_negotiated");
    case RdpSecurityOffer::Outcome::ConnectFailed:
        return QStringLiteral("connect_failed");
    case RdpSecurityOffer::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

quint32 rdpSecurityAcceptedMethods(const RdpSecurityFacts &facts)
{
    quint32 accepted = 0;
    for (const RdpSecurityOffer &offer : facts.offers)
        if (offer.outcome == RdpSecurityOffer::Outcome::Answered && offer.method &&
            *offer.method != 0 && *offer.method == offer.offered)
            accepted |= offer.offered;
    return accepted;
}

std::optional<quint32> rdpSecurityLevel(const RdpSecurityFacts &facts)
{
    std::optional<quint32> level;
    for (const RdpSecurityOffer &offer : facts.offers) {
        if (offer.outcome != RdpSecurityOffer::Outcome::Answered || !offer.level)
            continue;
        if (level && *level != *offer.level)
            return std::nullopt;
        level = offer.level;
    }
    return level;
}

} // namespace rdpdiag
