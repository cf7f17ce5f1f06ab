// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of the rdp_security stage (security.rdp_*) on hand-made facts, including the answers
// the real xrdp gives at each crypt_level (tests/integration/TestRdpSecurityXrdp) and the
// JSON of the stage (writer and reader, exact inverses).
#include "report/RdpSecurityJson.h"
#include "rules/RdpSecurityRules.h"
#include "rules/Rules.h"

#include <QJsonArray>
#include <QtTest>

using namespace rdpdiag;
using Outcome = RdpSecurityOffer::Outcome;
Q_DECLARE_METATYPE(Facts)

namespace {

constexpr quint32 kOffers[] = {0x01, 0x08, 0x02, 0x10};

RdpSecurityOffer answered(quint32 offered, quint32 method, quint32 level)
{
    RdpSecurityOffer offer;
    offer.offered = offered;
    offer.outcome = Outcome::Answered;
    offer.mcsResult = 0;
    offer.method = method;
    offer.level = level;
    if (level != 0)
        offer.serverRandomLength = 32;
    offer.received = QByteArray("\x03\x00", 2);
    return offer;
}

RdpSecurityOffer broken(quint32 offered, Outcome outcome)
{
    RdpSecurityOffer offer;
    offer.offered = offered;
    offer.outcome = outcome;
    return offer;
}

/** Every offer answered as @p answer says. */
Facts factsOf(const std::function<RdpSecurityOffer(quint32)> &answer)
{
    Facts facts;
    facts.rdpSecurity = RdpSecurityFacts{};
    for (const quint32 offered : kOffers)
        facts.rdpSecurity->offers << answer(offered);
    return facts;
}

/** What xrdp answers: the method of its crypt_level, whatever was offered. */
Facts xrdp(quint32 method, quint32 level)
{
    return factsOf([=](quint32 offered) { return answered(offered, method, level); });
}

/** A server that follows the protocol: the offered method when @p accepted has it. */
Facts windowsLike(quint32 accepted, quint32 level)
{
    return factsOf([=](quint32 offered) {
        if (accepted & offered)
            return answered(offered, offered, level);
        return broken(offered, Outcome::Reset);
    });
}

QStringList codes(const Facts &facts)
{
    RuleContext context;
    context.target.host = QStringLiteral("rdp.example.test");
    context.target.port = 3389;
    QStringList result;
    for (const Finding &finding : evaluateRdpSecurityRules(facts, context)) {
        result << finding.code;
        // The evidence is the stage's facts without the raw Connect Responses.
        for (const QJsonValue &offer : finding.evidence.value(QStringLiteral("offers")).toArray())
            if (offer.toObject().contains(QStringLiteral("received_hex")))
                return {QStringLiteral("evidence with raw bytes")};
        if (finding.severity == Severity::Error)
            return {QStringLiteral("an error")}; // never the primary cause on its own
    }
    return result;
}

} // namespace

class TestRdpSecurityRules : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<QStringList>("expected");
        const QString weak = QStringLiteral("security.rdp_weak_encryption");
        const QString fips = QStringLiteral("security.rdp_fips_required");
        const QString unsupported = QStringLiteral("security.rdp_level_unsupported");
        QTest::newRow("xrdp low") << xrdp(0x01, 1) << QStringList{weak};
        QTest::newRow("xrdp medium") << xrdp(0x01, 2) << QStringList{weak};
        QTest::newRow("xrdp high") << xrdp(0x02, 3) << QStringList{};
        QTest::newRow("xrdp fips") << xrdp(0x10, 4) << QStringList{fips};
        QTest::newRow("xrdp none") << xrdp(0x00, 0) << QStringList{unsupported};
        QTest::newRow("client compatible: all four") << windowsLike(0x1B, 2) << QStringList{weak};
        QTest::newRow("56-bit alone") << windowsLike(0x08, 2) << QStringList{weak};
        QTest::newRow("high: 128-bit and FIPS") << windowsLike(0x12, 3) << QStringList{};
        QTest::newRow("fips level") << windowsLike(0x10, 4) << QStringList{fips};
        QTest::newRow("only FIPS, no level stated") << factsOf([](quint32 offered) {
            RdpSecurityOffer offer =
                offered == 0x10 ? answered(0x10, 0x10, 4) : answered(offered, 0x02, 3);
            return offer;
        }) << QStringList{};
        QTest::newRow("every offer refused") << factsOf([](quint32 offered) {
            RdpSecurityOffer offer = broken(offered, Outcome::Refused);
            offer.mcsResult = 14;
            offer.detail = QStringLiteral("rt-unspecified-failure");
            return offer;
        }) << QStringList{unsupported};
        QTest::newRow("no answer at all")
            << factsOf([](quint32 offered) { return broken(offered, Outcome::Timeout); })
            << QStringList{};
        QTest::newRow("stage not run") << Facts{} << QStringList{};
    }
    void findings()
    {
        QFETCH(Facts, facts);
        QFETCH(QStringList, expected);
        QCOMPARE(codes(facts), expected);
    }

    void observedSentences()
    {
        RuleContext context;
        context.target.host = QStringLiteral("rdp.example.test");
        const QList<Finding> weak = evaluateRdpSecurityRules(windowsLike(0x09, 2), context);
        QCOMPARE(weak.size(), 1);
        QVERIFY2(weak.first().detail.startsWith(
                     QStringLiteral("Offered alone, 40bit, 56bit was accepted by "
                                    "rdp.example.test (encryption level client_compatible).")),
                 qPrintable(weak.first().detail));
        const QList<Finding> none = evaluateRdpSecurityRules(xrdp(0, 0), context);
        QVERIFY2(none.first().detail.contains(QStringLiteral("40bit answered with none")),
                 qPrintable(none.first().detail));
    }

    void neverThePrimaryCause()
    {
        // Sorted among the other findings, a hardening note comes after any error.
        RuleContext context;
        Facts facts = xrdp(0x01, 1);
        for (const Finding &finding : evaluateAllRules(facts, context))
            QVERIFY(finding.severity != Severity::Error);
    }

    void jsonRoundTrip()
    {
        Facts facts = xrdp(0x10, 4);
        RdpSecurityOffer &first = facts.rdpSecurity->offers.first();
        first.certificate =
            RdpServerCertificateFacts{QStringLiteral("proprietary"), false, 2048, 0};
        first.ioChannel = 1003;
        first.serverVersion = 0x00080004;
        first.detail = QStringLiteral("server certificate: bad");
        facts.rdpSecurity->offers.last().retried = true;
        facts.rdpSecurity->offers << broken(0x1B, Outcome::NotNegotiated);
        const QJsonObject json = rdpSecurityFactsToJson(*facts.rdpSecurity);
        QCOMPARE(json.value(QStringLiteral("accepted")).toArray(),
                 QJsonArray{QStringLiteral("fips")});
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("fips"));
        const RdpSecurityFacts read =
            rdpSecurityFactsFromJson(JsonNode(json, QStringLiteral("facts.rdp_security")));
        QCOMPARE(rdpSecurityFactsToJson(read), json);
        QCOMPARE(read.offers.size(), 5);
        QCOMPARE(read.offers.last().offered, 0x1Bu);
        QCOMPARE(read.offers.first().certificate->keyBits.value_or(0), 2048);
    }

    void readerRejects_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("method") << "method" << QJsonValue(QStringLiteral("99bit"))
                                << "facts.rdp_security.offers[0].method";
        QTest::newRow("level") << "level" << QJsonValue(QStringLiteral("extreme"))
                               << "facts.rdp_security.offers[0].level";
        QTest::newRow("offered") << "offered" << QJsonValue(QJsonArray{QStringLiteral("x")})
                                 << "facts.rdp_security.offers[0].offered[0]";
        QTest::newRow("outcome") << "outcome" << QJsonValue(QStringLiteral("fine"))
                                 << "facts.rdp_security.offers[0].outcome";
        QTest::newRow("certificate type")
            << "certificate"
            << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("pgp")},
                                      {QStringLiteral("temporary"), false},
                                      {QStringLiteral("key_bits"), 512},
                                      {QStringLiteral("chain_length"), 0}})
            << "facts.rdp_security.offers[0].certificate.type";
    }
    void readerRejects()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject json = rdpSecurityFactsToJson(*xrdp(0x02, 3).rdpSecurity);
        QJsonArray offers = json.value(QStringLiteral("offers")).toArray();
        QJsonObject offer = offers.first().toObject();
        offer.insert(key, value);
        offers.replace(0, offer);
        json.insert(QStringLiteral("offers"), offers);
        try {
            rdpSecurityFactsFromJson(JsonNode(json, QStringLiteral("facts.rdp_security")));
            QFAIL("read without an error");
        } catch (const JsonReadError &failure) {
            QVERIFY2(failure.message.startsWith(error), qPrintable(failure.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestRdpSecurityRules)
#include "TestRdpSecurityRules.moc"
