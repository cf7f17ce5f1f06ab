// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel asked over netlink (parsers/NetlinkMessages.h, platform/Netlink.h) against the
// same kernel asked through its own tools: in a network namespace of this test's own
// (unshare), with a tun device, veth links, addresses and routes of every kind, the
// interfaces and routes read over netlink equal what `ip -j -d addr show` and
// `ip -j route get` say, field for field; the nftables tables equal `nft -j list tables`;
// and the firewall readers start no tool for tables the kernel does not hold.
#include "parsers/NetlinkMessages.h"
#include "parsers/NetworkParsers.h"
#include "probes/local/CommandRunner.h"
#include "probes/local/FirewallCollector.h"

#include "Preconditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sched.h>
#include <unistd.h>

using namespace rdpdiag;
using namespace std::chrono_literals;

namespace {

/** Runs a tool of this namespace; its standard output, or a failure of the test. */
QByteArray tool(const QString &program, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(10000);
    const bool good =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = good;
    else if (!good)
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

bool ip(const QString &arguments)
{
    bool ok = false;
    tool(QStringLiteral("ip"), arguments.split(u' '), &ok);
    return ok;
}

/** The real runner, with the list of the tools it started. */
class LoggingRunner : public ProcessCommandRunner
{
public:
    QStringList started;
    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds timeout) override
    {
        started << program;
        return ProcessCommandRunner::run(program, arguments, timeout);
    }
};

QByteArray ask(int protocol, const QByteArray &request)
{
    ProcessCommandRunner runner;
    QByteArray answer;
    QString error;
    if (!runner.netlink(protocol, request, 5s, &answer, &error))
        qWarning("netlink: %s", qPrintable(error));
    return answer;
}

QList<NetworkInterfaceFacts> netlinkInterfaces()
{
    return netlink::parseInterfaces(ask(netlink::kProtocolRoute, netlink::linkDumpRequest()),
                                    ask(netlink::kProtocolRoute, netlink::addressDumpRequest()));
}

QString describe(const NetworkInterfaceFacts &f)
{
    return QStringLiteral("%1 #%2 kind=%3 mtu=%4 up=%5 running=%6 loopback=%7 tunnel=%8 %9")
        .arg(f.name)
        .arg(f.index)
        .arg(f.kind)
        .arg(f.mtu.value_or(-1))
        .arg(f.up)
        .arg(f.running)
        .arg(f.loopback)
        .arg(f.tunnel)
        .arg(f.addresses.join(u' '));
}

QString describe(const RouteFacts &r)
{
    return QStringLiteral("found=%1 type=%2 dev=%3 via=%4 src=%5 mtu=%6 error=%7")
        .arg(r.found)
        .arg(r.type, r.interfaceName, r.gateway, r.sourceAddress)
        .arg(r.routeMtu.value_or(-1))
        .arg(r.error);
}

} // namespace

class TestNetlinkNetns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        RDPDIAG_REQUIRE(::geteuid() == 0, "a network namespace of its own needs root");
        RDPDIAG_REQUIRE(!findProgram(QStringLiteral("ip")).isEmpty(), "iproute2 (ip)");
        RDPDIAG_REQUIRE(!findProgram(QStringLiteral("nft")).isEmpty(), "nftables (nft)");
        // This process, and every tool it starts, now sees a network of its own.
        QVERIFY2(::unshare(CLONE_NEWNET) == 0, "unshare(CLONE_NEWNET)");
        for (const QString &command : {
                 QStringLiteral("link set lo up"),
                 QStringLiteral("link add lan0 type veth peer name lan0peer"),
                 QStringLiteral("link set lan0peer up"),
                 QStringLiteral("link set lan0 mtu 1400 up"),
                 QStringLiteral("addr add 10.61.0.2/24 dev lan0"),
                 QStringLiteral("addr add 2001:db8:61::2/64 dev lan0 nodad"),
                 QStringLiteral("link add down0 type veth peer name down0peer"), // left down
                 QStringLiteral("addr add 10.62.0.2/24 dev down0"),
                 QStringLiteral("tuntap add dev tun7 mode tun"),
                 QStringLiteral("link set tun7 up"),
                 QStringLiteral("addr add 10.63.0.1/32 peer 10.63.0.2 dev tun7"),
                 QStringLiteral("route add default via 10.61.0.1 dev lan0"),
                 QStringLiteral("route add 10.70.0.0/16 via 10.61.0.9 dev lan0 mtu 1280"),
                 QStringLiteral("route add 10.71.0.0/16 dev tun7"),
                 QStringLiteral("route add unreachable 10.72.0.0/16"),
                 QStringLiteral("route add blackhole 10.73.0.0/16"),
                 QStringLiteral("route add prohibit 10.74.0.0/16"),
                 QStringLiteral("-6 route add 2001:db8:70::/48 via 2001:db8:61::1 dev lan0"),
             })
            QVERIFY2(ip(command), qPrintable(QStringLiteral("ip ") + command));
    }

    void interfacesEqualIproute2()
    {
        // The kernel finishes bringing links up in the background (carrier and "running"
        // through its link watch, IPv6 link-local addresses through duplicate address
        // detection): compare a netlink reading with `ip` readings taken before and after it
        // that agree, so that both saw the same state.
        const auto ipReading = [] {
            return parseIpAddrJson(
                tool(QStringLiteral("ip"), {QStringLiteral("-j"), QStringLiteral("-d"),
                                            QStringLiteral("addr"), QStringLiteral("show")}));
        };
        const auto described = [](const QList<NetworkInterfaceFacts> &list) {
            QStringList out;
            for (const NetworkInterfaceFacts &f : list)
                out << describe(f);
            return out;
        };
        QList<NetworkInterfaceFacts> expected;
        QList<NetworkInterfaceFacts> actual;
        for (int attempt = 0; attempt < 50; ++attempt) {
            expected = ipReading();
            actual = netlinkInterfaces();
            if (described(ipReading()) == described(expected))
                break;
            QTest::qWait(100); // still settling
        }
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual.size() >= 4);
        for (qsizetype i = 0; i < actual.size(); ++i)
            QCOMPARE(describe(actual.at(i)), describe(expected.at(i)));
        // What the namespace was given, read back (not only "equal to ip").
        const auto find = [&](const QString &name) {
            for (const NetworkInterfaceFacts &f : actual)
                if (f.name == name)
                    return f;
            return NetworkInterfaceFacts{};
        };
        QCOMPARE(find(QStringLiteral("tun7")).kind, QStringLiteral("tun"));
        QVERIFY(find(QStringLiteral("tun7")).tunnel);
        QCOMPARE(find(QStringLiteral("lan0")).kind, QStringLiteral("veth"));
        QCOMPARE(find(QStringLiteral("lan0")).mtu, std::optional<int>(1400));
        QVERIFY(find(QStringLiteral("lan0")).addresses.contains(QStringLiteral("10.61.0.2/24")));
        QVERIFY(
            find(QStringLiteral("lan0")).addresses.contains(QStringLiteral("2001:db8:61::2/64")));
        QVERIFY(!find(QStringLiteral("down0")).up);
        QVERIFY(find(QStringLiteral("lo")).loopback);
    }

    void routesEqualIproute2_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("found");
        QTest::newRow("loopback") << "127.0.0.1"
                                  << "local" << true;
        QTest::newRow("own address") << "10.61.0.2"
                                     << "local" << true;
        QTest::newRow("on the link") << "10.61.0.77"
                                     << "unicast" << true;
        QTest::newRow("default route") << "198.51.100.7"
                                       << "unicast" << true;
        QTest::newRow("route with mtu") << "10.70.1.2"
                                        << "unicast" << true;
        QTest::newRow("through the tunnel") << "10.71.0.5"
                                            << "unicast" << true;
        QTest::newRow("unreachable") << "10.72.0.5"
                                     << "unreachable" << false;
        QTest::newRow("blackhole") << "10.73.0.5"
                                   << "unreachable" << false; // an error, as ip says
        QTest::newRow("prohibit") << "10.74.0.5"
                                  << "unreachable" << false;
        QTest::newRow("ipv6 via gateway") << "2001:db8:70::5"
                                          << "unicast" << true;
        QTest::newRow("ipv6 no route") << "2001:db8:99::5"
                                       << "unreachable" << false;
    }

    void routesEqualIproute2()
    {
        QFETCH(QString, destination);
        QFETCH(QString, type);
        QFETCH(bool, found);
        QProcess process;
        process.start(QStringLiteral("ip"), {QStringLiteral("-j"), QStringLiteral("route"),
                                             QStringLiteral("get"), destination});
        QVERIFY(process.waitForFinished(10000));
        const QByteArray out = process.readAllStandardOutput();
        const RouteFacts expected = parseIpRouteGet(
            out, destination,
            process.exitCode() == 0 ? QString()
                                    : QString::fromUtf8(process.readAllStandardError()));
        const RouteFacts actual =
            netlink::parseRoute(ask(netlink::kProtocolRoute, netlink::routeRequest(destination)),
                                destination, netlinkInterfaces());
        QCOMPARE(describe(actual), describe(expected));
        QCOMPARE(actual.type, type);
        QCOMPARE(actual.found, found);
        QCOMPARE(actual.destination, destination);
        if (destination == QLatin1String("10.70.1.2")) {
            QCOMPARE(actual.routeMtu, std::optional<int>(1280));
            QCOMPARE(actual.gateway, QStringLiteral("10.61.0.9"));
        }
        if (destination == QLatin1String("10.71.0.5"))
            QCOMPARE(actual.interfaceName, QStringLiteral("tun7"));
    }

    void nftTablesEqualNft()
    {
        const auto tables = [] {
            int error = 0;
            const auto parsed = netlink::parseNftTables(
                ask(netlink::kProtocolNetfilter, netlink::nftTablesRequest()), &error);
            QStringList names;
            for (const netlink::NftTable &table : parsed.value_or(QList<netlink::NftTable>{}))
                names << table.family + u' ' + table.name;
            names.sort();
            return parsed ? names : QStringList{QStringLiteral("error %1").arg(error)};
        };
        QCOMPARE(tables(), QStringList{});
        bool ok = false;
        tool(QStringLiteral("nft"), {QStringLiteral("add table inet rdpdiag_a")}, &ok);
        QVERIFY(ok);
        tool(QStringLiteral("nft"), {QStringLiteral("add table ip6 rdpdiag_b")}, &ok);
        QVERIFY(ok);
        QStringList expected;
        const QJsonArray listed =
            QJsonDocument::fromJson(
                tool(QStringLiteral("nft"),
                     {QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("tables")}))
                .object()
                .value(QLatin1String("nftables"))
                .toArray();
        for (const QJsonValue &item : listed) {
            const QJsonObject table = item.toObject().value(QLatin1String("table")).toObject();
            if (!table.isEmpty())
                expected << table.value(QLatin1String("family")).toString() + u' ' +
                                table.value(QLatin1String("name")).toString();
        }
        expected.sort();
        QCOMPARE(expected,
                 (QStringList{QStringLiteral("inet rdpdiag_a"), QStringLiteral("ip6 rdpdiag_b")}));
        QCOMPARE(tables(), expected);
        tool(QStringLiteral("nft"), {QStringLiteral("flush ruleset")}, &ok);
        QVERIFY(ok);
    }

    /** No table: no firewall tool starts, and each reading says why. */
    void firewallToolsOnlyForTablesThatExist()
    {
        PacketQuery query;
        query.direction = FirewallDirection::Outbound;
        query.port = 3389;
        query.remoteAddress = QStringLiteral("10.61.0.77");
        query.family = QStringLiteral("ipv4");
        LoggingRunner empty;
        const QList<FirewallReading> none =
            collectFirewalls(empty, query, FirewallPlatform::Linux, 10s);
        QVERIFY2(!empty.started.contains(QStringLiteral("nft")),
                 qPrintable(empty.started.join(u' ')));
        QVERIFY(!empty.started.contains(QStringLiteral("iptables-save")));
        QVERIFY(!empty.started.contains(QStringLiteral("ip6tables-save")));
        QVERIFY(!empty.started.contains(QStringLiteral("ufw")));
        for (const FirewallReading &reading : none) {
            if (reading.source == QLatin1String("nftables") ||
                reading.source == QLatin1String("iptables"))
                QCOMPARE(reading.status, FirewallReading::Status::Inactive);
            if (reading.source == QLatin1String("ufw")) {
                QCOMPARE(reading.status, FirewallReading::Status::Inactive);
                QCOMPARE(reading.detail,
                         QStringLiteral("the kernel holds no iptables tables, so no ufw chains"));
            }
        }

        // An IPv4 rule of iptables (nf_tables variant: a table of family ip) and one of nft.
        bool ok = false;
        tool(QStringLiteral("nft"),
             {QStringLiteral("add table ip filter; add chain ip filter OUTPUT { type filter hook "
                             "output priority 0; }; add rule ip filter OUTPUT ip daddr "
                             "10.61.0.77 tcp dport 3389 drop")},
             &ok);
        QVERIFY(ok);
        LoggingRunner some;
        const QList<FirewallReading> read =
            collectFirewalls(some, query, FirewallPlatform::Linux, 10s);
        QVERIFY2(some.started.contains(QStringLiteral("nft")), qPrintable(some.started.join(u' ')));
        QVERIFY(some.started.contains(QStringLiteral("iptables-save")));
        QVERIFY(!some.started.contains(QStringLiteral("ip6tables-save"))); // no ip6 table
        QVERIFY(!some.started.contains(QStringLiteral("ufw"))); // its chains are not there
        for (const FirewallReading &reading : read)
            if (reading.source == QLatin1String("ufw"))
                QCOMPARE(reading.detail, QStringLiteral("no ufw chains in the iptables rule set"));
        bool blocked = false;
        for (const FirewallReading &reading : read)
            for (const FirewallVerdict &verdict : reading.verdicts)
                blocked = blocked || verdict.result == FirewallVerdict::Result::Blocked;
        QVERIFY2(blocked, "the drop rule is found");
        tool(QStringLiteral("nft"), {QStringLiteral("flush ruleset")}, &ok);
    }

    /** iptables-nft's rules are read once, through iptables-save: its header names the
     * variant, and its table is left out of the nftables reading (no `iptables --version`). */
    void iptablesNftTablesReadOnce()
    {
        bool ok = false;
        const QByteArray version = tool(QStringLiteral("iptables"), {QStringLiteral("--version")});
        RDPDIAG_REQUIRE(version.contains("nf_tables"), "iptables is the nf_tables variant");
        tool(QStringLiteral("iptables"),
             {QStringLiteral("-A"), QStringLiteral("OUTPUT"), QStringLiteral("-d"),
              QStringLiteral("10.61.0.77"), QStringLiteral("-p"), QStringLiteral("tcp"),
              QStringLiteral("--dport"), QStringLiteral("3389"), QStringLiteral("-j"),
              QStringLiteral("REJECT")},
             &ok);
        QVERIFY(ok);
        PacketQuery query;
        query.port = 3389;
        query.remoteAddress = QStringLiteral("10.61.0.77");
        query.family = QStringLiteral("ipv4");
        LoggingRunner runner;
        const QList<FirewallReading> readings =
            collectFirewalls(runner, query, FirewallPlatform::Linux, 10s);
        tool(QStringLiteral("nft"), {QStringLiteral("flush ruleset")}, &ok);
        QVERIFY(!runner.started.contains(QStringLiteral("iptables")));
        QVERIFY(runner.started.contains(QStringLiteral("iptables-save")));
        const auto reading = [&](const QString &source) {
            for (const FirewallReading &r : readings)
                if (r.source == source)
                    return r;
            return FirewallReading{};
        };
        const FirewallReading iptables = reading(QStringLiteral("iptables"));
        QCOMPARE(iptables.status, FirewallReading::Status::Read);
        QCOMPARE(iptables.verdicts.size(), 1);
        QCOMPARE(iptables.verdicts.first().result, FirewallVerdict::Result::Blocked);
        const FirewallReading nftables = reading(QStringLiteral("nftables"));
        QCOMPARE(nftables.detail,
                 QStringLiteral("the iptables tables are read through iptables-save"));
        for (const FirewallVerdict &verdict : nftables.verdicts)
            QCOMPARE(verdict.result, FirewallVerdict::Result::Allowed);
    }

    /** Answers that are cut, too long or not the kernel's are read without harm. */
    void malformedAnswers()
    {
        const QByteArray links = ask(netlink::kProtocolRoute, netlink::linkDumpRequest());
        QVERIFY(links.size() > 32);
        for (qsizetype cut = 0; cut < links.size(); cut += 7) {
            const netlink::Scan scanned = netlink::scan(links.first(cut));
            QVERIFY(!scanned.complete || cut == links.size());
            netlink::parseInterfaces(links.first(cut), links.first(cut));
            netlink::parseRoute(links.first(cut), QStringLiteral("10.0.0.1"), {});
            netlink::parseNftTables(links.first(cut));
        }
        QByteArray lying = links;
        lying[0] = char(0xff); // the first message claims more than there is
        QVERIFY(netlink::scan(lying).malformed);
        QVERIFY(netlink::routeRequest(QStringLiteral("not an address")).isEmpty());
        // An error message: the kernel's (a negative errno) or not (INT_MIN, positive, cut).
        const auto error = [](QByteArray code) {
            QByteArray message(8, '\0');
            message[0] = char(16 + code.size());
            message[4] = char(2); // NLMSG_ERROR
            return message + QByteArray(8, '\0') + code;
        };
        QCOMPARE(netlink::scan(error(QByteArray::fromHex("9bffffff"))).error, 101); // -101
        QVERIFY(!netlink::scan(error(QByteArray::fromHex("9bffffff"))).malformed);
        QVERIFY(netlink::scan(error(QByteArray::fromHex("00000080"))).malformed); // INT_MIN
        QVERIFY(netlink::scan(error(QByteArray::fromHex("05000000"))).malformed); // positive
        QVERIFY(netlink::scan(error(QByteArray::fromHex("9bff"))).malformed);     // cut short
        const RouteFacts route = netlink::parseRoute(QByteArray(), QStringLiteral("10.0.0.1"), {});
        QVERIFY(!route.found);
        QVERIFY(!route.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetlinkNetns)
#include "TestNetlinkNetns.moc"
