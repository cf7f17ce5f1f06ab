// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/StageSummaries.h"

#include "rules/RuleSupport.h"
#include "wire/X224.h"

namespace rdpdiag {

namespace {

QString inputSummary(const RuleContext &context)
{
    const QString endpoint = endpointText(context.target.host, context.target.port);
    if (context.target.source == Target::Source::RdpFile)
        return RuleText::tr("%1, from the .rdp file").arg(endpoint);
    return endpoint;
}

QString dnsSummary(const DnsFacts &dns)
{
    switch (dns.outcome) {
    case DnsFacts::Outcome::Literal:
        return RuleText::tr("IP address given, no lookup needed");
    case DnsFacts::Outcome::Resolved:
        return RuleText::tr("resolved to %1").arg(dns.addresses().join(QStringLiteral(", ")));
    case DnsFacts::Outcome::NotFound:
        return RuleText::tr("the name does not exist");
    case DnsFacts::Outcome::NoAnswer:
        return RuleText::tr("the name has no address");
    case DnsFacts::Outcome::Timeout:
        return RuleText::tr("no answer from the name server");
    case DnsFacts::Outcome::Failed:
        return RuleText::tr("lookup failed: %1").arg(dns.error);
    case DnsFacts::Outcome::Cancelled:
        return RuleText::tr("cancelled");
    }
    return {};
}

QString tcpSummary(const TcpFacts &tcp, quint16 port)
{
    if (tcp.connectedAddress.isEmpty()) {
        if (tcp.attempts.isEmpty())
            return RuleText::tr("no address to connect to");
        const TcpAttempt &last = tcp.attempts.last();
        return RuleText::tr("%1: %2").arg(endpointText(last.address, port),
                                          ioOutcomeString(last.outcome));
    }
    const QString median =
        tcp.medianConnectMs ? QString::number(*tcp.medianConnectMs, 'f', 0) : QStringLiteral("?");
    return RuleText::tr("connected to %1 (median %2 ms, %3 of %4 attempts failed)")
        .arg(endpointText(tcp.connectedAddress, port), median)
        .arg(tcp.samplesFailed)
        .arg(tcp.samples.size() + 1);
}

QString x224Summary(const NegotiationFacts &negotiation)
{
    if (negotiation.probes.isEmpty())
        return {};
    const NegotiationProbe &primary = negotiation.probes.first();
    QStringList supported;
    if (negotiation.rdpSupported)
        supported << QStringLiteral("rdp");
    if (negotiation.supportedMask)
        supported << wire::protocolIds(negotiation.supportedMask);
    const QString supportedText =
        supported.isEmpty() ? RuleText::tr("none") : supported.join(QStringLiteral(", "));
    switch (primary.outcome) {
    case NegotiationProbe::Outcome::Selected:
        return RuleText::tr("server selected %1; accepts: %2")
            .arg(wire::selectedProtocolId(primary.selected.value_or(0)), supportedText);
    case NegotiationProbe::Outcome::Failure:
        return RuleText::tr("server refused: %1; accepts: %2")
            .arg(wire::failureCodeName(primary.failureCode.value_or(0)), supportedText);
    default:
        return RuleText::tr("%1 after the Connection Request (%2 ms)")
            .arg(negotiationOutcomeString(primary.outcome))
            .arg(primary.durationMs);
    }
}

QString tlsSummary(const TlsFacts &tls)
{
    const TlsAttempt &main = tls.main;
    if (main.outcome == TlsAttempt::Outcome::Established)
        return RuleText::tr("%1, %2").arg(main.negotiatedVersion, main.cipher);
    if (main.outcome == TlsAttempt::Outcome::Alert)
        return RuleText::tr("alert %1 (%2)").arg(main.alertName).arg(main.alertCode.value_or(0));
    return RuleText::tr("%1 after %2 ms, %3 bytes received")
        .arg(tlsOutcomeString(main.outcome))
        .arg(main.durationMs)
        .arg(main.bytesReceived);
}

QString credsspSummary(const CredsspFacts &credssp)
{
    if (credssp.outcome == CredsspFacts::Outcome::Challenge && credssp.ntlm) {
        const QString name = !credssp.ntlm->dnsComputer.isEmpty() ? credssp.ntlm->dnsComputer
                                                                  : credssp.ntlm->netbiosComputer;
        return RuleText::tr("NTLM challenge from %1, CredSSP version %2")
            .arg(name)
            .arg(credssp.version.value_or(0));
    }
    return credsspOutcomeString(credssp.outcome);
}

bool stageRan(StageId stage, const Facts &facts)
{
    switch (stage) {
    case StageId::Input:
        return true;
    case StageId::Dns:
        return facts.dns.has_value();
    case StageId::Tcp:
        return facts.tcp.has_value();
    case StageId::X224:
        return facts.negotiation && !facts.negotiation->probes.isEmpty();
    case StageId::Tls:
        return facts.tls && facts.tls->main.outcome != TlsAttempt::Outcome::NotAttempted;
    case StageId::Credssp:
        return facts.credssp && facts.credssp->outcome != CredsspFacts::Outcome::NotAttempted;
    }
    return false;
}

QString summaryFor(StageId stage, const Facts &facts, const RuleContext &context)
{
    switch (stage) {
    case StageId::Input:
        return inputSummary(context);
    case StageId::Dns:
        return dnsSummary(*facts.dns);
    case StageId::Tcp:
        return tcpSummary(*facts.tcp, context.target.port);
    case StageId::X224:
        return x224Summary(*facts.negotiation);
    case StageId::Tls:
        return tlsSummary(*facts.tls);
    case StageId::Credssp:
        return credsspSummary(*facts.credssp);
    }
    return {};
}

QString skippedReason(StageId stage, const Facts &facts)
{
    if (stage == StageId::Tls && facts.negotiation && !facts.negotiation->probes.isEmpty() &&
        facts.negotiation->probes.first().outcome == NegotiationProbe::Outcome::Selected)
        return RuleText::tr("not used: the server selected Standard RDP Security");
    if (stage == StageId::Credssp && facts.tls &&
        facts.tls->main.outcome == TlsAttempt::Outcome::Established)
        return RuleText::tr("not used: the server did not select CredSSP");
    return RuleText::tr("not reached");
}

} // namespace

QList<StageResult> summarizeStages(const Facts &facts, const QList<Finding> &findings,
                                   const StageDurations &durations, const RuleContext &context)
{
    QList<StageResult> stages;
    for (const StageId id : kAllStages) {
        StageResult stage;
        stage.id = id;
        stage.durationMs = durations.value(id, 0);
        if (!stageRan(id, facts)) {
            stage.status = StageStatus::Skipped;
            stage.summary = skippedReason(id, facts);
            stages << stage;
            continue;
        }
        stage.status = StageStatus::Passed;
        for (const Finding &finding : findings) {
            if (finding.stage != id)
                continue;
            if (finding.severity == Severity::Error)
                stage.status = StageStatus::Failed;
            else if (finding.severity == Severity::Warning && stage.status == StageStatus::Passed)
                stage.status = StageStatus::Warning;
        }
        stage.summary = summaryFor(id, facts, context);
        stages << stage;
    }
    return stages;
}

} // namespace rdpdiag
