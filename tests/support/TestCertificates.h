// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Keys and X.509 certificates made at test time with the OpenSSL 3 API (no openssl CLI and
 * no faketime): validity dates are set directly, so expired, not-yet-valid or
 * expiring-next-week certificates are one option away.
 */

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdpdiag::test {

struct TestCertificate;

/** What to put into a certificate. The defaults make a valid server certificate for
 * "localhost" (RSA 2048, SHA-256, EKU serverAuth, valid from a day ago for a year). */
struct CertificateOptions
{
    enum class KeyType {
        Rsa,    ///< RSA with rsaBits bits
        EcP256, ///< ECDSA on prime256v1 (P-256), always a fresh key (cheap to make)
    };
    enum class Digest { Sha256, Sha384, Sha512, Sha1 };
    enum class ExtendedKeyUsage {
        ServerAuth,
        ClientAuth,
        ServerAndClientAuth,
        None, ///< no EKU extension at all (which RFC 5280 reads as "any usage")
    };

    /** Subject CN; an empty string leaves the CN out (SAN-only certificates). */
    QString commonName = QStringLiteral("localhost");
    /** Subject O, left out when empty. */
    QString organization;
    /** subjectAltName entries in OpenSSL syntax ("DNS:host", "IP:127.0.0.1"); the extension
     * is left out when the list is empty. */
    QStringList subjectAltNames;
    /** Start of validity; an invalid QDateTime means "now minus one day". */
    QDateTime notBefore;
    /** End of validity; an invalid QDateTime means "notBefore plus 366 days". */
    QDateTime notAfter;
    KeyType keyType = KeyType::Rsa;
    int rsaBits = 2048;
    /**
     * RSA key generation takes a noticeable time, so by default one key per size is made
     * per process and reused (one for leaves, one for CAs, so an issued certificate never
     * shares its issuer's key). Set to true to force a new key.
     */
    bool freshKey = false;
    Digest digest = Digest::Sha256;
    ExtendedKeyUsage extendedKeyUsage = ExtendedKeyUsage::ServerAuth;
    /**
     * keyUsage in OpenSSL syntax, e.g. "critical,digitalSignature,keyEncipherment".
     * nullopt picks the usual value (RSA leaf: digitalSignature + keyEncipherment; EC leaf:
     * digitalSignature; CA: keyCertSign + cRLSign, all critical); an empty string leaves the
     * extension out.
     */
    std::optional<QString> keyUsage;
    /** Makes a CA certificate (basicConstraints critical CA:TRUE) that can issue others. */
    bool certificateAuthority = false;
    /** Signs with this CA (made by makeTestCertificate()); nullptr makes it self-signed. The
     * pointee must outlive the call only. */
    const TestCertificate *issuer = nullptr;
};

/** Result of makeTestCertificate(). */
struct TestCertificate
{
    QString certificatePath; ///< <dir>/<base>.pem: the certificate alone
    QString keyPath;         ///< <dir>/<base>.key: unencrypted PKCS#8 private key
    /** <dir>/<base>-chain.pem: certificate followed by its issuer (empty when self-signed). */
    QString chainPath;
    QByteArray certificatePem;
    QByteArray keyPem;
    QString error; ///< why it failed (OpenSSL's error queue included); empty on success

    bool isValid() const { return error.isEmpty() && !certificatePem.isEmpty(); }
};

/**
 * Makes a key and a certificate as @p options say and writes them (PEM) into @p directory
 * as @p baseName .pem / .key (and -chain.pem when issued by a CA). Existing files are
 * overwritten. On failure the result's error says why and isValid() is false.
 */
TestCertificate makeTestCertificate(const CertificateOptions &options, const QString &directory,
                                    const QString &baseName = QStringLiteral("cert"));

} // namespace rdpdiag::test
