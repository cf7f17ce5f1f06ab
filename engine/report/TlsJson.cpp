// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TlsJson.h"

#include "rules/PathMtuRules.h"
#include "rules/TlsRules.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

using TlsOutcome = TlsAttempt::Outcome;
constexpr TlsOutcome kTlsOutcomes[] = {
    TlsOutcome::Established, TlsOutcome::Reset,        TlsOutcome::Closed,
    TlsOutcome::Timeout,     TlsOutcome::Alert,        TlsOutcome::LocalRefusal,
    TlsOutcome::Failed,      TlsOutcome::NotAttempted, TlsOutcome::Cancelled};
using CredsspOutcome = CredsspFacts::Outcome;
constexpr CredsspOutcome kCredsspOutcomes[] = {
    CredsspOutcome::Challenge,    CredsspOutcome::Reset,     CredsspOutcome::Closed,
    CredsspOutcome::Timeout,      CredsspOutcome::Malformed, CredsspOutcome::ServerError,
    CredsspOutcome::NotAttempted, CredsspOutcome::Cancelled};

} // namespace

QJsonObject tlsAttemptToJson(const TlsAttempt &attempt)
{
    QJsonObject object;
    object.insert(QStringLiteral("version"), stringOrNull(attempt.version));
    object.insert(QStringLiteral("outcome"), tlsOutcomeString(attempt.outcome));
    object.insert(QStringLiteral("negotiated_version"), stringOrNull(attempt.negotiatedVersion));
    object.insert(QStringLiteral("cipher"), stringOrNull(attempt.cipher));
    object.insert(QStringLiteral("alert_code"), attempt.alertCode ? QJsonValue(*attempt.alertCode)
                                                                  : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("alert_name"), stringOrNull(attempt.alertName));
    object.insert(QStringLiteral("bytes_received"), attempt.bytesReceived);
    object.insert(QStringLiteral("first_bytes"),
                  stringOrNull(QString::fromLatin1(attempt.firstBytes.toHex(' '))));
    object.insert(QStringLiteral("duration_ms"), attempt.durationMs);
    object.insert(QStringLiteral("detail"), stringOrNull(attempt.detail));
    if (attempt.retried)
        object.insert(QStringLiteral("retried"), true);
    if (attempt.fromMainHandshake)
        object.insert(QStringLiteral("from_main_handshake"), true);
    if (attempt.fromSharedHandshake)
        object.insert(QStringLiteral("from_shared_handshake"), true);
    return object;
}

QJsonObject pathMtuCheckToJson(const TlsAttempt &main, const PathMtuCheck &check)
{
    const PathMtuVerdict verdict = pathMtuVerdict(main, check);
    QJsonObject object;
    object.insert(QStringLiteral("max_segment"), check.maxSegment > 0
                                                     ? QJsonValue(check.maxSegment)
                                                     : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("attempt"), check.attempt
                                                 ? QJsonValue(tlsAttemptToJson(*check.attempt))
                                                 : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("black_hole"), verdict.blackHole ? QJsonValue(*verdict.blackHole)
                                                                  : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("reason"), stringOrNull(verdict.reason));
    return object;
}

QJsonObject tlsFactsToJson(const TlsFacts &tls)
{
    QJsonObject versions;
    QJsonArray attempts;
    for (const char *key : {"1.0", "1.1", "1.2", "1.3"}) {
        const QString name = QString::fromLatin1(key);
        const TlsAttempt *attempt = versionAttempt(tls, name);
        const std::optional<bool> accepted = attempt ? versionAccepted(*attempt) : std::nullopt;
        versions.insert(name, accepted ? QJsonValue(*accepted) : QJsonValue(QJsonValue::Null));
        if (attempt)
            attempts.append(tlsAttemptToJson(*attempt));
    }
    QJsonObject object;
    object.insert(QStringLiteral("versions"), versions);
    if (tls.main.outcome == TlsAttempt::Outcome::Established) {
        QJsonObject negotiated;
        negotiated.insert(QStringLiteral("version"), tls.main.negotiatedVersion);
        negotiated.insert(QStringLiteral("cipher"), tls.main.cipher);
        object.insert(QStringLiteral("negotiated"), negotiated);
    } else {
        object.insert(QStringLiteral("negotiated"), QJsonValue(QJsonValue::Null));
    }
    object.insert(QStringLiteral("main"), tlsAttemptToJson(tls.main));
    object.insert(QStringLiteral("attempts"), attempts);

    QJsonObject weak;
    weak.insert(QStringLiteral("ran"), tls.weakCipherProbeRan);
    weak.insert(QStringLiteral("offered"), QJsonArray::fromStringList(tls.weakCiphersOffered));
    weak.insert(QStringLiteral("accepted"), QJsonArray::fromStringList(tls.weakCiphersAccepted));
    weak.insert(QStringLiteral("attempt"),
                tls.weakCipherAttempt ? QJsonValue(tlsAttemptToJson(*tls.weakCipherAttempt))
                                      : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("weak_ciphers"), weak);
    if (tls.pathMtu)
        object.insert(QStringLiteral("path_mtu"), pathMtuCheckToJson(tls.main, *tls.pathMtu));
    return object;
}

QJsonObject certificateFactsToJson(const CertificateFacts &certificate)
{
    QJsonObject object;
    object.insert(QStringLiteral("subject"), certificate.subject);
    object.insert(QStringLiteral("issuer"), certificate.issuer);
    object.insert(QStringLiteral("common_name"), stringOrNull(certificate.commonName));
    object.insert(QStringLiteral("not_before"), isoOrNull(certificate.notBefore));
    object.insert(QStringLiteral("not_after"), isoOrNull(certificate.notAfter));
    object.insert(QStringLiteral("self_signed"), certificate.selfSigned);
    object.insert(QStringLiteral("key_type"), stringOrNull(certificate.keyType));
    object.insert(QStringLiteral("key_bits"), certificate.keyBits);
    object.insert(QStringLiteral("signature_algorithm"),
                  stringOrNull(certificate.signatureAlgorithm));
    object.insert(QStringLiteral("san"), QJsonArray::fromStringList(certificate.san));
    object.insert(QStringLiteral("eku"),
                  certificate.eku ? QJsonValue(QJsonArray::fromStringList(*certificate.eku))
                                  : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("key_usage"), QJsonArray::fromStringList(certificate.keyUsage));
    object.insert(QStringLiteral("sha1"), certificate.sha1);
    object.insert(QStringLiteral("sha256"), certificate.sha256);
    object.insert(QStringLiteral("pem"), QString::fromLatin1(certificate.pem));
    QJsonArray chain;
    for (const QByteArray &pem : certificate.chainPem)
        chain.append(QString::fromLatin1(pem));
    object.insert(QStringLiteral("chain_pem"), chain);
    object.insert(QStringLiteral("verify_errors"),
                  QJsonArray::fromStringList(certificate.verifyErrors));
    object.insert(QStringLiteral("name_matches"), certificate.nameMatches
                                                      ? QJsonValue(*certificate.nameMatches)
                                                      : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject credsspFactsToJson(const CredsspFacts &credssp)
{
    QJsonObject object;
    object.insert(QStringLiteral("version"),
                  credssp.version ? QJsonValue(*credssp.version) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("outcome"), credsspOutcomeString(credssp.outcome));
    object.insert(QStringLiteral("error_code"),
                  credssp.errorCode ? QJsonValue(QStringLiteral("0x%1").arg(*credssp.errorCode, 8,
                                                                            16, QLatin1Char('0')))
                                    : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("duration_ms"), credssp.durationMs);
    object.insert(QStringLiteral("detail"), stringOrNull(credssp.detail));
    if (credssp.ntlm) {
        const NtlmFacts &ntlm = *credssp.ntlm;
        QJsonObject info;
        info.insert(QStringLiteral("target_name"), stringOrNull(ntlm.targetName));
        info.insert(QStringLiteral("netbios_domain"), stringOrNull(ntlm.netbiosDomain));
        info.insert(QStringLiteral("netbios_computer"), stringOrNull(ntlm.netbiosComputer));
        info.insert(QStringLiteral("dns_domain"), stringOrNull(ntlm.dnsDomain));
        info.insert(QStringLiteral("dns_computer"), stringOrNull(ntlm.dnsComputer));
        info.insert(QStringLiteral("dns_tree"), stringOrNull(ntlm.dnsTree));
        info.insert(QStringLiteral("os_version"), stringOrNull(ntlm.osVersion));
        info.insert(QStringLiteral("server_time"),
                    ntlm.serverTime ? isoOrNull(*ntlm.serverTime) : QJsonValue(QJsonValue::Null));
        info.insert(QStringLiteral("clock_skew_s"), ntlm.clockSkewSeconds
                                                        ? QJsonValue(*ntlm.clockSkewSeconds)
                                                        : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("ntlm"), info);
    } else {
        object.insert(QStringLiteral("ntlm"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

TlsAttempt tlsAttemptFromJson(const JsonNode &node)
{
    TlsAttempt attempt;
    attempt.version = node.optionalString("version", 16);
    attempt.outcome = node.choice("outcome", kTlsOutcomes, &tlsOutcomeString);
    attempt.negotiatedVersion = node.optionalString("negotiated_version", 64);
    attempt.cipher = node.optionalString("cipher", kJsonMaxShort);
    if (const auto code = node.optionalInteger("alert_code", 0, 255))
        attempt.alertCode = static_cast<int>(*code);
    attempt.alertName = node.optionalString("alert_name", kJsonMaxShort);
    attempt.bytesReceived = node.integer("bytes_received", 0, kJsonMaxDurationMs);
    if (!node.isNull("first_bytes"))
        attempt.firstBytes = node.spacedHex("first_bytes");
    attempt.durationMs = node.duration("duration_ms");
    attempt.detail = node.optionalString("detail");
    attempt.retried = node.has("retried") && node.boolean("retried");
    attempt.fromMainHandshake =
        node.has("from_main_handshake") && node.boolean("from_main_handshake");
    attempt.fromSharedHandshake =
        node.has("from_shared_handshake") && node.boolean("from_shared_handshake");
    return attempt;
}

TlsFacts tlsFactsFromJson(const JsonNode &node)
{
    TlsFacts tls;
    tls.main = tlsAttemptFromJson(node.object("main"));
    for (const JsonNode &attempt : node.objects("attempts", 16))
        tls.versions.append(tlsAttemptFromJson(attempt));
    const JsonNode weak = node.object("weak_ciphers");
    tls.weakCipherProbeRan = weak.boolean("ran");
    tls.weakCiphersOffered = weak.strings("offered", kJsonMaxList, kJsonMaxShort);
    tls.weakCiphersAccepted = weak.strings("accepted", kJsonMaxList, kJsonMaxShort);
    if (const auto attempt = weak.optionalObject("attempt"))
        tls.weakCipherAttempt = tlsAttemptFromJson(*attempt);
    if (node.has("path_mtu"))
        tls.pathMtu = pathMtuCheckFromJson(node.object("path_mtu"));
    return tls;
}

PathMtuCheck pathMtuCheckFromJson(const JsonNode &node)
{
    PathMtuCheck check;
    if (const auto segment = node.optionalInteger("max_segment", 1, 65535))
        check.maxSegment = static_cast<int>(*segment);
    if (const auto attempt = node.optionalObject("attempt"))
        check.attempt = tlsAttemptFromJson(*attempt);
    else
        check.skipped = node.optionalString("reason");
    return check;
}

CertificateFacts certificateFactsFromJson(const JsonNode &node, bool withPem)
{
    CertificateFacts certificate;
    certificate.subject = node.string("subject", kJsonMaxText);
    certificate.issuer = node.string("issuer", kJsonMaxText);
    certificate.commonName = node.optionalString("common_name", kJsonMaxShort * 4);
    certificate.notBefore = node.optionalTime("not_before");
    certificate.notAfter = node.optionalTime("not_after");
    certificate.selfSigned = node.boolean("self_signed");
    certificate.keyType = node.optionalString("key_type", 64);
    certificate.keyBits = static_cast<int>(node.integer("key_bits", 0, 1 << 20));
    certificate.signatureAlgorithm = node.optionalString("signature_algorithm", kJsonMaxShort);
    certificate.san = node.strings("san", 4096, kJsonMaxShort);
    if (!node.isNull("eku"))
        certificate.eku = node.strings("eku", kJsonMaxList, kJsonMaxShort);
    certificate.keyUsage = node.strings("key_usage", 64, kJsonMaxShort);
    certificate.sha1 = node.string("sha1", 128);
    certificate.sha256 = node.string("sha256", 128);
    if (withPem) {
        certificate.pem = node.string("pem", kJsonMaxBlob).toLatin1();
        for (const QString &pem : node.strings("chain_pem", 32, kJsonMaxBlob))
            certificate.chainPem.append(pem.toLatin1());
    }
    certificate.verifyErrors = node.strings("verify_errors", kJsonMaxList, kJsonMaxShort);
    certificate.nameMatches = node.optionalBoolean("name_matches");
    return certificate;
}

CredsspFacts credsspFactsFromJson(const JsonNode &node)
{
    CredsspFacts credssp;
    if (const auto version = node.optionalInteger("version", 0, 1000000))
        credssp.version = static_cast<int>(*version);
    credssp.outcome = node.choice("outcome", kCredsspOutcomes, &credsspOutcomeString);
    if (!node.isNull("error_code")) {
        const QString text = node.string("error_code", 16);
        const auto code = jsonHexId(text);
        if (!code)
            jsonFail(node.where("error_code"),
                     JsonReaderText::tr("\"%1\" is not a hexadecimal code").arg(text));
        credssp.errorCode = *code;
    }
    credssp.durationMs = node.duration("duration_ms");
    credssp.detail = node.optionalString("detail");
    if (const auto ntlmNode = node.optionalObject("ntlm")) {
        NtlmFacts ntlm;
        ntlm.targetName = ntlmNode->optionalString("target_name", kJsonMaxShort);
        ntlm.netbiosDomain = ntlmNode->optionalString("netbios_domain", kJsonMaxShort);
        ntlm.netbiosComputer = ntlmNode->optionalString("netbios_computer", kJsonMaxShort);
        ntlm.dnsDomain = ntlmNode->optionalString("dns_domain", kJsonMaxShort);
        ntlm.dnsComputer = ntlmNode->optionalString("dns_computer", kJsonMaxShort);
        ntlm.dnsTree = ntlmNode->optionalString("dns_tree", kJsonMaxShort);
        ntlm.osVersion = ntlmNode->optionalString("os_version", 64);
        if (!ntlmNode->isNull("server_time"))
            ntlm.serverTime = ntlmNode->time("server_time");
        ntlm.clockSkewSeconds =
            ntlmNode->optionalInteger("clock_skew_s", -(qint64(1) << 40), qint64(1) << 40);
        credssp.ntlm = ntlm;
    }
    return credssp;
}

} // namespace rdpdiag
