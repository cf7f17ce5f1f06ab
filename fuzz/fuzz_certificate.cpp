// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: certificate inspection (net/CertificateInspector.h) on what a server may
// present — DER certificates back to back (leaf first, as a TLS Certificate message carries
// them) or PEM text — then the host-name check and every rule over the resulting facts.
// The first input byte picks the name the user "typed"; the trust store is empty and the
// verification time fixed, so a run depends on the input alone.
#include "FuzzSupport.h"

#include "net/CertificateInspector.h"
#include "rules/Rules.h"

#include <openssl/err.h>
#include <openssl/x509.h>

#include <array>
#include <memory>

using namespace rdpdiag;

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509_STORE *emptyStore()
{
    static X509_STORE *const store = X509_STORE_new();
    return store;
}

const QDateTime &fixedTime()
{
    static const QDateTime time(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    return time;
}

void checkFacts(const CertificateFacts &facts, const QString &host)
{
    RDPDIAG_FUZZ_CHECK(facts.sha1.size() == 40);
    RDPDIAG_FUZZ_CHECK(facts.sha256.size() == 64);
    RDPDIAG_FUZZ_CHECK(facts.pem.startsWith("-----BEGIN CERTIFICATE-----"));
    RDPDIAG_FUZZ_CHECK(facts.verifyErrors.size() == facts.verifyErrorCodes.size());
    RDPDIAG_FUZZ_CHECK(host.isEmpty() == !facts.nameMatches.has_value());

    // The rules read these facts as they come: nothing may trip them.
    Facts all;
    all.certificate = facts;
    RuleContext context;
    context.now = fixedTime();
    const TargetParse target = parseTargetText(host.isEmpty() ? QStringLiteral("host") : host);
    if (target.target)
        context.target = *target.target;
    (void)evaluateAllRules(all, context);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::array<QString, 6> hosts = {
        QString(),
        QStringLiteral("localhost"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral("::1"),
        QStringLiteral("rdp.example.com"),
        QStringLiteral("xn--bcher-kva.example"),
    };
    if (size < 1)
        return 0;
    const QString &host = hosts[data[0] % hosts.size()];
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data + 1, size - 1);

    InspectionOptions options;
    options.host = host;
    options.store = emptyStore();
    options.verifyTime = fixedTime();

    if (bytes.startsWith("-----")) {
        if (const auto facts = inspectCertificatePem(bytes.toByteArray(), options))
            checkFacts(*facts, host);
        ERR_clear_error();
        return 0;
    }

    // DER certificates back to back; stop at the first that does not parse.
    QList<QByteArray> chainDer;
    X509Ptr leaf;
    const unsigned char *cursor = data + 1;
    const unsigned char *const end = data + size;
    while (cursor < end && chainDer.size() < 16) {
        const unsigned char *start = cursor;
        X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(end - cursor)));
        if (!certificate || cursor <= start)
            break;
        chainDer << QByteArray(reinterpret_cast<const char *>(start),
                               static_cast<qsizetype>(cursor - start));
        if (!leaf)
            leaf = std::move(certificate);
    }
    if (leaf) {
        checkFacts(inspectCertificate(leaf.get(), chainDer, options), host);
        (void)certificateMatchesHost(leaf.get(), hosts[(data[0] / 8) % hosts.size()]);
    }
    ERR_clear_error();
    return 0;
}
