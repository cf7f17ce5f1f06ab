// SPDX-License-Identifier: GPL-3.0-or-later
// The real xrdp daemon from Debian, started on a free 127.0.0.1 port per test, in each
// security_layer mode: the negotiation matrix and the findings must match how xrdp really
// answers (docs/protocol-notes.md), including its silent downgrade of CredSSP requests.
#include "XrdpServer.h"
#include "runner/Runner.h"
#include "wire/X224.h"

#include <QtTest>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

Report run(quint16 port)
{
    RunRequest request;
    request.target = *parseTargetText(QStringLiteral("127.0.0.1:%1").arg(port)).target;
    request.timeout = 3000ms;
    CancelToken cancel;
    return runDiagnosis(request, cancel);
}

QStringList codesOf(const Report &report, const QString &prefix)
{
    QStringList codes;
    for (const auto &finding : report.findings)
        if (finding.code.startsWith(prefix))
            codes << finding.code;
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace

class TestXrdp : public QObject
{
    Q_OBJECT

private slots:
    void securityLayers_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QStringList>("security");
        QTest::addColumn<quint32>("supportedMask");
        QTest::addColumn<bool>("rdp");
        QTest::addColumn<QString>("primarySelected");
        QTest::newRow("negotiate") << "negotiate"
                                   << QStringList{QStringLiteral("security.nla_unsupported"),
                                                  QStringLiteral("security.standard_rdp_allowed")}
                                   << quint32(wire::ProtocolSsl) << true << "ssl";
        QTest::newRow("rdp") << "rdp" << QStringList{QStringLiteral("security.rdp_only")} << 0u
                             << true << "rdp";
        QTest::newRow("tls") << "tls"
                             << QStringList{QStringLiteral("security.nla_unsupported"),
                                            QStringLiteral("security.tls_required")}
                             << quint32(wire::ProtocolSsl) << false << "ssl";
    }
    void securityLayers()
    {
        QFETCH(QString, layer);
        QFETCH(QStringList, security);
        QFETCH(quint32, supportedMask);
        QFETCH(bool, rdp);
        QFETCH(QString, primarySelected);
        XrdpOptions options;
        options.securityLayer = layer;
        XrdpServer xrdp(options);
        QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
        QCOMPARE(xrdp.listeningAddresses(),
                 QStringList{QStringLiteral("127.0.0.1:%1").arg(xrdp.port())});

        const Report report = run(xrdp.port());
        QCOMPARE(codesOf(report, QStringLiteral("security.")), security);
        QCOMPARE(codesOf(report, QStringLiteral("x224.")), QStringList{});
        const NegotiationFacts &negotiation = *report.facts.negotiation;
        QCOMPARE(negotiation.supportedMask, supportedMask);
        QCOMPARE(negotiation.rdpSupported, rdp);
        const NegotiationProbe &primary = negotiation.probes.first();
        QCOMPARE(primary.outcome, NegotiationProbe::Outcome::Selected);
        QCOMPARE(wire::selectedProtocolId(primary.selected.value_or(0xFF)), primarySelected);
        QCOMPARE(primary.flags, quint8(0x01));
        // xrdp answers a CredSSP-only request with Standard RDP Security (negotiate, rdp)
        // or SSL_REQUIRED_BY_SERVER (tls): never CredSSP.
        const NegotiationProbe &credsspOnly = negotiation.probes.at(2);
        QCOMPARE(credsspOnly.requested, quint32(wire::ProtocolHybrid));
        if (layer == QLatin1String("tls"))
            QCOMPARE(credsspOnly.failureCode.value_or(0), quint32(wire::SslRequiredByServer));
        else
            QCOMPARE(credsspOnly.selected.value_or(0xFF), quint32(wire::ProtocolRdp));
        // The server saw our requests (its own log names them).
        QTRY_VERIFY_WITH_TIMEOUT(xrdp.logContents().contains("Security protocol"), 3000);
    }
};

QTEST_GUILESS_MAIN(TestXrdp)
#include "TestXrdp.moc"
