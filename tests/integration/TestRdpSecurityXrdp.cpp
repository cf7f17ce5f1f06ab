// SPDX-License-Identifier: GPL-3.0-or-later
// Standard RDP Security in full against the real xrdp daemon from Debian, started with
// security_layer=rdp and each crypt_level: what it answers when each encryption method is
// offered alone (docs/protocol-notes.md, "Standard RDP Security: xrdp's answers"), the facts
// of the rdp_security stage, and the security.rdp_* findings of a whole run.
#include "FindingCodes.h"
#include "XrdpServer.h"
#include "probes/RdpSecurityProbe.h"
#include "report/RdpSecurityJson.h"
#include "runner/Runner.h"
#include "wire/Gcc.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

/** The security.* codes of @p report, sorted. */
QStringList securityCodes(const Report &report)
{
    return test::sortedFindingCodes(report).filter(
        QRegularExpression(QStringLiteral("^security\\.")));
}

Report runAgainst(quint16 port)
{
    RunRequest request;
    request.target = *parseTargetText(QStringLiteral("127.0.0.1:%1").arg(port)).target;
    request.timeout = 3000ms;
    CancelToken cancel;
    return runDiagnosis(request, cancel);
}

} // namespace

class TestRdpSecurityXrdp : public QObject
{
    Q_OBJECT

private slots:
    void cryptLevels_data()
    {
        QTest::addColumn<QString>("cryptLevel");
        QTest::addColumn<QString>("method"); // what xrdp answers to every offer
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("low") << "low"
                             << "40bit"
                             << "low"
                             << QStringList{QStringLiteral("security.rdp_weak_encryption")};
        QTest::newRow("medium") << "medium"
                                << "40bit"
                                << "client_compatible"
                                << QStringList{QStringLiteral("security.rdp_weak_encryption")};
        QTest::newRow("high") << "high"
                              << "128bit"
                              << "high" << QStringList{};
        QTest::newRow("fips") << "fips"
                              << "fips"
                              << "fips"
                              << QStringList{QStringLiteral("security.rdp_fips_required")};
        QTest::newRow("none") << "none"
                              << "none"
                              << "none"
                              << QStringList{QStringLiteral("security.rdp_level_unsupported")};
    }
    void cryptLevels()
    {
        QFETCH(QString, cryptLevel);
        QFETCH(QString, method);
        QFETCH(QString, level);
        QFETCH(QStringList, findings);
        XrdpOptions options;
        options.securityLayer = QStringLiteral("rdp");
        options.cryptLevel = cryptLevel;
        XrdpServer xrdp(options);
        QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));

        CancelToken cancel;
        const RdpSecurityFacts facts =
            runRdpSecurityStage(QStringLiteral("127.0.0.1"), xrdp.port(), 3000ms, cancel).facts;
        qInfo().noquote() << QJsonDocument(rdpSecurityFactsToJson(facts)).toJson();
        QCOMPARE(facts.offers.size(), qsizetype(std::size(kRdpSecurityOffers)));
        for (qsizetype i = 0; i < facts.offers.size(); ++i) {
            const RdpSecurityOffer &offer = facts.offers.at(i);
            QCOMPARE(offer.offered, kRdpSecurityOffers[i]);
            QCOMPARE(rdpSecurityOutcomeString(offer.outcome), QStringLiteral("answered"));
            // xrdp answers with the method of its crypt_level whatever the client offered.
            QCOMPARE(wire::encryptionMethodId(offer.method.value_or(0xFFFF)), method);
            QCOMPARE(wire::encryptionLevelId(offer.level.value_or(0xFFFF)), level);
            if (method == QLatin1String("none")) {
                // No encryption: neither a server random nor a certificate.
                QVERIFY(!offer.serverRandomLength);
                QVERIFY(!offer.certificate);
            } else {
                QCOMPARE(offer.serverRandomLength.value_or(0), quint32(32));
                QVERIFY(offer.certificate);
                QCOMPARE(offer.certificate->type, QStringLiteral("proprietary"));
                QVERIFY(!offer.certificate->temporary);
                // Debian's xrdp-keygen makes a 2048-bit key for /etc/xrdp/rsakeys.ini.
                QCOMPARE(offer.certificate->keyBits.value_or(0), 2048);
            }
            QVERIFY(offer.serverVersion);
            QVERIFY(offer.ioChannel);
            QVERIFY(!offer.retried);
        }

        const Report report = runAgainst(xrdp.port());
        QVERIFY(report.facts.rdpSecurity);
        QCOMPARE(rdpSecurityLevel(*report.facts.rdpSecurity).value_or(0xFFFF),
                 rdpSecurityLevel(facts).value_or(0xFFFF));
        // Standard RDP Security only (security.rdp_only, the error), and what its encryption
        // adds; the notes are never the primary cause.
        QStringList security = findings << QStringLiteral("security.rdp_only");
        std::sort(security.begin(), security.end());
        QCOMPARE(securityCodes(report), security);
        QCOMPARE(report.diagnosis.primary, QStringLiteral("security.rdp_only"));
        // The x224 step's summary says what the offers showed.
        for (const StageResult &stage : report.stages)
            if (stage.id == StageId::X224)
                QVERIFY2(stage.summary.contains(
                             QStringLiteral("Standard RDP Security: level %1").arg(level)),
                         qPrintable(stage.summary));
    }

    void notRunWithoutStandardRdpSecurity()
    {
        XrdpOptions options;
        options.securityLayer = QStringLiteral("tls");
        XrdpServer xrdp(options);
        QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
        const Report report = runAgainst(xrdp.port());
        QVERIFY(report.facts.negotiation);
        QVERIFY(!report.facts.negotiation->rdpSupported);
        QVERIFY(!report.facts.rdpSecurity);
    }
};

QTEST_GUILESS_MAIN(TestRdpSecurityXrdp)
#include "TestRdpSecurityXrdp.moc"
