// SPDX-License-Identifier: GPL-3.0-or-later
// cert.* rules on fixtures, with every boundary: 30 days, 2048 / 224 bits, the clock from
// the context (never the real one).

#include "FindingCodes.h"
#include "rules/CertificateRules.h"

#include <QTest>

#include <openssl/x509_vfy.h>

using namespace rdpdiag;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

RuleContext context(const QDateTime &now = kNow)
{
    RuleContext c;
    c.target.host = QStringLiteral("rdp.example.test");
    c.now = now;
    return c;
}

/** A certificate no rule objects to. */
CertificateFacts healthy()
{
    CertificateFacts c;
    c.subject = QStringLiteral("CN=rdp.example.test");
    c.issuer = QStringLiteral("CN=Example CA");
    c.commonName = QStringLiteral("rdp.example.test");
    c.notBefore = kNow.addDays(-100);
    c.notAfter = kNow.addDays(265);
    c.keyType = QStringLiteral("RSA");
    c.keyBits = 2048;
    c.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    c.san = {QStringLiteral("DNS:rdp.example.test")};
    c.eku = QStringList{QStringLiteral("serverAuth")};
    c.sha1 = QStringLiteral("00112233445566778899AABBCCDDEEFF00112233");
    c.nameMatches = true;
    return c;
}

QList<Finding> evaluate(const CertificateFacts &certificate, const RuleContext &ctx = context())
{
    Facts facts;
    facts.certificate = certificate;
    return evaluateCertificateRules(facts, ctx);
}

} // namespace

class TestCertificateRules : public QObject
{
    Q_OBJECT

private slots:
    void healthyCertificateNoFindings();
    void noCertificateNoFindings();
    void validity_data();
    void validity();
    void usesContextClock();
    void keys_data();
    void keys();
    void signatures_data();
    void signatures();
    void trust_data();
    void trust();
    void nameMatch_data();
    void nameMatch();
    void extendedKeyUsage_data();
    void extendedKeyUsage();
    void thumbprintPlaceholder();
};

void TestCertificateRules::healthyCertificateNoFindings()
{
    QCOMPARE(test::sortedFindingCodes(evaluate(healthy())), QStringList());
}

void TestCertificateRules::noCertificateNoFindings()
{
    QVERIFY(evaluateCertificateRules(Facts{}, context()).isEmpty());
}

void TestCertificateRules::validity_data()
{
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");
    QTest::addColumn<QStringList>("expected");
    const QDateTime past = kNow.addDays(-10);
    const QStringList soon{QStringLiteral("cert.expiring_soon")};
    QTest::newRow("30 days left exactly") << past << kNow.addDays(30) << QStringList();
    QTest::newRow("30 days minus 1 s") << past << kNow.addDays(30).addSecs(-1) << soon;
    QTest::newRow("a week left") << past << kNow.addDays(7) << soon;
    QTest::newRow("1 s left") << past << kNow.addSecs(1) << soon;
    QTest::newRow("ends now") << past << kNow << soon;
    QTest::newRow("ended 1 s ago")
        << past << kNow.addSecs(-1) << QStringList{QStringLiteral("cert.expired")};
    QTest::newRow("ended in 2020") << QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)
                                   << QDateTime(QDate(2020, 1, 31), QTime(0, 0), Qt::UTC)
                                   << QStringList{QStringLiteral("cert.expired")};
    QTest::newRow("starts in 1 s") << kNow.addSecs(1) << kNow.addDays(365)
                                   << QStringList{QStringLiteral("cert.not_yet_valid")};
    QTest::newRow("starts now") << kNow << kNow.addDays(365) << QStringList();
}

void TestCertificateRules::validity()
{
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);
    QFETCH(QStringList, expected);
    CertificateFacts c = healthy();
    c.notBefore = notBefore;
    c.notAfter = notAfter;
    const auto findings = evaluate(c);
    QCOMPARE(test::sortedFindingCodes(findings), expected);
    for (const Finding &finding : findings) {
        QCOMPARE(finding.severity, Severity::Warning);
        QCOMPARE(finding.evidence.value(QStringLiteral("not_after")).toString(),
                 notAfter.toString(Qt::ISODate));
    }
}

void TestCertificateRules::usesContextClock()
{
    // Expired by the real clock, valid at the context's "now" — and the other way round.
    CertificateFacts old = healthy();
    old.notBefore = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    old.notAfter = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(test::sortedFindingCodes(
                 evaluate(old, context(QDateTime(QDate(2019, 6, 1), QTime(0, 0), Qt::UTC)))),
             QStringList());
    CertificateFacts future = healthy();
    future.notBefore = QDateTime(QDate(2090, 1, 1), QTime(0, 0), Qt::UTC);
    future.notAfter = QDateTime(QDate(2091, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(test::sortedFindingCodes(
                 evaluate(future, context(QDateTime(QDate(2090, 6, 1), QTime(0, 0), Qt::UTC)))),
             QStringList());
}

void TestCertificateRules::keys_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("weak");
    QTest::newRow("RSA 1024") << QStringLiteral("RSA") << 1024 << true;
    QTest::newRow("RSA 2047") << QStringLiteral("RSA") << 2047 << true;
    QTest::newRow("RSA 2048") << QStringLiteral("RSA") << 2048 << false;
    QTest::newRow("RSA 4096") << QStringLiteral("RSA") << 4096 << false;
    QTest::newRow("RSA-PSS 1024") << QStringLiteral("RSA-PSS") << 1024 << true;
    QTest::newRow("DSA 1024") << QStringLiteral("DSA") << 1024 << true;
    QTest::newRow("EC 192") << QStringLiteral("EC") << 192 << true;
    QTest::newRow("EC 223") << QStringLiteral("EC") << 223 << true;
    QTest::newRow("EC 224") << QStringLiteral("EC") << 224 << false;
    QTest::newRow("EC 256") << QStringLiteral("EC") << 256 << false;
    QTest::newRow("ED25519") << QStringLiteral("ED25519") << 253 << false;
    QTest::newRow("unknown size") << QStringLiteral("RSA") << 0 << false;
}

void TestCertificateRules::keys()
{
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(bool, weak);
    CertificateFacts c = healthy();
    c.keyType = type;
    c.keyBits = bits;
    const auto findings = evaluate(c);
    QCOMPARE(test::sortedFindingCodes(findings),
             weak ? QStringList{QStringLiteral("cert.weak_key")} : QStringList());
    if (weak)
        QCOMPARE(findings.first().evidence.value(QStringLiteral("key_bits")).toInt(), bits);
}

void TestCertificateRules::signatures_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<bool>("weak");
    QTest::newRow("sha1 RSA") << QStringLiteral("sha1WithRSAEncryption") << true;
    QTest::newRow("md5 RSA") << QStringLiteral("md5WithRSAEncryption") << true;
    QTest::newRow("ecdsa sha1") << QStringLiteral("ecdsa-with-SHA1") << true;
    QTest::newRow("dsa sha1") << QStringLiteral("dsaWithSHA1") << true;
    QTest::newRow("sha256 RSA") << QStringLiteral("sha256WithRSAEncryption") << false;
    QTest::newRow("sha384 ecdsa") << QStringLiteral("ecdsa-with-SHA384") << false;
    QTest::newRow("rsassa-pss") << QStringLiteral("rsassaPss") << false;
    QTest::newRow("ed25519") << QStringLiteral("ED25519") << false;
}

void TestCertificateRules::signatures()
{
    QFETCH(QString, algorithm);
    QFETCH(bool, weak);
    CertificateFacts c = healthy();
    c.signatureAlgorithm = algorithm;
    QCOMPARE(test::sortedFindingCodes(evaluate(c)),
             weak ? QStringList{QStringLiteral("cert.weak_signature")} : QStringList());
}

void TestCertificateRules::trust_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QList<int>>("errors");
    QTest::addColumn<QStringList>("expected");
    const QString self = QStringLiteral("cert.self_signed");
    const QString untrusted = QStringLiteral("cert.untrusted");
    QTest::newRow("trusted") << false << QList<int>() << QStringList();
    QTest::newRow("self-signed, the default RDP certificate")
        << true << QList<int>{X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT} << QStringList{self};
    QTest::newRow("self-signed and expired")
        << true << QList<int>{X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, X509_V_ERR_CERT_HAS_EXPIRED}
        << QStringList{self};
    QTest::newRow("unknown issuer")
        << false << QList<int>{X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY}
        << QStringList{untrusted};
    QTest::newRow("leaf cannot be verified")
        << false << QList<int>{X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE}
        << QStringList{untrusted};
    QTest::newRow("untrusted root in chain")
        << false << QList<int>{X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN} << QStringList{untrusted};
    QTest::newRow("only expired, otherwise trusted")
        << false << QList<int>{X509_V_ERR_CERT_HAS_EXPIRED} << QStringList();
    QTest::newRow("weak key only")
        << false << QList<int>{X509_V_ERR_EE_KEY_TOO_SMALL} << QStringList();
}

void TestCertificateRules::trust()
{
    QFETCH(bool, selfSigned);
    QFETCH(QList<int>, errors);
    QFETCH(QStringList, expected);
    CertificateFacts c = healthy();
    c.selfSigned = selfSigned;
    c.verifyErrorCodes = errors;
    for (const int code : errors)
        c.verifyErrors << QStringLiteral("error %1").arg(code);
    expected.sort();
    const auto findings = evaluate(c);
    QCOMPARE(test::sortedFindingCodes(findings), expected);
    for (const Finding &finding : findings)
        QCOMPARE(finding.severity, Severity::Info);
}

void TestCertificateRules::nameMatch_data()
{
    QTest::addColumn<int>("matches"); // -1 = not checked
    QTest::addColumn<bool>("finding");
    QTest::newRow("matches") << 1 << false;
    QTest::newRow("mismatch") << 0 << true;
    QTest::newRow("not checked") << -1 << false;
}

void TestCertificateRules::nameMatch()
{
    QFETCH(int, matches);
    QFETCH(bool, finding);
    CertificateFacts c = healthy();
    c.nameMatches = matches < 0 ? std::nullopt : std::optional<bool>(matches == 1);
    c.san = {QStringLiteral("DNS:wrong-host.example.invalid")};
    const auto findings = evaluate(c);
    QCOMPARE(test::sortedFindingCodes(findings),
             finding ? QStringList{QStringLiteral("cert.name_mismatch")} : QStringList());
    if (finding) {
        QVERIFY(findings.first().detail.contains(QLatin1String("rdp.example.test")));
        QVERIFY(findings.first().detail.contains(QLatin1String("wrong-host.example.invalid")));
    }
}

void TestCertificateRules::extendedKeyUsage_data()
{
    QTest::addColumn<int>("present");
    QTest::addColumn<QStringList>("eku");
    QTest::addColumn<bool>("finding");
    QTest::newRow("absent: any usage") << 0 << QStringList() << false;
    QTest::newRow("serverAuth") << 1 << QStringList{QStringLiteral("serverAuth")} << false;
    QTest::newRow("both") << 1
                          << QStringList{QStringLiteral("clientAuth"), QStringLiteral("serverAuth")}
                          << false;
    QTest::newRow("any") << 1 << QStringList{QStringLiteral("anyExtendedKeyUsage")} << false;
    QTest::newRow("clientAuth only") << 1 << QStringList{QStringLiteral("clientAuth")} << true;
    QTest::newRow("present but empty") << 1 << QStringList() << true;
}

void TestCertificateRules::extendedKeyUsage()
{
    QFETCH(int, present);
    QFETCH(QStringList, eku);
    QFETCH(bool, finding);
    CertificateFacts c = healthy();
    c.eku = present ? std::optional<QStringList>(eku) : std::nullopt;
    QCOMPARE(test::sortedFindingCodes(evaluate(c)),
             finding ? QStringList{QStringLiteral("cert.no_server_auth")} : QStringList());
}

void TestCertificateRules::thumbprintPlaceholder()
{
    // Remedies may name the thumbprint; it comes from the facts, not a fixed text.
    CertificateFacts c = healthy();
    c.notAfter = kNow.addDays(-1);
    const auto findings = evaluate(c);
    QCOMPARE(findings.size(), 1);
    for (const Remedy &remedy : findings.first().remediation) {
        QVERIFY(!remedy.text.contains(QLatin1String("{thumbprint}")));
        QVERIFY(!remedy.command.contains(QLatin1String("{thumbprint}")));
    }
}

QTEST_GUILESS_MAIN(TestCertificateRules)
#include "TestCertificateRules.moc"
