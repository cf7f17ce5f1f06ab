// SPDX-License-Identifier: GPL-3.0-or-later
// Which side connections a run broke itself and must try again alone (model/SideRetry.h),
// and what a run reports as not determined (rules/NotDetermined.h). Pure: no network.
#include "model/SideRetry.h"
#include "rules/NotDetermined.h"

#include <QtTest>

using namespace rdpdiag;
using Negotiated = NegotiationProbe::Outcome;

Q_DECLARE_METATYPE(rdpdiag::IoOutcome)
Q_DECLARE_METATYPE(rdpdiag::NegotiationProbe::Outcome)
Q_DECLARE_METATYPE(rdpdiag::SideBreak)

namespace {

NegotiationProbe probe(quint32 requested, Negotiated outcome, bool retried = false)
{
    NegotiationProbe p;
    p.requested = requested;
    p.outcome = outcome;
    if (outcome == Negotiated::Selected)
        p.selected = 0x01;
    p.retried = retried;
    return p;
}

QStringList keysOf(const QList<UndeterminedFact> &facts)
{
    QStringList keys;
    for (const UndeterminedFact &fact : facts)
        keys << QStringLiteral("%1:%2").arg(stageKey(fact.stage), fact.key);
    return keys;
}

} // namespace

class TestSideRetry : public QObject
{
    Q_OBJECT

private slots:
    void breaks_data()
    {
        QTest::addColumn<IoOutcome>("connect");
        QTest::addColumn<Negotiated>("negotiation");
        QTest::addColumn<SideBreak>("broke");
        QTest::newRow("refused") << IoOutcome::Refused << Negotiated::ConnectFailed
                                 << SideBreak::Refused;
        QTest::newRow("reset while connecting")
            << IoOutcome::Reset << Negotiated::ConnectFailed << SideBreak::Refused;
        QTest::newRow("reset before the confirm")
            << IoOutcome::Ok << Negotiated::Reset << SideBreak::Reset;
        QTest::newRow("closed before the confirm")
            << IoOutcome::Ok << Negotiated::Closed << SideBreak::Closed;
        // A silent server is no limit, and a retry would cost another timeout.
        QTest::newRow("connect timeout")
            << IoOutcome::Timeout << Negotiated::ConnectFailed << SideBreak::None;
        QTest::newRow("confirm timeout") << IoOutcome::Ok << Negotiated::Timeout << SideBreak::None;
        QTest::newRow("unreachable")
            << IoOutcome::Unreachable << Negotiated::ConnectFailed << SideBreak::None;
        QTest::newRow("cancelled")
            << IoOutcome::Cancelled << Negotiated::Cancelled << SideBreak::None;
        // An answer is an answer: the server decided, whatever else was open.
        QTest::newRow("selected") << IoOutcome::Ok << Negotiated::Selected << SideBreak::None;
        QTest::newRow("failure") << IoOutcome::Ok << Negotiated::Failure << SideBreak::None;
        QTest::newRow("not rdp") << IoOutcome::Ok << Negotiated::NotRdp << SideBreak::None;
        QTest::newRow("malformed") << IoOutcome::Ok << Negotiated::Malformed << SideBreak::None;
    }
    void breaks()
    {
        QFETCH(IoOutcome, connect);
        QFETCH(Negotiated, negotiation);
        QFETCH(SideBreak, broke);
        QCOMPARE(sideBreakOf(connect, negotiation), broke);
        if (connect != IoOutcome::Ok)
            QCOMPARE(sideBreakOf(connect), broke);
    }

    void mainPath()
    {
        NegotiationFacts negotiation;
        QVERIFY(!mainPathWorked(negotiation));
        for (const Negotiated outcome : {Negotiated::Selected, Negotiated::Failure}) {
            negotiation.probes = {probe(0x0B, outcome), probe(0x01, Negotiated::Reset)};
            QVERIFY(mainPathWorked(negotiation));
        }
        for (const Negotiated outcome : {Negotiated::Reset, Negotiated::Closed, Negotiated::Timeout,
                                         Negotiated::ConnectFailed, Negotiated::NotRdp}) {
            negotiation.probes = {probe(0x0B, outcome), probe(0x01, Negotiated::Selected)};
            QVERIFY(!mainPathWorked(negotiation));
        }
    }

    void plan()
    {
        SideBreaks breaks;
        breaks.negotiation = {SideBreak::None, SideBreak::Reset, SideBreak::None,
                              SideBreak::Refused};
        breaks.tlsVersions = {SideBreak::Closed, SideBreak::None, SideBreak::None,
                              SideBreak::Reset};
        breaks.weakCipher = SideBreak::Reset;
        breaks.rdpOffers = {SideBreak::None, SideBreak::None, SideBreak::Reset, SideBreak::None};
        const RetryPlan plan = planRetries(breaks, true);
        QCOMPARE(plan.negotiation, (QList<int>{1, 3}));
        QCOMPARE(plan.tlsVersions, (QList<int>{0, 3}));
        QVERIFY(plan.weakCipher);
        QCOMPARE(plan.rdpOffers, QList<int>{2});
        QCOMPARE(plan.size(), 6);

        // The primary request is the main path itself, never retried as a side one.
        breaks.negotiation[0] = SideBreak::Reset;
        QCOMPARE(planRetries(breaks, true).negotiation, (QList<int>{1, 3}));

        // A server that breaks the main path breaks one client alone too: nothing to retry.
        QVERIFY(planRetries(breaks, false).isEmpty());
        QVERIFY(planRetries(SideBreaks{}, true).isEmpty());
    }

    void undeterminedNegotiation()
    {
        Facts facts;
        NegotiationFacts negotiation;
        negotiation.probes = {probe(0x0B, Negotiated::Selected),
                              probe(0x01, Negotiated::Reset),       // broke, never retried
                              probe(0x02, Negotiated::Reset, true), // reset alone too: measured
                              probe(0x00, Negotiated::ConnectFailed)};
        facts.negotiation = negotiation;
        QCOMPARE(keysOf(undeterminedFacts(facts)),
                 (QStringList{QStringLiteral("x224:probes[1].selected"),
                              QStringLiteral("x224:probes[3].selected")}));

        // When the main path was reset as well, a reset is what one client gets too.
        facts.negotiation->probes[0] = probe(0x0B, Negotiated::Reset);
        QCOMPARE(keysOf(undeterminedFacts(facts)),
                 QStringList{QStringLiteral("x224:probes[3].selected")});
    }

    void undeterminedTls()
    {
        Facts facts;
        TlsFacts tls;
        tls.main.outcome = TlsAttempt::Outcome::Established;
        const auto versionAttempt = [](const char *version, TlsAttempt::Outcome outcome) {
            TlsAttempt attempt;
            attempt.version = QLatin1String(version);
            attempt.outcome = outcome;
            return attempt;
        };
        tls.versions = {versionAttempt("1.0", TlsAttempt::Outcome::Alert),
                        versionAttempt("1.1", TlsAttempt::Outcome::NotAttempted),
                        versionAttempt("1.2", TlsAttempt::Outcome::Established),
                        versionAttempt("1.3", TlsAttempt::Outcome::LocalRefusal)};
        tls.weakCipherProbeRan = true;
        facts.tls = tls;
        facts.certificate = CertificateFacts{};
        QCOMPARE(
            keysOf(undeterminedFacts(facts)),
            (QStringList{QStringLiteral("tls:versions.1.1"), QStringLiteral("tls:versions.1.3")}));

        // No version tried alone, no weak-cipher answer, no certificate: each said so.
        facts.tls->versions.clear();
        facts.tls->weakCipherProbeRan = false;
        facts.tls->weakCiphersOffered = {QStringLiteral("DES-CBC3-SHA")};
        facts.certificate.reset();
        const QList<UndeterminedFact> undetermined = undeterminedFacts(facts);
        QCOMPARE(
            keysOf(undetermined),
            (QStringList{QStringLiteral("tls:versions.1.0"), QStringLiteral("tls:versions.1.1"),
                         QStringLiteral("tls:versions.1.2"), QStringLiteral("tls:versions.1.3"),
                         QStringLiteral("tls:weak_ciphers.accepted"),
                         QStringLiteral("tls:certificate")}));
        for (const UndeterminedFact &fact : undetermined)
            QVERIFY(!fact.reason.isEmpty());
    }

    void undeterminedConnectionLimit()
    {
        Facts facts;
        facts.tcp = TcpFacts{};
        facts.tcp->medianConnectMs = 1;
        SideRetryFacts retries;
        retries.recovered = 2;
        retries.simultaneousDetail = QStringLiteral("the time budget ran out");
        facts.tcp->sideRetries = retries;
        const QList<UndeterminedFact> undetermined = undeterminedFacts(facts);
        QCOMPARE(keysOf(undetermined),
                 QStringList{QStringLiteral("tcp:side_retries.simultaneous")});
        QVERIFY(undetermined.first().reason.contains(QStringLiteral("the time budget ran out")));
        facts.tcp->sideRetries->simultaneous = 2;
        QVERIFY(undeterminedFacts(facts).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSideRetry)
#include "TestSideRetry.moc"
