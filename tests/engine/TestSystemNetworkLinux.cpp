// SPDX-License-Identifier: GPL-3.0-or-later
// This computer's network on Linux (probes/local/SystemNetworkLinux.cpp): the collector on
// recorded tool output, and the kernel's path MTU for real. Built on Linux only.
#include "probes/local/EnvironmentCollector.h"
#include "probes/local/SystemNetwork.h"

#include "LocalFixtures.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

/** Files and commands from fixtures, for collectEnvironment. */
class RecordedRunner : public CommandRunner
{
public:
    QHash<QString, QByteArray> outputs; ///< command line → stdout
    QHash<QString, QByteArray> errors;  ///< command line → stderr (exit code 2)
    QHash<QString, QByteArray> files;

    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds) override
    {
        const QString key = (QStringList{program} + arguments).join(u' ');
        CommandResult result;
        if (outputs.contains(key)) {
            result.status = CommandResult::Status::Ok;
            result.exitCode = 0;
            result.out = outputs.value(key);
        } else if (errors.contains(key)) {
            result.status = CommandResult::Status::ExitCode;
            result.exitCode = 2;
            result.err = errors.value(key);
        } else {
            result.status = CommandResult::Status::NotFound;
        }
        return result;
    }
    bool readFile(const QString &path, qint64, QByteArray *contents, QString *error) override
    {
        if (!files.contains(path)) {
            *error = QStringLiteral("No such file or directory");
            return false;
        }
        *contents = files.value(path);
        return true;
    }
};

} // namespace

class TestSystemNetworkLinux : public QObject
{
    Q_OBJECT

private slots:
    void collectorOnFixtures()
    {
        RecordedRunner runner;
        runner.outputs.insert(QStringLiteral("ip -j -d addr show"), fixture("ip-addr-vpn.json"));
        runner.outputs.insert(QStringLiteral("ip -j route get 10.20.1.5"),
                              fixture("ip-route-get-vpn.json"));
        runner.outputs.insert(QStringLiteral("ip -j route get 172.16.5.5"),
                              fixture("ip-route-get-mtu.json"));
        runner.errors.insert(QStringLiteral("ip -j route get 198.51.100.9"),
                             fixture("ip-route-get-blackhole.json"));
        runner.files.insert(QStringLiteral("/fx/route"), fixture("proc-net-route-vpn.txt"));
        runner.files.insert(QStringLiteral("/fx/resolv.conf"),
                            QByteArray("nameserver 192.168.50.1\nsearch corp.test\n"));
        EnvironmentRequest request;
        request.destinations = {QStringLiteral("10.20.1.5"), QStringLiteral("172.16.5.5"),
                                QStringLiteral("198.51.100.9")};
        request.resolvConfPath = QStringLiteral("/fx/resolv.conf");
        request.procRoutePath = QStringLiteral("/fx/route");
        request.procIpv6RoutePath = QStringLiteral("/fx/missing");
        request.kernelPathMtu = false;
        request.environment.insert(QStringLiteral("https_proxy"),
                                   QStringLiteral("http://proxy:8080"));
        LocalFacts facts;
        collectEnvironment(runner, request, facts);
        QCOMPARE(facts.platform, QStringLiteral("linux"));
        QCOMPARE(facts.interfaces.size(), 4);
        QCOMPARE(facts.hasDefaultRoute, std::optional<bool>(true));
        QCOMPARE(facts.routes.size(), 3);
        QCOMPARE(facts.routes.at(0).interfaceName, QStringLiteral("tun0"));
        QCOMPARE(facts.routes.at(0).prefix, QStringLiteral("10.20.0.0/16"));
        QVERIFY(!facts.routes.at(0).viaDefaultRoute);
        QCOMPARE(facts.routes.at(1).routeMtu, std::optional<int>(1380));
        QVERIFY(!facts.routes.at(2).found);
        QCOMPARE(facts.dnsServers, QStringList{QStringLiteral("192.168.50.1")});
        QCOMPARE(facts.proxy->httpsProxy, QStringLiteral("http://proxy:8080"));
    }

    void kernelPathMtuOfLoopback()
    {
        // Real kernel, no packet sent: loopback's MTU.
        const std::optional<int> mtu = kernelPathMtu(QStringLiteral("127.0.0.1"));
        QVERIFY(mtu);
        QVERIFY(*mtu >= 1280);
        QVERIFY(!kernelPathMtu(QStringLiteral("not an address")));
    }
};

QTEST_GUILESS_MAIN(TestSystemNetworkLinux)
#include "TestSystemNetworkLinux.moc"
