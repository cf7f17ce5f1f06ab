// SPDX-License-Identifier: GPL-3.0-or-later
// tls.* rules on fixtures: the main handshake's outcomes, the version matrix (a refusal by
// our own OpenSSL is never a server finding), weak ciphers.

#include "FindingCodes.h"
#include "rules/TlsRules.h"

#include <QTest>

using namespace rdpdiag;
using Outcome = TlsAttempt::Outcome;

Q_DECLARE_METATYPE(TlsAttempt::Outcome)

namespace {

const Finding *find(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &finding : findings)
        if (finding.code == code)
            return &finding;
    return nullptr;
}

RuleContext context()
{
    RuleContext c;
    c.target.host = QStringLiteral("rdp.example.test");
    c.target.port = 3389;
    c.now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    c.timeoutMs = 5000;
    return c;
}

TlsAttempt attempt(Outcome outcome, const QString &version = {})
{
    TlsAttempt a;
    a.version = version;
    a.outcome = outcome;
    if (outcome == Outcome::Established) {
        a.negotiatedVersion =
            version.isEmpty() ? QStringLiteral("TLSv1.3") : QStringLiteral("TLSv%1").arg(version);
        a.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    }
    return a;
}

Facts factsWith(const TlsFacts &tls)
{
    Facts facts;
    NegotiationFacts negotiation;
    NegotiationProbe primary;
    primary.requested = 0x0B;
    primary.outcome = NegotiationProbe::Outcome::Selected;
    primary.selected = 0x02;
    negotiation.probes << primary;
    facts.negotiation = negotiation;
    facts.tls = tls;
    return facts;
}

TlsFacts makeMatrix(Outcome v10, Outcome v11, Outcome v12, Outcome v13, Outcome main)
{
    TlsFacts tls;
    tls.main = attempt(main);
    tls.versions << attempt(v10, QStringLiteral("1.0")) << attempt(v11, QStringLiteral("1.1"))
                 << attempt(v12, QStringLiteral("1.2")) << attempt(v13, QStringLiteral("1.3"));
    return tls;
}

} // namespace

class TestTlsRules : public QObject
{
    Q_OBJECT

private slots:
    void noTlsFactsNoFindings();
    void mainAttempt_data();
    void mainAttempt();
    void timeoutSaysHowFarItGot();
    void firstBytesEvidence();
    void alertEvidence();
    void versionAccepted_data();
    void versionAccepted();
    void matrix_data();
    void matrix();
    void weakCipher();
};

void TestTlsRules::noTlsFactsNoFindings()
{
    QVERIFY(evaluateTlsRules(Facts{}, context()).isEmpty());
}

void TestTlsRules::mainAttempt_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("code");
    QTest::newRow("reset") << Outcome::Reset << QStringLiteral("tls.reset");
    QTest::newRow("closed") << Outcome::Closed << QStringLiteral("tls.closed");
    QTest::newRow("timeout") << Outcome::Timeout << QStringLiteral("tls.timeout");
    QTest::newRow("alert") << Outcome::Alert << QStringLiteral("tls.alert");
    QTest::newRow("established") << Outcome::Established << QString();
    QTest::newRow("local refusal") << Outcome::LocalRefusal << QString();
    QTest::newRow("failed") << Outcome::Failed << QString();
    QTest::newRow("not attempted") << Outcome::NotAttempted << QString();
    QTest::newRow("cancelled") << Outcome::Cancelled << QString();
}

void TestTlsRules::mainAttempt()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, code);
    TlsFacts tls;
    tls.main = attempt(outcome);
    tls.main.bytesReceived = 17;
    tls.main.durationMs = 42;
    const QList<Finding> findings = evaluateTlsRules(factsWith(tls), context());
    if (code.isEmpty()) {
        QCOMPARE(test::sortedFindingCodes(findings), QStringList());
        return;
    }
    QCOMPARE(test::sortedFindingCodes(findings), QStringList{code});
    const Finding &finding = findings.first();
    QCOMPARE(finding.severity, Severity::Error);
    QCOMPARE(finding.category, Category::Certificate);
    QCOMPARE(finding.evidence.value(QStringLiteral("bytes_received")).toInteger(), 17);
    QCOMPARE(finding.evidence.value(QStringLiteral("duration_ms")).toInteger(), 42);
    QCOMPARE(finding.evidence.value(QStringLiteral("selected_protocol")).toString(),
             QStringLiteral("hybrid"));
    if (outcome != Outcome::Alert) // the alert sentence names the alert instead
        QVERIFY(finding.detail.contains(QLatin1String("17 bytes")));
}

void TestTlsRules::timeoutSaysHowFarItGot()
{
    TlsFacts tls;
    tls.main = attempt(Outcome::Timeout);
    tls.main.bytesReceived = 1843;
    auto findings = evaluateTlsRules(factsWith(tls), context());
    QCOMPARE(findings.size(), 1);
    QVERIFY2(
        findings.first().detail.contains(QLatin1String("after 1843 bytes of the server's reply")),
        qPrintable(findings.first().detail));
    QCOMPARE(findings.first().evidence.value(QStringLiteral("timeout_ms")).toInteger(), 5000);

    tls.main.bytesReceived = 0;
    findings = evaluateTlsRules(factsWith(tls), context());
    QVERIFY(findings.first().detail.contains(QLatin1String("no TLS reply at all")));
}

void TestTlsRules::firstBytesEvidence()
{
    TlsFacts tls;
    tls.main = attempt(Outcome::Closed);
    tls.main.firstBytes = QByteArray::fromHex("0300000902f0802180");
    tls.main.bytesReceived = 9;
    const auto findings = evaluateTlsRules(factsWith(tls), context());
    QCOMPARE(test::sortedFindingCodes(findings), QStringList{QStringLiteral("tls.closed")});
    QCOMPARE(findings.first().evidence.value(QStringLiteral("first_bytes")).toString(),
             QStringLiteral("03 00 00 09 02 f0 80 21 80"));
}

void TestTlsRules::alertEvidence()
{
    TlsFacts tls;
    tls.main = attempt(Outcome::Alert);
    tls.main.alertCode = 40;
    tls.main.alertName = QStringLiteral("handshake_failure");
    const auto findings = evaluateTlsRules(factsWith(tls), context());
    QCOMPARE(test::sortedFindingCodes(findings), QStringList{QStringLiteral("tls.alert")});
    QCOMPARE(findings.first().evidence.value(QStringLiteral("alert_code")).toInt(), 40);
    QCOMPARE(findings.first().evidence.value(QStringLiteral("alert_name")).toString(),
             QStringLiteral("handshake_failure"));
    QVERIFY(findings.first().detail.contains(QLatin1String("handshake_failure")));
}

void TestTlsRules::versionAccepted_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 unknown
    QTest::newRow("established") << Outcome::Established << 1;
    QTest::newRow("alert") << Outcome::Alert << 0;
    QTest::newRow("reset") << Outcome::Reset << 0;
    QTest::newRow("closed") << Outcome::Closed << 0;
    QTest::newRow("failed") << Outcome::Failed << 0;
    QTest::newRow("timeout") << Outcome::Timeout << -1;
    QTest::newRow("local refusal") << Outcome::LocalRefusal << -1;
    QTest::newRow("not attempted") << Outcome::NotAttempted << -1;
    QTest::newRow("cancelled") << Outcome::Cancelled << -1;
}

void TestTlsRules::versionAccepted()
{
    QFETCH(Outcome, outcome);
    QFETCH(int, expected);
    const std::optional<bool> accepted = rdpdiag::versionAccepted(attempt(outcome));
    QCOMPARE(accepted ? int(*accepted) : -1, expected);
}

void TestTlsRules::matrix_data()
{
    QTest::addColumn<Outcome>("v10");
    QTest::addColumn<Outcome>("v11");
    QTest::addColumn<Outcome>("v12");
    QTest::addColumn<Outcome>("v13");
    QTest::addColumn<Outcome>("main");
    QTest::addColumn<QStringList>("expected");
    const auto E = Outcome::Established;
    const auto A = Outcome::Alert;
    const auto R = Outcome::Reset;
    const auto L = Outcome::LocalRefusal;
    const auto T = Outcome::Timeout;
    const auto N = Outcome::NotAttempted;
    const QString legacy = QStringLiteral("tls.legacy_enabled");
    const QString noModern = QStringLiteral("tls.no_modern_version");
    QTest::newRow("modern only") << A << A << E << E << E << QStringList();
    QTest::newRow("1.2 only") << A << A << E << A << E << QStringList();
    QTest::newRow("1.3 only") << A << A << A << E << E << QStringList();
    QTest::newRow("everything") << E << E << E << E << E << QStringList{legacy};
    QTest::newRow("1.1 and 1.2") << A << E << E << A << E << QStringList{legacy};
    QTest::newRow("1.0 only") << E << A << A << A << L << QStringList{legacy, noModern};
    QTest::newRow("1.0 only, resets") << E << R << R << R << L << QStringList{legacy, noModern};
    // Our OpenSSL refused the old versions: that says nothing about the server.
    QTest::newRow("legacy refused locally") << L << L << E << E << E << QStringList();
    QTest::newRow("all local refusals") << L << L << L << L << L << QStringList();
    QTest::newRow("modern refused locally, 1.0 works")
        << E << A << L << L << L << QStringList{legacy};
    // 1.2 unknown (timeout): no verdict on modern versions.
    QTest::newRow("1.2 timeout") << E << A << T << A << L << QStringList{legacy};
    QTest::newRow("matrix not attempted") << N << N << N << N << N << QStringList();
    // A server that resets every handshake is broken, not old: tls.reset says so.
    QTest::newRow("resets everything")
        << R << R << R << R << R << QStringList{QStringLiteral("tls.reset")};
    // Refuses 1.2 and 1.3 and the main handshake was not even attempted: old server.
    QTest::newRow("refuses all, main not attempted")
        << A << A << A << A << N << QStringList{noModern};
}

void TestTlsRules::matrix()
{
    QFETCH(Outcome, v10);
    QFETCH(Outcome, v11);
    QFETCH(Outcome, v12);
    QFETCH(Outcome, v13);
    QFETCH(Outcome, main);
    QFETCH(QStringList, expected);
    expected.sort();
    const auto findings =
        evaluateTlsRules(factsWith(makeMatrix(v10, v11, v12, v13, main)), context());
    QCOMPARE(test::sortedFindingCodes(findings), expected);
    if (const Finding *legacy = find(findings, QStringLiteral("tls.legacy_enabled"))) {
        QCOMPARE(legacy->severity, Severity::Warning);
        QVERIFY(legacy->evidence.value(QStringLiteral("versions")).isObject());
    }
    if (const Finding *noModern = find(findings, QStringLiteral("tls.no_modern_version")))
        QCOMPARE(noModern->severity, Severity::Error);
}

void TestTlsRules::weakCipher()
{
    TlsFacts tls = makeMatrix(Outcome::Alert, Outcome::Alert, Outcome::Established,
                              Outcome::Established, Outcome::Established);
    tls.weakCipherProbeRan = true;
    tls.weakCiphersOffered = {QStringLiteral("NULL-SHA256"), QStringLiteral("NULL-SHA")};
    QVERIFY(evaluateTlsRules(factsWith(tls), context()).isEmpty());

    tls.weakCiphersAccepted = {QStringLiteral("NULL-SHA256")};
    const auto findings = evaluateTlsRules(factsWith(tls), context());
    QCOMPARE(test::sortedFindingCodes(findings), QStringList{QStringLiteral("tls.weak_cipher")});
    QCOMPARE(findings.first().severity, Severity::Warning);
    QVERIFY(findings.first().detail.contains(QLatin1String("NULL-SHA256")));
}

QTEST_GUILESS_MAIN(TestTlsRules)
#include "TestTlsRules.moc"
