// SPDX-License-Identifier: GPL-3.0-or-later
// This computer's side, for real: the rdpdiag CLI runs inside a network namespace made for
// the test (NetnsLab: client 10.77.0.1 ↔ server 10.77.0.2, nothing else), where nftables
// rules, MTUs, routes, a tun "VPN" and /etc/hosts are changed. Each finding must appear
// with the fault and disappear when the fault is removed.
#include "NetnsLab.h"
#include "Preconditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <unistd.h>

using namespace rdpdiag::test;

namespace {

using Run = NetnsLab::CliReport;

Run run(NetnsLab &lab, const QStringList &arguments)
{
    return lab.runClientJson(arguments);
}

const QString kTarget = QStringLiteral("10.77.0.2");

} // namespace

class TestLocalNetns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        RDPDIAG_REQUIRE(::geteuid() == 0, "network namespaces need root");
        QVERIFY2(!qEnvironmentVariableIsEmpty("RDPDIAG_CLI"),
                 "RDPDIAG_CLI is set by rdpdiag_add_test");
    }

    void firewallRuleAppearsAndDisappears_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("tcpCode");
        QTest::newRow("drop") << "drop"
                              << "tcp.timeout";
        QTest::newRow("reject with tcp reset") << "reject with tcp reset"
                                               << "tcp.refused";
        QTest::newRow("reject (icmp)") << "reject"
                                       << "tcp.refused";
    }
    void firewallRuleAppearsAndDisappears()
    {
        QFETCH(QString, statement);
        QFETCH(QString, tcpCode);
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        QVERIFY2(lab.startListener(lab.server(), kTarget, 3389), qPrintable(lab.errorString()));
        QVERIFY2(
            lab.nft(lab.client(), QStringLiteral("table inet rdpdiagtest {\n chain out {\n  type "
                                                 "filter hook output priority 0; policy accept;\n"
                                                 "  tcp dport 3389 %1\n }\n}\n")
                                      .arg(statement)),
            qPrintable(lab.errorString()));

        const Run blocked =
            run(lab, {QStringLiteral("--error-code"), QStringLiteral("0x204"), kTarget});
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.codes.contains(QLatin1String("firewall.local_block")),
                 qPrintable(blocked.codes.join(u' ')));
        QVERIFY2(blocked.codes.contains(tcpCode), qPrintable(blocked.codes.join(u' ')));
        const QJsonObject finding = blocked.finding("firewall.local_block");
        const QJsonObject rule = finding.value(QStringLiteral("evidence"))
                                     .toObject()
                                     .value(QStringLiteral("rules"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(rule.value(QStringLiteral("source")).toString(), QStringLiteral("nftables"));
        QVERIFY2(
            rule.value(QStringLiteral("rule")).toString().contains(QLatin1String("tcp dport 3389")),
            qPrintable(rule.value(QStringLiteral("rule")).toString()));
        QCOMPARE(rule.value(QStringLiteral("location")).toString(),
                 QStringLiteral("table inet rdpdiagtest, chain out"));
        QCOMPARE(blocked.primary(), QStringLiteral("firewall.local_block"));
        // The "local" stage is in the report, with its facts.
        QVERIFY(blocked.report.value(QStringLiteral("facts"))
                    .toObject()
                    .contains(QStringLiteral("local")));

        QVERIFY(lab.nft(lab.client(), QStringLiteral("delete table inet rdpdiagtest\n")));
        const Run open = run(lab, {kTarget});
        QVERIFY2(!open.codes.contains(QLatin1String("firewall.local_block")),
                 qPrintable(open.codes.join(u' ')));
        QVERIFY(!open.codes.contains(tcpCode));
        QCOMPARE(open.report.value(QStringLiteral("facts"))
                     .toObject()
                     .value(QStringLiteral("tcp"))
                     .toObject()
                     .value(QStringLiteral("connected_address"))
                     .toString(),
                 kTarget);
    }

    void ruleForAnotherNetworkIsNotBlamed()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        QVERIFY(lab.startListener(lab.server(), kTarget, 3389));
        QVERIFY(lab.nft(
            lab.client(),
            QStringLiteral(
                "table ip rdpdiagtest {\n chain out {\n  type filter hook output priority 0;\n"
                "  ip daddr 10.66.0.0/16 tcp dport 3389 drop\n }\n}\n")));
        const Run result = run(lab, {kTarget});
        QVERIFY(!result.codes.contains(QLatin1String("firewall.local_block")));
        QVERIFY(!result.codes.contains(QLatin1String("firewall.local_may_block")));
    }

    void smallMtuLink()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        QVERIFY(lab.startListener(lab.server(), kTarget, 3389));
        QVERIFY(lab.ip(lab.client(),
                       {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("rdc0"),
                        QStringLiteral("mtu"), QStringLiteral("1280")}));
        const Run small = run(lab, {kTarget});
        QVERIFY2(small.codes.contains(QLatin1String("net.small_mtu")),
                 qPrintable(small.codes.join(u' ')));
        QCOMPARE(small.finding("net.small_mtu")
                     .value(QStringLiteral("evidence"))
                     .toObject()
                     .value(QStringLiteral("effective_mtu"))
                     .toInt(),
                 1280);
        QVERIFY(!small.codes.contains(QLatin1String("net.vpn_path"))); // a veth, not a VPN

        QVERIFY(lab.ip(lab.client(),
                       {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("rdc0"),
                        QStringLiteral("mtu"), QStringLiteral("1500")}));
        const Run normal = run(lab, {kTarget});
        QVERIFY2(!normal.codes.contains(QLatin1String("net.small_mtu")),
                 qPrintable(normal.codes.join(u' ')));
    }

    void vpnTunnel()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        const pid_t tun = lab.startTun(lab.client(), QStringLiteral("tun7"));
        QVERIFY2(tun, qPrintable(lab.errorString()));
        QVERIFY(lab.ip(lab.client(), {QStringLiteral("addr"), QStringLiteral("add"),
                                      QStringLiteral("10.78.0.1/24"), QStringLiteral("dev"),
                                      QStringLiteral("tun7")}));
        QVERIFY(lab.ip(lab.client(),
                       {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("tun7"),
                        QStringLiteral("up"), QStringLiteral("mtu"), QStringLiteral("1300")}));
        QVERIFY(lab.ip(lab.client(), {QStringLiteral("route"), QStringLiteral("add"),
                                      QStringLiteral("10.79.0.0/24"), QStringLiteral("dev"),
                                      QStringLiteral("tun7")}));
        // The "VPN" swallows everything: the connection times out inside it.
        const Run result = run(lab, {QStringLiteral("10.79.0.5")});
        QVERIFY2(result.codes.contains(QLatin1String("net.vpn_path")),
                 qPrintable(result.codes.join(u' ')));
        QVERIFY(result.codes.contains(QLatin1String("net.small_mtu")));
        const QJsonObject evidence =
            result.finding("net.vpn_path").value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("interface"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("tun"));
        // The other route does not use the tunnel.
        QVERIFY(lab.startListener(lab.server(), kTarget, 3389));
        const Run direct = run(lab, {kTarget});
        QVERIFY(!direct.codes.contains(QLatin1String("net.vpn_path")));
        lab.stop(tun);
    }

    void cannotConnectAnywhere()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        QVERIFY(lab.startListener(lab.server(), kTarget, 3389));
        // Every outgoing TCP connection is dropped: the target and the DNS server (10.77.0.2,
        // from the namespace's resolv.conf) time out alike.
        QVERIFY(lab.nft(
            lab.client(),
            QStringLiteral(
                "table inet rdpdiagtest {\n chain out {\n  type filter hook output priority 0;\n"
                "  meta l4proto tcp drop\n }\n}\n")));
        const Run broken =
            run(lab, {QStringLiteral("--error-code"), QStringLiteral("0x204"), kTarget});
        QVERIFY2(broken.codes.contains(QLatin1String("net.no_connectivity")),
                 qPrintable(broken.codes.join(u' ')));
        QCOMPARE(broken.primary(), QStringLiteral("net.no_connectivity"));
        const QJsonArray probes = broken.finding("net.no_connectivity")
                                      .value(QStringLiteral("evidence"))
                                      .toObject()
                                      .value(QStringLiteral("probes"))
                                      .toArray();
        bool sawDns = false;
        for (const QJsonValue &probe : probes)
            sawDns = sawDns || (probe.toObject().value(QStringLiteral("role")).toString() ==
                                    QLatin1String("dns-server") &&
                                probe.toObject().value(QStringLiteral("port")).toInt() == 53);
        QVERIFY(sawDns);
        bool sawWinsock = false;
        for (const QJsonValue &step :
             broken.finding("net.no_connectivity").value(QStringLiteral("remediation")).toArray())
            sawWinsock =
                sawWinsock || step.toObject().value(QStringLiteral("command")).toString() ==
                                  QLatin1String("netsh winsock reset");
        QVERIFY(sawWinsock);

        QVERIFY(lab.nft(lab.client(), QStringLiteral("delete table inet rdpdiagtest\n")));
        // Only the target's port blocked at the server's side: the DNS server answers (with a
        // reset), so this computer's network works.
        QVERIFY(lab.nft(
            lab.server(),
            QStringLiteral(
                "table inet rdpdiagtest {\n chain in {\n  type filter hook input priority 0;\n"
                "  tcp dport 3389 drop\n }\n}\n")));
        const Run serverSide = run(lab, {kTarget});
        QVERIFY(serverSide.codes.contains(QLatin1String("tcp.timeout")));
        QVERIFY2(!serverSide.codes.contains(QLatin1String("net.no_connectivity")),
                 qPrintable(serverSide.codes.join(u' ')));
    }

    void noRoute()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        QVERIFY(lab.ip(lab.client(), {QStringLiteral("route"), QStringLiteral("del"),
                                      QStringLiteral("default")}));
        const Run result = run(lab, {QStringLiteral("10.99.0.5")});
        QVERIFY2(result.codes.contains(QLatin1String("net.no_route")),
                 qPrintable(result.codes.join(u' ')));
        QVERIFY(result.codes.contains(QLatin1String("tcp.unreachable")));
        const QJsonObject local = result.report.value(QStringLiteral("facts"))
                                      .toObject()
                                      .value(QStringLiteral("local"))
                                      .toObject();
        QCOMPARE(local.value(QStringLiteral("default_route")).toBool(true), false);
        QVERIFY(lab.ip(lab.client(),
                       {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
                        QStringLiteral("via"), QStringLiteral("10.77.0.2")}));
        const Run routed = run(lab, {QStringLiteral("10.99.0.5")});
        QVERIFY(!routed.codes.contains(QLatin1String("net.no_route")));
    }

    void privateNameFromOutside()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        // The name resolves (through the namespace's /etc/hosts) to a private address that
        // only the default route leads to, and nothing answers there.
        QVERIFY(lab.writeEtcFile(lab.client(), QStringLiteral("hosts"),
                                 "127.0.0.1 localhost\n10.99.1.5 rdp.corp.test\n"));
        const Run result = run(lab, {QStringLiteral("rdp.corp.test")});
        QVERIFY2(result.codes.contains(QLatin1String("net.private_address_outside")),
                 qPrintable(result.codes.join(u' ')));
        QVERIFY(result.finding("net.private_address_outside")
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("10.99.1.5")));
        // Reachable on the connected network: no such finding.
        QVERIFY(lab.writeEtcFile(lab.client(), QStringLiteral("hosts"),
                                 "127.0.0.1 localhost\n10.77.0.2 rdp.corp.test\n"));
        QVERIFY(lab.startListener(lab.server(), kTarget, 3389));
        const Run fine = run(lab, {QStringLiteral("rdp.corp.test")});
        QVERIFY2(!fine.codes.contains(QLatin1String("net.private_address_outside")),
                 qPrintable(fine.codes.join(u' ')));
    }

    // The firewall tools run while the connection stages work, asked about the first address
    // of the name; when another address is the one that answered, the firewalls are judged
    // again for that one. Here the local firewall rejects the first address only: the
    // client connects through the second, and the readings are about that one.
    void firewallJudgedForTheAddressThatAnswered()
    {
        NetnsLab lab;
        QVERIFY2(lab.create(), qPrintable(lab.errorString()));
        QVERIFY(lab.startListener(lab.server(), kTarget, 3389));
        QVERIFY(lab.writeEtcFile(lab.client(), QStringLiteral("hosts"),
                                 "127.0.0.1 localhost\n10.77.0.3 rdp.corp.test\n"
                                 "10.77.0.2 rdp.corp.test\n"));
        QVERIFY(lab.nft(lab.client(),
                        QStringLiteral("table ip rdpdiagtest {\n chain out {\n  type filter hook "
                                       "output priority 0;\n  ip daddr 10.77.0.3 tcp dport 3389 "
                                       "reject with tcp reset\n }\n}\n")));
        const Run result = run(lab, {QStringLiteral("rdp.corp.test")});
        const QJsonObject facts = result.report.value(QStringLiteral("facts")).toObject();
        const QJsonArray attempts = facts.value(QStringLiteral("tcp"))
                                        .toObject()
                                        .value(QStringLiteral("attempts"))
                                        .toArray();
        QCOMPARE(attempts.size(), 2); // 10.77.0.3 refused (by the rule), then 10.77.0.2
        QCOMPARE(attempts.first().toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("10.77.0.3"));
        QCOMPARE(facts.value(QStringLiteral("tcp"))
                     .toObject()
                     .value(QStringLiteral("connected_address"))
                     .toString(),
                 kTarget);
        QVERIFY2(!result.codes.contains(QLatin1String("firewall.local_block")),
                 qPrintable(result.codes.join(u' ')));
        // Every reading is about the address that answered, and finds nothing against it.
        const QJsonArray readings = facts.value(QStringLiteral("local"))
                                        .toObject()
                                        .value(QStringLiteral("firewalls"))
                                        .toArray();
        QVERIFY(!readings.isEmpty());
        for (const QJsonValue &reading : readings) {
            QCOMPARE(reading.toObject().value(QStringLiteral("remote_address")).toString(),
                     kTarget);
            QCOMPARE(reading.toObject().value(QStringLiteral("verdicts")).toArray().size(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalNetns)
#include "TestLocalNetns.moc"
