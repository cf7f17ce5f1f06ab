// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Turns the certificate a server presented into CertificateFacts: names, validity, key,
 * signature, SAN, EKU, key usage, fingerprints, PEM, the result of chain verification
 * against this machine's trust store, and whether the name the user typed matches.
 * No sockets: it takes X509 objects or PEM bytes, so tests feed it certificates directly.
 *
 * Verification records every error (a verify callback that notes each one and goes on),
 * so that "expired" does not hide "self-signed" and the reverse. It runs at security
 * level 0: a weak key or a SHA-1 signature is reported through keyBits and
 * signatureAlgorithm (the cert.weak_* rules), not as a verification error that would
 * mask the others.
 */

#include "model/Facts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

using X509 = struct x509_st;
using X509_STORE = struct x509_store_st;

namespace rdpdiag {

struct InspectionOptions
{
    /** The host the user typed (name or IP literal); empty skips the name check. */
    QString host;
    /** Trust store to verify against; nullptr = the system default paths. */
    X509_STORE *store = nullptr;
    /** Verification time; unset = now. (The rules compare validity with their own "now".) */
    std::optional<QDateTime> verifyTime;
};

/**
 * A trust store that reads certificates from @p hashedDir (OpenSSL's hashed folder: one file
 * per certificate, named by the subject's hash, as `openssl rehash` / update-ca-certificates
 * make it) only when a chain's issuer is looked up, when that folder holds such files;
 * otherwise (no folder, not hashed, e.g. on Windows) one that loads @p bundleFile whole.
 * Reading Debian's bundle of ~140 certificates costs ~60 ms of CPU per process, a third of a
 * whole run's; a lookup in the folder reads the one or two files it needs. nullptr when
 * OpenSSL cannot create a store.
 */
X509_STORE *newTrustStore(const QString &hashedDir, const QString &bundleFile);

/**
 * This computer's trust store: newTrustStore() on OpenSSL's default folder and bundle (or
 * SSL_CERT_DIR / SSL_CERT_FILE when set), made once per process and shared — OpenSSL
 * verifies against one X509_STORE from several threads. nullptr when it cannot be created.
 */
X509_STORE *systemTrustStore();

/**
 * Inspects @p leaf with @p chain (DER certificates as the server sent them, leaf first;
 * the leaf may or may not be repeated there) as untrusted intermediates.
 */
CertificateFacts inspectCertificate(X509 *leaf, const QList<QByteArray> &chainDer,
                                    const InspectionOptions &options);

/**
 * Same from PEM text holding the leaf first and then any intermediates. Returns nullopt
 * when @p pem holds no certificate.
 */
std::optional<CertificateFacts> inspectCertificatePem(const QByteArray &pem,
                                                      const InspectionOptions &options);

/**
 * Whether @p host matches the certificate: SAN DNS names (wildcards for one label), or,
 * only when there is no SAN DNS entry, the subject CN; IP literals against SAN IP entries
 * (or a CN that is literally the same address when the certificate has no SAN at all).
 */
bool certificateMatchesHost(X509 *certificate, const QString &host);

} // namespace rdpdiag
