// SPDX-License-Identifier: GPL-3.0-or-later
// credssp.* rules on fixtures: outcomes, the version boundary (6), the skew boundary (300 s).

#include "FindingCodes.h"
#include "rules/CredsspRules.h"

#include <QTest>

using namespace rdpdiag;
using Outcome = CredsspFacts::Outcome;

Q_DECLARE_METATYPE(CredsspFacts::Outcome)

namespace {

RuleContext context()
{
    RuleContext c;
    c.target.host = QStringLiteral("rdp.example.test");
    c.now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    return c;
}

QList<Finding> evaluate(const CredsspFacts &credssp)
{
    Facts facts;
    facts.credssp = credssp;
    return evaluateCredsspRules(facts, context());
}

CredsspFacts challenge(int version, qint64 skew)
{
    CredsspFacts c;
    c.outcome = Outcome::Challenge;
    c.version = version;
    NtlmFacts ntlm;
    ntlm.netbiosComputer = QStringLiteral("RDS01");
    ntlm.serverTime = context().now.addSecs(skew);
    ntlm.clockSkewSeconds = skew;
    c.ntlm = ntlm;
    return c;
}

} // namespace

class TestCredsspRules : public QObject
{
    Q_OBJECT

private slots:
    void noFactsNoFindings();
    void outcomes_data();
    void outcomes();
    void version_data();
    void version();
    void skew_data();
    void skew();
    void skewUnknown();
};

void TestCredsspRules::noFactsNoFindings()
{
    QVERIFY(evaluateCredsspRules(Facts{}, context()).isEmpty());
}

void TestCredsspRules::outcomes_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("failed");
    QTest::newRow("challenge") << Outcome::Challenge << false;
    QTest::newRow("reset") << Outcome::Reset << true;
    QTest::newRow("closed") << Outcome::Closed << true;
    QTest::newRow("timeout") << Outcome::Timeout << true;
    QTest::newRow("server error") << Outcome::ServerError << true;
    QTest::newRow("malformed") << Outcome::Malformed << false;
    QTest::newRow("not attempted") << Outcome::NotAttempted << false;
    QTest::newRow("cancelled") << Outcome::Cancelled << false;
}

void TestCredsspRules::outcomes()
{
    QFETCH(Outcome, outcome);
    QFETCH(bool, failed);
    CredsspFacts c;
    c.outcome = outcome;
    if (outcome == Outcome::ServerError)
        c.errorCode = 0xC000006D;
    const auto findings = evaluate(c);
    QCOMPARE(test::sortedFindingCodes(findings),
             failed ? QStringList{QStringLiteral("credssp.failed")} : QStringList());
    if (failed) {
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().evidence.value(QStringLiteral("outcome")).toString(),
                 credsspOutcomeString(outcome));
    }
    if (outcome == Outcome::ServerError) {
        QCOMPARE(findings.first().evidence.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("0xc000006d"));
        QVERIFY(findings.first().detail.contains(QLatin1String("0xc000006d")));
    }
}

void TestCredsspRules::version_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("outdated");
    QTest::newRow("2") << 2 << true;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("6") << 6 << false;
    QTest::newRow("7") << 7 << false;
}

void TestCredsspRules::version()
{
    QFETCH(int, version);
    QFETCH(bool, outdated);
    const auto findings = evaluate(challenge(version, 0));
    QCOMPARE(test::sortedFindingCodes(findings),
             outdated ? QStringList{QStringLiteral("credssp.outdated")} : QStringList());
    if (outdated) {
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(findings.first().evidence.value(QStringLiteral("version")).toInt(), version);
    }
}

void TestCredsspRules::skew_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<bool>("reported");
    QTest::newRow("0") << qint64(0) << false;
    QTest::newRow("+300") << qint64(300) << false;
    QTest::newRow("+301") << qint64(301) << true;
    QTest::newRow("-300") << qint64(-300) << false;
    QTest::newRow("-301") << qint64(-301) << true;
    QTest::newRow("+1 hour") << qint64(3600) << true;
    QTest::newRow("-1 day") << qint64(-86400) << true;
}

void TestCredsspRules::skew()
{
    QFETCH(qint64, skew);
    QFETCH(bool, reported);
    const auto findings = evaluate(challenge(6, skew));
    QCOMPARE(test::sortedFindingCodes(findings),
             reported ? QStringList{QStringLiteral("credssp.clock_skew")} : QStringList());
    if (reported) {
        QCOMPARE(findings.first().evidence.value(QStringLiteral("clock_skew_s")).toInteger(), skew);
        QVERIFY(findings.first().detail.contains(skew > 0 ? QLatin1String("ahead")
                                                          : QLatin1String("behind")));
    }
}

void TestCredsspRules::skewUnknown()
{
    CredsspFacts c = challenge(6, 0);
    c.ntlm->clockSkewSeconds.reset();
    c.ntlm->serverTime.reset();
    QVERIFY(evaluate(c).isEmpty());
}

QTEST_GUILESS_MAIN(TestCredsspRules)
#include "TestCredsspRules.moc"
