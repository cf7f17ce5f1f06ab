// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A complete report with every fact filled in and names in every place a name can be (the
// target, the .rdp settings, DNS, TCP, banners, the certificate, NTLM, evidence, texts), for
// the bundle, redaction, reader and renderer tests. The names are the "secrets" that a
// redacted bundle must not contain in any encoding.

#include "bundle/ZipArchive.h"
#include "catalogue/Catalogue.h"
#include "model/Report.h"
#include "wire/X224.h"

#include <QFile>
#include <QMap>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace rdpdiag::test {

inline constexpr char kSampleReference[] = "K7QM2XH9";

/** Every original that redaction must remove (as found in the sample report). */
inline QStringList sampleSecrets()
{
    return {QStringLiteral("rdp01.corp.example.com"),
            QStringLiteral("rdp01"),
            QStringLiteral("corp.example.com"),
            QStringLiteral("gw.corp.example.com"),
            QStringLiteral("alice.smith"),
            QStringLiteral("CORPDOM"),
            QStringLiteral("Example Corp"),
            QStringLiteral("Example Issuing CA"),
            QStringLiteral("Finance Server"),
            QStringLiteral("/home/alice"),
            QStringLiteral("192.0.2.10"),
            QStringLiteral("192.0.2.99"),
            QStringLiteral("198.51.100.7"),
            QStringLiteral("2001:db8::10"),
            QStringLiteral("2001:db8:0:0:0:0:0:10")};
}

/** Every file of the bundle at @p path, by name (empty when it does not open). */
inline QMap<QString, QByteArray> filesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ZipReader zip;
    QString error;
    if (!zip.open(file.readAll(), ZipLimits{}, &error))
        return {};
    QMap<QString, QByteArray> out;
    for (const ZipReader::Entry &entry : zip.entries())
        out.insert(entry.name, zip.read(entry, entry.size, &error).value_or(QByteArray()));
    return out;
}

/** @p text as UTF-16LE bytes (how NTLM carries names). */
inline QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(static_cast<char>(c.unicode() & 0xFF));
        out.append(static_cast<char>(c.unicode() >> 8));
    }
    return out;
}

/** The first secret found in @p data (UTF-8 or UTF-16LE, ASCII case-insensitive), or an
 * empty string. */
inline QString findSecret(const QByteArray &data, const QStringList &secrets)
{
    const QByteArray haystack = data.toLower();
    for (const QString &secret : secrets) {
        const QString lower = secret.toLower();
        if (haystack.contains(lower.toUtf8()) || haystack.contains(utf16le(lower)))
            return secret;
    }
    return {};
}

inline TlsAttempt sampleAttempt(const QString &version, TlsAttempt::Outcome outcome)
{
    TlsAttempt attempt;
    attempt.version = version;
    attempt.outcome = outcome;
    if (outcome == TlsAttempt::Outcome::Established) {
        attempt.negotiatedVersion =
            QStringLiteral("TLSv%1").arg(version.isEmpty() ? QStringLiteral("1.3") : version);
        attempt.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        attempt.firstBytes = QByteArray::fromHex("160303007a0200007603035f1a2b3c");
    } else if (outcome == TlsAttempt::Outcome::Alert) {
        attempt.alertCode = 40;
        attempt.alertName = QStringLiteral("handshake_failure");
        attempt.firstBytes = QByteArray::fromHex("15030300020228");
    }
    attempt.bytesReceived = attempt.firstBytes.size();
    attempt.durationMs = 12;
    return attempt;
}

/** The sample report: an .rdp file run against rdp01.corp.example.com. */
inline Report sampleReport()
{
    Report report;
    report.toolVersion = QStringLiteral("0.1.0");
    report.reference = QLatin1String(kSampleReference);
    Target &target = report.target;
    target.input = QStringLiteral("/home/alice/Desktop/Finance Server.rdp");
    target.host = QStringLiteral("rdp01.corp.example.com");
    target.port = 3389;
    target.source = Target::Source::RdpFile;
    RdpFileSettings rdp;
    rdp.fullAddress = QStringLiteral("rdp01.corp.example.com:3389");
    rdp.gatewayHostname = QStringLiteral("gw.corp.example.com");
    rdp.gatewayUsageMethod = 2;
    rdp.enableCredSspSupport = 1;
    rdp.authenticationLevel = 2;
    rdp.username = QStringLiteral("CORPDOM\\alice.smith");
    rdp.hadPasswordBlob = true;
    target.rdp = rdp;
    report.addresses = {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")};
    report.started = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0), Qt::UTC);
    report.durationMs = 412;
    report.timeoutMs = 5000;

    const auto stage = [&report](StageId id, StageStatus status, qint64 ms,
                                 const QString &summary) {
        report.stages.append({id, status, ms, summary});
    };
    stage(StageId::Input, StageStatus::Passed, 0,
          QStringLiteral("Finance Server.rdp: rdp01.corp.example.com port 3389"));
    stage(StageId::Dns, StageStatus::Passed, 3,
          QStringLiteral("rdp01.corp.example.com → 192.0.2.10, 2001:db8::10"));
    stage(StageId::Tcp, StageStatus::Passed, 2, QStringLiteral("connected to 192.0.2.10 in 2 ms"));
    stage(StageId::X224, StageStatus::Passed, 4, QStringLiteral("the server selected CredSSP"));
    stage(StageId::Tls, StageStatus::Failed, 30,
          QStringLiteral("the server reset the connection during the TLS handshake"));
    stage(StageId::Credssp, StageStatus::Skipped, 0, QStringLiteral("not attempted"));

    Finding reset;
    reset.code = QStringLiteral("tls.reset");
    reset.severity = Severity::Error;
    reset.category = Category::Certificate;
    reset.stage = StageId::Tls;
    reset.title = QStringLiteral("The server reset the TLS handshake");
    reset.detail = QStringLiteral("rdp01.corp.example.com (192.0.2.10) reset the connection "
                                  "after our ClientHello. RDP01 in CORPDOM cannot use its "
                                  "certificate key <MachineKeys> & \"friends\".");
    reset.evidence = QJsonObject{
        {QStringLiteral("outcome"), QStringLiteral("reset")},
        {QStringLiteral("bytes_received"), 0},
        {QStringLiteral("address"), QStringLiteral("192.0.2.10")},
        // Received bytes holding names in UTF-16LE, as an NTLM CHALLENGE does.
        {QStringLiteral("received_hex"),
         QString::fromLatin1((QByteArray::fromHex("4e544c4d53535000") +
                              utf16le(QStringLiteral("RDP01")) +
                              utf16le(QStringLiteral("corp.example.com")))
                                 .toHex())},
        {QStringLiteral("note"),
         QStringLiteral("peer 198.51.100.7 said <script>alert(1)</script>")},
    };
    reset.remediation = {
        {Remedy::Where::Server, QStringLiteral("Give NETWORK SERVICE read access to the key."),
         QStringLiteral("Test-NetConnection -ComputerName rdp01.corp.example.com -Port 3389"),
         QStringLiteral("powershell")},
        {Remedy::Where::Client, QStringLiteral("Connect again."), QString(), QString()},
    };
    const Placeholders values{{QStringLiteral("host"), QStringLiteral("rdp01.corp.example.com")},
                              {QStringLiteral("port"), QStringLiteral("3389")},
                              {QStringLiteral("address"), QStringLiteral("192.0.2.10")}};
    reset.parameters = values;
    Finding selfSigned;
    selfSigned.code = QStringLiteral("cert.self_signed");
    selfSigned.severity = Severity::Info;
    selfSigned.category = Category::Certificate;
    selfSigned.stage = StageId::Tls;
    selfSigned.title = QStringLiteral("Self-signed certificate");
    selfSigned.detail = QStringLiteral("Issued to CN=rdp01.corp.example.com by itself.");
    selfSigned.evidence = QJsonObject{
        {QStringLiteral("subject"),
         QStringLiteral("CN=rdp01.corp.example.com,O=Example Corp\\, Ltd,C=US")},
        {QStringLiteral("issuer"),
         QStringLiteral("CN=Example Issuing CA,DC=corp,DC=example,DC=com")},
        {QStringLiteral("sha1"), QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")}};
    selfSigned.parameters = values;
    selfSigned.parameters.insert(QStringLiteral("thumbprint"),
                                 QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    Finding skew;
    skew.code = QStringLiteral("credssp.clock_skew");
    skew.severity = Severity::Warning;
    skew.category = Category::Security;
    skew.stage = StageId::Credssp;
    skew.title = QStringLiteral("The server's clock is off");
    skew.detail = QStringLiteral("RDP01 is 600 seconds ahead.");
    skew.evidence =
        QJsonObject{{QStringLiteral("clock_skew_s"), 600},
                    {QStringLiteral("server_time"), QStringLiteral("2026-11-24T10:10:00Z")}};
    skew.remediation = {{Remedy::Where::Server, QStringLiteral("Sync the clock."),
                         QStringLiteral("w32tm /resync"), QStringLiteral("cmd")}};
    skew.parameters = values;
    report.findings = {reset, skew, selfSigned};

    Facts &facts = report.facts;
    DnsFacts dns;
    dns.outcome = DnsFacts::Outcome::Resolved;
    dns.ipv4 = {QStringLiteral("192.0.2.10")};
    dns.ipv6 = {QStringLiteral("2001:db8::10")};
    dns.durationMs = 3;
    facts.dns = dns;
    TcpFacts tcp;
    tcp.attempts = {{QStringLiteral("192.0.2.10"), IoOutcome::Ok, 2, QString()}};
    tcp.connectedAddress = QStringLiteral("192.0.2.10");
    tcp.samples = {{QStringLiteral("192.0.2.10"), IoOutcome::Ok, 3, QString()},
                   {QStringLiteral("192.0.2.10"), IoOutcome::Timeout, 5000,
                    QStringLiteral("no answer from 192.0.2.10")}};
    tcp.medianConnectMs = 2.5;
    tcp.samplesFailed = 1;
    facts.tcp = tcp;

    NegotiationFacts negotiation;
    NegotiationProbe primary;
    primary.requested = 0x0B;
    primary.outcome = NegotiationProbe::Outcome::Selected;
    primary.selected = 0x02;
    primary.flags = 0x1F;
    primary.sent = wire::buildConnectionRequest(0x0B);
    primary.received = QByteArray::fromHex("030000130ed000001234000201080002000000");
    primary.durationMs = 4;
    NegotiationProbe failure;
    failure.requested = 0x00;
    failure.outcome = NegotiationProbe::Outcome::Failure;
    failure.failureCode = 5;
    failure.sent = wire::buildConnectionRequest(0x00);
    failure.received = QByteArray::fromHex("030000130ed000001234000300080005000000");
    failure.durationMs = 3;
    NegotiationProbe banner;
    banner.requested = 0x01;
    banner.outcome = NegotiationProbe::Outcome::NotRdp;
    banner.sent = wire::buildConnectionRequest(0x01);
    banner.received =
        QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nServer: rdp01.corp.example.com\r\n");
    banner.detail = QStringLiteral("not TPKT");
    banner.durationMs = 2;
    NegotiationProbe odd;
    odd.requested = 0x40 | 0x08;
    odd.outcome = NegotiationProbe::Outcome::Selected;
    odd.selected = 0x20;
    odd.legacyConfirm = true;
    odd.flags = 0x40;
    odd.durationMs = 1;
    negotiation.probes = {primary, failure, banner, odd};
    negotiation.supportedMask = 0x02 | 0x08;
    negotiation.rdpSupported = true;
    facts.negotiation = negotiation;

    TlsFacts tls;
    tls.main = sampleAttempt(QString(), TlsAttempt::Outcome::Reset);
    tls.main.detail = QStringLiteral("Connection reset by peer");
    tls.versions = {sampleAttempt(QStringLiteral("1.0"), TlsAttempt::Outcome::LocalRefusal),
                    sampleAttempt(QStringLiteral("1.1"), TlsAttempt::Outcome::Alert),
                    sampleAttempt(QStringLiteral("1.2"), TlsAttempt::Outcome::Established),
                    sampleAttempt(QStringLiteral("1.3"), TlsAttempt::Outcome::Established)};
    tls.weakCipherProbeRan = true;
    tls.weakCiphersOffered = {QStringLiteral("DES-CBC3-SHA")};
    tls.weakCipherAttempt = sampleAttempt(QString(), TlsAttempt::Outcome::Alert);
    facts.tls = tls;

    CertificateFacts certificate;
    certificate.subject = QStringLiteral("CN=rdp01.corp.example.com,O=Example Corp\\, Ltd,C=US");
    certificate.issuer = QStringLiteral("CN=Example Issuing CA,DC=corp,DC=example,DC=com");
    certificate.commonName = QStringLiteral("rdp01.corp.example.com");
    certificate.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    certificate.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    certificate.keyType = QStringLiteral("RSA");
    certificate.keyBits = 2048;
    certificate.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    certificate.san = {QStringLiteral("DNS:rdp01.corp.example.com"),
                       QStringLiteral("DNS:*.corp.example.com"), QStringLiteral("IP:192.0.2.99")};
    certificate.eku = QStringList{QStringLiteral("serverAuth")};
    certificate.keyUsage = {QStringLiteral("digitalSignature")};
    certificate.sha1 = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    certificate.sha256 =
        QStringLiteral("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
    certificate.pem =
        QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n");
    certificate.chainPem = {certificate.pem};
    certificate.verifyErrors = {QStringLiteral("self-signed certificate")};
    certificate.nameMatches = true;
    facts.certificate = certificate;

    CredsspFacts credssp;
    credssp.outcome = CredsspFacts::Outcome::Challenge;
    credssp.version = 6;
    credssp.durationMs = 7;
    credssp.received = QByteArray::fromHex("4e544c4d53535000") + utf16le(QStringLiteral("CORPDOM"));
    NtlmFacts ntlm;
    ntlm.targetName = QStringLiteral("CORPDOM");
    ntlm.netbiosDomain = QStringLiteral("CORPDOM");
    ntlm.netbiosComputer = QStringLiteral("RDP01");
    ntlm.dnsDomain = QStringLiteral("corp.example.com");
    ntlm.dnsComputer = QStringLiteral("rdp01.corp.example.com");
    ntlm.dnsTree = QStringLiteral("corp.example.com");
    ntlm.osVersion = QStringLiteral("10.0.20348");
    ntlm.serverTime = QDateTime(QDate(2026, 11, 24), QTime(10, 10, 0), Qt::UTC);
    ntlm.clockSkewSeconds = 600;
    credssp.ntlm = ntlm;
    facts.credssp = credssp;

    report.diagnosis.errorCode = QStringLiteral("0x904");
    report.diagnosis.extendedCode = QStringLiteral("0x7");
    report.diagnosis.primary = QStringLiteral("tls.reset");
    report.diagnosis.summary = QStringLiteral("rdp01.corp.example.com resets the TLS handshake: "
                                              "its certificate key is unusable.");
    report.diagnosis.unchecked = {QStringLiteral("signing in")};
    return report;
}

/**
 * @p report as a reopened bundle shows it: each finding as the catalogue makes it from its
 * code, evidence and parameters alone (makeFinding() without an observation), never with the
 * texts and commands the report carried (report/ReportReader.h).
 */
inline Report reopened(Report report)
{
    for (Finding &finding : report.findings)
        finding = makeFinding(finding.code, QString(), finding.evidence, finding.parameters);
    return report;
}

} // namespace rdpdiag::test
