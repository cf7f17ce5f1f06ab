// SPDX-License-Identifier: GPL-3.0-or-later
// Rules and verdicts on this computer's side (engine/rules/LocalRules): route, connectivity, VPN
// and MTU, private address from outside, local firewall, the RD Gateway path — each case with the
// fact that triggers it and the fact that must not.
#include "FindingCodes.h"
#include "catalogue/Catalogue.h"
#include "diagnosis/Diagnosis.h"
#include "probes/GatewayProbe.h"
#include "report/GatewayJson.h"
#include "report/LocalJson.h"
#include "rules/LocalRules.h"
#include "rules/Rules.h"

#include <QJsonDocument>
#include <QtTest>

using namespace rdpdiag;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

RuleContext contextFor(const QString &text)
{
    RuleContext context;
    context.target = *parseTargetText(text).target;
    context.now = kNow;
    return context;
}

TcpFacts tcpFailed(const QString &address, IoOutcome outcome = IoOutcome::Timeout)
{
    TcpFacts tcp;
    tcp.attempts << TcpAttempt{address, outcome, 5000, QStringLiteral("Connection timed out")};
    return tcp;
}

TcpFacts tcpConnected(const QString &address)
{
    TcpFacts tcp;
    tcp.attempts << TcpAttempt{address, IoOutcome::Ok, 3, {}};
    tcp.connectedAddress = address;
    tcp.medianConnectMs = 3;
    return tcp;
}

DnsFacts resolved(const QStringList &v4)
{
    DnsFacts dns;
    dns.outcome = DnsFacts::Outcome::Resolved;
    dns.ipv4 = v4;
    return dns;
}

DnsFacts literal()
{
    DnsFacts dns;
    dns.outcome = DnsFacts::Outcome::Literal;
    return dns;
}

NetworkInterfaceFacts interface(const QString &name, int mtu, bool tunnel, const QString &address)
{
    NetworkInterfaceFacts facts;
    facts.name = name;
    facts.mtu = mtu;
    facts.up = facts.running = true;
    facts.tunnel = tunnel;
    facts.kind = tunnel ? QStringLiteral("tun") : QString();
    facts.addresses << address;
    return facts;
}

RouteFacts route(const QString &destination, const QString &interfaceName, bool viaDefault = false)
{
    RouteFacts facts;
    facts.destination = destination;
    facts.found = true;
    facts.interfaceName = interfaceName;
    facts.viaDefaultRoute = viaDefault;
    facts.gateway = viaDefault ? QStringLiteral("192.168.1.1") : QString();
    facts.type = QStringLiteral("unicast");
    return facts;
}

FirewallReading reading(FirewallVerdict::Result result, quint16 port = 3389)
{
    FirewallReading r;
    r.source = QStringLiteral("nftables");
    r.status = FirewallReading::Status::Read;
    r.port = port;
    FirewallVerdict verdict;
    verdict.result = result;
    verdict.action = FirewallAction::Drop;
    verdict.rule = QStringLiteral("tcp dport 3389 drop");
    verdict.location = QStringLiteral("table inet filter, chain output");
    if (result == FirewallVerdict::Result::MayBeBlocked)
        verdict.conditions << QStringLiteral("oifname wg0");
    r.verdicts << verdict;
    return r;
}

RdpFileSettings gatewaySettings(int method)
{
    RdpFileSettings settings;
    settings.fullAddress = QStringLiteral("host.corp.test");
    settings.gatewayHostname = QStringLiteral("gw.example.test");
    settings.gatewayUsageMethod = method;
    return settings;
}

GatewayFacts gateway(GatewayFacts::Path path, bool reachable)
{
    GatewayFacts facts;
    facts.host = QStringLiteral("gw.example.test");
    facts.port = 443;
    facts.path = path;
    facts.probed = true;
    facts.dns = resolved({QStringLiteral("198.51.100.20")});
    TcpAttempt attempt{
        QStringLiteral("198.51.100.20"), reachable ? IoOutcome::Ok : IoOutcome::Timeout, 10, {}};
    facts.tcp << attempt;
    if (reachable) {
        facts.connectedAddress = attempt.address;
        TlsAttempt tls;
        tls.outcome = TlsAttempt::Outcome::Established;
        tls.negotiatedVersion = QStringLiteral("TLSv1.3");
        facts.tls = tls;
        CertificateFacts certificate;
        certificate.subject = QStringLiteral("CN=gw.example.test");
        certificate.notBefore = kNow.addDays(-10);
        certificate.notAfter = kNow.addDays(300);
        certificate.nameMatches = true;
        certificate.san << QStringLiteral("DNS:gw.example.test");
        facts.certificate = certificate;
        facts.httpStatus = 401;
        facts.httpStatusLine = QStringLiteral("HTTP/1.1 401 Unauthorized");
        facts.authSchemes = {QStringLiteral("Negotiate"), QStringLiteral("NTLM")};
    }
    return facts;
}

} // namespace

class TestLocalRules : public QObject
{
    Q_OBJECT

private slots:
    void noRoute()
    {
        Facts facts;
        facts.dns = literal();
        facts.tcp = tcpFailed(QStringLiteral("10.9.9.9"), IoOutcome::Unreachable);
        facts.local = LocalFacts{};
        RouteFacts missing;
        missing.destination = QStringLiteral("10.9.9.9");
        missing.error = QStringLiteral("Network is unreachable");
        facts.local->routes << missing;
        facts.local->hasDefaultRoute = false;
        const QList<Finding> findings =
            evaluateLocalRules(facts, contextFor(QStringLiteral("10.9.9.9")));
        QCOMPARE(test::findingCodes(findings), QStringList{QStringLiteral("net.no_route")});
        QVERIFY(findings.first().detail.contains(QLatin1String("Network is unreachable")));
        QVERIFY(findings.first().detail.contains(QLatin1String("no default route")));
        // A connection that worked had a route, whatever the lookup said.
        facts.tcp = tcpConnected(QStringLiteral("10.9.9.9"));
        QVERIFY(evaluateLocalRules(facts, contextFor(QStringLiteral("10.9.9.9"))).isEmpty());
    }

    void noConnectivity_data()
    {
        QTest::addColumn<int>("controlOutcome");
        QTest::addColumn<bool>("expected");
        QTest::newRow("control timed out") << int(IoOutcome::Timeout) << true;
        QTest::newRow("control unreachable") << int(IoOutcome::Unreachable) << true;
        QTest::newRow("control refused: the network works") << int(IoOutcome::Refused) << false;
        QTest::newRow("control connected") << int(IoOutcome::Ok) << false;
    }
    void noConnectivity()
    {
        QFETCH(int, controlOutcome);
        QFETCH(bool, expected);
        Facts facts;
        facts.dns = literal();
        facts.tcp = tcpFailed(QStringLiteral("203.0.113.5"));
        facts.local = LocalFacts{};
        facts.local->connectivity << ConnectivityProbe{QStringLiteral("target"),
                                                       QStringLiteral("203.0.113.5"),
                                                       3389,
                                                       IoOutcome::Timeout,
                                                       5000,
                                                       {}}
                                  << ConnectivityProbe{QStringLiteral("dns-server"),
                                                       QStringLiteral("10.0.0.53"),
                                                       53,
                                                       IoOutcome(controlOutcome),
                                                       3000,
                                                       {}};
        const RuleContext context = contextFor(QStringLiteral("203.0.113.5"));
        const QList<Finding> findings = evaluateAllRules(facts, context);
        QCOMPARE(test::findingCodes(findings).contains(QLatin1String("net.no_connectivity")),
                 expected);
        if (expected) {
            const Diagnosis diagnosis =
                diagnose(ReportedError{0x204, std::nullopt}, findings, facts);
            QCOMPARE(diagnosis.primary, QStringLiteral("net.no_connectivity"));
            QVERIFY(diagnosis.summary.contains(QLatin1String("0x204")));
        }
        // Without any control endpoint nothing can be concluded.
        facts.local->connectivity.removeLast();
        QVERIFY(!test::findingCodes(evaluateLocalRules(facts, context))
                     .contains(QLatin1String("net.no_connectivity")));
    }

    void vpnAndMtu_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mtu");
        QTest::addColumn<bool>("tunnel");
        QTest::addColumn<int>("pathMtu");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("tun, 1280")
            << "tun0" << 1280 << true << 0
            << QStringList{QStringLiteral("net.vpn_path"), QStringLiteral("net.small_mtu")};
        QTest::newRow("wg, 1420") << "wg0" << 1420 << true << 0
                                  << QStringList{QStringLiteral("net.vpn_path")};
        QTest::newRow("ethernet, 1300")
            << "eth0" << 1300 << false << 0 << QStringList{QStringLiteral("net.small_mtu")};
        QTest::newRow("ethernet, learned path MTU 1200")
            << "eth0" << 1500 << false << 1200 << QStringList{QStringLiteral("net.small_mtu")};
        QTest::newRow("ethernet, 1500") << "eth0" << 1500 << false << 1500 << QStringList{};
    }
    void vpnAndMtu()
    {
        QFETCH(QString, name);
        QFETCH(int, mtu);
        QFETCH(bool, tunnel);
        QFETCH(int, pathMtu);
        QFETCH(QStringList, expected);
        Facts facts;
        facts.dns = literal();
        facts.tcp = tcpConnected(QStringLiteral("10.20.1.5"));
        facts.local = LocalFacts{};
        facts.local->interfaces << interface(name, mtu, tunnel, QStringLiteral("10.8.0.2/24"));
        RouteFacts toTarget = route(QStringLiteral("10.20.1.5"), name);
        if (pathMtu > 0)
            toTarget.pathMtu = pathMtu;
        facts.local->routes << toTarget;
        const QList<Finding> findings =
            evaluateLocalRules(facts, contextFor(QStringLiteral("10.20.1.5")));
        QCOMPARE(test::findingCodes(findings), expected);
        for (const Finding &finding : findings)
            QCOMPARE(finding.stage, StageId::Local);
    }

    void stalledTlsJoinedWithMtu()
    {
        Facts facts;
        facts.dns = literal();
        facts.tcp = tcpConnected(QStringLiteral("10.20.1.5"));
        facts.local = LocalFacts{};
        facts.local->interfaces << interface(QStringLiteral("tun0"), 1280, true,
                                             QStringLiteral("10.8.0.2/24"));
        facts.local->routes << route(QStringLiteral("10.20.1.5"), QStringLiteral("tun0"));
        QList<Finding> findings =
            evaluateLocalRules(facts, contextFor(QStringLiteral("10.20.1.5")));
        findings << makeFinding(QStringLiteral("tls.timeout"), QString(), {}, {});
        sortFindings(findings);
        const Diagnosis joined = diagnose(ReportedError{0x904, std::nullopt}, findings, facts);
        QCOMPARE(joined.primary, QStringLiteral("tls.timeout"));
        QVERIFY2(joined.summary.contains(QLatin1String("1280")), qPrintable(joined.summary));
        QVERIFY(joined.summary.contains(QLatin1String("MTU")));
        // Without the local facts, the plain verdict.
        facts.local.reset();
        QList<Finding> plain{makeFinding(QStringLiteral("tls.timeout"), QString(), {}, {})};
        QVERIFY(!diagnose(ReportedError{0x904, std::nullopt}, plain, facts)
                     .summary.contains(QLatin1String("MTU")));
    }

    void privateAddressFromOutside()
    {
        Facts facts;
        facts.dns = resolved({QStringLiteral("10.1.2.3")});
        facts.tcp = tcpFailed(QStringLiteral("10.1.2.3"));
        facts.local = LocalFacts{};
        facts.local->interfaces << interface(QStringLiteral("wlan0"), 1500, false,
                                             QStringLiteral("192.168.1.20/24"));
        facts.local->routes << route(QStringLiteral("10.1.2.3"), QStringLiteral("wlan0"), true);
        facts.local->dnsServers << QStringLiteral("192.168.1.1");
        const RuleContext context = contextFor(QStringLiteral("rdp.corp.test"));
        QList<Finding> findings = evaluateLocalRules(facts, context);
        QCOMPARE(test::findingCodes(findings),
                 QStringList{QStringLiteral("net.private_address_outside")});
        QVERIFY(findings.first().detail.contains(QLatin1String("10.1.2.3")));
        // Through the VPN: fine.
        facts.local->interfaces << interface(QStringLiteral("tun0"), 1500, true,
                                             QStringLiteral("10.8.0.2/24"));
        facts.local->routes.first() = route(QStringLiteral("10.1.2.3"), QStringLiteral("tun0"));
        QVERIFY(!test::findingCodes(evaluateLocalRules(facts, context))
                     .contains(QLatin1String("net.private_address_outside")));
        // An office LAN reached through its router, and the connection worked: fine too.
        facts.local->routes.first() =
            route(QStringLiteral("10.1.2.3"), QStringLiteral("wlan0"), true);
        facts.tcp = tcpConnected(QStringLiteral("10.1.2.3"));
        QVERIFY(evaluateLocalRules(facts, context).isEmpty());
        // A literal address the user typed is not a DNS answer.
        facts.tcp = tcpFailed(QStringLiteral("10.1.2.3"));
        facts.dns = literal();
        QVERIFY(evaluateLocalRules(facts, contextFor(QStringLiteral("10.1.2.3"))).isEmpty());
    }

    void localFirewall_data()
    {
        QTest::addColumn<int>("result");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blocked, connection failed")
            << int(FirewallVerdict::Result::Blocked) << false << "firewall.local_block";
        QTest::newRow("maybe, connection failed")
            << int(FirewallVerdict::Result::MayBeBlocked) << false << "firewall.local_may_block";
        QTest::newRow("blocked, but the connection worked")
            << int(FirewallVerdict::Result::Blocked) << true << "";
    }
    void localFirewall()
    {
        QFETCH(int, result);
        QFETCH(bool, connected);
        QFETCH(QString, expected);
        Facts facts;
        facts.dns = literal();
        facts.tcp = connected ? tcpConnected(QStringLiteral("192.0.2.10"))
                              : tcpFailed(QStringLiteral("192.0.2.10"));
        facts.local = LocalFacts{};
        facts.local->firewalls << reading(FirewallVerdict::Result(result));
        const RuleContext context = contextFor(QStringLiteral("192.0.2.10"));
        const QList<Finding> findings = evaluateLocalRules(facts, context);
        QCOMPARE(test::findingCodes(findings),
                 expected.isEmpty() ? QStringList{} : QStringList{expected});
        if (expected == QLatin1String("firewall.local_block")) {
            QCOMPARE(findings.first().stage, StageId::Tcp);
            QVERIFY(findings.first().detail.contains(QLatin1String("tcp dport 3389 drop")));
            // The local rule explains the time-out better than "the server's firewall".
            const QList<Finding> all = evaluateAllRules(facts, context);
            QVERIFY(test::findingCodes(all).contains(QLatin1String("tcp.timeout")));
            QCOMPARE(diagnose(ReportedError{0x204, std::nullopt}, all, facts).primary,
                     QStringLiteral("firewall.local_block"));
        }
    }

    void firewallNotChecked()
    {
        Facts facts;
        facts.dns = literal();
        facts.tcp = tcpFailed(QStringLiteral("192.0.2.10"));
        facts.local = LocalFacts{};
        FirewallReading denied;
        denied.source = QStringLiteral("nftables");
        denied.status = FirewallReading::Status::Denied;
        FirewallReading missing;
        missing.source = QStringLiteral("ufw");
        missing.status = FirewallReading::Status::NotInstalled;
        facts.local->firewalls << denied << missing;
        QCOMPARE(
            test::findingCodes(evaluateLocalRules(facts, contextFor(QStringLiteral("192.0.2.10")))),
            QStringList{QStringLiteral("firewall.not_checked")});
        facts.local->firewalls.last().status = FirewallReading::Status::Read;
        QVERIFY(evaluateLocalRules(facts, contextFor(QStringLiteral("192.0.2.10"))).isEmpty());
    }

    void gatewayPaths()
    {
        QCOMPARE(gatewayPathFor(std::nullopt), GatewayFacts::Path::ClientDefault);
        QCOMPARE(gatewayPathFor(0), GatewayFacts::Path::Direct);
        QCOMPARE(gatewayPathFor(1), GatewayFacts::Path::Always);
        QCOMPARE(gatewayPathFor(2), GatewayFacts::Path::IfDirectFails);
        QCOMPARE(gatewayPathFor(3), GatewayFacts::Path::ClientDefault);
        QCOMPARE(gatewayPathFor(4), GatewayFacts::Path::Direct);
        QVERIFY(rdpUsesGateway(gatewaySettings(1)));
        QVERIFY(!rdpUsesGateway(gatewaySettings(0)));
        RdpFileSettings none = gatewaySettings(1);
        none.gatewayHostname.clear();
        QVERIFY(!rdpUsesGateway(none));
    }

    void gatewayUnreachableIsTheCause()
    {
        Facts facts;
        facts.dns = resolved({QStringLiteral("10.1.2.3")});
        facts.tcp = tcpFailed(QStringLiteral("10.1.2.3"));
        facts.local = LocalFacts{};
        facts.local->gateway = gateway(GatewayFacts::Path::Always, false);
        RuleContext context = contextFor(QStringLiteral("host.corp.test"));
        context.target.rdp = gatewaySettings(1);
        const QList<Finding> findings = evaluateAllRules(facts, context);
        QVERIFY(test::findingCodes(findings).contains(QLatin1String("gateway.path")));
        QVERIFY(test::findingCodes(findings).contains(QLatin1String("gateway.unreachable")));
        const Finding *unreachable = nullptr;
        for (const Finding &finding : findings)
            if (finding.code == QLatin1String("gateway.unreachable"))
                unreachable = &finding;
        QVERIFY(unreachable->title.contains(QLatin1String("gw.example.test")));
        bool commandNamesGateway = false;
        for (const Remedy &remedy : unreachable->remediation)
            commandNamesGateway =
                commandNamesGateway ||
                remedy.command.contains(QLatin1String("gw.example.test -Port 443"));
        QVERIFY(commandNamesGateway);
        const Diagnosis diagnosis = diagnose(ReportedError{0x904, 0x7}, findings, facts);
        QCOMPARE(diagnosis.primary, QStringLiteral("gateway.unreachable"));
        QVERIFY(diagnosis.summary.contains(QLatin1String("gw.example.test")));
    }

    void gatewayFineDirectFailsNotBlamed()
    {
        Facts facts;
        facts.dns = resolved({QStringLiteral("10.1.2.3")});
        facts.tcp = tcpFailed(QStringLiteral("10.1.2.3"));
        facts.local = LocalFacts{};
        facts.local->gateway = gateway(GatewayFacts::Path::Always, true);
        RuleContext context = contextFor(QStringLiteral("host.corp.test"));
        context.target.rdp = gatewaySettings(1);
        const QList<Finding> findings = evaluateAllRules(facts, context);
        QVERIFY(!test::findingCodes(findings).contains(QLatin1String("gateway.unreachable")));
        const Diagnosis diagnosis = diagnose(ReportedError{0x904, std::nullopt}, findings, facts);
        QCOMPARE(diagnosis.primary, QStringLiteral("gateway.path"));
        QVERIFY2(diagnosis.summary.contains(QLatin1String("answered correctly")),
                 qPrintable(diagnosis.summary));
        QVERIFY(diagnosis.summary.contains(QLatin1String("expected")));
    }

    void gatewayOnlyWhenDirectFails()
    {
        // gatewayusagemethod 2 and the direct connection works: the gateway is not the path,
        // so its failure is not a finding against this connection.
        Facts facts;
        facts.dns = resolved({QStringLiteral("10.1.2.3")});
        facts.tcp = tcpConnected(QStringLiteral("10.1.2.3"));
        facts.local = LocalFacts{};
        facts.local->gateway = gateway(GatewayFacts::Path::IfDirectFails, false);
        RuleContext context = contextFor(QStringLiteral("host.corp.test"));
        const QList<Finding> findings = evaluateLocalRules(facts, context);
        QCOMPARE(test::findingCodes(findings), QStringList{QStringLiteral("gateway.path")});
        QVERIFY(findings.first().detail.contains(QLatin1String("connects directly")));
    }

    void gatewayCertificate_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expired") << 0 << "gateway.cert_expired";
        QTest::newRow("name mismatch") << 1 << "gateway.cert_name_mismatch";
        QTest::newRow("untrusted") << 2 << "gateway.cert_untrusted";
        QTest::newRow("not a gateway (404)") << 3 << "gateway.not_rd_gateway";
        QTest::newRow("tls reset") << 4 << "gateway.tls_failed";
    }
    void gatewayCertificate()
    {
        QFETCH(int, variant);
        QFETCH(QString, expected);
        Facts facts;
        facts.dns = resolved({QStringLiteral("10.1.2.3")});
        facts.tcp = tcpFailed(QStringLiteral("10.1.2.3"));
        facts.local = LocalFacts{};
        GatewayFacts g = gateway(GatewayFacts::Path::ClientDefault, true);
        switch (variant) {
        case 0:
            g.certificate->notAfter = kNow.addDays(-3);
            g.certificate->verifyErrors << QStringLiteral("certificate has expired");
            g.certificate->verifyErrorCodes << 10;
            break;
        case 1:
            g.certificate->nameMatches = false;
            break;
        case 2:
            g.certificate->verifyErrors << QStringLiteral("self-signed certificate");
            g.certificate->verifyErrorCodes << 18;
            break;
        case 3:
            g.httpStatus = 404;
            g.httpStatusLine = QStringLiteral("HTTP/1.1 404 Not Found");
            break;
        case 4:
            g.tls->outcome = TlsAttempt::Outcome::Reset;
            break;
        }
        facts.local->gateway = g;
        const QStringList found = test::findingCodes(
            evaluateLocalRules(facts, contextFor(QStringLiteral("host.corp.test"))));
        QCOMPARE(found, (QStringList{QStringLiteral("gateway.path"), expected}));
    }

    void proxyOnlyWithGateway()
    {
        Facts facts;
        facts.dns = literal();
        facts.tcp = tcpConnected(QStringLiteral("192.0.2.10"));
        facts.local = LocalFacts{};
        facts.local->proxy = ProxyFacts{
            QStringLiteral("environment"), {}, QStringLiteral("http://proxy:3128"), {}, {}};
        QVERIFY(evaluateLocalRules(facts, contextFor(QStringLiteral("192.0.2.10"))).isEmpty());
        facts.local->gateway = gateway(GatewayFacts::Path::Always, true);
        QVERIFY(
            test::findingCodes(evaluateLocalRules(facts, contextFor(QStringLiteral("192.0.2.10"))))
                .contains(QLatin1String("net.proxy_configured")));
    }

    void json()
    {
        LocalFacts local;
        local.platform = QStringLiteral("linux");
        local.interfaces << interface(QStringLiteral("tun0"), 1280, true,
                                      QStringLiteral("10.8.0.2/24"));
        local.routes << route(QStringLiteral("10.20.1.5"), QStringLiteral("tun0"));
        local.firewalls << reading(FirewallVerdict::Result::Blocked);
        local.gateway = gateway(GatewayFacts::Path::Always, true);
        local.proxy = ProxyFacts{QStringLiteral("environment"),
                                 QStringLiteral("http://bob:hunter2@proxy:3128"),
                                 {},
                                 {},
                                 {}};
        const QByteArray json = QJsonDocument(localFactsToJson(local)).toJson();
        QVERIFY(!json.contains("hunter2"));
        const QJsonObject object = localFactsToJson(local);
        QCOMPARE(object.value(QStringLiteral("interfaces"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("tunnel"))
                     .toBool(),
                 true);
        QCOMPARE(object.value(QStringLiteral("firewalls"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("verdicts"))
                     .toArray()
                     .size(),
                 1);
        // The gateway stage's own writer (its JSON sits at facts.local.gateway).
        QVERIFY(!object.contains(QStringLiteral("gateway")));
        const QJsonObject gatewayObject = gatewayFactsToJson(*local.gateway);
        QCOMPARE(gatewayObject.value(QStringLiteral("path")).toString(), QStringLiteral("gateway"));
        QCOMPARE(gatewayObject.value(QStringLiteral("http_status")).toInt(), 401);
    }

    void httpHead()
    {
        const HttpStatus status =
            parseHttpResponseHead("HTTP/1.1 401 Unauthorized\r\nServer: "
                                  "Microsoft-IIS/10.0\r\nWWW-Authenticate: Negotiate\r\n"
                                  "WWW-Authenticate: NTLM\r\nwww-authenticate: Basic "
                                  "realm=\"gw\"\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(status.code, std::optional<int>(401));
        QVERIFY(status.complete);
        QCOMPARE(status.authSchemes,
                 (QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM"),
                              QStringLiteral("Basic")}));
        QVERIFY(!parseHttpResponseHead("SSH-2.0-OpenSSH_9.2\r\n").code);
        QVERIFY(!parseHttpResponseHead("HTTP/1.1 999999 x\r\n\r\n").code);
        QVERIFY(!parseHttpResponseHead(QByteArray(100000, 'A')).complete);
        // A status line that tries to drive the terminal (ESC, a C1 CSI in Latin-1).
        const HttpStatus hostile =
            parseHttpResponseHead("HTTP/1.1 401 \x1b]0;x\x07\x9b"
                                  "31mNo\r\nWWW-Authenticate: \x1b[2JNTLM\r\n\r\n");
        QCOMPARE(hostile.statusLine, QStringLiteral("HTTP/1.1 401 \uFFFD]0;x\uFFFD\uFFFD31mNo"));
        QCOMPARE(hostile.authSchemes, QStringList{QStringLiteral("\uFFFD[2JNTLM")});
    }
};

QTEST_GUILESS_MAIN(TestLocalRules)
#include "TestLocalRules.moc"
