// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The server certificate of Standard RDP Security ([MS-RDPBCGR] 2.2.1.4.3.1), sent in the
 * server security data of the MCS Connect Response: either the proprietary certificate
 * (CERT_CHAIN_VERSION_1: an RSA public key blob "RSA1" and a signature blob) or an X.509
 * chain (CERT_CHAIN_VERSION_2: a count and DER certificates, the server's own last). Pure
 * functions on bytes; every length is checked against the bytes that are there.
 *
 * Byte order: little-endian throughout (the X.509 certificates themselves are DER).
 */

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace rdpdiag::wire {

/** What the certificate says, without its key material. */
struct ServerCertificate
{
    enum class Type {
        Proprietary, ///< CERT_CHAIN_VERSION_1
        X509,        ///< CERT_CHAIN_VERSION_2
    };
    Type type = Type::Proprietary;
    /** The high bit of dwVersion: the certificate is temporary (not issued by a license
     * server, [MS-RDPBCGR] 2.2.1.4.3.1). */
    bool temporary = false;
    /** RSA key size in bits: the proprietary blob's bitlen, or the modulus of the last X.509
     * certificate when its key is RSA; nullopt when it cannot be told. */
    std::optional<int> keyBits;
    /** The public exponent of the proprietary key. */
    std::optional<quint32> publicExponent;
    int chainLength = 0; ///< X.509 certificates in the chain (0 for the proprietary type)
};

struct ServerCertificateParse
{
    std::optional<ServerCertificate> certificate;
    QString error; ///< why the certificate is malformed (English, for evidence)
};

/** Parses a serverCertificate field of exactly @p data's length. */
ServerCertificateParse parseServerCertificate(QByteArrayView data);

/** The RSA modulus size in bits of a DER X.509 certificate, nullopt when it is not RSA or
 * not readable. */
std::optional<int> x509RsaKeyBits(QByteArrayView der);

/** "proprietary" or "x509". */
QString serverCertificateTypeId(ServerCertificate::Type type);

} // namespace rdpdiag::wire
