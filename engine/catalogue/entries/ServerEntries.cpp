// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The server entries (server.*): the self-check on the RDP host itself (rdpdiag --server,
 * engine/probes/server).
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> serverEntries()
{
    return {
        // =====================================================================================
        // server: the self-check on the RDP host itself (rdpdiag --server, engine/probes/server).
        // {port} is the port clients use; {host} this computer's name.
        // =====================================================================================
        {"server.not_installed",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "No Remote Desktop server was found on this computer"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Neither Windows Remote Desktop Services nor xrdp was found on this computer, so "
             "nothing here can accept Remote Desktop connections. Install or switch on a Remote "
             "Desktop server first, or run this check on the computer you connect to."),
         {
             kAllowRdpConnections,
             {Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Debian or Ubuntu: install xrdp."),
              R"cmd(sudo apt install xrdp)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Then start xrdp and have it start at boot."),
              R"cmd(sudo systemctl enable --now xrdp)cmd", Bash},
         }},
        {"server.service_stopped",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The Remote Desktop service is not running"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The Remote Desktop service of this computer (named in the evidence) is not running, "
             "so connections to port {port} are refused. Clients report this as error code "
             "0x204. Start the service and look at why it stopped."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: start Remote Desktop Services (as administrator)."),
              R"cmd(Start-Service -Name TermService)cmd", Ps},
             kServices,
             kXrdpEnable,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: read why xrdp stopped or did not start."),
              R"cmd(sudo journalctl -u xrdp -u xrdp-sesman -n 50 --no-pager)cmd", Bash},
         }},
        {"server.helper_service_stopped",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "A helper service of Remote Desktop is not running"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "A service that Remote Desktop needs besides the main one is stopped (named in the "
             "evidence): on Windows Remote Desktop Configuration (SessionEnv) or the UserMode Port "
             "Redirector (UmRdpService), on Linux the xrdp session manager. Connections may then "
             "fail after the sign-in, or certificates are not renewed."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Windows: start the helper services."),
              R"cmd(Start-Service -Name SessionEnv, UmRdpService)cmd", Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux: start the xrdp session manager."),
              R"cmd(sudo systemctl enable --now xrdp-sesman)cmd", Bash},
         }},
        {"server.not_listening",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The Remote Desktop service does not listen on its port"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The Remote Desktop service runs, but no socket of it listens on the port it is "
             "configured for (the evidence shows what listens where). Often another program took "
             "the port first, or the service could not bind to the address in its settings. "
             "Clients get 'connection refused' (error code 0x204)."),
         {
             kListenerProgramLinux,
             kNetstat,
             kQwinsta,
             kXrdpLog,
         }},
        {"server.wrong_port",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "Remote Desktop listens on another port than clients use"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Clients connect to port {port}, but the Remote Desktop service of this computer "
             "listens on another port (shown in the evidence). Either tell the clients the port "
             "(host name followed by a colon and the port), or set the service back to port "
             "{port}."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: set xrdp's first port= line to {port} and restart it."),
              R"cmd(sudo sed -i '0,/^port=/s/^port=.*/port={port}/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
              Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: set the listener's port (as administrator), then restart "
                                "Remote Desktop Services and allow the port in the firewall."),
              R"cmd(Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' -Name PortNumber -Value {port})cmd",
              Ps},
             kRestartTermService,
         }},
        {"server.loopback_only",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "Remote Desktop only accepts connections from this computer itself"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The Remote Desktop service listens only on a loopback address (127.0.0.1 or ::1), "
             "so other computers cannot connect. That is right only when connections arrive "
             "through an SSH tunnel or a local proxy."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: show xrdp's listen setting; port=3389 listens on every "
                                "address, port=tcp://127.0.0.1:3389 only on loopback."),
              R"cmd(grep -n '^port=' /etc/xrdp/xrdp.ini)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: the listener's adapter setting should be 0 (all "
                                "adapters)."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v LanAdapter)cmd",
              Cmd},
         }},
        {"server.rdp_disabled",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Remote Desktop connections are switched off"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The setting fDenyTSConnections is 1 on this computer (the evidence says whether a "
             "Group Policy sets it), so Windows refuses every Remote Desktop connection. A Group "
             "Policy value wins over the local one and must be changed in the policy."),
         {
             kAllowRdpConnections,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check whether a Group Policy denies the connections; if this "
                                "value exists, change the policy 'Allow users to connect remotely "
                                "by using Remote Desktop Services'."),
              R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDenyTSConnections)cmd",
              Cmd},
             kFirewallAllowRdp,
         }},
        {"server.security_layer_rdp",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server is set to Standard RDP Security only"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer's Remote Desktop service is configured for the old Standard RDP "
             "Security only (xrdp security_layer=rdp, or Windows SecurityLayer 0), without TLS. "
             "Current clients that require TLS or Network Level Authentication refuse it, often "
             "with error code 0x904, and the connection is open to interception."),
         {
             kXrdpNegotiate,
             kSecurityLayerTls,
             kSecurityLayerPolicy,
             kRestartTermService,
         }},
        {"server.nla_disabled",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Network Level Authentication is not required"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "UserAuthentication is 0 on this computer, so Remote Desktop shows its sign-in screen "
             "to anyone who connects, before checking who they are. That exposes the computer to "
             "password guessing and denial of service."),
         {
             kNlaQuery,
             kNlaOn,
         }},
        {"server.encryption_conflict",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The listener's security layer and encryption level do not fit"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "SecurityLayer 2 (TLS required) is set together with MinEncryptionLevel 1 (low), a "
             "combination Windows does not support. Windows then changes the settings by itself "
             "(event 1050), and connections may fail until the values agree."),
         {
             kListenerSettings,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Set the encryption level to client compatible (2), as "
                                "administrator, then restart Remote Desktop Services."),
              R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 2 /f)cmd",
              Cmd},
             kRestartTermService,
         }},
        {"server.tls_modern_disabled",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "TLS 1.2 and TLS 1.3 are switched off for the server"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The server side of this computer allows neither TLS 1.2 nor TLS 1.3 (xrdp's "
             "ssl_protocols, or the SCHANNEL registry keys shown in the evidence). Current clients "
             "offer nothing older, so every secured connection fails, usually with error code "
             "0x904 and Schannel event 36871 or 36874."),
         {
             kXrdpModernTls,
             kSchannelProtocols,
             kEnableTls12,
             kRestartComputer,
             kWin2008R2,
         }},
        {"server.tls_legacy_enabled",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server still allows TLS 1.0 or 1.1"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "TLS 1.0 or TLS 1.1 is switched on for the server side of this computer (the evidence "
             "says where). These versions are outdated and weak; current clients do not need "
             "them."),
         {
             kXrdpModernTls,
             kSchannelProtocols,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: switch TLS 1.0 off for the server side (as "
                                "administrator) once no old client needs it; repeat for TLS 1.1 "
                                "and restart the computer."),
              R"cmd($k = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'; if (-not (Test-Path $k)) { New-Item -Path $k -Force | Out-Null }; New-ItemProperty -Path $k -Name Enabled -Value 0 -PropertyType DWord -Force | Out-Null)cmd",
              Ps},
         }},
        {"server.cert_missing",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server's TLS certificate is missing or unreadable"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the Remote Desktop service is configured to use cannot be found or "
             "read (the evidence names the file or the thumbprint). The service then fails every "
             "TLS handshake, which clients report as error code 0x904 (extended code 0x7)."),
         {
             kXrdpConfig,
             kXrdpRegenerate,
             kCertHashQuery,
             kCertList,
             kCertHashDelete,
             kRestartTermService,
         }},
        {"server.key_unreadable",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The service cannot read its certificate's private key"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The private key of the Remote Desktop certificate is missing or cannot be read by "
             "the account the service runs as (the evidence names the file, the account and the "
             "error). Without its key the service cannot complete a TLS handshake: this is the "
             "classic cause of error code 0x904 with extended code 0x7."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: show the permissions along the key file's path."),
              R"cmd(namei -l /etc/xrdp/key.pem)cmd", Bash},
             kXrdpKeyAccess,
             kCertEvents,
             kCertList,
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
         }},
        {"server.key_mismatch",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The private key does not belong to the certificate"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The key file configured for Remote Desktop is not the key of the configured "
             "certificate, typically after only one of the two files was replaced. The TLS "
             "handshake then fails for every client (error code 0x904)."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: compare the two public keys; the two checksums must be "
                                "equal (adjust the paths to xrdp.ini's certificate and key_file)."),
              R"cmd(openssl x509 -in /etc/xrdp/cert.pem -noout -pubkey | sha256sum; sudo openssl pkey -in /etc/xrdp/key.pem -pubout | sha256sum)cmd",
              Bash},
             kXrdpNewKeyPair,
             kXrdpRegenerate,
         }},
        {"server.cert_expired",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server's TLS certificate has expired"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the Remote Desktop service uses is outside its validity dates (the "
             "evidence has them). Clients warn about it or, with strict settings, refuse to "
             "connect."),
         {
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Linux: show the certificate's dates (adjust the path to xrdp.ini's "
                  "certificate)."),
              R"cmd(openssl x509 -in /etc/xrdp/cert.pem -noout -subject -dates)cmd", Bash},
             kXrdpRegenerate,
             kCertList,
             kRenewSelfSigned,
             kCaCertificate,
         }},
        {"server.cert_weak_key",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server's certificate key is too short to be used"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate xrdp is configured with has an RSA key shorter than 2048 bits. "
             "xrdp's TLS library refuses such a key at the first handshake ('ee key too small' in "
             "the log), so every secured connection fails although the service runs."),
         {
             kXrdpNewKeyPair,
             kXrdpRegenerate,
             kXrdpLog,
         }},
        {"server.machinekeys_acl",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The permissions of the MachineKeys folder are broken"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The folder where Windows keeps the private keys of the computer's certificates "
             "(C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys) lacks the permissions Remote "
             "Desktop needs (the evidence lists what is there). Remote Desktop then cannot use or "
             "create its certificate's key: TLS handshakes fail with error code 0x904 (extended "
             "code 0x7) and the System log shows event 36870 or 1057."),
         {
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
             kRestartTermService,
         }},
        {"server.licensing_grace_expired",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The Remote Desktop licensing grace period has ended"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer runs the Remote Desktop Session Host role, its 120-day licensing grace "
             "period is over, and no license server hands out licenses (the evidence shows the "
             "days left, the licensing mode and the license servers). Connections are then "
             "refused after the security handshake, which clients may show as error code 0x904 "
             "or as a licensing message."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Show the days left of the grace period."),
              R"cmd((Invoke-CimMethod -InputObject (Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName Win32_TerminalServiceSetting) -MethodName GetGracePeriodDays).DaysLeft)cmd",
              Ps},
             kLicensingDiagnoser,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Set the licensing mode (Per User or Per Device) and the license "
                                "server with Group Policy: Computer Configuration > Administrative "
                                "Templates > Windows Components > Remote Desktop Services > Remote "
                                "Desktop Session Host > Licensing."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the computer only needs the two administrative connections, "
                                "remove the Session Host role instead (restarts the computer)."),
              R"cmd(Uninstall-WindowsFeature -Name RDS-RD-Server -Restart)cmd", Ps},
         }},
        {"server.licensing_not_configured",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The Remote Desktop licensing mode is not configured"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer runs the Remote Desktop Session Host role without a configured "
             "licensing mode or license server. It works during the 120-day grace period (the "
             "evidence shows the days left) and refuses connections afterwards."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Show the configured licensing mode."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\RCM\Licensing Core" /v LicensingMode)cmd",
              Cmd},
             kLicensingDiagnoser,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Configure the licensing mode and the license server by Group "
                                "Policy (Remote Desktop Session Host > Licensing)."),
              nullptr, nullptr},
         }},
        {"server.connection_limit",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The listener accepts only a few connections"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "MaxInstanceCount limits the Remote Desktop listener to the number of connections "
             "shown in the evidence. Once that many are open, further connections are refused, "
             "which clients may report as error code 0x904."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Show the limit and its policy copy."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Remove the limit (as administrator); if a Group Policy ('Limit "
                                "number of connections') sets it, change the policy instead."),
              R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount /t REG_DWORD /d 0xffffffff /f)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "List the sessions that are open now."),
              R"cmd(qwinsta)cmd", Cmd},
         }},
        {"server.event_key_access",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "Windows could not access the TLS certificate's private key"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The System log has Schannel event 36870 ('a fatal error occurred when attempting to "
             "access the TLS server credential private key'), shown in the evidence. Remote "
             "Desktop cannot use its certificate's key, usually because of wrong permissions on "
             "the MachineKeys folder or a damaged key file. This is the cause behind error code "
             "0x904 with extended code 0x7."),
         {
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
             kCertHashQuery,
             kCertHashDelete,
             kRestartTermService,
         }},
        {"server.event_tls_credential",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Windows could not create the TLS credential"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The System log has Schannel event 36871 ('a fatal error occurred while creating a "
             "TLS server credential'), shown in the evidence. Most often the TLS versions Remote "
             "Desktop needs are switched off in the SCHANNEL registry keys, or the certificate's "
             "key is unusable."),
         {
             kSchannelProtocols,
             kEnableTls12,
             kRestartComputer,
             kCertList,
             kMachineKeysShow,
         }},
        {"server.event_selfsigned_failed",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "Windows could not create or renew the Remote Desktop certificate"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The System log has event 1057 or 1058 of Remote Desktop (shown in the evidence): "
             "the self-signed certificate could not be created or replaced, typically with 'Keyset "
             "does not exist' or 'Access is denied'. The cause is almost always the permissions "
             "or contents of the MachineKeys folder."),
         {
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
         }},
        {"server.event_cipher_mismatch",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "Clients offered no cipher suite this server accepts"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The System log has Schannel event 36874 (shown in the evidence): a client asked for "
             "TLS, but none of its cipher suites is allowed on this computer. Usually a Group "
             "Policy or a hardening script shortened the cipher suite list too much."),
         {
             kCipherPolicy,
             kCipherList,
             kSchannelProtocols,
         }},
        {"server.event_alert_sent",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server ended TLS handshakes with an alert"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The System log has Schannel event 36888 (shown in the evidence with the alert "
             "number): this computer refused TLS handshakes. Alert 40 means no common settings, "
             "70 a TLS version that is switched off."),
         {
             kSchannelEvents,
             kSchannelProtocols,
             kCipherPolicy,
         }},
        {"server.log_errors",
         Severity::Warning,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The xrdp log shows recent errors"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "xrdp's log has error lines from the last days (the evidence quotes them). Errors "
             "about the certificate, the key file or TLS explain failing connections directly; "
             "others help when nothing else was found."),
         {
             kXrdpLog,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Read the service's journal as well."),
              R"cmd(sudo journalctl -u xrdp -u xrdp-sesman -n 100 --no-pager)cmd", Bash},
         }},
        {"server.config_unreadable",
         Severity::Error,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The xrdp configuration cannot be read"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The file xrdp.ini (named in the evidence) is missing or unreadable, so neither xrdp "
             "nor this check knows the port, the security settings or the certificate. xrdp does "
             "not start without it."),
         {
             {Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Show the file and its permissions."),
              R"cmd(ls -l /etc/xrdp/xrdp.ini)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Debian or Ubuntu: restore missing configuration files of the "
                                "package."),
              R"cmd(sudo apt install --reinstall -o Dpkg::Options::=--force-confmiss xrdp)cmd",
              Bash},
         }},
        {"server.not_checked",
         Severity::Info,
         Category::Server,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Some server settings could not be checked"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Parts of the self-check could not read what they need, usually for lack of "
             "administrator rights (the evidence lists them). Those causes are neither confirmed "
             "nor ruled out."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: run the self-check with administrator rights."),
              R"cmd(sudo rdpdiag --server)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: run it from a command prompt opened with 'Run as "
                                "administrator'."),
              R"cmd(rdpdiag --server)cmd", Cmd},
         }},
    };
}

} // namespace rdpdiag
