// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows half of the server self-check (see ServerCheck.h). The registry, the services
// and the certificate stores come from a WindowsSystem (the Win32 API on Windows, a recorded
// Windows in the tests); the listening sockets, the MachineKeys permissions, the licensing
// grace period, the event log and the firewall from tools run with argument lists through
// the CommandRunner. Both are given, so the whole collector is pure and tested on any system.
#include "probes/server/ServerCheck.h"

#include "parsers/WindowsParsers.h"
#include "probes/local/FirewallCollector.h"
#include "probes/server/WindowsSystem.h"

#include <QHostInfo>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

// Registry keys below HKEY_LOCAL_MACHINE.
const QString kTerminalServer =
    QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\Terminal Server");
const QString kListener = kTerminalServer + QStringLiteral("\\WinStations\\RDP-Tcp");
const QString kPolicy =
    QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services");
const QString kSchannel =
    QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols");
const QString kLicensing = kTerminalServer + QStringLiteral("\\RCM\\Licensing Core");
const QString kMachineKeys = QStringLiteral("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys");

const QString kGraceScript = QStringLiteral(
    "(Invoke-CimMethod -InputObject (Get-CimInstance -Namespace root/cimv2/TerminalServices "
    "-ClassName Win32_TerminalServiceSetting) -MethodName GetGracePeriodDays).DaysLeft");

/** The event IDs read from the System log (docs/protocol-notes.md). */
constexpr int kEventIds[] = {36870, 36871, 36874, 36888, 1057, 1058, 1068, 1069};

QString text(const CommandResult &result)
{
    return decodeConsoleOutput(result.out);
}

/**
 * The values of HKLM\@p path (only @p valueName when given). A key that does not exist is an
 * answer where @p absentIsAnswer (nothing configured: no policy, no SCHANNEL override);
 * otherwise it, and any read that fails, goes to @p notCollected under @p area.
 */
RegistryKey readRegistry(WindowsSystem &system, const QString &path, const QString &area,
                         bool absentIsAnswer, QStringList &notCollected,
                         const QString &valueName = {})
{
    const RegistryRead read =
        valueName.isEmpty() ? system.readKey(path) : system.readValue(path, valueName);
    if (read.status == WindowsReadStatus::Ok && !read.keys.isEmpty())
        return read.keys.first();
    if (read.status != WindowsReadStatus::NotFound || !absentIsAnswer)
        notCollected << QStringLiteral("%1 (HKLM\\%2: %3)")
                            .arg(area, path, readProblem(read.status, read.error));
    return RegistryKey{path, {}};
}

/** SSLCertificateSHA1Hash (REG_BINARY; a REG_SZ of hex digits also works) as upper-case hex. */
QString thumbprintOf(const RegistryValue *value)
{
    if (!value)
        return {};
    if (value->type == RegistryValue::Type::Binary)
        return QString::fromLatin1(value->bytes.toHex()).toUpper();
    QString hex;
    for (const QChar c : value->strings.join(QString()))
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            hex += c.toUpper();
    return hex;
}

ServiceFacts serviceFacts(WindowsSystem &system, const QString &name, QStringList &notCollected)
{
    ServiceFacts service;
    service.name = name;
    service.source = QStringLiteral("service control manager");
    const ServiceRead read = system.queryService(name);
    switch (read.status) {
    case WindowsReadStatus::Ok:
        service.state = serviceStateFromScm(read.state);
        service.detail = QString::number(read.state);
        if (read.processId > 0)
            service.processIds << read.processId;
        break;
    case WindowsReadStatus::NotFound:
        service.state = ServiceFacts::State::NotInstalled;
        break;
    case WindowsReadStatus::AccessDenied:
    case WindowsReadStatus::Failed:
        notCollected << QStringLiteral("the state of %1 (%2)")
                            .arg(name, readProblem(read.status, read.error));
        break;
    }
    return service;
}

} // namespace

ServerFacts collectWindowsFacts(const ServerCheckOptions &options, WindowsSystem &system,
                                CommandRunner &runner)
{
    ServerFacts facts;
    facts.platform = QStringLiteral("windows");
    facts.hostName = QHostInfo::localHostName();
    facts.expectedPort = options.expectedPort;
    WindowsRdpFacts windows;
    windows.eventWindowDays = options.recentDays;
    const auto timeout = options.commandTimeout;
    QStringList &missing = facts.notCollected;

    // The registry: the listener, its Group Policy copies, licensing, SCHANNEL.
    windows.denyConnections =
        readRegistry(system, kTerminalServer, QStringLiteral("fDenyTSConnections"), false, missing,
                     QStringLiteral("fDenyTSConnections"))
            .dword(QStringLiteral("fDenyTSConnections"));
    const RegistryKey listener =
        readRegistry(system, kListener, QLatin1String(server_area::kListener), false, missing);
    windows.securityLayer = listener.dword(QStringLiteral("SecurityLayer"));
    windows.userAuthentication = listener.dword(QStringLiteral("UserAuthentication"));
    windows.minEncryptionLevel = listener.dword(QStringLiteral("MinEncryptionLevel"));
    windows.portNumber = listener.dword(QStringLiteral("PortNumber"));
    windows.maxInstanceCount = listener.dword(QStringLiteral("MaxInstanceCount"));
    windows.certificateHash =
        thumbprintOf(listener.value(QStringLiteral("SSLCertificateSHA1Hash")));
    const RegistryKey policy =
        readRegistry(system, kPolicy, QLatin1String(server_area::kPolicies), true, missing);
    windows.denyConnectionsPolicy = policy.dword(QStringLiteral("fDenyTSConnections"));
    windows.securityLayerPolicy = policy.dword(QStringLiteral("SecurityLayer"));
    windows.userAuthenticationPolicy = policy.dword(QStringLiteral("UserAuthentication"));
    windows.minEncryptionLevelPolicy = policy.dword(QStringLiteral("MinEncryptionLevel"));
    windows.maxInstanceCountPolicy = policy.dword(QStringLiteral("MaxInstanceCount"));
    windows.licensingModePolicy = policy.dword(QStringLiteral("LicensingMode"));
    if (const RegistryValue *servers = policy.value(QStringLiteral("LicenseServers")))
        windows.licenseServers = servers->strings.join(u',').split(
            QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    windows.licensingMode =
        readRegistry(system, kLicensing, QLatin1String(server_area::kLicensingMode), true, missing,
                     QStringLiteral("LicensingMode"))
            .dword(QStringLiteral("LicensingMode"));
    const RegistryRead schannel = system.readTree(kSchannel);
    if (schannel.status == WindowsReadStatus::Ok)
        windows.schannel = schannelFromRegistry(schannel.keys);
    else if (schannel.status != WindowsReadStatus::NotFound)
        missing << QStringLiteral("SCHANNEL protocols (HKLM\\%1: %2)")
                       .arg(kSchannel, readProblem(schannel.status, schannel.error));

    // Services and the listener.
    for (const QString &name : {QStringLiteral("TermService"), QStringLiteral("SessionEnv"),
                                QStringLiteral("UmRdpService")})
        facts.services << serviceFacts(system, name, missing);
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

    // Certificates (a store that does not exist holds none), MachineKeys, licensing.
    for (const QString &store : {QStringLiteral("Remote Desktop"), QStringLiteral("My")}) {
        const CertificateStoreRead read = system.listCertificates(store);
        if (read.status == WindowsReadStatus::Ok)
            windows.certificates << read.certificates;
        else if (read.status != WindowsReadStatus::NotFound)
            missing << QStringLiteral("the certificate store %1 (%2)")
                           .arg(store, readProblem(read.status, read.error));
    }
    {
        const CommandResult result = runner.run(QStringLiteral("icacls"), {kMachineKeys}, timeout);
        const IcaclsParse parsed =
            parseIcacls(text(result) + u'\n' + decodeConsoleOutput(result.err), kMachineKeys);
        windows.machineKeysRead = parsed.parsed;
        windows.machineKeysAccessDenied = parsed.accessDenied;
        windows.machineKeysAcl = parsed.entries;
        if (!parsed.parsed) // it failed, or printed no ACL (Wine's icacls prints nothing)
            facts.notCollected << QStringLiteral("the MachineKeys permissions (icacls: %1)")
                                      .arg(result.ok() ? QStringLiteral("no permissions listed")
                                                       : commandStatusString(result.status));
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
