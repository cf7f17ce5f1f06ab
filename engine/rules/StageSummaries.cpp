// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/StageSummaries.h"

#include "model/Facts.h"
#include "rules/PathMtuRules.h"
#include "rules/RuleSupport.h"
#include "wire/Gcc.h"
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

/** What Standard RDP Security's encryption offers showed, appended to the x224 summary. */
QString rdpSecuritySummary(const std::optional<RdpSecurityFacts> &rdpSecurity)
{
    if (!rdpSecurity)
        return {};
    const auto level = rdpSecurityLevel(*rdpSecurity);
    if (!level)
        return {};
    const quint32 accepted = rdpSecurityAcceptedMethods(*rdpSecurity);
    return RuleText::tr("; Standard RDP Security: level %1, accepts %2")
        .arg(wire::encryptionLevelId(*level),
             accepted ? wire::encryptionMethodIds(accepted).join(QStringLiteral(", "))
                      : RuleText::tr("none of the methods offered"));
}

QString tlsSummary(const TlsFacts &tls)
{
    const TlsAttempt &main = tls.main;
    if (main.outcome == TlsAttempt::Outcome::Established)
        return RuleText::tr("%1, %2").arg(main.negotiatedVersion, main.cipher);
    if (main.outcome == TlsAttempt::Outcome::Alert)
        return RuleText::tr("alert %1 (%2)").arg(main.alertName).arg(main.alertCode.value_or(0));
    QString summary = RuleText::tr("%1 after %2 ms, %3 bytes received")
                          .arg(tlsOutcomeString(main.outcome))
                          .arg(main.durationMs)
                          .arg(main.bytesReceived);
    if (tls.pathMtu) {
        const std::optional<bool> blackHole = pathMtuVerdict(main, *tls.pathMtu).blackHole;
        if (blackHole == true)
            summary += RuleText::tr("; a handshake with TCP segments of at most %1 bytes "
                                    "completed")
                           .arg(tls.pathMtu->maxSegment);
        else if (blackHole == false)
            summary += RuleText::tr("; a handshake with TCP segments of at most %1 bytes "
                                    "stalled too")
                           .arg(tls.pathMtu->maxSegment);
    }
    return summary;
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

/** This computer's side: the route toward the target, the firewalls read, the gateway. */
QString localSummary(const LocalFacts &local)
{
    QStringList parts;
    if (!local.routes.isEmpty()) {
        const RouteFacts &route = local.routes.first();
        if (!route.found) {
            parts << RuleText::tr("no route to %1").arg(route.destination);
        } else {
            int mtu = 0;
            for (const NetworkInterfaceFacts &interface : local.interfaces)
                if (interface.name == route.interfaceName && interface.mtu)
                    mtu = *interface.mtu;
            if (route.pathMtu)
                mtu = mtu == 0 ? *route.pathMtu : std::min(mtu, *route.pathMtu);
            parts << (mtu > 0 ? RuleText::tr("via %1 (MTU %2)").arg(route.interfaceName).arg(mtu)
                              : RuleText::tr("via %1").arg(route.interfaceName));
        }
    }
    QStringList read;
    for (const FirewallReading &reading : local.firewalls)
        if (reading.status == FirewallReading::Status::Read && !read.contains(reading.source))
            read << reading.source;
    parts << (read.isEmpty()
                  ? RuleText::tr("no active firewall found")
                  : RuleText::tr("firewalls read: %1").arg(read.join(QStringLiteral(", "))));
    if (local.gateway)
        parts << RuleText::tr("gateway %1:%2").arg(local.gateway->host).arg(local.gateway->port);
    return parts.join(QStringLiteral("; "));
}

/** The server self-check: the service and where it listens. */
QString serverSummary(const ServerFacts &server)
{
    QStringList parts;
    for (const ServiceFacts &service : server.services) {
        if (service.state == ServiceFacts::State::NotInstalled)
            continue;
        parts << QStringLiteral("%1: %2").arg(service.name, serviceStateString(service.state));
        break;
    }
    QStringList listening;
    for (const ListenerFacts &listener : server.listeners)
        listening << endpointText(listener.address, listener.port);
    listening.removeDuplicates();
    if (!listening.isEmpty())
        parts << RuleText::tr("listening on %1").arg(listening.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        parts << RuleText::tr("no Remote Desktop service found");
    return parts.join(QStringLiteral("; "));
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
    case StageId::Local:
        return facts.local.has_value();
    case StageId::Server:
        return facts.server.has_value();
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
        return x224Summary(*facts.negotiation) + rdpSecuritySummary(facts.rdpSecurity);
    case StageId::Tls:
        return tlsSummary(*facts.tls);
    case StageId::Credssp:
        return credsspSummary(*facts.credssp);
    case StageId::Local:
        return localSummary(*facts.local);
    case StageId::Server:
        return serverSummary(*facts.server);
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
        // The server stage is listed when the server was checked; a self-check of its own
        // (`rdpdiag --server`: no client stage ran) lists nothing else.
        const bool selfCheckOnly = facts.server && !facts.dns;
        if (id == StageId::Server ? !facts.server : selfCheckOnly)
            continue;
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
