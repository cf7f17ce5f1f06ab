// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows half of the server self-check (see ServerCheck.h). Every fact comes from a
// command run through the CommandRunner, so the whole collector is tested with recorded
// outputs on any platform.
#include "probes/server/ServerCheck.h"

#include "parsers/WindowsParsers.h"
#include "probes/local/FirewallCollector.h"

#include <QHostInfo>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

const QString kTerminalServer =
    QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server");
const QString kListener = kTerminalServer + QStringLiteral("\\WinStations\\RDP-Tcp");
const QString kPolicy =
    QStringLiteral("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services");
const QString kSchannel = QStringLiteral(
    "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols");
const QString kLicensing = kTerminalServer + QStringLiteral("\\RCM\\Licensing Core");
const QString kMachineKeys = QStringLiteral("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys");

/** The PowerShell that lists the Remote Desktop and Personal stores as CSV (dates in UTC ISO
 * form, so the output is the same in every language). */
const QString kCertificateScript = QStringLiteral(
    "Get-ChildItem -Path 'Cert:\\LocalMachine\\Remote Desktop','Cert:\\LocalMachine\\My' | "
    "Select-Object @{n='Store';e={Split-Path $_.PSParentPath -Leaf}}, Thumbprint, Subject, "
    "@{n='NotAfter';e={$_.NotAfter.ToUniversalTime().ToString('o')}}, HasPrivateKey | "
    "ConvertTo-Csv -NoTypeInformation");
const QString kGraceScript = QStringLiteral(
    "(Invoke-CimMethod -InputObject (Get-CimInstance -Namespace root/cimv2/TerminalServices "
    "-ClassName Win32_TerminalServiceSetting) -MethodName GetGracePeriodDays).DaysLeft");

/** The event IDs read from the System log (docs/protocol-notes.md). */
constexpr int kEventIds[] = {36870, 36871, 36874, 36888, 1057, 1058, 1068, 1069};

QString text(const CommandResult &result)
{
    return decodeConsoleOutput(result.out);
}

} // namespace

ServerFacts collectWindowsFacts(const ServerCheckOptions &options, CommandRunner &runner)
{
    ServerFacts facts;
    facts.platform = QStringLiteral("windows");
    facts.hostName = QHostInfo::localHostName();
    facts.expectedPort = options.expectedPort;
    WindowsRdpFacts windows;
    windows.eventWindowDays = options.recentDays;
    const auto timeout = options.commandTimeout;
    const auto reg = [&](const QStringList &arguments, const QString &what) {
        const CommandResult result = runner.run(
            QStringLiteral("reg"), QStringList{QStringLiteral("query")} + arguments, timeout);
        // reg exits with 1 when the key or value does not exist: that is an answer too.
        if (result.status != CommandResult::Status::Ok &&
            result.status != CommandResult::Status::ExitCode)
            facts.notCollected << QStringLiteral("%1 (reg query: %2)")
                                      .arg(what, commandStatusString(result.status));
        return parseRegQuery(text(result) + u'\n' + decodeConsoleOutput(result.err)).values;
    };

    const QList<RegistryValue> terminalServer =
        reg({kTerminalServer, QStringLiteral("/v"), QStringLiteral("fDenyTSConnections")},
            QStringLiteral("fDenyTSConnections"));
    windows.denyConnections = registryDword(terminalServer, QStringLiteral("fDenyTSConnections"));
    const QList<RegistryValue> listener = reg({kListener}, QLatin1String(server_area::kListener));
    windows.securityLayer = registryDword(listener, QStringLiteral("SecurityLayer"));
    windows.userAuthentication = registryDword(listener, QStringLiteral("UserAuthentication"));
    windows.minEncryptionLevel = registryDword(listener, QStringLiteral("MinEncryptionLevel"));
    windows.portNumber = registryDword(listener, QStringLiteral("PortNumber"));
    windows.maxInstanceCount = registryDword(listener, QStringLiteral("MaxInstanceCount"));
    for (const RegistryValue &value : listener)
        if (value.name.compare(QLatin1String("SSLCertificateSHA1Hash"), Qt::CaseInsensitive) == 0)
            windows.certificateHash = normaliseThumbprint(value.data);
    const QList<RegistryValue> policy = reg({kPolicy}, QLatin1String(server_area::kPolicies));
    windows.denyConnectionsPolicy = registryDword(policy, QStringLiteral("fDenyTSConnections"));
    windows.securityLayerPolicy = registryDword(policy, QStringLiteral("SecurityLayer"));
    windows.userAuthenticationPolicy = registryDword(policy, QStringLiteral("UserAuthentication"));
    windows.minEncryptionLevelPolicy = registryDword(policy, QStringLiteral("MinEncryptionLevel"));
    windows.maxInstanceCountPolicy = registryDword(policy, QStringLiteral("MaxInstanceCount"));
    windows.licensingModePolicy = registryDword(policy, QStringLiteral("LicensingMode"));
    for (const RegistryValue &value : policy)
        if (value.name.compare(QLatin1String("LicenseServers"), Qt::CaseInsensitive) == 0 &&
            !value.data.isEmpty())
            windows.licenseServers = value.data.split(
                QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    windows.licensingMode =
        registryDword(reg({kLicensing, QStringLiteral("/v"), QStringLiteral("LicensingMode")},
                          QLatin1String(server_area::kLicensingMode)),
                      QStringLiteral("LicensingMode"));
    windows.schannel = schannelFromRegistry(
        reg({kSchannel, QStringLiteral("/s")}, QStringLiteral("SCHANNEL protocols")));

    // Services and the listener.
    for (const QString &name : {QStringLiteral("TermService"), QStringLiteral("SessionEnv"),
                                QStringLiteral("UmRdpService")}) {
        ServiceFacts service;
        service.name = name;
        service.source = QStringLiteral("sc queryex");
        const CommandResult result =
            runner.run(QStringLiteral("sc"), {QStringLiteral("queryex"), name}, timeout);
        const ScQueryParse parsed = parseScQuery(text(result));
        service.state = serviceStateFromSc(parsed);
        if (parsed.state)
            service.detail = QString::number(*parsed.state);
        if (parsed.pid && *parsed.pid > 0)
            service.processIds << *parsed.pid;
        if (parsed.error == 5)
            facts.notCollected << QStringLiteral("the state of %1 (access denied)").arg(name);
        facts.services << service;
    }
    const quint16 port =
        windows.portNumber && *windows.portNumber > 0 && *windows.portNumber <= 65535
            ? static_cast<quint16>(*windows.portNumber)
            : options.expectedPort;
    for (const QString &protocol : {QStringLiteral("TCP"), QStringLiteral("TCPv6")}) {
        const CommandResult result =
            runner.run(QStringLiteral("netstat"),
                       {QStringLiteral("-ano"), QStringLiteral("-p"), protocol}, timeout);
        if (!result.ok()) {
            facts.notCollected << QStringLiteral("listening sockets (netstat %1: %2)")
                                      .arg(protocol, commandStatusString(result.status));
            continue;
        }
        const qint64 termService = facts.services.first().processIds.value(0, -1);
        for (ListenerFacts socket : parseNetstatListening(text(result))) {
            if (socket.port != port && socket.port != options.expectedPort &&
                socket.processId != termService)
                continue;
            if (socket.processId == termService)
                socket.process = QStringLiteral("TermService");
            facts.listeners << socket;
        }
    }

    // Certificates, MachineKeys, licensing.
    {
        const CommandResult result =
            runner.run(QStringLiteral("powershell"),
                       {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                        QStringLiteral("-Command"), kCertificateScript},
                       timeout);
        if (result.ok())
            windows.certificates = parseCertificateCsv(text(result));
        else
            facts.notCollected << QStringLiteral("the certificate stores (PowerShell: %1)")
                                      .arg(commandStatusString(result.status));
    }
    {
        const CommandResult result = runner.run(QStringLiteral("icacls"), {kMachineKeys}, timeout);
        const IcaclsParse parsed =
            parseIcacls(text(result) + u'\n' + decodeConsoleOutput(result.err), kMachineKeys);
        windows.machineKeysRead = parsed.parsed;
        windows.machineKeysAccessDenied = parsed.accessDenied;
        windows.machineKeysAcl = parsed.entries;
        if (!parsed.parsed)
            facts.notCollected << QStringLiteral("the MachineKeys permissions (icacls: %1)")
                                      .arg(commandStatusString(result.status));
    }
    {
        const CommandResult result =
            runner.run(QStringLiteral("powershell"),
                       {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                        QStringLiteral("-Command"), kGraceScript},
                       timeout);
        if (result.ok())
            windows.graceDaysLeft = parseFirstInteger(text(result));
    }

    // Recent events of the System log. One query per ID keeps the XPath free of spaces,
    // which survive no quoting rule of every shell; the date filter happens here.
    const QDateTime oldest = options.now().addDays(-options.recentDays);
    QString eventLogProblem; // why no query of the log worked, if none did
    bool eventLogRead = false;
    for (const int id : kEventIds) {
        const CommandResult result =
            runner.run(QStringLiteral("wevtutil"),
                       {QStringLiteral("qe"), QStringLiteral("System"),
                        QStringLiteral("/q:*[System[EventID=%1]]").arg(id), QStringLiteral("/c:20"),
                        QStringLiteral("/rd:true"), QStringLiteral("/f:text")},
                       timeout);
        if (!result.ok()) {
            eventLogProblem =
                result.permissionDenied()
                    ? QStringLiteral("access denied")
                    : QStringLiteral("wevtutil: %1").arg(commandStatusString(result.status));
            continue;
        }
        eventLogRead = true;
        for (const WindowsEventFacts &event : parseWevtutilText(text(result)))
            if (event.id == id && (!event.time.isValid() || event.time >= oldest))
                windows.events << event;
    }
    if (!eventLogRead)
        facts.notCollected << QStringLiteral("%1 (%2)").arg(QLatin1String(server_area::kEventLog),
                                                            eventLogProblem);
    facts.notCollected.removeDuplicates();
    facts.windows = windows;

    if (options.readFirewall) {
        PacketQuery query;
        query.direction = FirewallDirection::Inbound;
        query.port = port;
        facts.firewalls = collectFirewalls(runner, query, FirewallPlatform::Windows, timeout);
    }
    return facts;
}

} // namespace rdpdiag
