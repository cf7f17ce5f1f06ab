// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/SideRetry.h"

namespace rdpdiag {

namespace {

QList<int> brokenIndexes(const QList<SideBreak> &breaks, bool mainWorked)
{
    QList<int> indexes;
    if (!mainWorked)
        return indexes;
    for (int i = 0; i < breaks.size(); ++i)
        if (breaks.at(i) != SideBreak::None)
            indexes << i;
    return indexes;
}

} // namespace

SideBreak sideBreakOf(IoOutcome connect, std::optional<NegotiationProbe::Outcome> negotiation)
{
    switch (connect) {
    case IoOutcome::Refused:
    case IoOutcome::Reset:
        return SideBreak::Refused;
    case IoOutcome::Ok:
        break;
    default:
        return SideBreak::None;
    }
    if (!negotiation)
        return SideBreak::None;
    switch (*negotiation) {
    case NegotiationProbe::Outcome::Reset:
        return SideBreak::Reset;
    case NegotiationProbe::Outcome::Closed:
        return SideBreak::Closed;
    default:
        return SideBreak::None;
    }
}

bool mainPathWorked(const NegotiationFacts &negotiation)
{
    if (negotiation.probes.isEmpty())
        return false;
    const NegotiationProbe::Outcome outcome = negotiation.probes.first().outcome;
    return outcome == NegotiationProbe::Outcome::Selected ||
           outcome == NegotiationProbe::Outcome::Failure;
}

int RetryPlan::size() const
{
    return static_cast<int>(negotiation.size() + tlsVersions.size() + rdpOffers.size()) +
           (weakCipher ? 1 : 0);
}

RetryPlan planRetries(const SideBreaks &breaks, bool mainWorked)
{
    RetryPlan plan;
    plan.negotiation = brokenIndexes(breaks.negotiation, mainWorked);
    plan.negotiation.removeAll(0); // the primary request is the main path, never a side one
    plan.tlsVersions = brokenIndexes(breaks.tlsVersions, mainWorked);
    plan.weakCipher = mainWorked && breaks.weakCipher != SideBreak::None;
    plan.rdpOffers = brokenIndexes(breaks.rdpOffers, mainWorked);
    return plan;
}

} // namespace rdpdiag
