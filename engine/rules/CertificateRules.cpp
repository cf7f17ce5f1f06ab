// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CertificateRules.h"

#include "rules/RuleSupport.h"

#include <QJsonArray>

#include <openssl/x509_vfy.h>

namespace rdpdiag {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject baseEvidence(const CertificateFacts &certificate)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("subject"), certificate.subject);
    evidence.insert(QStringLiteral("issuer"), certificate.issuer);
    evidence.insert(QStringLiteral("sha1"), certificate.sha1);
    return evidence;
}

/** Verification errors explained by other rules (dates, key strength, the self-signed
 * leaf) or not about trust at all (purpose: cert.no_server_auth). */
bool explainedElsewhere(int code)
{
    switch (code) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_CERT_NOT_YET_VALID:
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
    case X509_V_ERR_INVALID_PURPOSE:
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return true;
    default:
        return false;
    }
}

bool weakKey(const CertificateFacts &certificate)
{
    const QString type = certificate.keyType.toUpper();
    if (certificate.keyBits <= 0)
        return false;
    if (type == QLatin1String("RSA") || type == QLatin1String("RSA-PSS") ||
        type == QLatin1String("DSA"))
        return certificate.keyBits < kMinRsaBits;
    if (type == QLatin1String("EC"))
        return certificate.keyBits < kMinEcBits;
    return false;
}

bool weakSignature(const CertificateFacts &certificate)
{
    const QString algorithm = certificate.signatureAlgorithm.toLower();
    for (const char *digest : {"md2", "md4", "md5", "sha1"}) {
        if (algorithm.contains(QLatin1String(digest)))
            return true;
    }
    return false;
}

} // namespace

bool chainUntrusted(const CertificateFacts &certificate)
{
    for (const int code : certificate.verifyErrorCodes)
        if (!explainedElsewhere(code))
            return true;
    return false;
}

QList<Finding> evaluateCertificateRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.certificate)
        return findings;
    const CertificateFacts &certificate = *facts.certificate;
    const Placeholders values = placeholdersFor(facts, context);
    const QDateTime now = context.now.toUTC();

    if (certificate.notAfter.isValid() && now.isValid()) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("not_before"), isoUtc(certificate.notBefore));
        evidence.insert(QStringLiteral("not_after"), isoUtc(certificate.notAfter));
        evidence.insert(QStringLiteral("now"), isoUtc(now));
        const qint64 secondsLeft = now.secsTo(certificate.notAfter);
        if (secondsLeft < 0) {
            evidence.insert(QStringLiteral("days_since_expiry"), -secondsLeft / 86400);
            findings << makeFinding(QStringLiteral("cert.expired"),
                                    RuleText::tr("The certificate expired on %1 (%2 days ago).")
                                        .arg(isoUtc(certificate.notAfter))
                                        .arg(-secondsLeft / 86400),
                                    evidence, values);
        } else if (secondsLeft < qint64(kExpiringSoonDays) * 86400) {
            evidence.insert(QStringLiteral("days_left"), secondsLeft / 86400);
            findings << makeFinding(QStringLiteral("cert.expiring_soon"),
                                    RuleText::tr("The certificate ends on %1, in %2 days.")
                                        .arg(isoUtc(certificate.notAfter))
                                        .arg(secondsLeft / 86400),
                                    evidence, values);
        }
        if (certificate.notBefore.isValid() && now < certificate.notBefore) {
            findings << makeFinding(
                QStringLiteral("cert.not_yet_valid"),
                RuleText::tr(
                    "The certificate becomes valid only on %1; this computer's clock says %2.")
                    .arg(isoUtc(certificate.notBefore), isoUtc(now)),
                evidence, values);
        }
    }

    if (certificate.selfSigned) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("common_name"), certificate.commonName);
        findings << makeFinding(
            QStringLiteral("cert.self_signed"),
            RuleText::tr("The certificate \"%1\" is signed by itself.").arg(certificate.subject),
            evidence, values);
    }

    if (chainUntrusted(certificate)) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("verify_errors"),
                        QJsonArray::fromStringList(certificate.verifyErrors));
        findings << makeFinding(QStringLiteral("cert.untrusted"),
                                RuleText::tr("Checking the chain against this computer's trusted "
                                             "roots failed: %1.")
                                    .arg(certificate.verifyErrors.join(QStringLiteral("; "))),
                                evidence, values);
    }

    if (certificate.nameMatches == false) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("host"), context.target.host);
        evidence.insert(QStringLiteral("common_name"), certificate.commonName);
        evidence.insert(QStringLiteral("san"), QJsonArray::fromStringList(certificate.san));
        const QString names = certificate.san.isEmpty()
                                  ? QStringLiteral("CN=%1").arg(certificate.commonName)
                                  : certificate.san.join(QStringLiteral(", "));
        findings << makeFinding(
            QStringLiteral("cert.name_mismatch"),
            RuleText::tr("You connect to \"%1\", but the certificate is made out "
                         "to %2.")
                .arg(context.target.host, names),
            evidence, values);
    }

    if (weakKey(certificate)) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("key_type"), certificate.keyType);
        evidence.insert(QStringLiteral("key_bits"), certificate.keyBits);
        findings << makeFinding(QStringLiteral("cert.weak_key"),
                                RuleText::tr("The certificate's key is %1 with only %2 bits.")
                                    .arg(certificate.keyType)
                                    .arg(certificate.keyBits),
                                evidence, values);
    }

    if (weakSignature(certificate)) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("signature_algorithm"), certificate.signatureAlgorithm);
        findings << makeFinding(
            QStringLiteral("cert.weak_signature"),
            RuleText::tr("The certificate is signed with %1.").arg(certificate.signatureAlgorithm),
            evidence, values);
    }

    if (certificate.eku && !certificate.eku->contains(QLatin1String("serverAuth")) &&
        !certificate.eku->contains(QLatin1String("anyExtendedKeyUsage"))) {
        QJsonObject evidence = baseEvidence(certificate);
        evidence.insert(QStringLiteral("eku"), QJsonArray::fromStringList(*certificate.eku));
        const QString usages = certificate.eku->isEmpty()
                                   ? RuleText::tr("none")
                                   : certificate.eku->join(QStringLiteral(", "));
        findings << makeFinding(
            QStringLiteral("cert.no_server_auth"),
            RuleText::tr("The certificate's Extended Key Usage allows only: %1.").arg(usages),
            evidence, values);
    }
    return findings;
}

} // namespace rdpdiag
