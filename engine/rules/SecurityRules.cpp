// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/SecurityRules.h"

#include "report/FactsJson.h"
#include "rules/RuleSupport.h"
#include "wire/X224.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

using Outcome = NegotiationProbe::Outcome;

QString requestText(quint32 requested)
{
    return wire::protocolIds(requested).join(QLatin1Char('+'));
}

/** Evidence shared by the security.* findings: every probe of the matrix. */
QJsonObject matrixEvidence(const NegotiationFacts &negotiation)
{
    return negotiationFactsToJson(negotiation);
}

/** Requests of the matrix that received failure @p code, as "ssl", "rdp"… for the text. */
QStringList requestsWithFailure(const NegotiationFacts &negotiation, quint32 code)
{
    QStringList requests;
    for (const auto &probe : negotiation.probes)
        if (probe.outcome == Outcome::Failure && probe.failureCode == code)
            requests << requestText(probe.requested);
    return requests;
}

void evaluatePrimary(const NegotiationProbe &primary, const Facts &facts,
                     const RuleContext &context, QList<Finding> &findings)
{
    const QString endpoint = endpointText(probedAddress(facts, context), context.target.port);
    const QJsonObject evidence = negotiationProbeToJson(primary);
    const Placeholders values = placeholdersFor(facts, context);
    switch (primary.outcome) {
    case Outcome::Reset:
        findings << makeFinding(
            QStringLiteral("x224.reset"),
            RuleText::tr("%1 accepted the TCP connection, then reset it %2 ms after receiving the "
                         "X.224 Connection Request, without answering.")
                .arg(endpoint)
                .arg(primary.durationMs),
            evidence, values);
        break;
    case Outcome::Closed:
        findings << makeFinding(
            QStringLiteral("x224.closed"),
            primary.received.isEmpty()
                ? RuleText::tr("%1 closed the connection %2 ms after receiving the X.224 "
                               "Connection Request, without answering.")
                      .arg(endpoint)
                      .arg(primary.durationMs)
                : RuleText::tr("%1 closed the connection after sending only %2 bytes of a "
                               "Connection Confirm.")
                      .arg(endpoint)
                      .arg(primary.received.size()),
            evidence, values);
        break;
    case Outcome::Timeout:
        findings << makeFinding(
            QStringLiteral("x224.timeout"),
            RuleText::tr("%1 accepted the TCP connection but sent no complete Connection Confirm "
                         "within %2 ms (%3 bytes arrived).")
                .arg(endpoint)
                .arg(primary.durationMs)
                .arg(primary.received.size()),
            evidence, values);
        break;
    case Outcome::NotRdp:
        findings << makeFinding(
            QStringLiteral("x224.not_rdp"),
            RuleText::tr("What answers on %1 is not a Remote Desktop server; it sent: \"%2\".")
                .arg(endpoint, wire::printableText(primary.received).trimmed()),
            evidence, values);
        break;
    case Outcome::Malformed:
        findings << makeFinding(
            QStringLiteral("x224.malformed"),
            RuleText::tr("%1 answered with a TPKT packet that is not a valid Connection Confirm "
                         "(%2).")
                .arg(endpoint, primary.detail),
            evidence, values);
        break;
    case Outcome::Selected:
    case Outcome::Failure:
    case Outcome::ConnectFailed:
    case Outcome::Cancelled:
        break;
    }
}

} // namespace

SecurityPolicy deriveSecurityPolicy(const NegotiationFacts &facts)
{
    SecurityPolicy policy;
    policy.nlaSupported =
        (facts.supportedMask & (wire::ProtocolHybrid | wire::ProtocolHybridEx)) != 0;
    policy.tlsSupported = (facts.supportedMask & wire::ProtocolSsl) != 0;
    policy.rdpAllowed = facts.rdpSupported;
    bool downgradedFromTls = false;
    for (const auto &probe : facts.probes) {
        if (probe.outcome == Outcome::Selected || probe.outcome == Outcome::Failure)
            policy.answered = true;
        if (probe.outcome == Outcome::Selected && probe.selected == wire::ProtocolRdp &&
            (probe.requested & wire::ProtocolSsl) != 0)
            downgradedFromTls = true; // asked for TLS, got Standard RDP Security
        if (probe.outcome != Outcome::Failure || !probe.failureCode)
            continue;
        switch (*probe.failureCode) {
        case wire::SslRequiredByServer:
            if (probe.requested == wire::ProtocolRdp)
                policy.tlsRequired = true;
            break;
        case wire::SslNotAllowedByServer:
            policy.rdpOnly = true;
            break;
        case wire::SslCertNotOnServer:
            policy.noCertificate = true;
            break;
        case wire::InconsistentFlags:
            policy.inconsistentFlags = true;
            break;
        case wire::HybridRequiredByServer:
            policy.nlaRequired = true;
            break;
        case wire::SslWithUserAuthRequiredByServer:
            policy.userAuthRequired = true;
            break;
        default:
            break;
        }
    }
    if (downgradedFromTls && !policy.tlsSupported && !policy.nlaSupported)
        policy.rdpOnly = true;
    return policy;
}

QList<Finding> evaluateSecurityRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.negotiation || facts.negotiation->probes.isEmpty())
        return findings;
    const NegotiationFacts &negotiation = *facts.negotiation;
    evaluatePrimary(negotiation.probes.first(), facts, context, findings);

    const SecurityPolicy policy = deriveSecurityPolicy(negotiation);
    if (!policy.answered)
        return findings;
    const QJsonObject evidence = matrixEvidence(negotiation);
    const Placeholders values = placeholdersFor(facts, context);
    const QString host = context.target.host;

    if (policy.rdpOnly) {
        const QStringList refused = requestsWithFailure(negotiation, wire::SslNotAllowedByServer);
        findings << makeFinding(
            QStringLiteral("security.rdp_only"),
            refused.isEmpty()
                ? RuleText::tr(
                      "Asked for TLS, %1 selected Standard RDP Security instead: it offers "
                      "neither TLS nor Network Level Authentication.")
                      .arg(host)
                : RuleText::tr("%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set "
                               "to Standard RDP Security only.")
                      .arg(host, refused.join(QStringLiteral(", "))),
            evidence, values);
    }
    if (policy.noCertificate)
        findings << makeFinding(
            QStringLiteral("security.no_certificate"),
            RuleText::tr("%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable "
                         "certificate for TLS.")
                .arg(host, requestsWithFailure(negotiation, wire::SslCertNotOnServer)
                               .join(QStringLiteral(", "))),
            evidence, values);
    if (policy.inconsistentFlags)
        findings << makeFinding(
            QStringLiteral("security.inconsistent_flags"),
            RuleText::tr("%1 answered INCONSISTENT_FLAGS when asked for %2.")
                .arg(host, requestsWithFailure(negotiation, wire::InconsistentFlags)
                               .join(QStringLiteral(", "))),
            evidence, values);
    if (policy.tlsRequired)
        findings << makeFinding(
            QStringLiteral("security.tls_required"),
            RuleText::tr("%1 refuses Standard RDP Security (SSL_REQUIRED_BY_SERVER) and requires "
                         "TLS.")
                .arg(host),
            evidence, values);
    if (policy.nlaRequired)
        findings << makeFinding(
            QStringLiteral("security.nla_required"),
            RuleText::tr("%1 requires Network Level Authentication: it answered "
                         "HYBRID_REQUIRED_BY_SERVER to %2.")
                .arg(host, requestsWithFailure(negotiation, wire::HybridRequiredByServer)
                               .join(QStringLiteral(", "))),
            evidence, values);
    if (policy.userAuthRequired)
        findings << makeFinding(QStringLiteral("security.user_auth_required"),
                                RuleText::tr("%1 requires TLS with a client certificate "
                                             "(SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).")
                                    .arg(host),
                                evidence, values);
    if (policy.rdpAllowed && !policy.rdpOnly)
        findings << makeFinding(
            QStringLiteral("security.standard_rdp_allowed"),
            RuleText::tr("%1 still accepts Standard RDP Security when a client asks for it.")
                .arg(host),
            evidence, values);
    // Not when a bigger problem already explains the missing CredSSP (no certificate: no
    // TLS either; Standard RDP Security only).
    if (!policy.nlaSupported && !policy.nlaRequired && !policy.rdpOnly && !policy.noCertificate &&
        (policy.tlsSupported || policy.rdpAllowed))
        findings << makeFinding(
            QStringLiteral("security.nla_unsupported"),
            RuleText::tr("%1 did not select CredSSP (Network Level Authentication) when asked for "
                         "it.")
                .arg(host),
            evidence, values);
    return findings;
}

} // namespace rdpdiag
