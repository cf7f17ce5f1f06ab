// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CertificateInspector.h"

#include "support/SafeText.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace rdpdiag {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

QString nameLine(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    // RFC 2253 order and escaping, but UTF-8 kept as it is instead of \XX escapes.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    // RFC 2253 escapes C0 controls, not C1 or bidi controls in UTF-8.
    return safeText(QString::fromUtf8(bioContents(bio.get())));
}

QString commonName(const X509_NAME *name)
{
    if (!name)
        return {};
    int index = -1;
    int last = -1;
    while ((index = X509_NAME_get_index_by_NID(name, NID_commonName, index)) >= 0)
        last = index;
    if (last < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    // Names are chosen by whoever made the certificate: never a control character.
    const QString text = safeText(QString::fromUtf8(reinterpret_cast<const char *>(utf8), length));
    OPENSSL_free(utf8);
    return text;
}

QDateTime asn1Time(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString fingerprint(X509 *certificate, const EVP_MD *digest)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, digest, md, &length) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(length))
            .toHex()
            .toUpper());
}

QByteArray pemOf(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QString ipText(const ASN1_OCTET_STRING *bytes)
{
    const int length = ASN1_STRING_length(bytes);
    const unsigned char *data = ASN1_STRING_get0_data(bytes);
    if (length == 4) {
        return QHostAddress((quint32(data[0]) << 24) | (quint32(data[1]) << 16) |
                            (quint32(data[2]) << 8) | quint32(data[3]))
            .toString();
    }
    if (length == 16) {
        Q_IPV6ADDR address;
        for (int i = 0; i < 16; ++i)
            address.c[i] = data[i];
        return QHostAddress(address).toString();
    }
    return QStringLiteral("<%1 bytes>").arg(length);
}

void readSubjectAltNames(X509 *certificate, CertificateFacts &facts)
{
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING *dns = name->d.dNSName;
            facts.san << QStringLiteral("DNS:") +
                             safeText(QString::fromUtf8(
                                 reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                 ASN1_STRING_length(dns)));
        } else if (name->type == GEN_IPADD) {
            facts.san << QStringLiteral("IP:") + ipText(name->d.iPAddress);
        }
    }
    GENERAL_NAMES_free(names);
}

void readExtendedKeyUsage(X509 *certificate, CertificateFacts &facts)
{
    int critical = -1;
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, &critical, nullptr));
    if (!usages) {
        // -1: the extension is absent (any usage allowed); otherwise present but unreadable,
        // which allows nothing.
        if (critical != -1)
            facts.eku = QStringList();
        return;
    }
    QStringList names;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(usages, i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            names << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char text[128];
            OBJ_obj2txt(text, sizeof text, object, 1);
            names << QString::fromLatin1(text);
        }
    }
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    facts.eku = names;
}

void readKeyUsage(X509 *certificate, CertificateFacts &facts)
{
    const uint32_t usage = X509_get_key_usage(certificate);
    if (usage == UINT32_MAX)
        return; // no extension
    static const struct
    {
        uint32_t bit;
        const char *name;
    } kBits[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"},
        {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},
        {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},
        {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"},
    };
    for (const auto &bit : kBits)
        if (usage & bit.bit)
            facts.keyUsage << QString::fromLatin1(bit.name);
}

struct VerifyErrors
{
    QList<int> codes;
};

int verifyCallback(int ok, X509_STORE_CTX *context)
{
    if (!ok) {
        auto *errors = static_cast<VerifyErrors *>(X509_STORE_CTX_get_app_data(context));
        const int code = X509_STORE_CTX_get_error(context);
        if (errors && !errors->codes.contains(code))
            errors->codes << code;
    }
    return 1; // go on: the point is to learn every problem, not to stop at the first
}

void verifyChain(X509 *leaf, const QList<QByteArray> &chainDer, const InspectionOptions &options,
                 CertificateFacts &facts)
{
    X509_STORE *store = options.store ? options.store : systemTrustStore();
    if (!store)
        return;
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const QByteArray &der : chainDer) {
        const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
        if (X509 *certificate = d2i_X509(nullptr, &data, der.size()))
            sk_X509_push(untrusted, certificate);
    }
    StoreCtxPtr context(X509_STORE_CTX_new());
    VerifyErrors errors;
    if (context && X509_STORE_CTX_init(context.get(), store, leaf, untrusted) == 1) {
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
        X509_VERIFY_PARAM_set_auth_level(param, 0);
        if (options.verifyTime)
            X509_VERIFY_PARAM_set_time(param, options.verifyTime->toSecsSinceEpoch());
        X509_STORE_CTX_set_app_data(context.get(), &errors);
        X509_STORE_CTX_set_verify_cb(context.get(), verifyCallback);
        const int result = X509_verify_cert(context.get());
        if (result != 1 && errors.codes.isEmpty()) {
            const int code = X509_STORE_CTX_get_error(context.get());
            errors.codes << (code != X509_V_OK ? code : X509_V_ERR_UNSPECIFIED);
        }
    }
    sk_X509_pop_free(untrusted, X509_free);
    ERR_clear_error();
    facts.verifyErrorCodes = errors.codes;
    for (const int code : errors.codes)
        facts.verifyErrors << QString::fromLatin1(X509_verify_cert_error_string(code));
}

} // namespace

bool certificateMatchesHost(X509 *certificate, const QString &host)
{
    QString name = host;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    if (address.protocol() == QAbstractSocket::IPv4Protocol ||
        address.protocol() == QAbstractSocket::IPv6Protocol) {
        if (X509_check_ip_asc(certificate, name.toLatin1().constData(), 0) == 1)
            return true;
        // No SAN at all: some clients compare the CN as text; accept an exact address.
        if (X509_get_ext_by_NID(certificate, NID_subject_alt_name, -1) < 0)
            return QHostAddress(commonName(X509_get_subject_name(certificate))) == address;
        return false;
    }
    const QByteArray utf8 = name.toUtf8();
    // Default flags: SAN DNS names; the CN only when the certificate has no SAN DNS entry.
    return X509_check_host(certificate, utf8.constData(), static_cast<size_t>(utf8.size()), 0,
                           nullptr) == 1;
}

X509_STORE *newTrustStore(const QString &hashedDir, const QString &bundleFile)
{
    StorePtr store(X509_STORE_new());
    if (!store)
        return nullptr;
    // "1a2b3c4d.0": what a hashed folder holds; the check reads the folders' names only.
    // (SSL_CERT_DIR may list several folders, as PATH does.)
    bool hashed = false;
    for (const QString &dir : hashedDir.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        hashed =
            hashed || !QDir(dir).entryList({QStringLiteral("????????.?")}, QDir::Files).isEmpty();
    if (hashed) {
        X509_LOOKUP *lookup = X509_STORE_add_lookup(store.get(), X509_LOOKUP_hash_dir());
        if (lookup && X509_LOOKUP_add_dir(lookup, QFile::encodeName(hashedDir).constData(),
                                          X509_FILETYPE_PEM) == 1)
            return store.release();
        store.reset(X509_STORE_new()); // a lookup half set up: start again with the bundle
        if (!store)
            return nullptr;
    }
    if (!bundleFile.isEmpty())
        X509_STORE_load_file(store.get(), QFile::encodeName(bundleFile).constData());
    ERR_clear_error(); // a missing bundle just trusts less
    return store.release();
}

X509_STORE *systemTrustStore()
{
    // A function-local static: made by the first caller, the others wait for it.
    static const StorePtr store = [] {
        const auto fromEnvironment = [](const char *variable, const char *fallback) {
            const QByteArray value = qgetenv(variable);
            return QFile::decodeName(value.isEmpty() ? QByteArray(fallback) : value);
        };
        return StorePtr(newTrustStore(
            fromEnvironment(X509_get_default_cert_dir_env(), X509_get_default_cert_dir()),
            fromEnvironment(X509_get_default_cert_file_env(), X509_get_default_cert_file())));
    }();
    return store.get();
}

CertificateFacts inspectCertificate(X509 *leaf, const QList<QByteArray> &chainDer,
                                    const InspectionOptions &options)
{
    CertificateFacts facts;
    if (!leaf)
        return facts;
    facts.subject = nameLine(X509_get_subject_name(leaf));
    facts.issuer = nameLine(X509_get_issuer_name(leaf));
    facts.commonName = commonName(X509_get_subject_name(leaf));
    facts.notBefore = asn1Time(X509_get0_notBefore(leaf));
    facts.notAfter = asn1Time(X509_get0_notAfter(leaf));
    facts.selfSigned = X509_self_signed(leaf, 0) == 1;

    if (EVP_PKEY *key = X509_get0_pubkey(leaf)) {
        facts.keyBits = EVP_PKEY_get_bits(key);
        const char *type = EVP_PKEY_get0_type_name(key);
        if (!type)
            type = OBJ_nid2sn(EVP_PKEY_get_base_id(key));
        facts.keyType = QString::fromLatin1(type ? type : "unknown");
    }
    const int signatureNid = X509_get_signature_nid(leaf);
    facts.signatureAlgorithm =
        QString::fromLatin1(signatureNid != NID_undef ? OBJ_nid2ln(signatureNid) : "unknown");

    readSubjectAltNames(leaf, facts);
    readExtendedKeyUsage(leaf, facts);
    readKeyUsage(leaf, facts);
    facts.sha1 = fingerprint(leaf, EVP_sha1());
    facts.sha256 = fingerprint(leaf, EVP_sha256());
    facts.pem = pemOf(leaf);

    for (const QByteArray &der : chainDer) {
        const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr certificate(d2i_X509(nullptr, &data, der.size()));
        if (certificate)
            facts.chainPem << pemOf(certificate.get());
    }
    if (facts.chainPem.isEmpty())
        facts.chainPem << facts.pem;

    verifyChain(leaf, chainDer, options, facts);
    if (!options.host.isEmpty())
        facts.nameMatches = certificateMatchesHost(leaf, options.host);
    ERR_clear_error();
    return facts;
}

std::optional<CertificateFacts> inspectCertificatePem(const QByteArray &pem,
                                                      const InspectionOptions &options)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return std::nullopt;
    QList<QByteArray> chainDer;
    X509Ptr leaf;
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr owned(certificate);
        unsigned char *der = nullptr;
        const int length = i2d_X509(certificate, &der);
        if (length > 0)
            chainDer << QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        if (!leaf)
            leaf = std::move(owned);
    }
    ERR_clear_error();
    if (!leaf)
        return std::nullopt;
    return inspectCertificate(leaf.get(), chainDer, options);
}

} // namespace rdpdiag
