// SPDX-License-Identifier: GPL-3.0-or-later
// The rdp_security probe against the fault server: an offer whose X.224 exchange was reset
// among the concurrent ones is made again alone (a server that limits simultaneous
// connections), and nothing is retried when no offer got through at all.
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
    void retriesWhatALimitBroke()
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
        const RdpSecurityFacts facts =
            runRdpSecurityStage(QStringLiteral("127.0.0.1"), server.port(), 300ms, cancel);
        QCOMPARE(facts.offers.size(), 4);
        int retried = 0;
        for (const RdpSecurityOffer &offer : facts.offers) {
            QCOMPARE(offer.outcome, Outcome::Timeout);
            retried += offer.retried ? 1 : 0;
        }
        QCOMPARE(retried, 2);
        QCOMPARE(server.connectionCount(), 6);
    }

    void noRetryWhenNothingGotThrough()
    {
        FaultServer server = FaultServer::always(FaultAction::reset());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        CancelToken cancel;
        const RdpSecurityFacts facts =
            runRdpSecurityStage(QStringLiteral("127.0.0.1"), server.port(), 1000ms, cancel);
        for (const RdpSecurityOffer &offer : facts.offers) {
            QCOMPARE(offer.outcome, Outcome::NotNegotiated);
            QVERIFY(offer.detail.contains(QStringLiteral("got reset")));
            QVERIFY(!offer.retried);
        }
        QCOMPARE(server.connectionCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestRdpSecurityProbe)
#include "TestRdpSecurityProbe.moc"
