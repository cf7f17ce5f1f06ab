// SPDX-License-Identifier: GPL-3.0-or-later
// JSON of the tls / certificate / credssp facts: the exact keys of docs/findings.md, nulls for
// what was not learned.

#include "report/JsonNode.h"
#include "report/TlsJson.h"

#include <QJsonArray>
#include <QTest>

using namespace rdpdiag;
using Outcome = TlsAttempt::Outcome;

namespace {

TlsAttempt attempt(const QString &version, Outcome outcome)
{
    TlsAttempt a;
    a.version = version;
    a.outcome = outcome;
    return a;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestTlsJson : public QObject
{
    Q_OBJECT

private slots:
    void versionsMapping();
    void versionsUnknownWhenMatrixDidNotRun();
    void takenFromAnotherHandshake();
    void negotiated();
    void certificateKeys();
    void certificateNulls();
    void credsspShape();
    void credsspWithoutChallenge();
};

void TestTlsJson::versionsMapping()
{
    TlsFacts tls;
    tls.versions << attempt(QStringLiteral("1.0"), Outcome::LocalRefusal)
                 << attempt(QStringLiteral("1.1"), Outcome::Alert)
                 << attempt(QStringLiteral("1.2"), Outcome::Established)
                 << attempt(QStringLiteral("1.3"), Outcome::Timeout);
    const QJsonObject json = tlsFactsToJson(tls);
    const QJsonObject versions = json.value(QStringLiteral("versions")).toObject();
    QCOMPARE(sortedKeys(versions), (QStringList{QStringLiteral("1.0"), QStringLiteral("1.1"),
                                                QStringLiteral("1.2"), QStringLiteral("1.3")}));
    QVERIFY(versions.value(QStringLiteral("1.0")).isNull());
    QCOMPARE(versions.value(QStringLiteral("1.1")), QJsonValue(false));
    QCOMPARE(versions.value(QStringLiteral("1.2")), QJsonValue(true));
    QVERIFY(versions.value(QStringLiteral("1.3")).isNull());
    const QJsonArray attempts = json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 4);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("local_refusal"));
}

void TestTlsJson::versionsUnknownWhenMatrixDidNotRun()
{
    const QJsonObject versions =
        tlsFactsToJson(TlsFacts{}).value(QStringLiteral("versions")).toObject();
    QCOMPARE(versions.size(), 4);
    for (const QString &key : versions.keys())
        QVERIFY2(versions.value(key).isNull(), qPrintable(key));
}

void TestTlsJson::takenFromAnotherHandshake()
{
    // from_main_handshake and from_shared_handshake appear only when true, and read back.
    TlsFacts tls;
    tls.versions << attempt(QStringLiteral("1.0"), Outcome::Alert)
                 << attempt(QStringLiteral("1.1"), Outcome::Alert)
                 << attempt(QStringLiteral("1.2"), Outcome::Alert)
                 << attempt(QStringLiteral("1.3"), Outcome::Established);
    tls.versions[0].fromSharedHandshake = true;
    tls.versions[1].fromSharedHandshake = true;
    tls.versions[3].fromMainHandshake = true;
    const QJsonObject json = tlsFactsToJson(tls);
    const QJsonArray attempts = json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject entry = attempts.at(i).toObject();
        QCOMPARE(entry.contains(QStringLiteral("from_shared_handshake")), i < 2);
        QCOMPARE(entry.contains(QStringLiteral("from_main_handshake")), i == 3);
    }
    const TlsFacts read = tlsFactsFromJson(JsonNode(json, QStringLiteral("tls")));
    QCOMPARE(read.versions.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(read.versions.at(i).fromSharedHandshake, i < 2);
        QCOMPARE(read.versions.at(i).fromMainHandshake, i == 3);
    }
}

void TestTlsJson::negotiated()
{
    TlsFacts tls;
    QVERIFY(tlsFactsToJson(tls).value(QStringLiteral("negotiated")).isNull());
    tls.main.outcome = Outcome::Established;
    tls.main.negotiatedVersion = QStringLiteral("TLSv1.3");
    tls.main.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    const QJsonObject negotiated =
        tlsFactsToJson(tls).value(QStringLiteral("negotiated")).toObject();
    QCOMPARE(negotiated.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1.3"));
    QCOMPARE(negotiated.value(QStringLiteral("cipher")).toString(),
             QStringLiteral("TLS_AES_256_GCM_SHA384"));

    tls.main.outcome = Outcome::Alert;
    tls.main.alertCode = 40;
    tls.main.alertName = QStringLiteral("handshake_failure");
    const QJsonObject json = tlsFactsToJson(tls);
    QVERIFY(json.value(QStringLiteral("negotiated")).isNull());
    const QJsonObject main = json.value(QStringLiteral("main")).toObject();
    QCOMPARE(main.value(QStringLiteral("alert_code")).toInt(), 40);
    QCOMPARE(main.value(QStringLiteral("alert_name")).toString(),
             QStringLiteral("handshake_failure"));
}

void TestTlsJson::certificateKeys()
{
    CertificateFacts c;
    c.subject = QStringLiteral("CN=vm");
    c.issuer = QStringLiteral("CN=vm");
    c.commonName = QStringLiteral("vm");
    c.notBefore = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    c.notAfter = QDateTime(QDate(2036, 1, 2), QTime(3, 4, 5), Qt::UTC);
    c.selfSigned = true;
    c.keyType = QStringLiteral("RSA");
    c.keyBits = 2048;
    c.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    c.san = {QStringLiteral("DNS:vm"), QStringLiteral("IP:127.0.0.1")};
    c.eku = QStringList{QStringLiteral("serverAuth")};
    c.keyUsage = {QStringLiteral("digitalSignature")};
    c.sha1 = QStringLiteral("AB");
    c.sha256 = QStringLiteral("CD");
    c.pem = "-----BEGIN CERTIFICATE-----\n";
    c.chainPem = {c.pem};
    c.verifyErrors = {QStringLiteral("self-signed certificate")};
    c.nameMatches = false;
    const QJsonObject json = certificateFactsToJson(c);
    for (const char *key :
         {"subject", "issuer", "not_before", "not_after", "self_signed", "key_type", "key_bits",
          "signature_algorithm", "san", "eku", "sha1", "sha256", "pem", "verify_errors",
          "name_matches", "key_usage", "chain_pem"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("not_before")).toString(),
             QStringLiteral("2026-01-02T03:04:05Z"));
    QCOMPARE(json.value(QStringLiteral("self_signed")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("key_bits")).toInt(), 2048);
    QCOMPARE(json.value(QStringLiteral("san")).toArray().at(1).toString(),
             QStringLiteral("IP:127.0.0.1"));
    QCOMPARE(json.value(QStringLiteral("eku")).toArray().at(0).toString(),
             QStringLiteral("serverAuth"));
    QCOMPARE(json.value(QStringLiteral("name_matches")), QJsonValue(false));
    QCOMPARE(json.value(QStringLiteral("chain_pem")).toArray().size(), 1);
}

void TestTlsJson::certificateNulls()
{
    const QJsonObject json = certificateFactsToJson(CertificateFacts{});
    QVERIFY(json.value(QStringLiteral("eku")).isNull());          // extension absent
    QVERIFY(json.value(QStringLiteral("name_matches")).isNull()); // not checked
    QVERIFY(json.value(QStringLiteral("not_after")).isNull());
}

void TestTlsJson::credsspShape()
{
    CredsspFacts c;
    c.outcome = CredsspFacts::Outcome::Challenge;
    c.version = 6;
    NtlmFacts ntlm;
    ntlm.netbiosDomain = QStringLiteral("CORP");
    ntlm.netbiosComputer = QStringLiteral("RDS01");
    ntlm.dnsDomain = QStringLiteral("corp.example");
    ntlm.dnsComputer = QStringLiteral("rds01.corp.example");
    ntlm.osVersion = QStringLiteral("10.0.20348");
    ntlm.serverTime = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    ntlm.clockSkewSeconds = -7;
    c.ntlm = ntlm;
    const QJsonObject json = credsspFactsToJson(c);
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 6);
    const QJsonObject n = json.value(QStringLiteral("ntlm")).toObject();
    QCOMPARE(n.value(QStringLiteral("netbios_domain")).toString(), QStringLiteral("CORP"));
    QCOMPARE(n.value(QStringLiteral("netbios_computer")).toString(), QStringLiteral("RDS01"));
    QCOMPARE(n.value(QStringLiteral("dns_domain")).toString(), QStringLiteral("corp.example"));
    QCOMPARE(n.value(QStringLiteral("dns_computer")).toString(),
             QStringLiteral("rds01.corp.example"));
    QCOMPARE(n.value(QStringLiteral("os_version")).toString(), QStringLiteral("10.0.20348"));
    QCOMPARE(n.value(QStringLiteral("server_time")).toString(),
             QStringLiteral("2026-11-24T10:00:00Z"));
    QCOMPARE(n.value(QStringLiteral("clock_skew_s")).toInt(), -7);
    QVERIFY(n.value(QStringLiteral("dns_tree")).isNull()); // absent AV pair
}

void TestTlsJson::credsspWithoutChallenge()
{
    CredsspFacts c;
    c.outcome = CredsspFacts::Outcome::ServerError;
    c.version = 3;
    c.errorCode = 0xC000006D;
    const QJsonObject json = credsspFactsToJson(c);
    QVERIFY(json.value(QStringLiteral("ntlm")).isNull());
    QCOMPARE(json.value(QStringLiteral("error_code")).toString(), QStringLiteral("0xc000006d"));
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("server_error"));
    QVERIFY(credsspFactsToJson(CredsspFacts{}).value(QStringLiteral("version")).isNull());
}

QTEST_GUILESS_MAIN(TestTlsJson)
#include "TestTlsJson.moc"
