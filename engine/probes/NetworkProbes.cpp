// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/NetworkProbes.h"

#include "net/Resolver.h"
#include "support/Log.h"

#include <algorithm>

namespace rdpdiag {

namespace {

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return static_cast<double>(values[n / 2]);
    return (static_cast<double>(values[n / 2 - 1]) + static_cast<double>(values[n / 2])) / 2.0;
}

} // namespace

TcpAttempt connectTimed(const QString &address, quint16 port, std::chrono::milliseconds timeout,
                        const CancelToken &cancel, std::unique_ptr<TcpConnection> &connection)
{
    const auto start = std::chrono::steady_clock::now();
    const IoResult result =
        TcpConnection::connect(address, port, Deadline::in(timeout), cancel, connection);
    TcpAttempt attempt;
    attempt.address = address;
    attempt.outcome = result.outcome;
    attempt.error = result.error;
    attempt.durationMs = elapsedMs(start);
    log::debug("tcp connect {} port {} → {} ({} ms) {}", address, port,
               ioOutcomeString(result.outcome), attempt.durationMs, result.error);
    return attempt;
}

DnsFacts runDnsStage(const Target &target, std::chrono::milliseconds timeout,
                     const CancelToken &cancel)
{
    if (target.isIpLiteral) {
        DnsFacts facts;
        facts.outcome = DnsFacts::Outcome::Literal;
        (target.host.contains(QLatin1Char(':')) ? facts.ipv6 : facts.ipv4) << target.host;
        return facts;
    }
    DnsFacts facts = resolveHost(target.host, Deadline::in(timeout), cancel);
    log::debug("dns {} → {} v4={} v6={} ({} ms) {}", target.host, dnsOutcomeString(facts.outcome),
               facts.ipv4.join(QLatin1Char(',')), facts.ipv6.join(QLatin1Char(',')),
               facts.durationMs, facts.error);
    return facts;
}

TcpStageResult runTcpStage(const QStringList &addresses, quint16 port,
                           std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    TcpStageResult result;
    const ConnectionPurpose purpose(QStringLiteral("primary"));
    for (const QString &address : addresses) {
        std::unique_ptr<TcpConnection> connection;
        const TcpAttempt attempt = connectTimed(address, port, timeout, cancel, connection);
        result.facts.attempts << attempt;
        if (attempt.outcome == IoOutcome::Ok) {
            result.facts.connectedAddress = address;
            result.facts.medianConnectMs = static_cast<double>(attempt.durationMs);
            result.connection = std::move(connection);
            break;
        }
        if (attempt.outcome == IoOutcome::Cancelled)
            break;
    }
    return result;
}

void addLatencySamples(TcpFacts &facts, const QList<TcpAttempt> &samples)
{
    if (facts.connectedAddress.isEmpty())
        return;
    for (const TcpAttempt &sample : samples)
        if (sample.outcome != IoOutcome::Cancelled)
            facts.samples << sample;
    QList<qint64> times{facts.attempts.last().durationMs};
    facts.samplesFailed = 0;
    for (const TcpAttempt &sample : std::as_const(facts.samples)) {
        if (sample.outcome == IoOutcome::Ok)
            times << sample.durationMs;
        else
            ++facts.samplesFailed;
    }
    facts.medianConnectMs = median(times);
}

} // namespace rdpdiag
