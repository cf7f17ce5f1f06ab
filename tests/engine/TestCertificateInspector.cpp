// SPDX-License-Identifier: GPL-3.0-or-later
// CertificateInspector on certificates made at test time (TestCertificates): every fact,
// every verification error at once, and the host name check.

#include "net/CertificateInspector.h"
#include "rules/CertificateRules.h"

#include "TestCertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

QByteArray derOf(const QByteArray &pem)
{
    QByteArray body = pem;
    body.replace("-----BEGIN CERTIFICATE-----", "");
    body.replace("-----END CERTIFICATE-----", "");
    return QByteArray::fromBase64(body.simplified().replace(' ', ""));
}

/** A trust store holding only @p caPem. */
struct Store
{
    explicit Store(const QByteArray &caPem) : store(X509_STORE_new())
    {
        BIO *bio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
        X509 *ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        X509_STORE_add_cert(store, ca);
        X509_free(ca);
        BIO_free(bio);
    }
    ~Store() { X509_STORE_free(store); }
    X509_STORE *store;
};

} // namespace

class TestCertificateInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuedCertificate();
    void issuedCertificateUntrustedBySystem();
    void trustStoreLayouts();
    void windowsLikeSelfSigned();
    void expiredSelfSigned();
    void notYetValid();
    void extendedKeyUsage_data();
    void extendedKeyUsage();
    void ecKey();
    void hostMatch_data();
    void hostMatch();
    void garbage();
    void controlCharactersInNames();

private:
    TestCertificate make(const CertificateOptions &options, const QString &name)
    {
        TestCertificate certificate = makeTestCertificate(options, m_dir.path(), name);
        if (!certificate.isValid())
            qFatal("cannot make %s: %s", qPrintable(name), qPrintable(certificate.error));
        return certificate;
    }

    QTemporaryDir m_dir;
    TestCertificate m_ca;
    TestCertificate m_leaf;
};

void TestCertificateInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CertificateOptions ca;
    ca.commonName = QStringLiteral("rdpdiag Test CA");
    ca.certificateAuthority = true;
    ca.extendedKeyUsage = CertificateOptions::ExtendedKeyUsage::None;
    m_ca = make(ca, QStringLiteral("ca"));
    CertificateOptions leaf;
    leaf.commonName = QStringLiteral("rdp.example.test");
    leaf.subjectAltNames = {QStringLiteral("DNS:rdp.example.test"),
                            QStringLiteral("DNS:*.corp.example.test"),
                            QStringLiteral("IP:127.0.0.1")};
    leaf.issuer = &m_ca;
    m_leaf = make(leaf, QStringLiteral("leaf"));
}

void TestCertificateInspector::issuedCertificate()
{
    Store store(m_ca.certificatePem);
    InspectionOptions options;
    options.host = QStringLiteral("rdp.example.test");
    options.store = store.store;
    const auto facts = inspectCertificatePem(m_leaf.certificatePem + m_ca.certificatePem, options);
    QVERIFY(facts);
    QCOMPARE(facts->subject, QStringLiteral("CN=rdp.example.test"));
    QCOMPARE(facts->issuer, QStringLiteral("CN=rdpdiag Test CA"));
    QCOMPARE(facts->commonName, QStringLiteral("rdp.example.test"));
    QVERIFY(!facts->selfSigned);
    QCOMPARE(facts->keyType, QStringLiteral("RSA"));
    QCOMPARE(facts->keyBits, 2048);
    QCOMPARE(facts->signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
    QCOMPARE(facts->san, (QStringList{QStringLiteral("DNS:rdp.example.test"),
                                      QStringLiteral("DNS:*.corp.example.test"),
                                      QStringLiteral("IP:127.0.0.1")}));
    QVERIFY(facts->eku);
    QCOMPARE(*facts->eku, QStringList{QStringLiteral("serverAuth")});
    QVERIFY(facts->keyUsage.contains(QStringLiteral("digitalSignature")));
    QVERIFY(facts->keyUsage.contains(QStringLiteral("keyEncipherment")));
    QCOMPARE(facts->verifyErrors, QStringList());
    QCOMPARE(facts->nameMatches, std::optional<bool>(true));
    QCOMPARE(facts->chainPem.size(), 2);
    QCOMPARE(facts->pem, m_leaf.certificatePem);
    // Fingerprints: upper-case hex of the DER, checked against an independent hash.
    const QByteArray der = derOf(m_leaf.certificatePem);
    QCOMPARE(facts->sha1,
             QString::fromLatin1(
                 QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper()));
    QCOMPARE(facts->sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper()));
    // Validity as TestCertificates made it: from a day ago for 366 days.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(facts->notBefore < now && facts->notBefore > now.addDays(-2));
    QCOMPARE(facts->notBefore.timeSpec(), Qt::UTC);
    QCOMPARE(facts->notBefore.daysTo(facts->notAfter), 366);
}

void TestCertificateInspector::issuedCertificateUntrustedBySystem()
{
    const auto facts = inspectCertificatePem(m_leaf.certificatePem + m_ca.certificatePem, {});
    QVERIFY(facts);
    QVERIFY2(facts->verifyErrorCodes.contains(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN) ||
                 facts->verifyErrorCodes.contains(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY),
             qPrintable(facts->verifyErrors.join(QStringLiteral("; "))));
    QVERIFY(chainUntrusted(*facts));
    QVERIFY(!facts->nameMatches); // no host given: not checked
}

void TestCertificateInspector::trustStoreLayouts()
{
    // newTrustStore() on the layouts a system has: a hashed folder (read lazily), only a
    // bundle file, nothing; and a hashed folder wins over the bundle.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString hashed = dir.filePath(QStringLiteral("hashed"));
    const QString unhashed = dir.filePath(QStringLiteral("unhashed"));
    QVERIFY(QDir().mkpath(hashed) && QDir().mkpath(unhashed));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const auto subjectHashName = [](const QByteArray &pem) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        const unsigned long hash = certificate ? X509_subject_name_hash(certificate) : 0;
        X509_free(certificate);
        BIO_free(bio);
        return QStringLiteral("%1.0").arg(hash, 8, 16, QLatin1Char('0'));
    };
    QVERIFY(
        write(QDir(hashed).filePath(subjectHashName(m_ca.certificatePem)), m_ca.certificatePem));
    QVERIFY(write(QDir(unhashed).filePath(QStringLiteral("ca.pem")), m_ca.certificatePem));
    const QString bundle = dir.filePath(QStringLiteral("bundle.pem"));
    QVERIFY(write(bundle, m_ca.certificatePem));
    CertificateOptions otherCa;
    otherCa.commonName = QStringLiteral("rdpdiag Other CA");
    otherCa.certificateAuthority = true;
    const TestCertificate other = make(otherCa, QStringLiteral("other-ca"));
    const QString otherBundle = dir.filePath(QStringLiteral("other.pem"));
    QVERIFY(write(otherBundle, other.certificatePem));

    const auto trusted = [&](const QString &folder, const QString &file) {
        X509_STORE *store = newTrustStore(folder, file);
        if (!store)
            return std::optional<bool>();
        InspectionOptions options;
        options.store = store;
        const auto facts = inspectCertificatePem(m_leaf.certificatePem, options);
        X509_STORE_free(store);
        return facts ? std::optional<bool>(!chainUntrusted(*facts)) : std::optional<bool>();
    };
    QCOMPARE(trusted(hashed, QString()), std::optional<bool>(true));
    QCOMPARE(trusted(hashed, otherBundle), std::optional<bool>(true));
    QCOMPARE(trusted(unhashed + QDir::listSeparator() + hashed, QString()),
             std::optional<bool>(true));
    QCOMPARE(trusted(unhashed, bundle), std::optional<bool>(true));
    QCOMPARE(trusted(dir.filePath(QStringLiteral("missing")), bundle), std::optional<bool>(true));
    QCOMPARE(trusted(unhashed, otherBundle), std::optional<bool>(false));
    QCOMPARE(trusted(unhashed, QString()), std::optional<bool>(false));
    QCOMPARE(trusted(QString(), dir.filePath(QStringLiteral("missing.pem"))),
             std::optional<bool>(false));
}

void TestCertificateInspector::windowsLikeSelfSigned()
{
    // What Windows makes by default: self-signed, CN = computer name, no SAN. Here also
    // 1024-bit RSA and SHA-1, which must not hide "self-signed".
    CertificateOptions options;
    options.commonName = QStringLiteral("WIN-ABC123");
    options.rsaBits = 1024;
    options.digest = CertificateOptions::Digest::Sha1;
    const TestCertificate certificate = make(options, QStringLiteral("win"));
    InspectionOptions inspection;
    inspection.host = QStringLiteral("win-abc123");
    const auto facts = inspectCertificatePem(certificate.certificatePem, inspection);
    QVERIFY(facts);
    QVERIFY(facts->selfSigned);
    QCOMPARE(facts->keyBits, 1024);
    QCOMPARE(facts->signatureAlgorithm, QStringLiteral("sha1WithRSAEncryption"));
    QCOMPARE(facts->san, QStringList());
    QCOMPARE(facts->verifyErrorCodes, QList<int>{X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT});
    QCOMPARE(facts->verifyErrors, QStringList{QStringLiteral("self-signed certificate")});
    QCOMPARE(facts->nameMatches, std::optional<bool>(true)); // CN, case-insensitive
    QVERIFY(!chainUntrusted(*facts));
}

void TestCertificateInspector::expiredSelfSigned()
{
    CertificateOptions options;
    options.subjectAltNames = {QStringLiteral("DNS:localhost")};
    options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    options.notAfter = QDateTime(QDate(2020, 1, 31), QTime(0, 0), Qt::UTC);
    const TestCertificate certificate = make(options, QStringLiteral("expired"));
    const auto facts = inspectCertificatePem(certificate.certificatePem, {});
    QVERIFY(facts);
    QCOMPARE(facts->notBefore, options.notBefore);
    QCOMPARE(facts->notAfter, options.notAfter);
    // Every error, not just the first one OpenSSL meets.
    QVERIFY(facts->verifyErrorCodes.contains(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT));
    QVERIFY(facts->verifyErrorCodes.contains(X509_V_ERR_CERT_HAS_EXPIRED));
    QVERIFY(!chainUntrusted(*facts));
}

void TestCertificateInspector::notYetValid()
{
    CertificateOptions options;
    options.notBefore = QDateTime::currentDateTimeUtc().addDays(10);
    options.notAfter = options.notBefore.addDays(100);
    const TestCertificate certificate = make(options, QStringLiteral("future"));
    const auto facts = inspectCertificatePem(certificate.certificatePem, {});
    QVERIFY(facts);
    QVERIFY(facts->verifyErrorCodes.contains(X509_V_ERR_CERT_NOT_YET_VALID));
    // A pinned verification time moves the verdict.
    InspectionOptions later;
    later.verifyTime = options.notBefore.addDays(1);
    const auto laterFacts = inspectCertificatePem(certificate.certificatePem, later);
    QVERIFY(!laterFacts->verifyErrorCodes.contains(X509_V_ERR_CERT_NOT_YET_VALID));
}

void TestCertificateInspector::extendedKeyUsage_data()
{
    QTest::addColumn<int>("usage");
    QTest::addColumn<int>("present");
    QTest::addColumn<QStringList>("expected");
    using E = CertificateOptions::ExtendedKeyUsage;
    QTest::newRow("server") << int(E::ServerAuth) << 1 << QStringList{QStringLiteral("serverAuth")};
    QTest::newRow("client") << int(E::ClientAuth) << 1 << QStringList{QStringLiteral("clientAuth")};
    QTest::newRow("both") << int(E::ServerAndClientAuth) << 1
                          << QStringList{QStringLiteral("serverAuth"),
                                         QStringLiteral("clientAuth")};
    QTest::newRow("none") << int(E::None) << 0 << QStringList();
}

void TestCertificateInspector::extendedKeyUsage()
{
    QFETCH(int, usage);
    QFETCH(int, present);
    QFETCH(QStringList, expected);
    CertificateOptions options;
    options.extendedKeyUsage = CertificateOptions::ExtendedKeyUsage(usage);
    const TestCertificate certificate = make(options, QStringLiteral("eku%1").arg(usage));
    const auto facts = inspectCertificatePem(certificate.certificatePem, {});
    QVERIFY(facts);
    QCOMPARE(facts->eku.has_value(), bool(present));
    if (present) {
        QStringList got = *facts->eku;
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }
}

void TestCertificateInspector::ecKey()
{
    CertificateOptions options;
    options.keyType = CertificateOptions::KeyType::EcP256;
    const TestCertificate certificate = make(options, QStringLiteral("ec"));
    const auto facts = inspectCertificatePem(certificate.certificatePem, {});
    QVERIFY(facts);
    QCOMPARE(facts->keyType, QStringLiteral("EC"));
    QCOMPARE(facts->keyBits, 256);
    QCOMPARE(facts->signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256"));
}

void TestCertificateInspector::hostMatch_data()
{
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("san");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    const QStringList san{QStringLiteral("DNS:rdp.example.test"),
                          QStringLiteral("DNS:*.corp.example.test"),
                          QStringLiteral("IP:127.0.0.1")};
    const QString cn = QStringLiteral("other.example.test");
    QTest::newRow("SAN name") << cn << san << QStringLiteral("rdp.example.test") << true;
    QTest::newRow("SAN name, other case")
        << cn << san << QStringLiteral("RDP.Example.Test") << true;
    QTest::newRow("wildcard one label")
        << cn << san << QStringLiteral("x.corp.example.test") << true;
    QTest::newRow("wildcard two labels")
        << cn << san << QStringLiteral("a.b.corp.example.test") << false;
    QTest::newRow("CN ignored when SAN has DNS") << cn << san << cn << false;
    QTest::newRow("SAN IP") << cn << san << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("other IP") << cn << san << QStringLiteral("127.0.0.2") << false;
    QTest::newRow("CN when no SAN")
        << QStringLiteral("vm") << QStringList() << QStringLiteral("vm") << true;
    QTest::newRow("CN mismatch, no SAN")
        << QStringLiteral("vm") << QStringList() << QStringLiteral("localhost") << false;
    QTest::newRow("IP as CN, no SAN")
        << QStringLiteral("127.0.0.1") << QStringList() << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("IPv6 SAN") << cn << QStringList{QStringLiteral("IP:::1")}
                              << QStringLiteral("::1") << true;
}

void TestCertificateInspector::hostMatch()
{
    QFETCH(QString, commonName);
    QFETCH(QStringList, san);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    CertificateOptions options;
    options.commonName = commonName;
    options.subjectAltNames = san;
    const TestCertificate certificate = make(
        options, QStringLiteral("host-%1").arg(QString::fromLatin1(QTest::currentDataTag())
                                                   .toHtmlEscaped()
                                                   .replace(QLatin1Char(' '), QLatin1Char('_'))
                                                   .replace(QLatin1Char(','), QLatin1Char('_'))));
    InspectionOptions inspection;
    inspection.host = host;
    const auto facts = inspectCertificatePem(certificate.certificatePem, inspection);
    QVERIFY(facts);
    QCOMPARE(facts->nameMatches, std::optional<bool>(matches));
}

void TestCertificateInspector::garbage()
{
    QVERIFY(!inspectCertificatePem(QByteArray(), {}));
    QVERIFY(!inspectCertificatePem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
                                   {}));
    QVERIFY(!inspectCertificatePem(QByteArray(5000, 'x'), {}));
    QCOMPARE(inspectCertificate(nullptr, {}, {}).sha1, QString());
}

void TestCertificateInspector::controlCharactersInNames()
{
    // Whoever makes a certificate chooses its names: terminal escapes, a C1 CSI and bidi
    // overrides in them reach no report, label or terminal (support/SafeText.h).
    CertificateOptions options;
    options.commonName = QStringLiteral("a\x1b[2J\u009bb\u202egnp.exe");
    options.organization = QStringLiteral("Evil\u2067 \u009b31mCorp");
    options.subjectAltNames = {QStringLiteral("DNS:rdp01.example.com")};
    const TestCertificate certificate = make(options, QStringLiteral("hostile-names"));
    const auto facts = inspectCertificatePem(certificate.certificatePem, {});
    QVERIFY(facts);
    QCOMPARE(facts->commonName, QStringLiteral("a\uFFFD[2J\uFFFDb\uFFFDgnp.exe"));
    for (const QString &text : {facts->subject, facts->issuer, facts->commonName}) {
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7F || c.unicode() > 0x9F) &&
                         (c.unicode() < 0x202A || c.unicode() > 0x202E) &&
                         (c.unicode() < 0x2066 || c.unicode() > 0x2069),
                     qPrintable(text));
    }
    QVERIFY2(facts->subject.contains(QStringLiteral("Evil\uFFFD \uFFFD31mCorp")),
             qPrintable(facts->subject));
}

QTEST_GUILESS_MAIN(TestCertificateInspector)
#include "TestCertificateInspector.moc"
