// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of the x224 stage: the primary request's outcome (x224.*) and the server's policy
// as the negotiation matrix shows it (security.*), including the .rdp cross-check.
#include "rules/ClientRules.h"
#include "rules/SecurityRules.h"
#include "wire/X224.h"

#include <QtTest>

using namespace rdpdiag;
using Outcome = NegotiationProbe::Outcome;

namespace {

NegotiationProbe selected(quint32 requested, quint32 protocol)
{
    NegotiationProbe probe;
    probe.requested = requested;
    probe.outcome = Outcome::Selected;
    probe.selected = protocol;
    probe.flags = 0x01;
    return probe;
}

NegotiationProbe failure(quint32 requested, quint32 code)
{
    NegotiationProbe probe;
    probe.requested = requested;
    probe.outcome = Outcome::Failure;
    probe.failureCode = code;
    return probe;
}

NegotiationProbe broken(quint32 requested, Outcome outcome, const QByteArray &received = {})
{
    NegotiationProbe probe;
    probe.requested = requested;
    probe.outcome = outcome;
    probe.received = received;
    probe.durationMs = 3;
    return probe;
}

/** The matrix in the runner's order: 0x0B, 0x01, 0x02, 0x00. */
Facts matrix(const QList<NegotiationProbe> &probes)
{
    Facts facts;
    facts.negotiation = NegotiationFacts{};
    facts.negotiation->probes = probes;
    // Same derivation as the probe: only protocols selected when asked count.
    for (const auto &probe : probes) {
        if (probe.outcome != Outcome::Selected)
            continue;
        if (*probe.selected == 0 && probe.requested == 0)
            facts.negotiation->rdpSupported = true;
        else if (*probe.selected != 0 && (probe.requested & *probe.selected) == *probe.selected)
            facts.negotiation->supportedMask |= *probe.selected;
    }
    return facts;
}

RuleContext context()
{
    RuleContext ctx;
    ctx.target.host = QStringLiteral("rdp.example");
    ctx.target.port = 3389;
    ctx.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    return ctx;
}

QStringList codesOf(const QList<Finding> &findings)
{
    QStringList codes;
    for (const auto &finding : findings)
        codes << finding.code;
    std::sort(codes.begin(), codes.end());
    return codes;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestSecurityRules : public QObject
{
    Q_OBJECT

private slots:
    void servers_data()
    {
        QTest::addColumn<QList<NegotiationProbe>>("probes");
        QTest::addColumn<QStringList>("codes");

        // Windows default (negotiate + NLA offered): everything selected as asked.
        QTest::newRow("windows default")
            << QList<NegotiationProbe>{selected(0x0B, 0x02), selected(0x01, 0x01),
                                       selected(0x02, 0x02), selected(0x00, 0x00)}
            << QStringList{QStringLiteral("security.standard_rdp_allowed")};
        // NLA required (FreeRDP shadow /sec:nla, Windows with UserAuthentication=1).
        QTest::newRow("nla only") << QList<NegotiationProbe>{selected(0x0B, 0x02), failure(0x01, 5),
                                                             selected(0x02, 0x02), failure(0x00, 5)}
                                  << QStringList{QStringLiteral("security.nla_required")};
        // xrdp security_layer=negotiate: CredSSP request downgraded to RDP.
        QTest::newRow("xrdp negotiate")
            << QList<NegotiationProbe>{selected(0x0B, 0x01), selected(0x01, 0x01),
                                       selected(0x02, 0x00), selected(0x00, 0x00)}
            << QStringList{QStringLiteral("security.nla_unsupported"),
                           QStringLiteral("security.standard_rdp_allowed")};
        // xrdp security_layer=tls.
        QTest::newRow("xrdp tls") << QList<NegotiationProbe>{selected(0x0B, 0x01),
                                                             selected(0x01, 0x01), failure(0x02, 1),
                                                             failure(0x00, 1)}
                                  << QStringList{QStringLiteral("security.nla_unsupported"),
                                                 QStringLiteral("security.tls_required")};
        // xrdp security_layer=rdp: TLS requests silently answered with RDP.
        QTest::newRow("xrdp rdp") << QList<NegotiationProbe>{selected(0x0B, 0x00),
                                                             selected(0x01, 0x00),
                                                             selected(0x02, 0x00),
                                                             selected(0x00, 0x00)}
                                  << QStringList{QStringLiteral("security.rdp_only")};
        // Windows SecurityLayer=0: SSL_NOT_ALLOWED_BY_SERVER.
        QTest::newRow("windows rdp only")
            << QList<NegotiationProbe>{failure(0x0B, 2), failure(0x01, 2), failure(0x02, 2),
                                       selected(0x00, 0x00)}
            << QStringList{QStringLiteral("security.rdp_only")};
        QTest::newRow("no certificate")
            << QList<NegotiationProbe>{failure(0x0B, 3), failure(0x01, 3), failure(0x02, 3),
                                       selected(0x00, 0x00)}
            << QStringList{QStringLiteral("security.no_certificate"),
                           QStringLiteral("security.standard_rdp_allowed")};
        QTest::newRow("inconsistent flags")
            << QList<NegotiationProbe>{failure(0x0B, 4), selected(0x01, 0x01), selected(0x02, 0x02),
                                       failure(0x00, 1)}
            << QStringList{QStringLiteral("security.inconsistent_flags"),
                           QStringLiteral("security.tls_required")};
        QTest::newRow("client certificate required")
            << QList<NegotiationProbe>{failure(0x0B, 6), failure(0x01, 6), failure(0x02, 6),
                                       failure(0x00, 6)}
            << QStringList{QStringLiteral("security.user_auth_required")};
        QTest::newRow("legacy server: confirm without negotiation data")
            << QList<NegotiationProbe>{selected(0x0B, 0x00), selected(0x01, 0x00),
                                       selected(0x02, 0x00), selected(0x00, 0x00)}
            << QStringList{QStringLiteral("security.rdp_only")};

        // The x224.* codes come from the primary request only.
        QTest::newRow("reset") << QList<NegotiationProbe>{broken(0x0B, Outcome::Reset),
                                                          broken(0x01, Outcome::Reset),
                                                          broken(0x02, Outcome::Reset),
                                                          broken(0x00, Outcome::Reset)}
                               << QStringList{QStringLiteral("x224.reset")};
        QTest::newRow("closed") << QList<NegotiationProbe>{broken(0x0B, Outcome::Closed),
                                                           broken(0x01, Outcome::Closed),
                                                           broken(0x02, Outcome::Closed),
                                                           broken(0x00, Outcome::Closed)}
                                << QStringList{QStringLiteral("x224.closed")};
        QTest::newRow("timeout") << QList<NegotiationProbe>{broken(0x0B, Outcome::Timeout),
                                                            broken(0x01, Outcome::Timeout),
                                                            broken(0x02, Outcome::Timeout),
                                                            broken(0x00, Outcome::Timeout)}
                                 << QStringList{QStringLiteral("x224.timeout")};
        QTest::newRow("ssh banner")
            << QList<NegotiationProbe>{broken(0x0B, Outcome::NotRdp, "SSH-2.0-OpenSSH_9.2p1\r\n"),
                                       broken(0x01, Outcome::NotRdp), broken(0x02, Outcome::NotRdp),
                                       broken(0x00, Outcome::NotRdp)}
            << QStringList{QStringLiteral("x224.not_rdp")};
        QTest::newRow("malformed") << QList<NegotiationProbe>{broken(0x0B, Outcome::Malformed),
                                                              broken(0x01, Outcome::Malformed),
                                                              broken(0x02, Outcome::Malformed),
                                                              broken(0x00, Outcome::Malformed)}
                                   << QStringList{QStringLiteral("x224.malformed")};
        QTest::newRow("only an exotic request resets: not the user's problem")
            << QList<NegotiationProbe>{selected(0x0B, 0x02), selected(0x01, 0x01),
                                       selected(0x02, 0x02), broken(0x00, Outcome::Reset)}
            << QStringList{};
    }
    void servers()
    {
        QFETCH(QList<NegotiationProbe>, probes);
        QFETCH(QStringList, codes);
        const auto findings = evaluateSecurityRules(matrix(probes), context());
        QCOMPARE(codesOf(findings), sorted(codes));
    }

    void notRdpEvidenceShowsTheBanner()
    {
        const auto findings = evaluateSecurityRules(
            matrix({broken(0x0B, Outcome::NotRdp, "SSH-2.0-OpenSSH_9.2p1\r\n")}), context());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().detail.contains(QStringLiteral("SSH-2.0-OpenSSH_9.2p1")));
        QCOMPARE(findings.first().evidence.value(QStringLiteral("received_hex")).toString(),
                 QStringLiteral("5353482d322e302d4f70656e5353485f392e3270310d0a"));
    }

    void clientMismatch_data()
    {
        QTest::addColumn<QList<NegotiationProbe>>("probes");
        QTest::addColumn<int>("credssp");
        QTest::addColumn<int>("authLevel");
        QTest::addColumn<bool>("mismatch");
        const QList<NegotiationProbe> nlaOnly{selected(0x0B, 0x02), failure(0x01, 5),
                                              selected(0x02, 0x02), failure(0x00, 5)};
        const QList<NegotiationProbe> rdpOnly{selected(0x0B, 0x00), selected(0x01, 0x00),
                                              selected(0x02, 0x00), selected(0x00, 0x00)};
        const QList<NegotiationProbe> tlsOk{selected(0x0B, 0x01), selected(0x01, 0x01),
                                            selected(0x02, 0x00), selected(0x00, 0x00)};
        QTest::newRow("NLA off vs NLA required") << nlaOnly << 0 << -1 << true;
        QTest::newRow("NLA on vs NLA required") << nlaOnly << 1 << -1 << false;
        QTest::newRow("NLA off vs TLS server") << tlsOk << 0 << -1 << false;
        QTest::newRow("must authenticate vs RDP only") << rdpOnly << -1 << 1 << true;
        QTest::newRow("warn only vs RDP only") << rdpOnly << -1 << 2 << false;
        QTest::newRow("must authenticate vs TLS, no cert facts") << tlsOk << -1 << 1 << false;
    }
    void clientMismatch()
    {
        QFETCH(QList<NegotiationProbe>, probes);
        QFETCH(int, credssp);
        QFETCH(int, authLevel);
        QFETCH(bool, mismatch);
        RuleContext ctx = context();
        ctx.target.source = Target::Source::RdpFile;
        ctx.target.rdp = RdpFileSettings{};
        if (credssp >= 0)
            ctx.target.rdp->enableCredSspSupport = credssp;
        if (authLevel >= 0)
            ctx.target.rdp->authenticationLevel = authLevel;
        const auto findings = evaluateClientRules(matrix(probes), ctx);
        QCOMPARE(codesOf(findings), mismatch
                                        ? QStringList{QStringLiteral("security.client_mismatch")}
                                        : QStringList{});
        if (mismatch)
            QCOMPARE(findings.first().severity, Severity::Error);
    }

    void clientMismatchOnCertificate()
    {
        RuleContext ctx = context();
        ctx.target.rdp = RdpFileSettings{};
        ctx.target.rdp->authenticationLevel = 1;
        Facts facts = matrix({selected(0x0B, 0x01), selected(0x01, 0x01)});
        facts.certificate = CertificateFacts{};
        facts.certificate->nameMatches = true;
        QVERIFY(evaluateClientRules(facts, ctx).isEmpty());
        facts.certificate->verifyErrors << QStringLiteral("self-signed certificate");
        QCOMPARE(codesOf(evaluateClientRules(facts, ctx)),
                 QStringList{QStringLiteral("security.client_mismatch")});
        facts.certificate->verifyErrors.clear();
        facts.certificate->nameMatches = false;
        QCOMPARE(codesOf(evaluateClientRules(facts, ctx)),
                 QStringList{QStringLiteral("security.client_mismatch")});
    }
};

QTEST_GUILESS_MAIN(TestSecurityRules)
#include "TestSecurityRules.moc"
