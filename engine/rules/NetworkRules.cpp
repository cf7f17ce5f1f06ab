// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/NetworkRules.h"

#include "report/FactsJson.h"
#include "rules/RuleSupport.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

void evaluateDns(const DnsFacts &dns, const Facts &facts, const RuleContext &context,
                 QList<Finding> &findings)
{
    const QJsonObject evidence = dnsFactsToJson(dns);
    const Placeholders values = placeholdersFor(facts, context);
    switch (dns.outcome) {
    case DnsFacts::Outcome::NotFound:
        findings << makeFinding(
            QStringLiteral("dns.not_found"),
            RuleText::tr(
                "The name \"%1\" does not exist in DNS (the name server answered NXDOMAIN).")
                .arg(context.target.host),
            evidence, values);
        break;
    case DnsFacts::Outcome::NoAnswer:
        findings << makeFinding(
            QStringLiteral("dns.failed"),
            RuleText::tr("The name \"%1\" exists, but DNS has no IPv4 or IPv6 address for it.")
                .arg(context.target.host),
            evidence, values);
        break;
    case DnsFacts::Outcome::Timeout:
        findings << makeFinding(QStringLiteral("dns.failed"),
                                RuleText::tr("No name server answered for \"%1\" within %2 ms.")
                                    .arg(context.target.host)
                                    .arg(dns.durationMs),
                                evidence, values);
        break;
    case DnsFacts::Outcome::Failed:
        findings << makeFinding(
            QStringLiteral("dns.failed"),
            RuleText::tr("Looking up \"%1\" failed: %2.").arg(context.target.host, dns.error),
            evidence, values);
        break;
    case DnsFacts::Outcome::Literal:
    case DnsFacts::Outcome::Resolved:
    case DnsFacts::Outcome::Cancelled:
        break;
    }
}

/** The finding code for a failed connection attempt. */
QString codeForFailedConnect(IoOutcome outcome)
{
    switch (outcome) {
    case IoOutcome::Refused:
        return QStringLiteral("tcp.refused");
    case IoOutcome::Timeout:
        return QStringLiteral("tcp.timeout");
    default:
        return QStringLiteral("tcp.unreachable");
    }
}

QString observedForFailedConnect(const TcpAttempt &attempt, const RuleContext &context)
{
    const QString endpoint = endpointText(attempt.address, context.target.port);
    switch (attempt.outcome) {
    case IoOutcome::Refused:
        return RuleText::tr("%1 refused the connection after %2 ms: the computer is reachable, but "
                            "nothing accepts connections on port %3.")
            .arg(endpoint)
            .arg(attempt.durationMs)
            .arg(context.target.port);
    case IoOutcome::Timeout:
        return RuleText::tr("%1 did not answer the connection attempt within %2 ms.")
            .arg(endpoint)
            .arg(attempt.durationMs);
    default:
        return RuleText::tr("%1 cannot be reached from this computer: %2.")
            .arg(endpoint, attempt.error);
    }
}

/** tcp.connection_limit: side connections broke among the others and worked alone. */
Finding connectionLimitFinding(const SideRetryFacts &retries, const TcpFacts &tcp,
                               const RuleContext &context, const Placeholders &values)
{
    const QJsonObject evidence =
        tcpFactsToJson(tcp).value(QStringLiteral("side_retries")).toObject();
    QString observed = RuleText::tr("%1 of the connections this check opened to %2 at the same "
                                    "time broke before the server answered; tried again one at a "
                                    "time, %3 of them worked.")
                           .arg(retries.broken)
                           .arg(endpointText(tcp.connectedAddress, context.target.port))
                           .arg(retries.recovered);
    observed += QLatin1Char(' ');
    if (retries.simultaneous == 1)
        observed += RuleText::tr("The server held one connection at once and broke the next one.");
    else if (retries.simultaneous)
        observed += RuleText::tr("The server held %1 connections at once and broke the next one.")
                        .arg(*retries.simultaneous);
    else
        observed += RuleText::tr("How many connections it holds at once could not be "
                                 "determined (%1).")
                        .arg(retries.simultaneousDetail);
    return makeFinding(QStringLiteral("tcp.connection_limit"), observed, evidence, values);
}

void evaluateTcp(const TcpFacts &tcp, const Facts &facts, const RuleContext &context,
                 QList<Finding> &findings)
{
    const Placeholders values = placeholdersFor(facts, context);
    if (tcp.connectedAddress.isEmpty()) {
        // One finding per kind of failure: an IPv6 address may be unreachable while the
        // IPv4 one is refused, and both matter.
        QStringList seen;
        for (const auto &attempt : tcp.attempts) {
            if (attempt.outcome == IoOutcome::Cancelled || attempt.outcome == IoOutcome::Ok)
                continue;
            const QString code = codeForFailedConnect(attempt.outcome);
            if (seen.contains(code))
                continue;
            seen << code;
            QJsonObject evidence = tcpAttemptToJson(attempt);
            evidence.insert(QStringLiteral("port"), context.target.port);
            evidence.insert(QStringLiteral("timeout_ms"), context.timeoutMs);
            Placeholders attemptValues = values;
            attemptValues.insert(QStringLiteral("address"), attempt.address);
            findings << makeFinding(code, observedForFailedConnect(attempt, context), evidence,
                                    attemptValues);
        }
        return;
    }

    if (tcp.medianConnectMs && *tcp.medianConnectMs > kSlowConnectMs) {
        QJsonObject evidence{{QStringLiteral("median_connect_ms"), *tcp.medianConnectMs},
                             {QStringLiteral("threshold_ms"), kSlowConnectMs},
                             {QStringLiteral("samples"), tcp.samples.size() + 1}};
        findings << makeFinding(
            QStringLiteral("tcp.slow"),
            RuleText::tr("Setting up a connection to %1 took %2 ms (median of %3 attempts).")
                .arg(endpointText(tcp.connectedAddress, context.target.port))
                .arg(*tcp.medianConnectMs, 0, 'f', 0)
                .arg(tcp.samples.size() + 1),
            evidence, values);
    }
    if (tcp.samplesFailed > 0) {
        QJsonArray failed;
        for (const auto &sample : tcp.samples)
            if (sample.outcome != IoOutcome::Ok)
                failed.append(tcpAttemptToJson(sample));
        QJsonObject evidence{{QStringLiteral("attempts"), tcp.samples.size() + 1},
                             {QStringLiteral("failed"), failed}};
        findings << makeFinding(QStringLiteral("tcp.unstable"),
                                RuleText::tr("%1 of %2 connection attempts to %3 failed.")
                                    .arg(tcp.samplesFailed)
                                    .arg(tcp.samples.size() + 1)
                                    .arg(endpointText(tcp.connectedAddress, context.target.port)),
                                evidence, values);
    }
    if (tcp.sideRetries && tcp.sideRetries->recovered > 0)
        findings << connectionLimitFinding(*tcp.sideRetries, tcp, context, values);
}

} // namespace

QList<Finding> evaluateNetworkRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (facts.dns)
        evaluateDns(*facts.dns, facts, context, findings);
    if (facts.tcp)
        evaluateTcp(*facts.tcp, facts, context, findings);
    return findings;
}

} // namespace rdpdiag
