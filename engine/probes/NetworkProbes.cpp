// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/NetworkProbes.h"

#include "net/Resolver.h"
#include "support/Log.h"

#include <algorithm>

namespace rdpdiag {

namespace {

TcpAttempt attemptConnect(const QString &address, quint16 port, std::chrono::milliseconds timeout,
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

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return static_cast<double>(values[n / 2]);
    return (static_cast<double>(values[n / 2 - 1]) + static_cast<double>(values[n / 2])) / 2.0;
}

} // namespace

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
                           std::chrono::milliseconds timeout, const CancelToken &cancel,
                           int samples)
{
    TcpStageResult result;
    for (const QString &address : addresses) {
        std::unique_ptr<TcpConnection> connection;
        const TcpAttempt attempt = attemptConnect(address, port, timeout, cancel, connection);
        result.facts.attempts << attempt;
        if (attempt.outcome == IoOutcome::Ok) {
            result.facts.connectedAddress = address;
            result.connection = std::move(connection);
            break;
        }
        if (attempt.outcome == IoOutcome::Cancelled)
            return result;
    }
    if (result.facts.connectedAddress.isEmpty())
        return result;

    QList<qint64> times{result.facts.attempts.last().durationMs};
    for (int i = 0; i < samples && !cancel.isCancelled(); ++i) {
        std::unique_ptr<TcpConnection> sample;
        const TcpAttempt attempt =
            attemptConnect(result.facts.connectedAddress, port, timeout, cancel, sample);
        if (attempt.outcome == IoOutcome::Cancelled)
            break;
        result.facts.samples << attempt;
        if (attempt.outcome == IoOutcome::Ok) {
            times << attempt.durationMs;
            sample->abort(); // RST: no TIME_WAIT, and the server's accept returns at once
        } else {
            ++result.facts.samplesFailed;
        }
    }
    result.facts.medianConnectMs = median(times);
    return result;
}

} // namespace rdpdiag
