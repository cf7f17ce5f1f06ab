// SPDX-License-Identifier: GPL-3.0-or-later
// The identifying fields of every facts type (declared in their headers). Fields whose JSON
// keys are vocabulary (bundle/Redaction: outcomes, versions, ciphers, thumbprints, platform,
// source, type, method, role …) are not listed: they hold the tool's own words.
#include "model/Identifiers.h"
#include "model/Facts.h"

namespace rdpdiag {

namespace {

void field(IdentifierSink &sink, IdentifierKind kind, QString &value)
{
    if (!value.isEmpty())
        sink.identifier(kind, value);
}

void fields(IdentifierSink &sink, IdentifierKind kind, QStringList &values)
{
    for (QString &value : values)
        field(sink, kind, value);
}

void visitFirewall(FirewallReading &reading, IdentifierSink &sink)
{
    using K = IdentifierKind;
    field(sink, K::Text, reading.detail);
    field(sink, K::Address, reading.remoteAddress);
    for (FirewallVerdict &verdict : reading.verdicts) {
        field(sink, K::Text, verdict.rule);
        field(sink, K::Text, verdict.comment);
        field(sink, K::Text, verdict.location);
        fields(sink, K::Text, verdict.conditions);
    }
}

} // namespace

void visitIdentifiers(DnsFacts &facts, IdentifierSink &sink)
{
    fields(sink, IdentifierKind::Address, facts.ipv4);
    fields(sink, IdentifierKind::Address, facts.ipv6);
    field(sink, IdentifierKind::Text, facts.error);
}

void visitIdentifiers(TcpAttempt &facts, IdentifierSink &sink)
{
    field(sink, IdentifierKind::Address, facts.address);
    field(sink, IdentifierKind::Text, facts.error);
}

void visitIdentifiers(TcpFacts &facts, IdentifierSink &sink)
{
    for (TcpAttempt &attempt : facts.attempts)
        visitIdentifiers(attempt, sink);
    field(sink, IdentifierKind::Address, facts.connectedAddress);
    for (TcpAttempt &sample : facts.samples)
        visitIdentifiers(sample, sink);
    if (facts.sideRetries)
        field(sink, IdentifierKind::Text, facts.sideRetries->simultaneousDetail);
}

void visitIdentifiers(NegotiationFacts &facts, IdentifierSink &sink)
{
    for (NegotiationProbe &probe : facts.probes)
        field(sink, IdentifierKind::Text, probe.detail);
}

void visitIdentifiers(RdpSecurityFacts &facts, IdentifierSink &sink)
{
    for (RdpSecurityOffer &offer : facts.offers)
        field(sink, IdentifierKind::Text, offer.detail);
}

void visitIdentifiers(TlsAttempt &facts, IdentifierSink &sink)
{
    field(sink, IdentifierKind::Text, facts.detail);
}

void visitIdentifiers(TlsFacts &facts, IdentifierSink &sink)
{
    visitIdentifiers(facts.main, sink);
    for (TlsAttempt &attempt : facts.versions)
        visitIdentifiers(attempt, sink);
    if (facts.weakCipherAttempt)
        visitIdentifiers(*facts.weakCipherAttempt, sink);
    if (facts.pathMtu) {
        if (facts.pathMtu->attempt)
            visitIdentifiers(*facts.pathMtu->attempt, sink);
        field(sink, IdentifierKind::Text, facts.pathMtu->skipped);
    }
}

void visitIdentifiers(CertificateFacts &facts, IdentifierSink &sink)
{
    using K = IdentifierKind;
    field(sink, K::DistinguishedName, facts.subject);
    field(sink, K::DistinguishedName, facts.issuer);
    field(sink, K::Host, facts.commonName);
    fields(sink, K::SubjectAltName, facts.san);
    fields(sink, K::Text, facts.verifyErrors);
}

void visitIdentifiers(CredsspFacts &facts, IdentifierSink &sink)
{
    using K = IdentifierKind;
    field(sink, K::Text, facts.detail);
    if (!facts.ntlm)
        return;
    NtlmFacts &ntlm = *facts.ntlm;
    field(sink, K::Host, ntlm.dnsComputer);
    field(sink, K::Host, ntlm.netbiosComputer);
    field(sink, K::Domain, ntlm.dnsDomain);
    field(sink, K::Domain, ntlm.dnsTree);
    field(sink, K::Domain, ntlm.netbiosDomain);
    field(sink, K::Domain, ntlm.targetName);
}

void visitIdentifiers(LocalFacts &facts, IdentifierSink &sink)
{
    using K = IdentifierKind;
    for (NetworkInterfaceFacts &interface : facts.interfaces) {
        field(sink, K::Name, interface.name);
        fields(sink, K::Address, interface.addresses);
    }
    for (RouteFacts &route : facts.routes) {
        field(sink, K::Address, route.destination);
        field(sink, K::Name, route.interfaceName);
        field(sink, K::Address, route.gateway);
        field(sink, K::Address, route.sourceAddress);
        field(sink, K::Address, route.prefix);
        field(sink, K::Text, route.error);
    }
    fields(sink, K::Address, facts.dnsServers);
    fields(sink, K::Domain, facts.dnsSearch);
    if (facts.proxy) {
        field(sink, K::Url, facts.proxy->httpProxy);
        field(sink, K::Url, facts.proxy->httpsProxy);
        field(sink, K::Url, facts.proxy->allProxy);
        field(sink, K::HostList, facts.proxy->noProxy);
    }
    for (FirewallReading &reading : facts.firewalls)
        visitFirewall(reading, sink);
    for (ConnectivityProbe &probe : facts.connectivity) {
        field(sink, K::Address, probe.address);
        field(sink, K::Text, probe.error);
    }
    fields(sink, K::Text, facts.notCollected);
}

void visitIdentifiers(GatewayFacts &facts, IdentifierSink &sink)
{
    using K = IdentifierKind;
    field(sink, K::Host, facts.host);
    if (facts.dns)
        visitIdentifiers(*facts.dns, sink);
    for (TcpAttempt &attempt : facts.tcp)
        visitIdentifiers(attempt, sink);
    field(sink, K::Address, facts.connectedAddress);
    if (facts.tls)
        visitIdentifiers(*facts.tls, sink);
    if (facts.certificate)
        visitIdentifiers(*facts.certificate, sink);
    field(sink, K::Text, facts.httpStatusLine);
    fields(sink, K::Text, facts.authSchemes);
}

void visitIdentifiers(ServerFacts &facts, IdentifierSink &sink)
{
    using K = IdentifierKind;
    field(sink, K::Host, facts.hostName);
    for (ServiceFacts &service : facts.services) {
        field(sink, K::Text, service.name);
        field(sink, K::User, service.account);
        field(sink, K::Text, service.detail);
    }
    for (ListenerFacts &listener : facts.listeners) {
        field(sink, K::Address, listener.address);
        field(sink, K::Text, listener.process);
    }
    for (FirewallReading &reading : facts.firewalls)
        visitFirewall(reading, sink);
    fields(sink, K::Text, facts.notCollected);
    if (facts.xrdp) {
        XrdpFacts &x = *facts.xrdp;
        field(sink, K::FilePath, x.configPath);
        field(sink, K::Text, x.configError);
        fields(sink, K::Text, x.portValues);
        for (QString *setting : {&x.securityLayer, &x.cryptLevel, &x.sslProtocols, &x.tlsCiphers})
            field(sink, K::Text, *setting);
        field(sink, K::FilePath, x.certificate);
        field(sink, K::FilePath, x.keyFile);
        if (x.tlsFiles) {
            TlsFilesFacts &files = *x.tlsFiles;
            field(sink, K::FilePath, files.certificatePath);
            field(sink, K::FilePath, files.keyPath);
            field(sink, K::User, files.account);
            field(sink, K::Text, files.certificateError);
            field(sink, K::Text, files.keyError);
            if (files.certificate)
                visitIdentifiers(*files.certificate, sink);
        }
        field(sink, K::FilePath, x.logPath);
        field(sink, K::Text, x.logError);
        fields(sink, K::Text, x.recentErrors);
    }
    if (facts.windows) {
        WindowsRdpFacts &w = *facts.windows;
        for (StoreCertificateFacts &certificate : w.certificates) {
            field(sink, K::Text, certificate.store);
            field(sink, K::DistinguishedName, certificate.subject);
        }
        for (SchannelFacts &entry : w.schannel) {
            field(sink, K::Text, entry.protocol);
            field(sink, K::Text, entry.side);
        }
        for (AclEntryFacts &entry : w.machineKeysAcl) {
            field(sink, K::User, entry.principal);
            field(sink, K::Sid, entry.sid);
            field(sink, K::Text, entry.rights);
        }
        fields(sink, K::Host, w.licenseServers);
        for (WindowsEventFacts &event : w.events) {
            field(sink, K::Text, event.level);
            field(sink, K::Text, event.message);
        }
    }
}

void visitStageIdentifiers(FactsStage stage, Facts &facts, IdentifierSink &sink)
{
    if (!hasStageFacts(stage, facts))
        return;
    switch (stage) {
    case FactsStage::Dns:
        return visitIdentifiers(*facts.dns, sink);
    case FactsStage::Tcp:
        return visitIdentifiers(*facts.tcp, sink);
    case FactsStage::X224:
        return visitIdentifiers(*facts.negotiation, sink);
    case FactsStage::RdpSecurity:
        return visitIdentifiers(*facts.rdpSecurity, sink);
    case FactsStage::Tls:
        return visitIdentifiers(*facts.tls, sink);
    case FactsStage::Certificate:
        return visitIdentifiers(*facts.certificate, sink);
    case FactsStage::Credssp:
        return visitIdentifiers(*facts.credssp, sink);
    case FactsStage::Local:
        return visitIdentifiers(*facts.local, sink);
    case FactsStage::Gateway:
        return visitIdentifiers(*facts.local->gateway, sink);
    case FactsStage::Server:
        return visitIdentifiers(*facts.server, sink);
    }
}

void collectStageIdentifiers(FactsStage stage, const Facts &facts, IdentifierSink &sink)
{
    Facts copy = facts;
    visitStageIdentifiers(stage, copy, sink);
}

} // namespace rdpdiag
