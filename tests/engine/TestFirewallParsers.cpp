// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux firewall readers on real output recorded from the tools on this machine
// (nft 1.0.6, iptables-nft 1.8.9, ufw 0.36 in network namespaces; tests/data/local) and on
// hostile input: which rule stops a new TCP connection to the RDP port, and when the
// answer is only "maybe".
#include "model/FirewallModel.h"
#include "parsers/FirewallFrontends.h"
#include "parsers/IptablesRuleset.h"
#include "parsers/NftRuleset.h"

#include "LocalFixtures.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

PacketQuery query(FirewallDirection direction, quint16 port, const QString &remote = {},
                  const QString &interfaceName = {})
{
    PacketQuery q;
    q.direction = direction;
    q.port = port;
    q.remoteAddress = remote;
    q.interfaceName = interfaceName;
    return q;
}

constexpr auto In = FirewallDirection::Inbound;
constexpr auto Out = FirewallDirection::Outbound;

QString resultOf(const QList<FirewallVerdict> &verdicts)
{
    return verdicts.isEmpty() ? QStringLiteral("allowed")
                              : firewallResultString(verdicts.first().result);
}

} // namespace

class TestFirewallParsers : public QObject
{
    Q_OBJECT

private slots:
    void nftMixed_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("ruleContains");
        QTest::newRow("in 3389 accepted by the set {22,3389}")
            << int(In) << 3389 << QString() << "allowed"
            << "";
        QTest::newRow("in 5050 rejected by the range") << int(In) << 5050 << QString() << "blocked"
                                                       << "5000-5100";
        QTest::newRow("in 3390 dropped (th dport folded to tcp)")
            << int(In) << 3390 << QString() << "blocked"
            << "tcp dport 3390";
        QTest::newRow("in 3391 dropped by the verdict map")
            << int(In) << 3391 << QString() << "blocked"
            << "vmap";
        QTest::newRow("in 3392 accepted by the verdict map")
            << int(In) << 3392 << QString() << "allowed"
            << "";
        QTest::newRow("in 4000: a rate limit decides, then policy drop")
            << int(In) << 4000 << QString() << "may_be_blocked"
            << "policy drop";
        QTest::newRow("out to 10.1.2.3 dropped") << int(Out) << 3389 << "10.1.2.3"
                                                 << "blocked"
                                                 << "10.0.0.0/8";
        QTest::newRow("out to 192.0.2.10 passes") << int(Out) << 3389 << "192.0.2.10"
                                                  << "allowed"
                                                  << "";
        QTest::newRow("out to 2001:db8::5 rejected (ip6 rule)") << int(Out) << 3389 << "2001:db8::5"
                                                                << "blocked"
                                                                << "2001:db8::/32";
        QTest::newRow("out to 2001:db9::1 passes") << int(Out) << 3389 << "2001:db9::1"
                                                   << "allowed"
                                                   << "";
        QTest::newRow("out to 10.1.2.3 other port passes") << int(Out) << 443 << "10.1.2.3"
                                                           << "allowed"
                                                           << "";
    }
    void nftMixed()
    {
        QFETCH(int, direction);
        QFETCH(int, port);
        QFETCH(QString, remote);
        QFETCH(QString, result);
        QFETCH(QString, ruleContains);
        const NftParse parsed = parseNftJson(fixture("nft-mixed.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.ruleCount, 16);
        const QList<FirewallVerdict> verdicts =
            evaluateRuleset(parsed.ruleset, query(FirewallDirection(direction),
                                                  static_cast<quint16>(port), remote));
        QCOMPARE(resultOf(verdicts), result);
        if (!ruleContains.isEmpty())
            QVERIFY2(verdicts.first().rule.contains(ruleContains),
                     qPrintable(verdicts.first().rule));
    }

    void nftVerdictDetails()
    {
        const NftParse parsed = parseNftJson(fixture("nft-mixed.json"));
        const QList<FirewallVerdict> reject = evaluateRuleset(parsed.ruleset, query(In, 5050));
        QCOMPARE(reject.first().action, FirewallAction::Reject);
        QCOMPARE(reject.first().location, QStringLiteral("table inet filter, chain input"));
        const QList<FirewallVerdict> policy = evaluateRuleset(parsed.ruleset, query(In, 4000));
        QVERIFY(policy.first().byPolicy);
        QVERIFY(policy.first().conditions.join(u' ').contains(QLatin1String("limit")));
        // The comment of the accepting rule is kept in the rule text.
        bool sawComment = false;
        for (const GenericChain &chain : parsed.ruleset.chains)
            for (const GenericRule &rule : chain.rules)
                sawComment = sawComment || rule.comment == QLatin1String("ssh and rdp");
        QVERIFY(sawComment);
    }

    void nftNamedSetResolved()
    {
        // "ip saddr @rdpblock" resolves to the set's elements: a client inside is matched.
        const NftParse parsed = parseNftJson(fixture("nft-mixed.json"));
        const GenericChain *input = nullptr;
        for (const GenericChain &chain : parsed.ruleset.chains)
            if (chain.name == QLatin1String("input"))
                input = &chain;
        QVERIFY(input);
        bool found = false;
        for (const GenericRule &rule : input->rules)
            for (const FieldMatch &match : rule.matches)
                if (match.field == FieldMatch::Field::SourceAddress &&
                    match.values.contains(QLatin1String("10.1.0.0/16"))) {
                    found = true;
                    QVERIFY(match.values.contains(QLatin1String("192.168.5.5")));
                    QVERIFY(!match.unresolved);
                }
        QVERIFY(found);
    }

    void nftOfIptablesNftIsOnlyMaybe()
    {
        // iptables-nft writes conntrack matches as opaque "xt" expressions: the nft view can
        // only say "may block"; iptables-save (below) knows for certain.
        const NftParse parsed = parseNftJson(fixture("nft-ufw.json"));
        QVERIFY(parsed.ok());
        const QList<FirewallVerdict> verdicts = evaluateRuleset(
            parsed.ruleset, query(Out, 3389, QStringLiteral("192.0.2.10"), QStringLiteral("eth0")));
        QCOMPARE(resultOf(verdicts), QStringLiteral("may_be_blocked"));
        QVERIFY(verdicts.first().rule.contains(QLatin1String("tcp dport 3389")));
    }

    void iptablesUfw_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("ruleContains");
        QTest::newRow("out 3389 dropped by ufw-user-output") << int(Out) << 3389 << "192.0.2.10"
                                                             << "blocked"
                                                             << "--dport 3389 -j DROP";
        QTest::newRow("out 3390 to 10.20/16 rejected") << int(Out) << 3390 << "10.20.1.1"
                                                       << "blocked"
                                                       << "REJECT";
        QTest::newRow("out 3390 elsewhere passes") << int(Out) << 3390 << "10.21.0.1"
                                                   << "allowed"
                                                   << "";
        QTest::newRow("out 443 passes") << int(Out) << 443 << "192.0.2.10"
                                        << "allowed"
                                        << "";
        QTest::newRow("in 3389 any client: only the office may")
            << int(In) << 3389 << QString() << "may_be_blocked"
            << "policy drop";
        QTest::newRow("in 3389 from the office") << int(In) << 3389 << "192.168.10.7"
                                                 << "allowed"
                                                 << "";
        QTest::newRow("in 3389 from elsewhere") << int(In) << 3389 << "203.0.113.5"
                                                << "blocked"
                                                << "policy drop";
        QTest::newRow("in 22 from anywhere") << int(In) << 22 << "203.0.113.5"
                                             << "allowed"
                                             << "";
        QTest::newRow("in 443 (multiport 80,443)") << int(In) << 443 << "203.0.113.5"
                                                   << "allowed"
                                                   << "";
    }
    void iptablesUfw()
    {
        QFETCH(int, direction);
        QFETCH(int, port);
        QFETCH(QString, remote);
        QFETCH(QString, result);
        QFETCH(QString, ruleContains);
        const IptablesParse parsed = parseIptablesSave(
            QString::fromUtf8(fixture("iptables-save-ufw.txt")), QStringLiteral("ipv4"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.ruleCount, 75);
        PacketQuery q = query(FirewallDirection(direction), static_cast<quint16>(port), remote,
                              QStringLiteral("eth0"));
        q.family = QStringLiteral("ipv4");
        const QList<FirewallVerdict> verdicts = evaluateRuleset(parsed.ruleset, q);
        QCOMPARE(resultOf(verdicts), result);
        if (!ruleContains.isEmpty())
            QVERIFY2(verdicts.first().rule.contains(ruleContains),
                     qPrintable(verdicts.first().rule));
    }

    void iptablesConditionNamesTheOffice()
    {
        const IptablesParse parsed = parseIptablesSave(
            QString::fromUtf8(fixture("iptables-save-ufw.txt")), QStringLiteral("ipv4"));
        const QList<FirewallVerdict> verdicts = evaluateRuleset(parsed.ruleset, query(In, 3389));
        QVERIFY2(verdicts.first().conditions.join(u' ').contains(QLatin1String("192.168.10.0/24")),
                 qPrintable(verdicts.first().conditions.join(QStringLiteral(" | "))));
    }

    void ufwStatus_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("result");
        QTest::newRow("in 3389 any client") << int(In) << 3389 << QString() << "may_be_blocked";
        QTest::newRow("in 3389 from the office") << int(In) << 3389 << "192.168.10.5"
                                                 << "allowed";
        QTest::newRow("in 3389 from elsewhere") << int(In) << 3389 << "203.0.113.1"
                                                << "blocked";
        QTest::newRow("out 3389") << int(Out) << 3389 << "192.0.2.1"
                                  << "blocked";
        QTest::newRow("out 3389 IPv6") << int(Out) << 3389 << "2001:db8::1"
                                       << "blocked";
        QTest::newRow("out 3390 to 10.20/16") << int(Out) << 3390 << "10.20.5.5"
                                              << "blocked";
        QTest::newRow("out 3390 elsewhere") << int(Out) << 3390 << "10.21.0.1"
                                            << "allowed";
        QTest::newRow("in 80 (80,443/tcp)") << int(In) << 80 << "203.0.113.1"
                                            << "allowed";
    }
    void ufwStatus()
    {
        QFETCH(int, direction);
        QFETCH(int, port);
        QFETCH(QString, remote);
        QFETCH(QString, result);
        const UfwStatus status =
            parseUfwStatus(QString::fromUtf8(fixture("ufw-status-verbose.txt")));
        QVERIFY(status.parsed);
        QVERIFY(status.active);
        QCOMPARE(status.defaultIncoming, QStringLiteral("deny"));
        QCOMPARE(status.defaultOutgoing, QStringLiteral("allow"));
        QCOMPARE(status.rules.size(), 12);
        QCOMPARE(status.rules.at(1).comment, QStringLiteral("rdp from office"));
        const QList<FirewallVerdict> verdicts = evaluateUfw(
            status, query(FirewallDirection(direction), static_cast<quint16>(port), remote));
        QCOMPARE(resultOf(verdicts), result);
    }

    void ufwInactiveAndMalformed()
    {
        const UfwStatus inactive = parseUfwStatus(QStringLiteral("Status: inactive\n"));
        QVERIFY(inactive.parsed);
        QVERIFY(!inactive.active);
        QVERIFY(evaluateUfw(inactive, query(Out, 3389)).isEmpty());
        const UfwStatus junk =
            parseUfwStatus(QStringLiteral("ERROR: You need to be root to run this script\n"));
        QVERIFY(!junk.parsed);
        // A table with broken rows: the rows are skipped, never guessed.
        const UfwStatus broken = parseUfwStatus(
            QStringLiteral("Status: active\n\nTo Action From\n-- ------ ----\n3389/tcp\nfoo  BAR  "
                           "baz\n3389/tcp   DENY OUT   Anywhere\n"));
        QCOMPARE(broken.rules.size(), 1);
    }

    void firewalld_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("result");
        QTest::newRow("two active zones, rdp in internal only")
            << "firewalld-list-all-zones.txt" << QString() << "may_be_blocked";
        QTest::newRow("public only, any client")
            << "firewalld-public-only.txt" << QString() << "blocked";
        QTest::newRow("public only, the rejected client") << "firewalld-public-only.txt"
                                                          << "198.51.100.7"
                                                          << "blocked";
    }
    void firewalld()
    {
        QFETCH(QString, file);
        QFETCH(QString, remote);
        QFETCH(QString, result);
        const QList<FirewalldZone> zones =
            parseFirewalldZones(QString::fromUtf8(fixture(file.toLatin1().constData())));
        QVERIFY(!zones.isEmpty());
        QCOMPARE(resultOf(evaluateFirewalld(zones, query(In, 3389, remote))), result);
        // firewalld does not filter outgoing connections by default.
        QVERIFY(evaluateFirewalld(zones, query(Out, 3389, QStringLiteral("192.0.2.1"))).isEmpty());
    }

    void firewalldZonesParsed()
    {
        const QList<FirewalldZone> zones =
            parseFirewalldZones(QString::fromUtf8(fixture("firewalld-list-all-zones.txt")));
        QCOMPARE(zones.size(), 5);
        const FirewalldZone &internal = zones.at(2);
        QCOMPARE(internal.name, QStringLiteral("internal"));
        QVERIFY(internal.active);
        QVERIFY(internal.services.contains(QLatin1String("rdp")));
        const FirewalldZone &publicZone = zones.at(3);
        QVERIFY(publicZone.isDefault && publicZone.active);
        QCOMPARE(publicZone.ports, QStringList{QStringLiteral("8080/tcp")});
        QCOMPARE(publicZone.richRules.size(), 1);
        QCOMPARE(zones.at(4).target, QStringLiteral("ACCEPT"));
        // The port is allowed in a zone of its own: allowed.
        QList<FirewalldZone> opened{publicZone};
        opened.first().ports << QStringLiteral("3389/tcp");
        opened.first().richRules.clear();
        QVERIFY(evaluateFirewalld(opened, query(In, 3389)).isEmpty());
    }

    void hostileInput()
    {
        QVERIFY(!parseNftJson("not json").ok());
        QVERIFY(!parseNftJson("{}").ok());
        QVERIFY(!parseNftJson("{\"nftables\": 5}").ok());
        QVERIFY(!parseNftJson(fixture("nft-mixed.json").left(500)).ok());
        // Wrong types everywhere: parsed, nothing evaluated, no crash.
        const NftParse odd = parseNftJson("{\"nftables\":[{\"chain\":{\"family\":\"inet\","
                                          "\"table\":\"t\",\"name\":\"o\",\"hook\":\"output\","
                                          "\"policy\":\"drop\"}},{\"rule\":{\"family\":\"inet\","
                                          "\"table\":\"t\",\"chain\":\"o\",\"expr\":"
                                          "[{\"match\":{\"op\":\"==\",\"left\":5,\"right\":{"
                                          "\"set\":[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}}},"
                                          "{\"match\":\"x\"},{\"jump\":7},{\"accept\":null}]}},{"
                                          "\"rule\":{\"chain\":\"missing\"}}]}");
        QVERIFY(odd.ok());
        QCOMPARE(
            resultOf(evaluateRuleset(odd.ruleset, query(Out, 3389, QStringLiteral("192.0.2.1")))),
            QStringLiteral("may_be_blocked"));
        QVERIFY(!parseIptablesSave(QStringLiteral("garbage\n-A INPUT -j DROP\n"),
                                   QStringLiteral("ipv4"))
                     .ok());
        const IptablesParse half = parseIptablesSave(
            QStringLiteral("*filter\n:OUTPUT DROP [0:0]\n-A OUTPUT -p\n-A OUTPUT -m comment "
                           "--comment \"unterminated\n"
                           "-A NOCHAIN -j ACCEPT\n-A OUTPUT -d 10.0.0.0/255.0.0.0 -j ACCEPT\n"),
            QStringLiteral("ipv4"));
        QVERIFY(half.ok());
        QCOMPARE(
            resultOf(evaluateRuleset(half.ruleset, query(Out, 3389, QStringLiteral("10.9.9.9")))),
            QStringLiteral("allowed"));
        QCOMPARE(
            resultOf(evaluateRuleset(half.ruleset, query(Out, 3389, QStringLiteral("192.0.2.1")))),
            QStringLiteral("blocked"));
    }

    void jumpLoopsEnd()
    {
        GenericRuleset ruleset;
        GenericChain base{QStringLiteral("inet"),
                          QStringLiteral("t"),
                          QStringLiteral("out"),
                          QStringLiteral("output"),
                          0,
                          FirewallAction::Accept,
                          {}};
        GenericRule jumpA;
        jumpA.action = FirewallAction::Jump;
        jumpA.jumpTarget = QStringLiteral("a");
        base.rules << jumpA;
        GenericChain a{QStringLiteral("inet"),
                       QStringLiteral("t"),
                       QStringLiteral("a"),
                       {},
                       0,
                       FirewallAction::Accept,
                       {}};
        GenericRule jumpB = jumpA;
        jumpB.jumpTarget = QStringLiteral("b");
        a.rules << jumpB;
        GenericChain b = a;
        b.name = QStringLiteral("b");
        b.rules.first().jumpTarget = QStringLiteral("a");
        GenericRule drop;
        drop.action = FirewallAction::Drop;
        drop.text = QStringLiteral("drop");
        b.rules << drop;
        ruleset.chains << base << a << b;
        const QList<FirewallVerdict> verdicts =
            evaluateRuleset(ruleset, query(Out, 3389, QStringLiteral("192.0.2.1")));
        QCOMPARE(resultOf(verdicts), QStringLiteral("blocked"));
    }

    void helpers_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 unknown
        QTest::newRow("v4 in") << "10.1.2.3"
                               << "10.0.0.0/8" << 1;
        QTest::newRow("v4 out") << "11.1.2.3"
                                << "10.0.0.0/8" << 0;
        QTest::newRow("v4 single") << "192.0.2.1"
                                   << "192.0.2.1" << 1;
        QTest::newRow("v6 in") << "2001:db8::1"
                               << "2001:db8::/32" << 1;
        QTest::newRow("mixed families") << "10.1.2.3"
                                        << "2001:db8::/32" << 0;
        QTest::newRow("range text") << "10.0.0.5"
                                    << "10.0.0.1-10.0.0.9" << -1;
        QTest::newRow("garbage") << "10.0.0.5"
                                 << "LocalSubnet" << -1;
    }
    void helpers()
    {
        QFETCH(QString, address);
        QFETCH(QString, prefix);
        QFETCH(int, expected);
        const std::optional<bool> inside = addressInPrefix(address, prefix);
        QCOMPARE(inside ? int(*inside) : -1, expected);
    }

    void portRanges()
    {
        QCOMPARE(parsePortRange(QStringLiteral("3389"))->first, quint16(3389));
        QCOMPARE(parsePortRange(QStringLiteral("3000:3400"))->last, quint16(3400));
        QCOMPARE(parsePortRange(QStringLiteral("5000-5100"))->first, quint16(5000));
        QVERIFY(!parsePortRange(QStringLiteral("70000")));
        QVERIFY(!parsePortRange(QStringLiteral("5-1")));
        QVERIFY(!parsePortRange(QStringLiteral("RPC")));
        QCOMPARE(splitShellWords(QStringLiteral("-m comment --comment \"a b\" -j ACCEPT")),
                 (QStringList{QStringLiteral("-m"), QStringLiteral("comment"),
                              QStringLiteral("--comment"), QStringLiteral("a b"),
                              QStringLiteral("-j"), QStringLiteral("ACCEPT")}));
    }
};

QTEST_GUILESS_MAIN(TestFirewallParsers)
#include "TestFirewallParsers.moc"
