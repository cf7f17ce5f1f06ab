// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The server's certificate (stage "certificate", inspected during the tls stage).
 * Facts are what the probes saw, as plain values: probes fill them, rules read them, the
 * report serialises them. A fact a run could not learn stays empty, never guessed.
 * The stage table (model/Stages.h) lists every stage's facts type.
 */

#include "model/Enums.h"
#include "model/Identifiers.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** Certificate of the server (the leaf), as inspected. */
struct CertificateFacts
{
    QString subject;
    QString issuer;
    QString commonName;
    QDateTime notBefore; ///< UTC
    QDateTime notAfter;  ///< UTC
    bool selfSigned = false;
    QString keyType; ///< "RSA", "EC", "ED25519", …
    int keyBits = 0;
    QString signatureAlgorithm;     ///< OpenSSL long name, e.g. "sha256WithRSAEncryption"
    QStringList san;                ///< "DNS:name", "IP:1.2.3.4"
    std::optional<QStringList> eku; ///< absent extension = nullopt (any usage allowed)
    QStringList keyUsage;
    QString sha1; ///< hex, upper-case, no separators (as Windows shows thumbprints)
    QString sha256;
    QByteArray pem;
    QList<QByteArray> chainPem;      ///< whole chain as presented (leaf first)
    QStringList verifyErrors;        ///< every chain verification error against the system store
    QList<int> verifyErrorCodes;     ///< the same errors as OpenSSL X509_V_ERR_* numbers
    std::optional<bool> nameMatches; ///< the name the user typed vs SAN/CN
};

/** The identifying fields of CertificateFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(CertificateFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
