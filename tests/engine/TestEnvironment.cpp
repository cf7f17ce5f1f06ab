// SPDX-License-Identifier: GPL-3.0-or-later
// environment.json: the parsers of /proc/net/route, /proc/net/ipv6_route and resolv.conf on
// fixtures (as this machine's kernel writes them, and hostile), and the collected snapshot.

#include "bundle/Environment.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSysInfo>
#include <QTest>

using namespace rdpdiag;

namespace {

// As read on the build machine (eth0 192.0.2.2/24, gateway 192.0.2.1).
const QByteArray kRoute =
    "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
    "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"
    "eth0\t000200C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n"
    "tun0\t0000000A\t00000000\t0201\t0\t0\t0\t000000FF\t0\t0\t0\n";

const QByteArray kIpv6Route =
    "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
    "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
    "fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0\n"
    "00000000000000000000000000000001 80 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo\n";

} // namespace

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void ipv4Routes();
    void ipv6Routes();
    void hostileRoutes_data();
    void hostileRoutes();
    void collected();
};

void TestEnvironment::ipv4Routes()
{
    const QJsonArray routes = parseIpv4Routes(kRoute);
    QCOMPARE(routes.size(), 3);
    const QJsonObject defaultRoute = routes.at(0).toObject();
    QCOMPARE(defaultRoute.value(QStringLiteral("destination")).toString(),
             QStringLiteral("0.0.0.0/0"));
    QCOMPARE(defaultRoute.value(QStringLiteral("gateway")).toString(), QStringLiteral("192.0.2.1"));
    QCOMPARE(defaultRoute.value(QStringLiteral("interface")).toString(), QStringLiteral("eth0"));
    QCOMPARE(defaultRoute.value(QStringLiteral("flags")).toArray(),
             (QJsonArray{QStringLiteral("up"), QStringLiteral("gateway")}));
    const QJsonObject link = routes.at(1).toObject();
    QCOMPARE(link.value(QStringLiteral("destination")).toString(), QStringLiteral("192.0.2.0/24"));
    QVERIFY(link.value(QStringLiteral("gateway")).isNull());
    QCOMPARE(link.value(QStringLiteral("metric")).toInt(), 100);
    const QJsonObject vpn = routes.at(2).toObject();
    QCOMPARE(vpn.value(QStringLiteral("destination")).toString(), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(vpn.value(QStringLiteral("flags")).toArray(),
             (QJsonArray{QStringLiteral("up"), QStringLiteral("reject")}));
}

void TestEnvironment::ipv6Routes()
{
    const QJsonArray routes = parseIpv6Routes(kIpv6Route);
    QCOMPARE(routes.size(), 2); // the loopback entry is left out
    QCOMPARE(routes.at(0).toObject().value(QStringLiteral("destination")).toString(),
             QStringLiteral("fd00::/64"));
    QVERIFY(routes.at(0).toObject().value(QStringLiteral("gateway")).isNull());
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("destination")).toString(),
             QStringLiteral("::/0"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("gateway")).toString(),
             QStringLiteral("fd00::1"));
    QCOMPARE(routes.at(1).toObject().value(QStringLiteral("metric")).toInt(), 0x400);
}

void TestEnvironment::hostileRoutes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << kRoute.left(kRoute.indexOf('\n') + 1);
    static const char garbage[] = "x\ny z\n\0\0\0\xff\xfe"; // NULs inside: size by hand
    QTest::newRow("garbage") << QByteArray(garbage, sizeof(garbage) - 1);
    QTest::newRow("short fields") << QByteArray("h\neth0 0000\n");
    QTest::newRow("not hex") << QByteArray("h\neth0 ZZZZZZZZ 00000000 0001 0 0 0 00000000\n");
    QTest::newRow("many lines")
        << QByteArray("h\n") +
               QByteArray("eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\n").repeated(10000);
}

void TestEnvironment::hostileRoutes()
{
    QFETCH(QByteArray, data);
    const QJsonArray v4 = parseIpv4Routes(data);
    const QJsonArray v6 = parseIpv6Routes(data);
    QVERIFY(v4.size() <= 256);
    QVERIFY(v6.size() <= 256);
    if (!data.contains("010200C0"))
        QCOMPARE(v4.size(), 0);
}

void TestEnvironment::collected()
{
    const QJsonObject environment = collectEnvironment(QStringLiteral("K7QM2XH9"));
    QCOMPARE(environment.value(QStringLiteral("schema")).toString(),
             QLatin1String(kEnvironmentSchema));
    QCOMPARE(environment.value(QStringLiteral("reference")).toString(), QStringLiteral("K7QM2XH9"));
    QCOMPARE(environment.value(QStringLiteral("hostname")).toString(), QSysInfo::machineHostName());
    QCOMPARE(environment.value(QStringLiteral("os")).toString(), QSysInfo::prettyProductName());
    QCOMPARE(environment.value(QStringLiteral("qt"))
                 .toObject()
                 .value(QStringLiteral("runtime"))
                 .toString(),
             QString::fromLatin1(qVersion()));
    QVERIFY(environment.value(QStringLiteral("openssl"))
                .toObject()
                .value(QStringLiteral("runtime"))
                .toString()
                .startsWith(QStringLiteral("OpenSSL 3")));
    QVERIFY(!environment.value(QStringLiteral("libraries"))
                 .toObject()
                 .value(QStringLiteral("libzip"))
                 .toString()
                 .isEmpty());

    // Every interface Qt knows, with its addresses; loopback has 127.0.0.1/8.
    const QJsonArray interfaces = environment.value(QStringLiteral("interfaces")).toArray();
    QCOMPARE(interfaces.size(), QNetworkInterface::allInterfaces().size());
    bool loopback = false;
    for (const QJsonValue &value : interfaces) {
        const QJsonObject interface = value.toObject();
        QVERIFY(!interface.contains(QStringLiteral("hardware_address")));
        if (interface.value(QStringLiteral("addresses"))
                .toArray()
                .contains(QStringLiteral("127.0.0.1/8")))
            loopback = true;
    }
    QVERIFY(loopback);
    // Linux tells routes and resolv.conf: present here, with this machine's default route.
    QVERIFY(environment.value(QStringLiteral("routes")).isObject());
    QVERIFY(environment.value(QStringLiteral("routes"))
                .toObject()
                .value(QStringLiteral("ipv4"))
                .isArray());
    QVERIFY(environment.value(QStringLiteral("dns")).isObject());
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
