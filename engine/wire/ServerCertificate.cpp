// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/ServerCertificate.h"

#include "wire/Bytes.h"
#include "wire/Der.h"

#include <bit>

namespace rdpdiag::wire {

namespace {

constexpr quint32 kChainVersionMask = 0x7FFFFFFF;
constexpr quint32 kTemporaryBit = 0x80000000;
constexpr quint32 kCertChainVersion1 = 1;
constexpr quint32 kCertChainVersion2 = 2;
constexpr quint16 kPublicKeyBlobType = 0x0006; ///< BB_RSA_KEY_BLOB
constexpr quint16 kSignatureBlobType = 0x0008; ///< BB_RSA_SIGNATURE_BLOB
constexpr quint32 kRsaMagic = 0x31415352;      ///< "RSA1"
constexpr int kProprietaryFixedLength = 16;    ///< version, sig alg, key alg, blob type+len
constexpr int kRsaKeyHeaderLength = 20;        ///< magic, keylen, bitlen, datalen, pubExp
constexpr quint32 kMaxChainLength = 32;        ///< far above the two or three real ones

/** DER content of the rsaEncryption OID 1.2.840.113549.1.1.1. */
constexpr char kRsaEncryptionOid[] = "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01";

ServerCertificateParse fail(const QString &error)
{
    ServerCertificateParse result;
    result.error = error;
    return result;
}

ServerCertificateParse parseProprietary(QByteArrayView data, ServerCertificate certificate)
{
    if (data.size() < kProprietaryFixedLength)
        return fail(QStringLiteral("proprietary certificate of %1 bytes is shorter than its "
                                   "fixed part (16 bytes)")
                        .arg(data.size()));
    const quint16 blobType = readLe16(data, 12);
    const quint16 blobLength = readLe16(data, 14);
    if (blobType != kPublicKeyBlobType)
        return fail(QStringLiteral("public key blob of type 0x%1 instead of 0x0006 "
                                   "(BB_RSA_KEY_BLOB)")
                        .arg(blobType, 4, 16, QLatin1Char('0')));
    qsizetype offset = kProprietaryFixedLength;
    if (blobLength > data.size() - offset)
        return fail(QStringLiteral("public key blob claims %1 bytes, %2 available")
                        .arg(blobLength)
                        .arg(data.size() - offset));
    if (blobLength < kRsaKeyHeaderLength)
        return fail(QStringLiteral("public key blob of %1 bytes is shorter than an RSA key "
                                   "header (20 bytes)")
                        .arg(blobLength));
    const QByteArrayView key = data.sliced(offset, blobLength);
    if (readLe32(key, 0) != kRsaMagic)
        return fail(QStringLiteral("public key blob does not start with the RSA1 magic"));
    const quint32 keyLength = readLe32(key, 4);
    const quint32 bitLength = readLe32(key, 8);
    if (keyLength > static_cast<quint32>(blobLength - kRsaKeyHeaderLength))
        return fail(QStringLiteral("RSA key claims a %1-byte modulus, the blob holds %2")
                        .arg(keyLength)
                        .arg(blobLength - kRsaKeyHeaderLength));
    if (bitLength == 0 || bitLength > keyLength * 8)
        return fail(QStringLiteral("RSA key length of %1 bits does not fit its %2-byte modulus")
                        .arg(bitLength)
                        .arg(keyLength));
    certificate.keyBits = static_cast<int>(bitLength);
    certificate.publicExponent = readLe32(key, 16);
    offset += blobLength;
    if (data.size() - offset < 4)
        return fail(QStringLiteral("proprietary certificate ends before its signature blob"));
    const quint16 signatureType = readLe16(data, offset);
    const quint16 signatureLength = readLe16(data, offset + 2);
    if (signatureType != kSignatureBlobType)
        return fail(QStringLiteral("signature blob of type 0x%1 instead of 0x0008 "
                                   "(BB_RSA_SIGNATURE_BLOB)")
                        .arg(signatureType, 4, 16, QLatin1Char('0')));
    if (signatureLength > data.size() - offset - 4)
        return fail(QStringLiteral("signature blob claims %1 bytes, %2 available")
                        .arg(signatureLength)
                        .arg(data.size() - offset - 4));
    ServerCertificateParse result;
    result.certificate = certificate;
    return result;
}

ServerCertificateParse parseX509Chain(QByteArrayView data, ServerCertificate certificate)
{
    if (data.size() < 8)
        return fail(QStringLiteral("X.509 certificate chain ends before its certificate count"));
    const quint32 count = readLe32(data, 4);
    if (count == 0 || count > kMaxChainLength)
        return fail(QStringLiteral("X.509 certificate chain claims %1 certificates (1 to %2 "
                                   "accepted)")
                        .arg(count)
                        .arg(kMaxChainLength));
    qsizetype offset = 8;
    QByteArrayView last;
    for (quint32 i = 0; i < count; ++i) {
        if (data.size() - offset < 4)
            return fail(QStringLiteral("X.509 certificate chain ends before certificate %1 of %2")
                            .arg(i + 1)
                            .arg(count));
        const quint32 length = readLe32(data, offset);
        offset += 4;
        if (length > static_cast<quint64>(data.size() - offset))
            return fail(QStringLiteral("X.509 certificate %1 claims %2 bytes, %3 available")
                            .arg(i + 1)
                            .arg(length)
                            .arg(data.size() - offset));
        last = data.sliced(offset, length);
        offset += length;
    }
    // The rest is padding ([MS-RDPBCGR] 2.2.1.4.3.1: 8 + 4 * NumCertBlobs bytes).
    certificate.chainLength = static_cast<int>(count);
    certificate.keyBits = x509RsaKeyBits(last); // the server's own certificate is the last
    ServerCertificateParse result;
    result.certificate = certificate;
    return result;
}

/** The next element of @p reader when it has @p tag. */
std::optional<der::Element> expect(der::Reader &reader, quint8 tag)
{
    const auto element = reader.next();
    if (!element || element->tag != tag)
        return std::nullopt;
    return element;
}

} // namespace

ServerCertificateParse parseServerCertificate(QByteArrayView data)
{
    if (data.size() < 4)
        return fail(
            QStringLiteral("server certificate of %1 bytes has no version field").arg(data.size()));
    const quint32 version = readLe32(data, 0);
    ServerCertificate certificate;
    certificate.temporary = (version & kTemporaryBit) != 0;
    switch (version & kChainVersionMask) {
    case kCertChainVersion1:
        certificate.type = ServerCertificate::Type::Proprietary;
        return parseProprietary(data, certificate);
    case kCertChainVersion2:
        certificate.type = ServerCertificate::Type::X509;
        return parseX509Chain(data, certificate);
    default:
        return fail(QStringLiteral("server certificate of unknown version %1")
                        .arg(version & kChainVersionMask));
    }
}

std::optional<int> x509RsaKeyBits(QByteArrayView der)
{
    der::Reader top(der);
    const auto certificate = expect(top, der::TagSequence);
    if (!certificate)
        return std::nullopt;
    auto inCertificate = top.enter(*certificate);
    if (!inCertificate)
        return std::nullopt;
    const auto tbs = expect(*inCertificate, der::TagSequence);
    if (!tbs)
        return std::nullopt;
    auto fields = inCertificate->enter(*tbs);
    if (!fields)
        return std::nullopt;
    // [0] version (optional), serial, signature, issuer, validity, subject, subjectPublicKeyInfo.
    auto field = fields->next();
    if (field && field->tag == der::TagContext0)
        field = fields->next();
    for (int skip = 0; skip < 5 && field; ++skip)
        field = fields->next();
    if (!field || field->tag != der::TagSequence)
        return std::nullopt;
    auto keyInfo = fields->enter(*field);
    if (!keyInfo)
        return std::nullopt;
    const auto algorithm = expect(*keyInfo, der::TagSequence);
    if (!algorithm)
        return std::nullopt;
    auto inAlgorithm = keyInfo->enter(*algorithm);
    const auto oid = inAlgorithm ? expect(*inAlgorithm, 0x06) : std::nullopt;
    if (!oid || oid->content != QByteArrayView(kRsaEncryptionOid, sizeof kRsaEncryptionOid - 1))
        return std::nullopt;
    const auto bits = expect(*keyInfo, 0x03);
    if (!bits || bits->content.isEmpty() || bits->content[0] != 0)
        return std::nullopt;
    der::Reader keyReader(bits->content.sliced(1), keyInfo->depth() + 1);
    const auto rsaKey = expect(keyReader, der::TagSequence);
    if (!rsaKey)
        return std::nullopt;
    auto inKey = keyReader.enter(*rsaKey);
    const auto modulus = inKey ? expect(*inKey, der::TagInteger) : std::nullopt;
    if (!modulus)
        return std::nullopt;
    QByteArrayView value = modulus->content;
    while (!value.isEmpty() && value[0] == 0)
        value = value.sliced(1);
    if (value.isEmpty())
        return std::nullopt;
    return static_cast<int>(value.size() * 8) - std::countl_zero(byteAt(value, 0));
}

QString serverCertificateTypeId(ServerCertificate::Type type)
{
    return type == ServerCertificate::Type::X509 ? QStringLiteral("x509")
                                                 : QStringLiteral("proprietary");
}

} // namespace rdpdiag::wire
