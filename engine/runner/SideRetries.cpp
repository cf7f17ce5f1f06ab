// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/SideRetries.h"

#include "net/ConnectionPacer.h"
#include "net/Deadline.h"
#include "probes/ConnectionLimitProbe.h"
#include "probes/NegotiationProbe.h"
#include "probes/NetworkProbes.h"
#include "probes/RdpSecurityProbe.h"
#include "probes/TlsProbe.h"
#include "support/Log.h"

#include <algorithm>
#include <optional>
#include <thread>

namespace rdpdiag {

namespace {

/** How often the pause before a retry looks at the cancel token. */
constexpr std::chrono::milliseconds kCancelPoll{2};

/** The retries, one at a time, within one deadline. */
class RetryTurns
{
public:
    RetryTurns(std::chrono::milliseconds timeout, const CancelToken &cancel)
        : m_timeout(timeout), m_phase(Deadline::in(timeout)), m_cancel(cancel)
    {}

    /** After a short pause: the budget of the next retry, or nullopt when the phase is over
     * (its deadline passed, or the run was cancelled). */
    std::optional<std::chrono::milliseconds> next()
    {
        const Deadline pause = Deadline::in(kSideConnectionGap);
        while (!pause.expired() && !m_cancel.isCancelled())
            std::this_thread::sleep_for(std::min(kCancelPoll, pause.remaining()));
        if (m_cancel.isCancelled() || m_phase.expired())
            return std::nullopt;
        return std::min(m_timeout, m_phase.remaining());
    }

    /** Counts a retry that was made and whether it got its answer alone. */
    void made(SideBreak broke)
    {
        ++m_facts.retried;
        if (broke == SideBreak::None)
            ++m_facts.recovered;
    }

    const Deadline &phase() const { return m_phase; }
    SideRetryFacts &facts() { return m_facts; }

private:
    std::chrono::milliseconds m_timeout;
    Deadline m_phase;
    const CancelToken &m_cancel;
    SideRetryFacts m_facts;
};

void retryNegotiation(NegotiationFacts &negotiation, QList<TcpAttempt> &connects,
                      const QList<int> &indexes, const QString &address, quint16 port,
                      RetryTurns &turns, const CancelToken &cancel)
{
    for (const int index : indexes) {
        const auto budget = turns.next();
        if (!budget)
            return;
        NegotiationSide retry = negotiateOnSideConnection(
            address, port, negotiation.probes.at(index).requested, *budget, cancel);
        if (retry.probe.outcome == NegotiationProbe::Outcome::Cancelled)
            return;
        retry.probe.retried = true;
        negotiation.probes[index] = retry.probe;
        if (index - 1 < connects.size())
            connects[index - 1] = retry.connect;
        turns.made(retry.broke);
    }
}

void retryRdpOffers(RdpSecurityFacts &rdp, const QList<int> &indexes, const QString &address,
                    quint16 port, RetryTurns &turns, const CancelToken &cancel)
{
    for (const int index : indexes) {
        const auto budget = turns.next();
        if (!budget)
            return;
        RdpSecurityOfferRun retry =
            offerRdpEncryption(address, port, rdp.offers.at(index).offered, *budget, cancel);
        if (retry.offer.outcome == RdpSecurityOffer::Outcome::Cancelled)
            return;
        retry.offer.retried = true;
        rdp.offers[index] = retry.offer;
        turns.made(retry.broke);
    }
}

void retryTls(TlsFacts &tls, const RetryPlan &plan, quint32 request, const QString &address,
              const Target &target, RetryTurns &turns, const CancelToken &cancel)
{
    for (const int index : plan.tlsVersions) {
        const auto budget = turns.next();
        if (!budget)
            return;
        TlsSideAttempt retry = tlsVersionAttempt(address, target, request,
                                                 tls.versions.at(index).version, *budget, cancel);
        if (retry.attempt.outcome == TlsAttempt::Outcome::Cancelled)
            return;
        retry.attempt.retried = true;
        tls.versions[index] = retry.attempt;
        turns.made(retry.broke);
    }
    if (!plan.weakCipher)
        return;
    const auto budget = turns.next();
    if (!budget)
        return;
    TlsSideAttempt retry = weakCipherAttempt(address, target, request, *budget, cancel);
    if (retry.attempt.outcome == TlsAttempt::Outcome::Cancelled)
        return;
    retry.attempt.retried = true;
    recordWeakCipherAttempt(tls, retry.attempt);
    turns.made(retry.broke);
}

} // namespace

void retrySideConnections(Facts &facts, SideConnections sides, const Target &target,
                          std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    if (!facts.tcp || !facts.negotiation || cancel.isCancelled())
        return;
    const bool mainWorked = mainPathWorked(*facts.negotiation);
    RetryPlan plan = planRetries(sides.breaks, mainWorked);
    if (plan.isEmpty())
        return;
    const QString address = facts.tcp->connectedAddress;
    const quint16 port = target.port;
    const ConnectionPurpose purpose(QStringLiteral("retry")); // "retry: tls 1.2" …
    RetryTurns turns(timeout, cancel);
    turns.facts().broken = plan.size();
    log::debug("side retries: {} connections broke among the others; trying them alone",
               plan.size());

    retryNegotiation(*facts.negotiation, sides.negotiationConnects, plan.negotiation, address, port,
                     turns, cancel);
    deriveSupport(*facts.negotiation);
    facts.tcp->samples.clear();
    addLatencySamples(*facts.tcp, sides.negotiationConnects);

    // Standard RDP Security's stage, when the request for it selected it only when alone.
    if (facts.negotiation->rdpSupported && !facts.rdpSecurity) {
        if (const auto budget = turns.next()) {
            const RdpSecurityStageResult stage =
                runRdpSecurityStage(address, port, *budget, cancel);
            facts.rdpSecurity = stage.facts;
            SideBreaks offers;
            offers.rdpOffers = stage.breaks;
            plan.rdpOffers = planRetries(offers, mainWorked).rdpOffers;
            turns.facts().broken += static_cast<int>(plan.rdpOffers.size());
        }
    }
    if (facts.rdpSecurity)
        retryRdpOffers(*facts.rdpSecurity, plan.rdpOffers, address, port, turns, cancel);

    if (facts.tls) {
        if (const std::optional<quint32> request = tlsRequestFor(*facts.negotiation))
            retryTls(*facts.tls, plan, *request, address, target, turns, cancel);
    }

    SideRetryFacts &retries = turns.facts();
    if (retries.recovered > 0 && !cancel.isCancelled()) {
        const ConnectionLimitMeasure limit =
            measureConnectionLimit(address, port, kNegotiationMatrix[0], turns.phase(), cancel);
        retries.simultaneous = limit.simultaneous;
        retries.simultaneousDetail = limit.detail;
    }
    log::info("side retries: {} broke, {} tried alone, {} answered; the server held {} at once",
              retries.broken, retries.retried, retries.recovered,
              retries.simultaneous ? QString::number(*retries.simultaneous) : QStringLiteral("?"));
    facts.tcp->sideRetries = retries;
}

} // namespace rdpdiag
