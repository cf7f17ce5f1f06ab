// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of the dns and tcp stages, on fact fixtures.
#include "rules/NetworkRules.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

RuleContext contextFor(const QString &host, quint16 port = 3389)
{
    RuleContext context;
    context.target.host = host;
    context.target.input = host;
    context.target.port = port;
    context.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    return context;
}

QStringList codesOf(const QList<Finding> &findings)
{
    QStringList codes;
    for (const auto &finding : findings)
        codes << finding.code;
    return codes;
}

TcpAttempt attempt(const QString &address, IoOutcome outcome, qint64 ms = 1)
{
    TcpAttempt a;
    a.address = address;
    a.outcome = outcome;
    a.durationMs = ms;
    return a;
}

} // namespace

class TestNetworkRules : public QObject
{
    Q_OBJECT

private slots:
    void dns_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("literal") << int(DnsFacts::Outcome::Literal) << QStringList{};
        QTest::newRow("resolved") << int(DnsFacts::Outcome::Resolved) << QStringList{};
        QTest::newRow("nxdomain") << int(DnsFacts::Outcome::NotFound)
                                  << QStringList{QStringLiteral("dns.not_found")};
        QTest::newRow("no records")
            << int(DnsFacts::Outcome::NoAnswer) << QStringList{QStringLiteral("dns.failed")};
        QTest::newRow("servfail") << int(DnsFacts::Outcome::Failed)
                                  << QStringList{QStringLiteral("dns.failed")};
        QTest::newRow("timeout") << int(DnsFacts::Outcome::Timeout)
                                 << QStringList{QStringLiteral("dns.failed")};
        QTest::newRow("cancelled") << int(DnsFacts::Outcome::Cancelled) << QStringList{};
    }
    void dns()
    {
        QFETCH(int, outcome);
        QFETCH(QStringList, codes);
        Facts facts;
        facts.dns = DnsFacts{};
        facts.dns->outcome = static_cast<DnsFacts::Outcome>(outcome);
        const auto findings =
            evaluateNetworkRules(facts, contextFor(QStringLiteral("rdp.example")));
        QCOMPARE(codesOf(findings), codes);
        for (const auto &finding : findings) {
            QVERIFY(finding.detail.contains(QStringLiteral("rdp.example")));
            QCOMPARE(finding.severity, Severity::Error);
            QCOMPARE(finding.evidence.value(QStringLiteral("outcome")).toString(),
                     dnsOutcomeString(facts.dns->outcome));
        }
    }

    void tcpFailures_data()
    {
        QTest::addColumn<QList<int>>("outcomes");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("refused") << QList<int>{int(IoOutcome::Refused)}
                                 << QStringList{QStringLiteral("tcp.refused")};
        QTest::newRow("timeout") << QList<int>{int(IoOutcome::Timeout)}
                                 << QStringList{QStringLiteral("tcp.timeout")};
        QTest::newRow("unreachable") << QList<int>{int(IoOutcome::Unreachable)}
                                     << QStringList{QStringLiteral("tcp.unreachable")};
        QTest::newRow("v4 refused, v6 unreachable")
            << QList<int>{int(IoOutcome::Refused), int(IoOutcome::Unreachable)}
            << QStringList{QStringLiteral("tcp.refused"), QStringLiteral("tcp.unreachable")};
        QTest::newRow("both refused: one finding")
            << QList<int>{int(IoOutcome::Refused), int(IoOutcome::Refused)}
            << QStringList{QStringLiteral("tcp.refused")};
        QTest::newRow("cancelled") << QList<int>{int(IoOutcome::Cancelled)} << QStringList{};
    }
    void tcpFailures()
    {
        QFETCH(QList<int>, outcomes);
        QFETCH(QStringList, codes);
        Facts facts;
        facts.tcp = TcpFacts{};
        int i = 0;
        for (int outcome : outcomes)
            facts.tcp->attempts << attempt(QStringLiteral("192.0.2.%1").arg(++i),
                                           static_cast<IoOutcome>(outcome), 40);
        const auto findings = evaluateNetworkRules(facts, contextFor(QStringLiteral("192.0.2.1")));
        QCOMPARE(codesOf(findings), codes);
        if (!findings.isEmpty()) {
            QCOMPARE(findings.first().evidence.value(QStringLiteral("address")).toString(),
                     QStringLiteral("192.0.2.1"));
            QCOMPARE(findings.first().evidence.value(QStringLiteral("port")).toInt(), 3389);
        }
    }

    void latency_data()
    {
        QTest::addColumn<double>("median");
        QTest::addColumn<int>("failedSamples");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("fast") << 2.0 << 0 << QStringList{};
        QTest::newRow("at threshold") << 150.0 << 0 << QStringList{};
        QTest::newRow("just over") << 150.5 << 0 << QStringList{QStringLiteral("tcp.slow")};
        QTest::newRow("one lost") << 3.0 << 1 << QStringList{QStringLiteral("tcp.unstable")};
        QTest::newRow("slow and lossy")
            << 400.0 << 2
            << QStringList{QStringLiteral("tcp.slow"), QStringLiteral("tcp.unstable")};
    }
    void latency()
    {
        QFETCH(double, median);
        QFETCH(int, failedSamples);
        QFETCH(QStringList, codes);
        Facts facts;
        facts.tcp = TcpFacts{};
        facts.tcp->attempts << attempt(QStringLiteral("192.0.2.1"), IoOutcome::Ok);
        facts.tcp->connectedAddress = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 3; ++i)
            facts.tcp->samples << attempt(QStringLiteral("192.0.2.1"),
                                          i < failedSamples ? IoOutcome::Timeout : IoOutcome::Ok);
        facts.tcp->samplesFailed = failedSamples;
        facts.tcp->medianConnectMs = median;
        const auto findings = evaluateNetworkRules(facts, contextFor(QStringLiteral("192.0.2.1")));
        QCOMPARE(codesOf(findings), codes);
    }

    void connectionLimit_data()
    {
        QTest::addColumn<int>("recovered");
        QTest::addColumn<int>("simultaneous"); // -1: not learned
        QTest::addColumn<bool>("reported");
        QTest::addColumn<QString>("observed");
        QTest::newRow("limit of 2") << 3 << 2 << true << "held 2 connections at once";
        QTest::newRow("limit of 1") << 1 << 1 << true << "held one connection at once";
        QTest::newRow("count not learned")
            << 2 << -1 << true << "could not be determined (why not)";
        QTest::newRow("nothing worked alone") << 0 << -1 << false << "";
    }
    void connectionLimit()
    {
        QFETCH(int, recovered);
        QFETCH(int, simultaneous);
        QFETCH(bool, reported);
        QFETCH(QString, observed);
        Facts facts;
        facts.tcp = TcpFacts{};
        facts.tcp->attempts << attempt(QStringLiteral("192.0.2.1"), IoOutcome::Ok);
        facts.tcp->connectedAddress = QStringLiteral("192.0.2.1");
        facts.tcp->medianConnectMs = 1;
        SideRetryFacts retries;
        retries.broken = 4;
        retries.retried = 4;
        retries.recovered = recovered;
        if (simultaneous >= 0)
            retries.simultaneous = simultaneous;
        else
            retries.simultaneousDetail = QStringLiteral("why not");
        facts.tcp->sideRetries = retries;
        const auto findings = evaluateNetworkRules(facts, contextFor(QStringLiteral("192.0.2.1")));
        if (!reported) {
            QVERIFY(findings.isEmpty());
            return;
        }
        QCOMPARE(codesOf(findings), QStringList{QStringLiteral("tcp.connection_limit")});
        const Finding &finding = findings.first();
        QCOMPARE(finding.severity, Severity::Info);
        QVERIFY2(finding.detail.contains(observed), qPrintable(finding.detail));
        QCOMPARE(finding.evidence.value(QStringLiteral("recovered")).toInt(), recovered);
        QCOMPARE(finding.evidence.value(QStringLiteral("simultaneous")).isNull(), simultaneous < 0);
    }

    void remediesNameTheTarget()
    {
        Facts facts;
        facts.tcp = TcpFacts{};
        facts.tcp->attempts << attempt(QStringLiteral("192.0.2.7"), IoOutcome::Timeout, 5000);
        const auto findings =
            evaluateNetworkRules(facts, contextFor(QStringLiteral("rdp.example"), 3390));
        QCOMPARE(findings.size(), 1);
        bool commandNamesTarget = false;
        for (const Remedy &remedy : findings.first().remediation) {
            for (const char *name : {"{host}", "{port}", "{address}", "{thumbprint}"})
                QVERIFY2(!remedy.command.contains(QLatin1String(name)), name); // all filled
            if (remedy.command.contains(QStringLiteral("3390")))
                commandNamesTarget = true;
        }
        QVERIFY(commandNamesTarget);
    }
};

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "TestNetworkRules.moc"
