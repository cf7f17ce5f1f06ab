// SPDX-License-Identifier: GPL-3.0-or-later
// The rdp_security probe against the fault server: an offer whose X.224 exchange was reset
// among the concurrent ones comes back with that break (model/SideRetry.h), so that the
// runner can make it again alone; made alone, it gets its answer. The stage itself never
// retries: a server that resets every request costs four connections, not more.
#include "FaultServer.h"
#include "probes/RdpSecurityProbe.h"
#include "wire/X224.h"

#include <QtTest>

#include <atomic>
#include <memory>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;
using Outcome = RdpSecurityOffer::Outcome;

class TestRdpSecurityProbe : public QObject
{
    Q_OBJECT

private slots:
    void reportsWhatALimitBroke()
    {
        // Connections 2 and 3 are reset after their Connection Request, as a server that
        // allows one connection at a time might; every other one gets Standard RDP Security
        // selected and then no Connect Response (the offer times out: the path worked).
        auto accepted = std::make_shared<std::atomic<int>>(0);
        FaultServer server([accepted](const QByteArray &request) {
            if (request.isNull())
                return FaultAction::silent(); // wait for the request
            const int number = ++*accepted;
            if (number == 2 || number == 3)
                return FaultAction::reset();
            return FaultAction::respond(FaultServer::negResponse(wire::ProtocolRdp));
        });
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        CancelToken cancel;
        const RdpSecurityStageResult stage =
            runRdpSecurityStage(QStringLiteral("127.0.0.1"), server.port(), 300ms, cancel);
        QCOMPARE(stage.facts.offers.size(), 4);
        QCOMPARE(stage.breaks.size(), 4);
        SideBreaks breaks;
        breaks.rdpOffers = stage.breaks;
        const QList<int> broken = planRetries(breaks, true).rdpOffers;
        QCOMPARE(broken.size(), 2);
        for (int i = 0; i < 4; ++i) {
            const RdpSecurityOffer &offer = stage.facts.offers.at(i);
            QCOMPARE(offer.outcome, broken.contains(i) ? Outcome::NotNegotiated : Outcome::Timeout);
            QVERIFY(!offer.retried);
        }
        QCOMPARE(server.connectionCount(), 4);

        // Made again alone, a broken offer gets as far as the others.
        const RdpSecurityOfferRun alone =
            offerRdpEncryption(QStringLiteral("127.0.0.1"), server.port(),
                               stage.facts.offers.at(broken.first()).offered, 300ms, cancel);
        QCOMPARE(alone.offer.outcome, Outcome::Timeout);
        QCOMPARE(alone.broke, SideBreak::None);
    }

    void everyRequestReset()
    {
        FaultServer server = FaultServer::always(FaultAction::reset());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        CancelToken cancel;
        const RdpSecurityStageResult stage =
            runRdpSecurityStage(QStringLiteral("127.0.0.1"), server.port(), 1000ms, cancel);
        for (int i = 0; i < stage.facts.offers.size(); ++i) {
            const RdpSecurityOffer &offer = stage.facts.offers.at(i);
            QCOMPARE(offer.outcome, Outcome::NotNegotiated);
            QVERIFY(offer.detail.contains(QStringLiteral("got reset")));
            QCOMPARE(stage.breaks.at(i), SideBreak::Reset);
        }
        QCOMPARE(server.connectionCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestRdpSecurityProbe)
#include "TestRdpSecurityProbe.moc"
