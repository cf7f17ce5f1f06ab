// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Facts of the server self-check (`rdpdiag --server`, the wizard's "I am on the server"):
 * what the RDP service on *this* computer looks like from the inside. Linux with xrdp:
 * service state, listening sockets, xrdp.ini, certificate and key files, the xrdp log.
 * Windows: the Terminal Server registry values, SCHANNEL protocol keys, services, the
 * certificate stores, MachineKeys permissions, licensing and recent events. Both: the
 * inbound firewall.
 */

#include "model/CertificateFacts.h"
#include "model/Identifiers.h"
#include "model/LocalFacts.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace rdpdiag {

/** A service (xrdp, TermService, SessionEnv, UmRdpService) and how it runs. */
struct ServiceFacts
{
    enum class State { Running, Stopped, Starting, Stopping, Paused, NotInstalled, Unknown };
    QString name;
    State state = State::Unknown;
    QList<qint64> processIds;
    std::optional<bool> enabledAtBoot;
    QString account; ///< the account it runs (or would run) as
    /** How the state was learned: "processes", "systemd", "service control manager". */
    QString source;
    QString detail; ///< raw state text ("ActiveState=inactive", "1 STOPPED")
};

/** A listening TCP socket. */
struct ListenerFacts
{
    QString address; ///< "0.0.0.0", "::", "127.0.0.1"
    quint16 port = 0;
    QString process; ///< name of the owning process, when known
    qint64 processId = 0;
};

/** The TLS certificate and key files a Linux RDP service uses. */
struct TlsFilesFacts
{
    QString certificatePath; ///< after resolving defaults, as configured
    QString keyPath;
    QString account; ///< readability was checked for this account
    bool certificateReadable = false;
    QString certificateError;
    bool keyReadable = false;
    QString keyError;
    std::optional<bool> keyParses;  ///< the key file holds a private key
    std::optional<bool> keyMatches; ///< the key belongs to the certificate
    std::optional<CertificateFacts> certificate;
};

/** xrdp's configuration and log. */
struct XrdpFacts
{
    QString configPath;
    bool configRead = false;
    QString configError;
    QStringList portValues; ///< the raw `port=` value(s) of [Globals]
    QString securityLayer;  ///< "negotiate", "tls", "rdp" (raw, lower-case)
    QString cryptLevel;
    QString sslProtocols;
    QString tlsCiphers;
    QString certificate; ///< raw value (empty = /etc/xrdp/cert.pem)
    QString keyFile;     ///< raw value (empty = /etc/xrdp/key.pem)
    std::optional<TlsFilesFacts> tlsFiles;
    QString logPath;
    bool logRead = false;
    QString logError;
    QStringList recentErrors; ///< the last [ERROR] lines of the log (capped)
};

/** A certificate in a Windows certificate store (from PowerShell, language-independent). */
struct StoreCertificateFacts
{
    QString store;      ///< "Remote Desktop", "My"
    QString thumbprint; ///< upper-case hex
    QString subject;
    QDateTime notAfter; ///< UTC
    std::optional<bool> hasPrivateKey;
};

/** One SCHANNEL protocol key ("TLS 1.2\Server"). */
struct SchannelFacts
{
    QString protocol; ///< "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3", "SSL 3.0"
    QString side;     ///< "Server" or "Client"
    std::optional<quint32> enabled;
    std::optional<quint32> disabledByDefault;
};

/** One access-control entry of icacls output. */
struct AclEntryFacts
{
    QString principal; ///< as printed ("BUILTIN\Administrators", "VORDEFINIERT\Administratoren")
    QString sid;       ///< the well-known SID it names ("S-1-5-32-544"), empty if unknown
    QString rights;    ///< "(F)", "(R,W)", "(OI)(CI)(F)"
};

/** A Windows event from `wevtutil qe … /f:text`. */
struct WindowsEventFacts
{
    int id = 0;
    QString source; ///< "Schannel", "Microsoft-Windows-TerminalServices-RemoteConnectionManager"
    QDateTime time; ///< UTC when the text had a zone, else as printed
    QString level;
    QString message; ///< the description (first lines, capped)
};

/** The Windows Remote Desktop configuration. */
struct WindowsRdpFacts
{
    std::optional<quint32> denyConnections;       ///< fDenyTSConnections
    std::optional<quint32> denyConnectionsPolicy; ///< the Group Policy copy
    std::optional<quint32> securityLayer;
    std::optional<quint32> securityLayerPolicy;
    std::optional<quint32> userAuthentication;
    std::optional<quint32> userAuthenticationPolicy;
    std::optional<quint32> minEncryptionLevel;
    std::optional<quint32> minEncryptionLevelPolicy;
    std::optional<quint32> portNumber;
    std::optional<quint32> maxInstanceCount;
    std::optional<quint32> maxInstanceCountPolicy;
    QString certificateHash; ///< SSLCertificateSHA1Hash, upper-case hex
    QList<StoreCertificateFacts> certificates;
    QList<SchannelFacts> schannel;
    bool machineKeysRead = false;
    bool machineKeysAccessDenied = false;
    QList<AclEntryFacts> machineKeysAcl;
    std::optional<quint32> licensingMode;
    std::optional<quint32> licensingModePolicy;
    QStringList licenseServers;
    std::optional<int> graceDaysLeft;
    QList<WindowsEventFacts> events;
    int eventWindowDays = 7; ///< how far back events were read
};

/** Everything the server self-check learned. */
struct ServerFacts
{
    QString platform; ///< "linux-xrdp", "linux", "windows", "other"
    QString hostName;
    quint16 expectedPort = 3389; ///< the port clients use (default 3389 or --port)
    QList<ServiceFacts> services;
    QList<ListenerFacts>
        listeners; ///< sockets of the RDP service, and whatever holds the expected port
    std::optional<XrdpFacts> xrdp;
    std::optional<WindowsRdpFacts> windows;
    QList<FirewallReading> firewalls; ///< inbound
    QStringList notCollected;
    qint64 durationMs = 0;
};

QString serviceStateString(ServiceFacts::State state);

/**
 * The areas the Windows self-check names at the start of a ServerFacts::notCollected entry
 * when it could not read them; the verdict's "not checked from here" list leaves out every
 * area the check did read (diagnosis/Diagnosis.cpp).
 */
namespace server_area {
inline constexpr char kListener[] = "the RDP-Tcp listener";
inline constexpr char kPolicies[] = "Remote Desktop policies";
inline constexpr char kLicensingMode[] = "the licensing mode";
inline constexpr char kEventLog[] = "the System event log";
} // namespace server_area

/** True when the Windows self-check ran and could read every one of @p areas. */
bool windowsCheckRead(const ServerFacts &facts, std::initializer_list<const char *> areas);

/** The identifying fields of ServerFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(ServerFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
