// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullReport.h"

#include "wire/X224.h"

#include <QJsonArray>

namespace rdpdiag::test {

namespace {

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

TlsAttempt attempt(const QString &version, TlsAttempt::Outcome outcome, const QString &tag)
{
    TlsAttempt a;
    a.version = version;
    a.outcome = outcome;
    a.negotiatedVersion = QStringLiteral("TLSv%1").arg(version);
    a.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    a.alertCode = 40;
    a.alertName = QStringLiteral("handshake_failure");
    a.bytesReceived = 7;
    a.firstBytes = QByteArray::fromHex("15030300020228");
    a.detail = QStringLiteral("tls %1 detail text").arg(tag);
    a.durationMs = 11;
    return a;
}

CertificateFacts certificate(const QString &tag)
{
    CertificateFacts c;
    c.subject = QStringLiteral("CN=%1-cn.full.example,O=%1 Org,C=US").arg(tag);
    c.issuer = QStringLiteral("CN=%1 Issuing CA,DC=full,DC=example").arg(tag);
    c.commonName = QStringLiteral("%1-cn.full.example").arg(tag);
    c.notBefore = utc(2026, 1, 1);
    c.notAfter = utc(2027, 1, 1);
    c.selfSigned = true;
    c.keyType = QStringLiteral("RSA");
    c.keyBits = 2048;
    c.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    c.san = {QStringLiteral("DNS:%1-san.full.example").arg(tag),
             QStringLiteral("DNS:*.%1-wild.full.example").arg(tag),
             QStringLiteral("IP:192.0.2.77")};
    c.eku = QStringList{QStringLiteral("serverAuth")};
    c.keyUsage = {QStringLiteral("digitalSignature")};
    c.sha1 = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    c.sha256 = QStringLiteral("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
    c.pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIBfull\n-----END CERTIFICATE-----\n");
    c.chainPem = {c.pem};
    c.verifyErrors = {QStringLiteral("%1 verify error text").arg(tag)};
    c.verifyErrorCodes = {18};
    c.nameMatches = false;
    return c;
}

DnsFacts dns(const QString &tag, const QString &v4, const QString &v6)
{
    DnsFacts d;
    d.outcome = DnsFacts::Outcome::Resolved;
    d.ipv4 = {v4};
    d.ipv6 = {v6};
    d.error = QStringLiteral("%1 dns error text").arg(tag);
    d.durationMs = 3;
    return d;
}

TcpAttempt tcpAttempt(const QString &address, const QString &tag)
{
    return {address, IoOutcome::Refused, 2, QStringLiteral("%1 tcp error text").arg(tag)};
}

FirewallReading firewall(FirewallDirection direction, const QString &tag)
{
    FirewallReading reading;
    reading.source = QStringLiteral("nftables");
    reading.status = FirewallReading::Status::Read;
    reading.detail = QStringLiteral("%1 firewall detail text").arg(tag);
    reading.ruleCount = 12;
    reading.direction = direction;
    reading.port = 3389;
    reading.remoteAddress = QStringLiteral("192.0.2.31");
    FirewallVerdict verdict;
    verdict.result = FirewallVerdict::Result::MayBeBlocked;
    verdict.action = FirewallAction::Drop;
    verdict.byPolicy = false;
    verdict.rule = QStringLiteral("%1 rule text drop").arg(tag);
    verdict.comment = QStringLiteral("%1 rule comment").arg(tag);
    verdict.location = QStringLiteral("%1 table inet filter, chain output").arg(tag);
    verdict.conditions = {QStringLiteral("%1 condition text").arg(tag)};
    reading.verdicts = {verdict};
    return reading;
}

LocalFacts localFacts()
{
    LocalFacts local;
    local.platform = QStringLiteral("linux");
    NetworkInterfaceFacts interface;
    interface.name = QStringLiteral("fullvpn0");
    interface.index = 4;
    interface.kind = QStringLiteral("wireguard");
    interface.mtu = 1420;
    interface.up = true;
    interface.running = true;
    interface.tunnel = true;
    interface.addresses = {QStringLiteral("10.44.0.2/24")};
    local.interfaces = {interface};
    local.hasDefaultRoute = true;
    RouteFacts route;
    route.destination = QStringLiteral("192.0.2.10");
    route.found = true;
    route.interfaceName = QStringLiteral("fullvpn0");
    route.gateway = QStringLiteral("10.44.0.1");
    route.sourceAddress = QStringLiteral("10.44.0.2");
    route.prefix = QStringLiteral("192.0.2.0/24");
    route.type = QStringLiteral("unicast");
    route.routeMtu = 1400;
    route.pathMtu = 1380;
    route.method = QStringLiteral("ip route get");
    route.error = QStringLiteral("route error text");
    local.routes = {route};
    local.dnsServers = {QStringLiteral("10.44.0.53")};
    local.dnsSearch = {QStringLiteral("search.full.example")};
    local.proxy = ProxyFacts{QStringLiteral("environment"),
                             QStringLiteral("http://proxy-http.full.example:3128"),
                             QStringLiteral("http://proxy-https.full.example:3129"),
                             QStringLiteral("socks5://proxy-all.full.example:1080"),
                             QStringLiteral("noproxy.full.example,.inner.full.example")};
    local.firewalls = {firewall(FirewallDirection::Outbound, QStringLiteral("local"))};
    local.connectivity = {{QStringLiteral("dns-server"), QStringLiteral("10.44.0.53"), 53,
                           IoOutcome::Timeout, 1000, QStringLiteral("connectivity error text")}};
    local.notCollected = {QStringLiteral("not collected text")};
    local.durationMs = 21;

    GatewayFacts gateway;
    gateway.host = QStringLiteral("gw.full.example");
    gateway.port = 443;
    gateway.usageMethod = 1;
    gateway.path = GatewayFacts::Path::Always;
    gateway.dns = dns(QStringLiteral("gateway"), QStringLiteral("198.51.100.20"),
                      QStringLiteral("2001:db8::20"));
    gateway.tcp = {tcpAttempt(QStringLiteral("198.51.100.20"), QStringLiteral("gateway"))};
    gateway.connectedAddress = QStringLiteral("198.51.100.21");
    gateway.tls =
        attempt(QStringLiteral("1.2"), TlsAttempt::Outcome::Established, QStringLiteral("gateway"));
    gateway.certificate = certificate(QStringLiteral("gateway"));
    gateway.httpStatus = 401;
    gateway.httpStatusLine = QStringLiteral("HTTP/1.1 401 Unauthorized gateway");
    gateway.authSchemes = {QStringLiteral("Negotiate")};
    gateway.probed = true;
    local.gateway = gateway;
    return local;
}

ServerFacts serverFacts()
{
    ServerFacts server;
    server.platform = QStringLiteral("windows");
    server.hostName = QStringLiteral("srv-host.full.example");
    server.expectedPort = 3389;
    ServiceFacts service;
    service.name = QStringLiteral("TermService");
    service.state = ServiceFacts::State::Running;
    service.processIds = {1234};
    service.enabledAtBoot = true;
    service.account = QStringLiteral("FULLDOM\\svc-account");
    service.source = QStringLiteral("sc query");
    service.detail = QStringLiteral("4 RUNNING service detail");
    server.services = {service};
    server.listeners = {{QStringLiteral("192.0.2.40"), 3389, QStringLiteral("svchost.exe"), 1234}};
    server.firewalls = {firewall(FirewallDirection::Inbound, QStringLiteral("server"))};
    server.notCollected = {QStringLiteral("server not collected text")};
    server.durationMs = 33;

    XrdpFacts xrdp;
    xrdp.configPath = QStringLiteral("/etc/xrdp/full-xrdp.ini");
    xrdp.configRead = true;
    xrdp.configError = QStringLiteral("xrdp config error text");
    xrdp.portValues = {QStringLiteral("tcp://:3389")};
    xrdp.securityLayer = QStringLiteral("negotiate");
    xrdp.cryptLevel = QStringLiteral("high");
    xrdp.sslProtocols = QStringLiteral("TLSv1.2, TLSv1.3");
    xrdp.tlsCiphers = QStringLiteral("HIGH");
    xrdp.certificate = QStringLiteral("/etc/xrdp/full-cert.pem");
    xrdp.keyFile = QStringLiteral("/etc/xrdp/full-key.pem");
    TlsFilesFacts files;
    files.certificatePath = QStringLiteral("/etc/xrdp/full-cert.pem");
    files.keyPath = QStringLiteral("/etc/xrdp/full-key.pem");
    files.account = QStringLiteral("xrdp-full-account");
    files.certificateReadable = true;
    files.certificateError = QStringLiteral("certificate file error text");
    files.keyReadable = false;
    files.keyError = QStringLiteral("key file error text");
    files.keyParses = true;
    files.keyMatches = false;
    files.certificate = certificate(QStringLiteral("xrdp"));
    xrdp.tlsFiles = files;
    xrdp.logPath = QStringLiteral("/var/log/full-xrdp.log");
    xrdp.logRead = true;
    xrdp.logError = QStringLiteral("xrdp log error text");
    xrdp.recentErrors = {QStringLiteral("[ERROR] xrdp recent error text")};
    server.xrdp = xrdp;

    WindowsRdpFacts windows;
    windows.denyConnections = 0;
    windows.denyConnectionsPolicy = 1;
    windows.securityLayer = 2;
    windows.securityLayerPolicy = 1;
    windows.userAuthentication = 1;
    windows.userAuthenticationPolicy = 0;
    windows.minEncryptionLevel = 2;
    windows.minEncryptionLevelPolicy = 3;
    windows.portNumber = 3389;
    windows.maxInstanceCount = 100;
    windows.maxInstanceCountPolicy = 50;
    windows.certificateHash = QStringLiteral("AABBCCDDEEFF00112233445566778899AABBCCDD");
    windows.certificates = {{QStringLiteral("Remote Desktop"),
                             QStringLiteral("AABBCCDDEEFF00112233445566778899AABBCCDD"),
                             QStringLiteral("CN=store-subject.full.example"), utc(2027, 2, 3),
                             true}};
    windows.schannel = {{QStringLiteral("TLS 1.0"), QStringLiteral("Server"), 0u, 1u}};
    windows.machineKeysRead = true;
    windows.machineKeysAccessDenied = true;
    windows.machineKeysAcl = {{QStringLiteral("FULLDOM\\acl-principal"),
                               QStringLiteral("S-1-5-21-1111111111-2222222222-3333333333-1001"),
                               QStringLiteral("(F)")}};
    windows.licensingMode = 4;
    windows.licensingModePolicy = 2;
    windows.licenseServers = {QStringLiteral("license.full.example")};
    windows.graceDaysLeft = 12;
    windows.events = {{1057, QStringLiteral("Microsoft-Windows-TerminalServices"),
                       utc(2026, 11, 24, 9), QStringLiteral("Error"),
                       QStringLiteral("event message text")}};
    windows.eventWindowDays = 7;
    server.windows = windows;
    return server;
}

} // namespace

Report fullReport()
{
    Report report;
    report.toolVersion = QStringLiteral("0.1.0");
    report.reference = QStringLiteral("F7QM2XH9");
    Target &target = report.target;
    target.input = QStringLiteral("/home/fulluser/Desktop/full.rdp");
    target.host = QStringLiteral("target.full.example");
    target.port = 3389;
    target.source = Target::Source::RdpFile;
    RdpFileSettings rdp;
    rdp.fullAddress = QStringLiteral("target.full.example:3389");
    rdp.alternateFullAddress = QStringLiteral("alternate.full.example");
    rdp.gatewayHostname = QStringLiteral("gw.full.example");
    rdp.serverPort = 3389;
    rdp.gatewayUsageMethod = 1;
    rdp.enableCredSspSupport = 1;
    rdp.authenticationLevel = 2;
    rdp.negotiateSecurityLayer = 1;
    rdp.username = QStringLiteral("FULLDOM\\full.user");
    target.rdp = rdp;
    report.addresses = {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")};
    report.started = utc(2026, 11, 24, 10);
    report.durationMs = 500;
    report.stages.append({StageId::Input, StageStatus::Passed, 0, QStringLiteral("input ok")});
    report.diagnosis.summary = QStringLiteral("diagnosis summary text");

    Facts &facts = report.facts;
    facts.dns =
        dns(QStringLiteral("target"), QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10"));
    TcpFacts tcp;
    tcp.attempts = {tcpAttempt(QStringLiteral("192.0.2.10"), QStringLiteral("attempt"))};
    tcp.connectedAddress = QStringLiteral("192.0.2.11");
    tcp.samples = {tcpAttempt(QStringLiteral("192.0.2.12"), QStringLiteral("sample"))};
    tcp.medianConnectMs = 2.5;
    tcp.samplesFailed = 1;
    tcp.sideRetries = SideRetryFacts{3, 2, 2, 1, QStringLiteral("side retries detail text")};
    facts.tcp = tcp;

    NegotiationProbe probe;
    probe.requested = 0x0B;
    probe.outcome = NegotiationProbe::Outcome::Failure;
    probe.selected = 0x02;
    probe.legacyConfirm = true;
    probe.retried = true;
    probe.flags = 0x1F;
    probe.failureCode = 5;
    probe.sent = wire::buildConnectionRequest(0x0B);
    probe.received = QByteArray::fromHex("030000130ed000001234000300080005000000");
    probe.detail = QStringLiteral("negotiation detail text");
    probe.durationMs = 4;
    NegotiationFacts negotiation;
    negotiation.probes = {probe};
    negotiation.supportedMask = 0x02 | 0x08;
    negotiation.rdpSupported = true;
    facts.negotiation = negotiation;

    RdpSecurityOffer offer;
    offer.offered = 0x01;
    offer.outcome = RdpSecurityOffer::Outcome::Answered;
    offer.mcsResult = 0;
    offer.serverVersion = 0x00080004;
    offer.method = 0x02;
    offer.level = 3;
    offer.serverRandomLength = 32;
    offer.certificate = RdpServerCertificateFacts{QStringLiteral("x509"), true, 2048, 2};
    offer.ioChannel = 1003;
    offer.retried = true;
    offer.received = QByteArray::fromHex("0300000d02f0807f66030a010e");
    offer.detail = QStringLiteral("rdp security offer detail text");
    offer.durationMs = 6;
    RdpSecurityOffer accepted = offer;
    accepted.offered = 0x02;
    accepted.detail = QStringLiteral("rdp security accepted detail text");
    facts.rdpSecurity = RdpSecurityFacts{{offer, accepted}};

    TlsFacts tls;
    tls.main =
        attempt(QStringLiteral("1.3"), TlsAttempt::Outcome::Established, QStringLiteral("main"));
    for (const char *version : {"1.0", "1.1", "1.2", "1.3"})
        tls.versions.append(
            attempt(QLatin1String(version), TlsAttempt::Outcome::Alert, QLatin1String(version)));
    tls.versions.first().retried = true;
    tls.weakCiphersAccepted = {QStringLiteral("RC4-SHA")};
    tls.weakCipherProbeRan = true;
    tls.weakCiphersOffered = {QStringLiteral("DES-CBC3-SHA")};
    tls.weakCipherAttempt =
        attempt(QStringLiteral("1.2"), TlsAttempt::Outcome::Established, QStringLiteral("weak"));
    tls.pathMtu = PathMtuCheck{536,
                               attempt(QStringLiteral("1.3"), TlsAttempt::Outcome::Established,
                                       QStringLiteral("path mtu")),
                               {}};
    facts.tls = tls;
    facts.certificate = certificate(QStringLiteral("target"));

    CredsspFacts credssp;
    credssp.outcome = CredsspFacts::Outcome::ServerError;
    credssp.version = 6;
    credssp.errorCode = 0xC000006D;
    NtlmFacts ntlm;
    ntlm.targetName = QStringLiteral("NTLMTARGET");
    ntlm.netbiosDomain = QStringLiteral("NTLMDOM");
    ntlm.netbiosComputer = QStringLiteral("NTLMHOST");
    ntlm.dnsDomain = QStringLiteral("ntlm-domain.full.example");
    ntlm.dnsComputer = QStringLiteral("ntlm-host.full.example");
    ntlm.dnsTree = QStringLiteral("ntlm-tree.full.example");
    ntlm.osVersion = QStringLiteral("10.0.20348");
    ntlm.serverTime = utc(2026, 11, 24, 11);
    ntlm.clockSkewSeconds = 600;
    credssp.ntlm = ntlm;
    credssp.received = QByteArray::fromHex("4e544c4d53535000");
    credssp.detail = QStringLiteral("credssp detail text");
    credssp.durationMs = 7;
    facts.credssp = credssp;

    facts.local = localFacts();
    facts.server = serverFacts();
    return report;
}

namespace {

void holes(const QJsonValue &value, const QString &path, QStringList &out)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        out << path;
    else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            out << path;
        for (qsizetype i = 0; i < array.size(); ++i)
            holes(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            out << path;
        for (auto it = object.begin(); it != object.end(); ++it)
            holes(it.value(), path + QLatin1Char('.') + it.key(), out);
    }
}

void leaves(const QJsonValue &value, const QString &name, const QStringList &steps,
            const QString &key, QList<JsonLeaf> &out)
{
    if (value.isString()) {
        out.append({name, steps, key});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            leaves(array.at(i), QStringLiteral("%1[%2]").arg(name).arg(i),
                   steps + QStringList{QString::number(i)}, key, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leaves(it.value(), name + QLatin1Char('.') + it.key(), steps + QStringList{it.key()},
                   it.key(), out);
    }
}

QJsonValue withPath(const QJsonValue &node, const QStringList &steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = steps.first().toInt();
        array.replace(index, withPath(array.at(index), steps.mid(1), value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.size() == 1 && value.isUndefined())
        object.remove(steps.first());
    else
        object.insert(steps.first(), withPath(object.value(steps.first()), steps.mid(1), value));
    return object;
}

} // namespace

QList<JsonLeaf> stringLeaves(const QJsonValue &value, const QString &name, const QStringList &steps)
{
    QList<JsonLeaf> out;
    leaves(value, name, steps, steps.isEmpty() ? QString() : steps.last(), out);
    return out;
}

void setJsonPath(QJsonObject &root, const QStringList &steps, const QJsonValue &value)
{
    root = withPath(root, steps, value).toObject();
}

QStringList factsHoles(const QJsonObject &factsObject)
{
    QStringList out;
    holes(factsObject, QStringLiteral("facts"), out);
    return out;
}

} // namespace rdpdiag::test
