// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the connection pipeline's stages: dns, tcp, x224, tls, certificate, credssp.
#include "report/FactsHtmlStages.h"

#include "rules/PathMtuRules.h"
#include "wire/Gcc.h"
#include "wire/X224.h"

namespace rdpdiag::html {

namespace {

/** What the server answered one negotiation request. */
QString negotiationAnswer(const NegotiationProbe &probe)
{
    QStringList parts;
    if (probe.selected)
        parts << HtmlText::tr("selected %1").arg(wire::selectedProtocolId(*probe.selected));
    else if (probe.failureCode)
        parts << wire::failureCodeName(*probe.failureCode);
    if (probe.legacyConfirm)
        parts << HtmlText::tr("confirm without negotiation data");
    if (probe.retried)
        parts << HtmlText::tr("retried alone");
    if (probe.flags)
        parts << HtmlText::tr("flags %1").arg(wire::responseFlagIds(probe.flags).join(u'+'));
    if (!probe.detail.isEmpty())
        parts << probe.detail;
    return parts.join(QStringLiteral(" — "));
}

/** The bytes the server sent: as text when it is not RDP (a banner), else in hex. */
QString receivedBytes(const NegotiationProbe &probe)
{
    if (probe.received.isEmpty())
        return {};
    return probe.outcome == NegotiationProbe::Outcome::NotRdp
               ? code(wire::printableText(probe.received))
               : code(wire::hexDump(probe.received, 32));
}

} // namespace

void dnsRows(KeyValues &rows, const DnsFacts &dns)
{
    rows.code(HtmlText::tr("Outcome"), dnsOutcomeString(dns.outcome));
    if (dns.outcome != DnsFacts::Outcome::Literal) {
        rows.text(HtmlText::tr("IPv4 (A)"), listText(dns.ipv4));
        rows.text(HtmlText::tr("IPv6 (AAAA)"), listText(dns.ipv6));
    }
    rows.text(HtmlText::tr("Time"), duration(dns.durationMs));
    rows.text(HtmlText::tr("Error"), dns.error);
}

QString dnsFactsHtml(const DnsFacts &dns)
{
    KeyValues rows;
    dnsRows(rows, dns);
    return rows.html();
}

QString tcpAttemptsTable(const QList<TcpAttempt> &attempts)
{
    Table table({HtmlText::tr("Address"), HtmlText::tr("Outcome"), HtmlText::tr("Time"),
                 HtmlText::tr("Error")});
    for (const TcpAttempt &attempt : attempts)
        table.row({code(attempt.address), e(ioOutcomeString(attempt.outcome)),
                   e(duration(attempt.durationMs)), e(attempt.error)});
    return table.html();
}

QString tcpFactsHtml(const TcpFacts &tcp)
{
    KeyValues summary;
    summary.code(HtmlText::tr("Connected to"), tcp.connectedAddress);
    if (tcp.medianConnectMs)
        summary.text(HtmlText::tr("Median connect time"),
                     HtmlText::tr("%1 ms").arg(*tcp.medianConnectMs, 0, 'f', 1));
    if (!tcp.samples.isEmpty())
        summary.text(HtmlText::tr("Failed repeat connections"),
                     HtmlText::tr("%1 of %2").arg(tcp.samplesFailed).arg(tcp.samples.size()));
    if (tcp.sideRetries) {
        const SideRetryFacts &retries = *tcp.sideRetries;
        summary.text(HtmlText::tr("Broken among simultaneous connections"),
                     HtmlText::tr("%1; tried again alone: %2, answered then: %3")
                         .arg(retries.broken)
                         .arg(retries.retried)
                         .arg(retries.recovered));
        summary.text(HtmlText::tr("Connections the server held at once"),
                     retries.simultaneous
                         ? QString::number(*retries.simultaneous)
                         : HtmlText::tr("not determined (%1)").arg(retries.simultaneousDetail));
    }
    QString html = summary.html();
    if (!tcp.attempts.isEmpty())
        html += subsection(HtmlText::tr("Connection attempts"), tcpAttemptsTable(tcp.attempts));
    if (!tcp.samples.isEmpty())
        html += subsection(HtmlText::tr("Repeat connections (latency and loss)"),
                           tcpAttemptsTable(tcp.samples));
    return html;
}

QString negotiationFactsHtml(const NegotiationFacts &negotiation)
{
    Table table({HtmlText::tr("Requested"), HtmlText::tr("Outcome"), HtmlText::tr("Answer"),
                 HtmlText::tr("Time"), HtmlText::tr("Bytes received")});
    for (const NegotiationProbe &probe : negotiation.probes)
        table.row({e(wire::protocolIds(probe.requested).join(QLatin1Char('+'))),
                   e(negotiationOutcomeString(probe.outcome)), e(negotiationAnswer(probe)),
                   e(duration(probe.durationMs)), receivedBytes(probe)});
    QStringList supported;
    if (negotiation.rdpSupported)
        supported << QStringLiteral("rdp");
    if (negotiation.supportedMask)
        supported << wire::protocolIds(negotiation.supportedMask);
    KeyValues summary;
    summary.text(HtmlText::tr("Protocols the server selected"), listText(supported));
    return table.html() + summary.html();
}

QString rdpSecurityFactsHtml(const RdpSecurityFacts &rdpSecurity)
{
    Table table({HtmlText::tr("Offered"), HtmlText::tr("Outcome"), HtmlText::tr("Method chosen"),
                 HtmlText::tr("Level"), HtmlText::tr("Server random"), HtmlText::tr("Certificate"),
                 HtmlText::tr("Time"), HtmlText::tr("Detail")});
    for (const RdpSecurityOffer &offer : rdpSecurity.offers) {
        QStringList certificate;
        if (offer.certificate) {
            const RdpServerCertificateFacts &facts = *offer.certificate;
            certificate << facts.type;
            if (facts.keyBits)
                certificate << HtmlText::tr("RSA %1 bits").arg(*facts.keyBits);
            if (facts.chainLength > 0)
                certificate << HtmlText::tr("%n certificate(s)", nullptr, facts.chainLength);
            if (facts.temporary)
                certificate << HtmlText::tr("temporary");
        }
        QString outcome = rdpSecurityOutcomeString(offer.outcome);
        if (offer.retried)
            outcome += QStringLiteral(" (%1)").arg(HtmlText::tr("retried alone"));
        table.row(
            {code(wire::encryptionMethodIds(offer.offered).join(QLatin1Char('+'))), e(outcome),
             offer.method ? code(wire::encryptionMethodId(*offer.method)) : QString(),
             offer.level ? code(wire::encryptionLevelId(*offer.level)) : QString(),
             offer.serverRandomLength
                 ? e(HtmlText::tr("%1 bytes").arg(*offer.serverRandomLength))
                 : (offer.outcome == RdpSecurityOffer::Outcome::Answered ? e(HtmlText::tr("none"))
                                                                         : QString()),
             e(certificate.join(QStringLiteral(", "))), e(duration(offer.durationMs)),
             e(offer.detail)});
    }
    KeyValues summary;
    const quint32 accepted = rdpSecurityAcceptedMethods(rdpSecurity);
    summary.text(HtmlText::tr("Methods accepted when offered alone"),
                 listText(accepted ? wire::encryptionMethodIds(accepted) : QStringList()));
    if (const auto level = rdpSecurityLevel(rdpSecurity))
        summary.code(HtmlText::tr("Encryption level"), wire::encryptionLevelId(*level));
    return table.html() + summary.html();
}

QString tlsAttemptText(const TlsAttempt &attempt)
{
    QStringList parts{tlsOutcomeString(attempt.outcome)};
    if (!attempt.negotiatedVersion.isEmpty())
        parts << attempt.negotiatedVersion;
    if (!attempt.cipher.isEmpty())
        parts << attempt.cipher;
    if (!attempt.alertName.isEmpty())
        parts << HtmlText::tr("alert %1").arg(attempt.alertName);
    else if (attempt.alertCode)
        parts << HtmlText::tr("alert %1").arg(*attempt.alertCode);
    if (attempt.outcome != TlsAttempt::Outcome::Established &&
        attempt.outcome != TlsAttempt::Outcome::NotAttempted)
        parts << HtmlText::tr("%1 bytes received").arg(attempt.bytesReceived);
    QString text = parts.join(QStringLiteral(", "));
    if (!attempt.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(attempt.detail);
    if (attempt.retried)
        text += QStringLiteral(" (%1)").arg(HtmlText::tr("retried alone"));
    return text + QStringLiteral(", ") + duration(attempt.durationMs);
}

QString tlsFactsHtml(const TlsFacts &tls)
{
    KeyValues rows;
    rows.text(HtmlText::tr("Handshake"), tlsAttemptText(tls.main));
    for (const TlsAttempt &attempt : tls.versions)
        rows.text(HtmlText::tr("TLS %1 alone").arg(attempt.version), tlsAttemptText(attempt));
    if (tls.weakCipherProbeRan) {
        rows.text(HtmlText::tr("Weak cipher suites offered"), listText(tls.weakCiphersOffered));
        rows.text(HtmlText::tr("Weak cipher suites accepted"), listText(tls.weakCiphersAccepted));
        if (tls.weakCipherAttempt)
            rows.text(HtmlText::tr("Handshake with weak suites only"),
                      tlsAttemptText(*tls.weakCipherAttempt));
    }
    if (tls.pathMtu) {
        const PathMtuCheck &check = *tls.pathMtu;
        const PathMtuVerdict verdict = pathMtuVerdict(tls.main, check);
        if (check.attempt)
            rows.text(HtmlText::tr("Handshake with small packets (MSS %1)").arg(check.maxSegment),
                      tlsAttemptText(*check.attempt));
        rows.text(HtmlText::tr("Packets lost for their size (path MTU)"),
                  verdict.blackHole ? yesNo(*verdict.blackHole)
                                    : HtmlText::tr("not determined: %1").arg(verdict.reason));
    }
    return rows.html();
}

void certificateRows(KeyValues &rows, const CertificateFacts &certificate)
{
    rows.code(HtmlText::tr("Subject"), certificate.subject);
    rows.code(HtmlText::tr("Common name"), certificate.commonName);
    rows.code(HtmlText::tr("Issuer"), certificate.issuer);
    if (certificate.notBefore.isValid() || certificate.notAfter.isValid())
        rows.text(HtmlText::tr("Valid"),
                  HtmlText::tr("from %1 to %2")
                      .arg(isoUtc(certificate.notBefore), isoUtc(certificate.notAfter)));
    rows.text(HtmlText::tr("Self-signed"), yesNo(certificate.selfSigned));
    if (!certificate.keyType.isEmpty())
        rows.text(HtmlText::tr("Key"),
                  HtmlText::tr("%1, %2 bits").arg(certificate.keyType).arg(certificate.keyBits));
    rows.text(HtmlText::tr("Signature"), certificate.signatureAlgorithm);
    rows.text(HtmlText::tr("Alternative names"), listText(certificate.san));
    rows.text(HtmlText::tr("Extended key usage"), certificate.eku
                                                      ? listText(*certificate.eku)
                                                      : HtmlText::tr("no extension (any usage)"));
    rows.text(HtmlText::tr("Key usage"), certificate.keyUsage.join(QStringLiteral(", ")));
    rows.yesNo(HtmlText::tr("Name matches the target"), certificate.nameMatches);
    rows.text(HtmlText::tr("Chain verification errors"), listText(certificate.verifyErrors));
    rows.code(HtmlText::tr("SHA-1 thumbprint"), certificate.sha1);
    rows.code(HtmlText::tr("SHA-256 fingerprint"), certificate.sha256);
}

QString certificateFactsHtml(const CertificateFacts &certificate)
{
    KeyValues rows;
    certificateRows(rows, certificate);
    return rows.html();
}

QString credsspFactsHtml(const CredsspFacts &credssp)
{
    KeyValues rows;
    rows.code(HtmlText::tr("Outcome"), credsspOutcomeString(credssp.outcome));
    if (credssp.version)
        rows.text(HtmlText::tr("CredSSP version"), QString::number(*credssp.version));
    if (credssp.errorCode)
        rows.code(HtmlText::tr("Error code"),
                  QStringLiteral("0x%1").arg(*credssp.errorCode, 8, 16, QLatin1Char('0')));
    rows.text(HtmlText::tr("Detail"), credssp.detail);
    rows.text(HtmlText::tr("Time"), duration(credssp.durationMs));
    if (credssp.ntlm) {
        const NtlmFacts &ntlm = *credssp.ntlm;
        rows.text(HtmlText::tr("NTLM target name"), ntlm.targetName);
        rows.text(HtmlText::tr("NetBIOS computer"), ntlm.netbiosComputer);
        rows.text(HtmlText::tr("NetBIOS domain"), ntlm.netbiosDomain);
        rows.text(HtmlText::tr("DNS computer"), ntlm.dnsComputer);
        rows.text(HtmlText::tr("DNS domain"), ntlm.dnsDomain);
        rows.text(HtmlText::tr("DNS tree"), ntlm.dnsTree);
        rows.text(HtmlText::tr("Windows version"), ntlm.osVersion);
        if (ntlm.serverTime)
            rows.text(HtmlText::tr("Server clock"), isoUtc(*ntlm.serverTime));
        if (ntlm.clockSkewSeconds)
            rows.text(HtmlText::tr("Clock difference"),
                      HtmlText::tr("%1 s").arg(*ntlm.clockSkewSeconds));
    }
    return rows.html();
}

} // namespace rdpdiag::html
