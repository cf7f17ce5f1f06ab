// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertificates.h"

#include <QDir>
#include <QFile>

#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace rdpdiag::test {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct ExtFree
{
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, ExtFree>;

/** Something failed: the message plus whatever OpenSSL queued, oldest first. */
QString openSslError(const QString &what)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons.append(QString::fromLatin1(buffer));
    }
    return reasons.isEmpty() ? what
                             : what + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
}

PkeyPtr generateRsa(int bits)
{
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)));
}

/**
 * The process-wide RSA key cache: one key per (bits, CA role). A 2048-bit key costs tens to
 * hundreds of milliseconds, and tests make many certificates.
 */
PkeyPtr cachedRsa(int bits, bool forCa)
{
    static std::mutex mutex;
    static std::map<std::pair<int, bool>, PkeyPtr> cache;
    std::lock_guard lock(mutex);
    PkeyPtr &slot = cache[{bits, forCa}];
    if (!slot) {
        slot = generateRsa(bits);
        if (!slot) {
            return {};
        }
    }
    EVP_PKEY_up_ref(slot.get());
    return PkeyPtr(slot.get());
}

PkeyPtr makeKey(const CertificateOptions &options)
{
    if (options.keyType == CertificateOptions::KeyType::EcP256) {
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    }
    return options.freshKey ? generateRsa(options.rsaBits)
                            : cachedRsa(options.rsaBits, options.certificateAuthority);
}

const EVP_MD *digestOf(CertificateOptions::Digest digest)
{
    switch (digest) {
    case CertificateOptions::Digest::Sha1:
        return EVP_sha1();
    case CertificateOptions::Digest::Sha384:
        return EVP_sha384();
    case CertificateOptions::Digest::Sha512:
        return EVP_sha512();
    case CertificateOptions::Digest::Sha256:
        break;
    }
    return EVP_sha256();
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    const QByteArray text = value.toUtf8();
    ExtPtr ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, text.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray text = value.toUtf8();
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const int length = static_cast<int>(text.size());
    // MBSTRING picks the narrowest string type but enforces X.520's bounds (a CN of at most
    // 64 characters); a hostile server's certificate need not keep them, so names beyond them
    // are written as a UTF8String as they are.
    if (X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, bytes, length, -1, 0) == 1)
        return true;
    ERR_clear_error();
    return X509_NAME_add_entry_by_txt(name, field, V_ASN1_UTF8STRING, bytes, length, -1, 0) == 1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

QByteArray certificateToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

X509Ptr certificateFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

PkeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return file.write(data) == data.size() && file.flush();
}

QString defaultKeyUsage(const CertificateOptions &options)
{
    if (options.certificateAuthority) {
        return QStringLiteral("critical,keyCertSign,cRLSign");
    }
    if (options.keyType == CertificateOptions::KeyType::EcP256) {
        return QStringLiteral("critical,digitalSignature");
    }
    return QStringLiteral("critical,digitalSignature,keyEncipherment");
}

/** Builds and signs the certificate; returns an error text or an empty string. */
QString buildCertificate(const CertificateOptions &options, EVP_PKEY *key, X509 *cert)
{
    X509Ptr issuerCert;
    PkeyPtr issuerKey;
    if (options.issuer) {
        issuerCert = certificateFromPem(options.issuer->certificatePem);
        issuerKey = keyFromPem(options.issuer->keyPem);
        if (!issuerCert || !issuerKey) {
            return openSslError(QStringLiteral("cannot read the issuer's certificate or key"));
        }
    }

    // A random positive 63-bit serial: unique enough that no client caches one certificate
    // under another's identity.
    quint64 serial = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char *>(&serial), sizeof serial) != 1) {
        return openSslError(QStringLiteral("RAND_bytes"));
    }
    serial = (serial & 0x7fffffffffffffffULL) | 1;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = options.notBefore.isValid() ? options.notBefore : now.addDays(-1);
    const QDateTime notAfter =
        options.notAfter.isValid() ? options.notAfter : notBefore.addDays(366);

    if (X509_set_version(cert, X509_VERSION_3) != 1 ||
        ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert), serial) != 1 ||
        !ASN1_TIME_set(X509_getm_notBefore(cert),
                       static_cast<time_t>(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert),
                       static_cast<time_t>(notAfter.toSecsSinceEpoch())) ||
        X509_set_pubkey(cert, key) != 1) {
        return openSslError(QStringLiteral("cannot set version, serial, validity or key"));
    }

    X509_NAME *subject = X509_get_subject_name(cert);
    if ((!options.organization.isEmpty() && !addNameEntry(subject, "O", options.organization)) ||
        (!options.commonName.isEmpty() && !addNameEntry(subject, "CN", options.commonName))) {
        return openSslError(QStringLiteral("cannot build the subject name"));
    }
    X509_NAME *issuerName = issuerCert ? X509_get_subject_name(issuerCert.get()) : subject;
    if (X509_set_issuer_name(cert, issuerName) != 1) {
        return openSslError(QStringLiteral("cannot set the issuer name"));
    }

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert.get() : cert, cert, nullptr, nullptr, 0);

    const QString basic = options.certificateAuthority ? QStringLiteral("critical,CA:TRUE")
                                                       : QStringLiteral("critical,CA:FALSE");
    if (!addExtension(cert, &ctx, NID_basic_constraints, basic) ||
        !addExtension(cert, &ctx, NID_subject_key_identifier, QStringLiteral("hash"))) {
        return openSslError(QStringLiteral("cannot add basicConstraints / subjectKeyIdentifier"));
    }
    if (issuerCert &&
        !addExtension(cert, &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always"))) {
        return openSslError(QStringLiteral("cannot add authorityKeyIdentifier"));
    }
    const QString keyUsage = options.keyUsage.value_or(defaultKeyUsage(options));
    if (!keyUsage.isEmpty() && !addExtension(cert, &ctx, NID_key_usage, keyUsage)) {
        return openSslError(QStringLiteral("cannot add keyUsage \"%1\"").arg(keyUsage));
    }
    QString eku;
    switch (options.extendedKeyUsage) {
    case CertificateOptions::ExtendedKeyUsage::ServerAuth:
        eku = QStringLiteral("serverAuth");
        break;
    case CertificateOptions::ExtendedKeyUsage::ClientAuth:
        eku = QStringLiteral("clientAuth");
        break;
    case CertificateOptions::ExtendedKeyUsage::ServerAndClientAuth:
        eku = QStringLiteral("serverAuth,clientAuth");
        break;
    case CertificateOptions::ExtendedKeyUsage::None:
        break;
    }
    if (!eku.isEmpty() && !addExtension(cert, &ctx, NID_ext_key_usage, eku)) {
        return openSslError(QStringLiteral("cannot add extendedKeyUsage"));
    }
    if (!options.subjectAltNames.isEmpty()) {
        const QString san = options.subjectAltNames.join(QLatin1Char(','));
        if (!addExtension(cert, &ctx, NID_subject_alt_name, san)) {
            return openSslError(QStringLiteral("cannot add subjectAltName \"%1\"").arg(san));
        }
    }

    EVP_PKEY *signingKey = issuerKey ? issuerKey.get() : key;
    if (X509_sign(cert, signingKey, digestOf(options.digest)) <= 0) {
        return openSslError(QStringLiteral("X509_sign"));
    }
    return {};
}

} // namespace

TestCertificate makeTestCertificate(const CertificateOptions &options, const QString &directory,
                                    const QString &baseName)
{
    TestCertificate result;
    ERR_clear_error();
    if (options.keyType == CertificateOptions::KeyType::Rsa &&
        (options.rsaBits < 512 || options.rsaBits > 16384)) {
        result.error = QStringLiteral("unsupported RSA size %1").arg(options.rsaBits);
        return result;
    }
    PkeyPtr key = makeKey(options);
    if (!key) {
        result.error = openSslError(QStringLiteral("key generation failed"));
        return result;
    }
    X509Ptr cert(X509_new());
    if (!cert) {
        result.error = openSslError(QStringLiteral("X509_new"));
        return result;
    }
    result.error = buildCertificate(options, key.get(), cert.get());
    if (!result.error.isEmpty()) {
        return result;
    }
    result.certificatePem = certificateToPem(cert.get());
    result.keyPem = keyToPem(key.get());
    if (result.certificatePem.isEmpty() || result.keyPem.isEmpty()) {
        result.error = openSslError(QStringLiteral("PEM encoding failed"));
        result.certificatePem.clear();
        return result;
    }

    const QDir dir(directory);
    result.certificatePath = dir.filePath(baseName + QStringLiteral(".pem"));
    result.keyPath = dir.filePath(baseName + QStringLiteral(".key"));
    bool written = writeFile(result.certificatePath, result.certificatePem, false) &&
                   writeFile(result.keyPath, result.keyPem, true);
    if (written && options.issuer) {
        result.chainPath = dir.filePath(baseName + QStringLiteral("-chain.pem"));
        written = writeFile(result.chainPath,
                            result.certificatePem + options.issuer->certificatePem, false);
    }
    if (!written) {
        result.error = QStringLiteral("cannot write the PEM files into %1").arg(directory);
        result.certificatePem.clear();
    }
    return result;
}

} // namespace rdpdiag::test
