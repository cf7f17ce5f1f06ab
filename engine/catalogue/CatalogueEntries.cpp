// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The catalogue's content: every finding code of findings.md with its severity, category,
 * stage, texts and remedies. The facts behind the texts and commands are collected in
 * rdp-knowledge.md (§2 error codes, §3 causes and fixes, §4 event IDs).
 *
 * Writing rules for this file:
 * - Texts are for people who are not network experts: say what happened, the usual
 *   causes, and how it connects to the error code the user saw.
 * - Remedies are ordered: the most likely fix first. Where a certificate or private-key
 *   problem is the usual cause, its fix comes before anything else.
 * - Commands must work when pasted as they are (after placeholder substitution) into the
 *   shell named next to them. Never a password. A command that weakens security says so in
 *   its text, together with how to undo it.
 * - Placeholders: {host}, {port}, {address}, {thumbprint} (see Catalogue.h).
 */
#include "catalogue/Catalogue.h"

#include <QtGlobal>

namespace rdpdiag {

namespace {

constexpr Remedy::Where Client = Remedy::Where::Client;
constexpr Remedy::Where Server = Remedy::Where::Server;
constexpr const char *Ps = "powershell";
constexpr const char *Cmd = "cmd";
constexpr const char *Bash = "bash";

// ---------------------------------------------------------------------------------------
// Steps shared by several findings. The same step reads the same everywhere, and
// translators see it once.
// ---------------------------------------------------------------------------------------

// Reachability from this computer.
constexpr RemedyTemplate kTestPortPs{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Test the port from this computer (Windows): 'TcpTestSucceeded : True' means "
                      "a connection could be opened."),
    R"cmd(Test-NetConnection -ComputerName {host} -Port {port})cmd", Ps};
constexpr RemedyTemplate kTestPortNc{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on macOS or Linux: 'succeeded' or "
                                            "'open' means a connection could be opened."),
    R"cmd(nc -vz {host} {port})cmd", Bash};

// Remote Desktop Services on a Windows server.
constexpr RemedyTemplate kServices{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On the remote computer, check that the Remote Desktop "
                                            "services are running (Status: Running)."),
    R"cmd(Get-Service -Name TermService, SessionEnv, UmRdpService)cmd", Ps};
constexpr RemedyTemplate kRestartTermService{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Restart Remote Desktop Services on the remote computer, as administrator. This ends every "
        "remote session on it, so run it from the console or expect to be disconnected."),
    R"cmd(Restart-Service -Name TermService -Force)cmd", Ps};
constexpr RemedyTemplate kQwinsta{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Check that the Remote Desktop listener is ready: the "
                                            "line 'rdp-tcp' must show the state 'Listen'."),
    R"cmd(qwinsta)cmd", Cmd};
constexpr RemedyTemplate kNetstat{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "See what listens on port {port}: a 'LISTENING' line whose last number (the "
                      "process ID) matches the PID shown for TermService. If a router forwards a "
                      "different port to this computer, use that port instead."),
    R"cmd(netstat -ano | findstr :{port} & tasklist /svc /fi "services eq TermService")cmd", Cmd};
constexpr RemedyTemplate kPortNumber{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Check which port Remote Desktop listens on. The value "
                                            "is shown in hexadecimal: 0xd3d is the default 3389."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v PortNumber)cmd",
    Cmd};
constexpr RemedyTemplate kListenerSettings{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 "
        "(negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, "
        "MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does "
        "not work together with MinEncryptionLevel 1."),
    R"cmd(Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' | Select-Object SecurityLayer, UserAuthentication, MinEncryptionLevel, PortNumber, MaxInstanceCount)cmd",
    Ps};
constexpr RemedyTemplate kSecurityLayerQuery{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check the security layer of the listener: 0x0 = Standard RDP Security only, "
                      "0x1 = negotiate, 0x2 = TLS required."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer)cmd",
    Cmd};
constexpr RemedyTemplate kSecurityLayerTls{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote "
                      "Desktop Services. TLS needs a working certificate; if connections fail "
                      "afterwards, follow the certificate findings."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 2 /f)cmd",
    Cmd};
constexpr RemedyTemplate kSecurityLayerPolicy{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check whether a Group Policy sets the security layer ('Require use of "
                      "specific security layer for remote (RDP) connections'). If this value "
                      "exists it overrides the listener's setting, so change the policy instead."),
    R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v SecurityLayer)cmd",
    Cmd};
constexpr RemedyTemplate kNlaQuery{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check the NLA setting of the listener: UserAuthentication 0x1 means Network "
                      "Level Authentication is required."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v UserAuthentication)cmd",
    Cmd};
constexpr RemedyTemplate kNlaOn{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Require Network Level Authentication (as "
                                            "administrator). NLA also needs SecurityLayer 1 or 2."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v UserAuthentication /t REG_DWORD /d 1 /f)cmd",
    Cmd};

// Certificate and private key of a Windows server (rdp-knowledge.md §3.2, §4).
constexpr RemedyTemplate kCertEvents{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On the remote computer, look for events that confirm a certificate problem: Schannel "
        "36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be "
        "created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be "
        "created or renewed). 'No events were found' makes these causes less likely."),
    R"cmd(Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Schannel','Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id=36870,36871,1057,1058} -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
    Ps};
constexpr RemedyTemplate kCertEventsWevtutil{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "The same check with wevtutil: Schannel event 36870 in the last 24 hours."),
    R"cmd(wevtutil qe System /c:5 /rd:true /f:text /q:"Event[System[Provider[@Name='Schannel'] and EventID=36870 and TimeCreated[timediff(@SystemTime) <= 86400000]]]")cmd",
    Cmd};
constexpr RemedyTemplate kMachineKeysBackup{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Back up the permissions of the MachineKeys folder, where Windows keeps the private keys "
        "of the computer's certificates, before changing anything. To undo the changes later: "
        "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA /restore \"%TEMP%\\MachineKeys-acl.txt\""),
    R"cmd(icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys /save "%TEMP%\MachineKeys-acl.txt" /t /c)cmd",
    Cmd};
constexpr RemedyTemplate kMachineKeysShow{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Show the folder's permissions: Administrators need full control (F) and "
                      "Everyone read and write access to the folder itself. Missing entries or "
                      "'Access is denied' mean the permissions are broken."),
    R"cmd(icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys)cmd", Cmd};
constexpr RemedyTemplate kMachineKeysTakeown{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "If the permissions are broken, first make the Administrators group the "
                      "owner of the folder and its key files (as administrator)."),
    R"cmd(takeown /f "C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys" /a /r)cmd", Cmd};
constexpr RemedyTemplate kMachineKeysGrant{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control "
                      "and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every "
                      "Windows language. Restart Remote Desktop Services afterwards."),
    R"cmd(icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys /t /c /grant *S-1-5-18:(F) *S-1-5-32-544:(F) *S-1-5-20:(R))cmd",
    Cmd};
constexpr RemedyTemplate kRenewSelfSigned{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Renew the self-signed Remote Desktop certificate: delete it and restart the services, "
        "which create a new one (event 1056). This ends every remote session on the computer."),
    R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Remove-Item; Restart-Service -Name SessionEnv, TermService -Force)cmd",
    Ps};
constexpr RemedyTemplate kCertHashQuery{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Check whether a specific certificate was chosen for Remote Desktop. If this value exists, "
        "that certificate must still be in the computer's Personal store, with its private key."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SSLCertificateSHA1Hash)cmd",
    Cmd};
constexpr RemedyTemplate kCertList{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "List the certificates Remote Desktop can use; the one chosen (or the self-signed one) "
        "must show HasPrivateKey True and a NotAfter date in the future."),
    R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop', 'Cert:\LocalMachine\My' | Format-Table Thumbprint, Subject, NotAfter, HasPrivateKey)cmd",
    Ps};
constexpr RemedyTemplate kCertHashDelete{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop "
        "falls back to its self-signed certificate, then restart Remote Desktop Services."),
    R"cmd(reg delete "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SSLCertificateSHA1Hash /f)cmd",
    Cmd};
constexpr RemedyTemplate kCertFind{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) "
        "and show its names, dates and purposes. No output means the server sent a certificate it "
        "does not hold in these stores: check that you reached the right computer."),
    R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop', 'Cert:\LocalMachine\My' | Where-Object Thumbprint -eq '{thumbprint}' | Format-List Subject, DnsNameList, NotBefore, NotAfter, HasPrivateKey, EnhancedKeyUsageList)cmd",
    Ps};
constexpr RemedyTemplate kCertInUse{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On the remote computer, show the thumbprint of the certificate Remote Desktop really "
        "uses. It must be {thumbprint}; if it differs, another device answered in between "
        "(interception, or a different computer): do not accept the certificate."),
    R"cmd((Get-CimInstance -Namespace root\cimv2\TerminalServices -ClassName Win32_TSGeneralSetting -Filter "TerminalName='RDP-Tcp'").SSLCertificateSHA1Hash)cmd",
    Ps};
constexpr RemedyTemplate kCaCertificate{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "If the certificate comes from your organisation's certificate authority, have a new one "
        "issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients "
        "use), install it in the computer's Personal store and select it for Remote Desktop, for "
        "example with the Group Policy 'Server authentication certificate template'."),
    nullptr, nullptr};

// Cloud virtual machines (rdp-knowledge.md §3.3, §3.4).
constexpr RemedyTemplate kCloudResetCert{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Cloud virtual machine that you cannot reach any other way: run the fix through the cloud "
        "console, not Remote Desktop. In Azure: the VM's Run command > ResetRDPCert, or the serial "
        "console; with the Azure CLI set VM and RG to the VM's name and resource group first. "
        "ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: "
        "restore them afterwards (next step)."),
    R"cmd(az vm run-command invoke --command-id ResetRDPCert --name "$VM" --resource-group "$RG")cmd",
    Bash};
constexpr RemedyTemplate kRestoreSecurity{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "After ResetRDPCert or any test with lowered security, set the listener back "
                      "to secure values: TLS required (SecurityLayer 2) and client-compatible "
                      "encryption (MinEncryptionLevel 2), then restart Remote Desktop Services."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 2 /f && reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 2 /f)cmd",
    Cmd};
constexpr RemedyTemplate kMiddlebox{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "If the server looks healthy, a firewall, VPN or intrusion-prevention system between here "
        "and the server may be cutting Remote Desktop connections. Test from a computer on the "
        "same network as the server, and check the logs of the devices in between."),
    nullptr, nullptr};

// TLS settings of a Windows server (Schannel, rdp-knowledge.md §3.1, §4).
constexpr RemedyTemplate kSchannelEvents{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On the remote computer, read the Schannel events: 36874 (no cipher suite in "
                      "common with the client), 36888 (the server sent a fatal alert; the alert "
                      "number is in the message), 36871 (the TLS credential could not be created, "
                      "often because TLS versions are switched off)."),
    R"cmd(Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Schannel'; Id=36871,36874,36888} -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
    Ps};
constexpr RemedyTemplate kSchannelProtocols{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Show which TLS versions are switched on or off in the registry. Under 'TLS "
                      "1.2\\Server', Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no "
                      "entry means the Windows default."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols" /s)cmd",
    Cmd};
constexpr RemedyTemplate kEnableTls12{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Switch TLS 1.2 on for the server side (as administrator); Windows reads the "
                      "setting only when it starts, so restart the computer afterwards."),
    R"cmd($k = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Server'; if (-not (Test-Path $k)) { New-Item -Path $k -Force | Out-Null }; New-ItemProperty -Path $k -Name Enabled -Value 1 -PropertyType DWord -Force | Out-Null; New-ItemProperty -Path $k -Name DisabledByDefault -Value 0 -PropertyType DWord -Force | Out-Null)cmd",
    Ps};
constexpr RemedyTemplate kRestartComputer{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Restart the remote computer so that the new TLS settings take effect."),
    R"cmd(Restart-Computer)cmd", Ps};
constexpr RemedyTemplate kWin2008R2{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS "
        "1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them."),
    nullptr, nullptr};
constexpr RemedyTemplate kCipherPolicy{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Check whether a Group Policy sets the cipher suite list ('SSL Cipher Suite Order'). If "
        "this value exists it replaces the Windows defaults and must still contain suites that "
        "Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and "
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256."),
    R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002" /v Functions)cmd",
    Cmd};
constexpr RemedyTemplate kCipherList{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "List the cipher suites the remote computer offers "
                                            "(Windows 10, Windows Server 2016 and later)."),
    R"cmd(Get-TlsCipherSuite | Format-Table Name)cmd", Ps};

// Linux servers running xrdp (peers-measured.md §3).
constexpr RemedyTemplate kXrdpStatus{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On a Linux server with xrdp, check that the service runs and listens on port {port}."),
    R"cmd(systemctl status xrdp --no-pager; sudo ss -ltnp | grep ':{port}')cmd", Bash};
constexpr RemedyTemplate kXrdpLog{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, read the end of its log. 'Error loading TLS certificate "
                      "chain', 'ee key too small' or 'Permission denied' mean the certificate or "
                      "its key file cannot be used."),
    R"cmd(sudo tail -n 50 /var/log/xrdp.log)cmd", Bash};
constexpr RemedyTemplate kXrdpConfig{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, show its security settings. Empty certificate and "
                      "key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem."),
    R"cmd(grep -nE '^#?(security_layer|crypt_level|ssl_protocols|tls_ciphers|certificate|key_file)=' /etc/xrdp/xrdp.ini)cmd",
    Bash};
constexpr RemedyTemplate kXrdpKeyAccess{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group "
                      "ssl-cert to read the default key file."),
    R"cmd(sudo adduser xrdp ssl-cert && sudo systemctl restart xrdp)cmd", Bash};
constexpr RemedyTemplate kXrdpRegenerate{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On Debian or Ubuntu, when xrdp uses the system's default (snakeoil) "
                      "certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. "
                      "Other services that use the default certificate get the new one too."),
    R"cmd(sudo make-ssl-cert generate-default-snakeoil --force-overwrite && sudo systemctl restart xrdp)cmd",
    Bash};
constexpr RemedyTemplate kXrdpCertShow{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On an xrdp server, show the certificate's name, end date and SHA-1 fingerprint; it should "
        "match {thumbprint} (openssl separates the pairs of digits with colons)."),
    R"cmd(openssl x509 -in /etc/xrdp/cert.pem -noout -subject -enddate -fingerprint -sha1)cmd",
    Bash};
constexpr RemedyTemplate kXrdpModernTls{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it."),
    R"cmd(sudo sed -i 's/^ssl_protocols=.*/ssl_protocols=TLSv1.2, TLSv1.3/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
    Bash};

// Clocks (rdp-knowledge.md §1.6: the NTLM timestamp).
constexpr RemedyTemplate kClockCompare{
    Client,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Compare this computer's clock with a time server; the offsets are in seconds."),
    R"cmd(w32tm /stripchart /computer:time.windows.com /samples:3 /dataonly)cmd", Cmd};
constexpr RemedyTemplate kClockResync{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Synchronise this computer's clock now (as administrator)."),
    R"cmd(w32tm /resync)cmd", Cmd};
constexpr RemedyTemplate kClockLinuxShow{
    Client,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On Linux, check the clock: 'System clock synchronized: yes' should be shown."),
    R"cmd(timedatectl)cmd", Bash};
constexpr RemedyTemplate kClockLinuxFix{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On Linux, turn automatic time synchronisation on."),
    R"cmd(sudo timedatectl set-ntp true)cmd", Bash};
constexpr RemedyTemplate kClockMacFix{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On macOS, set the clock from Apple's time server."),
    R"cmd(sudo sntp -sS time.apple.com)cmd", Bash};
constexpr RemedyTemplate kClockServer{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On the remote Windows computer, show where it takes its time from (in a "
                      "domain: a domain controller) and synchronise it."),
    R"cmd(w32tm /query /status & w32tm /resync)cmd", Cmd};

// DNS on this computer.
constexpr RemedyTemplate kResolvePs{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Ask DNS for the name from this computer (Windows) and "
                                            "note the answer or the error message."),
    R"cmd(Resolve-DnsName -Name {host})cmd", Ps};
constexpr RemedyTemplate kFlushDns{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "If the name or its address changed recently, clear "
                                            "this computer's DNS cache and try again."),
    R"cmd(ipconfig /flushdns)cmd", Cmd};

} // namespace

const QList<CatalogueEntry> &catalogueEntries()
{
    // A function-local static: built on first use, so other static initialisers can use
    // the catalogue safely, and only once, thread-safely.
    static const QList<CatalogueEntry> entries = {
        // =====================================================================================
        // dns
        // =====================================================================================
        {"dns.not_found",
         Severity::Error,
         Category::Network,
         StageId::Dns,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The computer name does not exist in DNS"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "DNS, the service that turns computer names into network addresses, answered that no "
             "computer called {host} exists, so a connection cannot even start. Usually the name "
             "is misspelled, lacks its domain part, or exists only inside a company network that "
             "this computer is not connected to (for example while the VPN is off). Remote Desktop "
             "clients report this as error code 0x104 or 0x208."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check the spelling of {host}. For a short computer name, try its "
                                "full name including the domain (such as pc01.corp.example.com), "
                                "or the computer's IP address."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "If the computer is in a company network, "
                                                      "connect to the VPN first and try again."),
              nullptr, nullptr},
             kResolvePs,
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same question with nslookup (Windows)."),
              R"cmd(nslookup {host})cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On Linux, resolve the name the way applications do."),
              R"cmd(getent ahosts {host})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On macOS, resolve the name the way applications do."),
              R"cmd(dscacheutil -q host -a name {host})cmd", Bash},
             kFlushDns,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the name should exist, ask the network administrator to add it "
                                "to DNS. A Windows computer in a domain registers its own name "
                                "again with this command, run on the remote computer."),
              R"cmd(ipconfig /registerdns)cmd", Cmd},
         }},
        {"dns.failed",
         Severity::Error,
         Category::Network,
         StageId::Dns,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The computer name could not be looked up"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer asked DNS for the address of {host} but got no usable answer: the DNS "
             "server did not reply in time or reported a failure. Usually this computer has no "
             "working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that "
             "changed the DNS settings) or the company's DNS server is down. Remote Desktop "
             "clients report this as error code 0x104, 0x508 or 0x604."),
         {
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Check that this computer is online by opening a web page. On hotel, airport or "
                  "guest Wi-Fi, complete the network's sign-in page first."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Show which DNS servers this computer uses (Windows). With a VPN connected, the "
                  "VPN's DNS servers should be listed for its adapter."),
              R"cmd(Get-DnsClientServerAddress -AddressFamily IPv4)cmd", Ps},
             kResolvePs,
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On Linux with systemd-resolved, show the DNS servers in use."),
              R"cmd(resolvectl status)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On macOS, show the DNS servers in use."),
              R"cmd(scutil --dns)cmd", Bash},
             kFlushDns,
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "As a workaround, connect to the computer's IP address instead of its name (its "
                  "administrator knows it); expect a certificate name warning then."),
              nullptr, nullptr},
         }},

        // =====================================================================================
        // tcp
        // =====================================================================================
        {"tcp.refused",
         Severity::Error,
         Category::Network,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Nothing is listening on the Remote Desktop port"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer at {address} is reachable, but it refused the connection on port "
             "{port}: no program accepts connections there. Usually Remote Desktop is turned off "
             "or its service is stopped, it listens on a different port, or the wrong computer or "
             "port was given (a few firewalls also refuse connections this way). Remote Desktop "
             "clients report this as error code 0x204."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check the port: Remote Desktop uses 3389 unless its administrator "
                                "changed it. For another port, connect to the name followed by a "
                                "colon and the port, such as {host}:3390."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the remote computer, check that Remote Desktop is allowed: "
                                "fDenyTSConnections must be 0x0."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /v fDenyTSConnections)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Turn Remote Desktop on (as administrator; Settings > System > "
                                "Remote Desktop does the same). If it turns itself off again, a "
                                "Group Policy controls it: ask the administrator of the domain."),
              R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 0 /f)cmd",
              Cmd},
             kServices,
             kRestartTermService,
             kQwinsta,
             kPortNumber,
             kNetstat,
             kXrdpStatus,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On a Linux server, start xrdp and have it start at boot."),
              R"cmd(sudo systemctl enable --now xrdp)cmd", Bash},
         }},
        {"tcp.timeout",
         Severity::Error,
         Category::Firewall,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "No answer on the Remote Desktop port"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The connection attempt to {address} on port {port} got no answer at all before the "
             "time limit. Usually a firewall silently drops it: the Windows Firewall of the remote "
             "computer, a company firewall, a router without port forwarding, or a cloud security "
             "group. The remote computer may also be switched off or asleep. Remote Desktop "
             "clients report this as error code 0x204 or 0x108."),
         {
             kTestPortPs,
             kTestPortNc,
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Make sure the remote computer is switched on and awake, and that "
                                "any VPN needed to reach it is connected."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the remote computer (as administrator), allow Remote Desktop "
                                "through Windows Firewall."),
              R"cmd(Enable-NetFirewallRule -DisplayGroup "Remote Desktop")cmd", Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "The same with netsh, from a command prompt."),
              R"cmd(netsh advfirewall firewall set rule group="remote desktop" new enable=Yes)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On Windows in another language the group name is translated and the two "
                  "commands above find nothing; the rule's internal name works in every language."),
              R"cmd(Enable-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP)cmd", Ps},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "The built-in rule covers only the default port 3389. If Remote Desktop was "
                  "moved to another port, add a rule for that port (the command uses {port})."),
              R"cmd(New-NetFirewallRule -DisplayName "Remote Desktop (TCP {port})" -Direction Inbound -Protocol TCP -LocalPort {port} -Action Allow)cmd",
              Ps},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), "
                  "its network security group or firewall rules must allow inbound TCP port {port} "
                  "from your public address. In Azure, Network Watcher's 'IP flow verify' shows "
                  "which rule drops the traffic."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall "
                  "command through the cloud console instead (in Azure: Run command > "
                  "RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG "
                  "to the VM's name and resource group first."),
              R"cmd(az vm run-command invoke --command-id RunPowerShellScript --name "$VM" --resource-group "$RG" --scripts 'Enable-NetFirewallRule -DisplayGroup "Remote Desktop"')cmd",
              Bash},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "When connecting from the internet through a home or office router, the router "
                  "must forward TCP port {port} to the computer. Remote Desktop open to the whole "
                  "internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway "
                  "is safer."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On a Linux server with ufw (Ubuntu), allow the port."),
              R"cmd(sudo ufw allow {port}/tcp)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On a Linux server with firewalld (Fedora, RHEL), allow the port."),
              R"cmd(sudo firewall-cmd --permanent --add-port={port}/tcp && sudo firewall-cmd --reload)cmd",
              Bash},
         }},
        {"tcp.unreachable",
         Severity::Error,
         Category::Network,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "There is no network route to the remote computer"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The connection attempt to {address} could not be delivered: the network reported "
             "that the computer or its network cannot be reached. Usually this computer is not "
             "connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a "
             "private network that is reachable only through a VPN, or a router on the way rejects "
             "the traffic. Remote Desktop clients report this as error code 0x204."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Connect to the network the remote computer belongs to (for "
                                "example the company VPN) and try again."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Show the route and network adapter this computer would use for "
                                "{address} (Windows); an error means there is no route."),
              R"cmd(Find-NetRoute -RemoteIPAddress {address})cmd", Ps},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on Linux."),
              R"cmd(ip route get {address})cmd", Bash},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on macOS."),
              R"cmd(route -n get {address})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Trace the path (Windows): the last router "
                                                      "that answers is where the traffic stops."),
              R"cmd(tracert -d {address})cmd", Cmd},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Trace the path on macOS or Linux."),
              R"cmd(traceroute -n {address})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If the address is an IPv6 address (it contains colons) and this network has no "
                  "IPv6, connect to the computer's IPv4 address instead."),
              nullptr, nullptr},
         }},
        {"tcp.slow",
         Severity::Warning,
         Category::Network,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Setting up connections is slow"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Connections to {address} do work, but setting one up took more than 150 ms (the "
             "middle value of several attempts). Remote Desktop then feels sluggish, and a slow "
             "link that also loses packets can make sessions drop (error code 0x904 with extended "
             "code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, "
             "or a busy Wi-Fi or mobile connection."),
         {
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Measure the round-trip time and packet loss (Windows). Some servers do not "
                  "answer ping; then only the connection times count."),
              R"cmd(ping -n 20 {address})cmd", Cmd},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on macOS or Linux."),
              R"cmd(ping -c 20 {address})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Find where the delay or loss starts (Windows; takes a few minutes)."),
              R"cmd(pathping -n {address})cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Prefer a cable or a stronger Wi-Fi signal. With a VPN, ask whether this traffic "
                  "can take a shorter path (split tunnelling) or a closer VPN gateway."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "In the Remote Desktop client, let it detect the connection quality or choose a "
                  "lower connection speed, so that less data is sent."),
              nullptr, nullptr},
         }},
        {"tcp.unstable",
         Severity::Warning,
         Category::Network,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Some connection attempts failed"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Of several connection attempts to {address} on port {port}, some failed while others "
             "worked. Failures that come and go point to an unreliable link (Wi-Fi, mobile, VPN), "
             "a load balancer or router with one bad path, or a server or firewall that limits how "
             "many new connections it accepts. Users see connections that work one time and fail "
             "with 0x204 or 0x904 the next."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Repeat the connection test 20 times (Windows); every 'False' is a "
                                "failed attempt."),
              R"cmd(1..20 | ForEach-Object { (Test-NetConnection -ComputerName {host} -Port {port} -WarningAction SilentlyContinue).TcpTestSucceeded })cmd",
              Ps},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on macOS or Linux."),
              R"cmd(for i in $(seq 1 20); do nc -vz -w 3 {host} {port}; sleep 1; done)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If the failures follow the network (Wi-Fi, VPN), try another one; if they "
                  "follow the time of day, suspect load on the server or on a firewall."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the remote computer, look in the System event log for event "
                                "1006 (a large number of incomplete connections): the server then "
                                "defends itself against connection floods, often from internet "
                                "scanners when port {port} is open to the internet."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check the listener's connection limit: MaxInstanceCount should be "
                                "0xffffffff (no limit)."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If a load balancer or router shares the name among several "
                                "servers, test each server directly: one of them may be down."),
              nullptr, nullptr},
         }},
        {"firewall.local_block",
         Severity::Error,
         Category::Firewall,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "This computer's own firewall blocks the Remote Desktop port"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "A rule of the firewall on this computer drops or rejects outgoing connections to "
             "port {port}, so the connection never leaves this computer. Such rules come from "
             "company security policies, security software, or a rule added by hand. The Remote "
             "Desktop client then reports error code 0x204 or a time-out, although the remote "
             "computer may be perfectly fine."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On Windows, list the enabled firewall rules that block outgoing "
                                "connections to port {port}."),
              R"cmd(Get-NetFirewallRule -Direction Outbound -Action Block -Enabled True | Where-Object { ($_ | Get-NetFirewallPortFilter).RemotePort -contains '{port}' } | Format-Table Name, DisplayName, Profile)cmd",
              Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the rule comes from your organisation (Group Policy or "
                                "security software), ask the IT department to allow Remote Desktop "
                                "to {host}. Do not switch the firewall off."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On Linux, list the firewall rules that mention port {port}."),
              R"cmd(sudo nft list ruleset | grep -n -w {port})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On Linux with ufw, show the active rules."),
              R"cmd(sudo ufw status verbose)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On Linux with ufw, allow outgoing connections to port {port}."),
              R"cmd(sudo ufw allow out {port}/tcp)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On macOS the built-in firewall only filters incoming connections; look for "
                  "outgoing rules in installed security or firewall software."),
              nullptr, nullptr},
         }},

        // =====================================================================================
        // x224: the Remote Desktop negotiation request and its answer
        // =====================================================================================
        {"x224.reset",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server reset the connection during security negotiation"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer accepted the connection, then hung up abruptly (a reset) as soon "
             "as this computer asked to negotiate security, without any answer. This is the "
             "classic signature of error code 0x904 with extended code 0x7: the server answers the "
             "call, then drops it before the handshake completes. Most often the server's Remote "
             "Desktop certificate or its private key is unusable (wrong permissions on the "
             "MachineKeys folder, a damaged certificate store); less often the security settings "
             "do not match, or a firewall or intrusion-prevention system cuts the connection."),
         {
             kCertEvents,
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
             kCertHashQuery,
             kCertList,
             kListenerSettings,
             kRestartTermService,
             kCloudResetCert,
             kRestoreSecurity,
             kMiddlebox,
         }},
        {"x224.closed",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server closed the connection without answering"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer accepted the connection but closed it, without an answer, as "
             "soon as this computer asked to negotiate security. Like a reset, this usually shows "
             "as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services "
             "refuses new connections (starting, stopping or overloaded), its certificate or "
             "security settings are unusable, or the port leads to a device that accepts "
             "connections but is not a working Remote Desktop server, such as a port forward to a "
             "computer that is off."),
         {
             kServices,
             kQwinsta,
             kCertEvents,
             kRenewSelfSigned,
             kListenerSettings,
             kRestartTermService,
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If a router, load balancer or proxy forwards the port, check that it points at "
                  "the right computer and that this computer is running."),
              nullptr, nullptr},
             kXrdpLog,
         }},
        {"x224.timeout",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server did not answer the security negotiation in time"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The connection to port {port} was accepted, but no complete answer to the Remote "
             "Desktop negotiation request arrived in time. Usually the port leads to something "
             "that accepts connections but does not speak Remote Desktop (a proxy or port forward "
             "whose target is down, a Remote Desktop Gateway or web service waiting for another "
             "protocol), or Remote Desktop Services on the server hangs. The client waits and then "
             "fails, typically with error code 0x904, 0x108 or 0x704."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check that {port} is the Remote Desktop port itself. A Remote "
                                "Desktop Gateway (usually port 443) is entered as the gateway in "
                                "the client's advanced settings, not as the computer."),
              nullptr, nullptr},
             kServices,
             kRestartTermService,
             kNetstat,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If a router, load balancer or proxy forwards the port, check that "
                                "its target computer is up and reachable from it."),
              nullptr, nullptr},
             kXrdpStatus,
         }},
        {"x224.not_rdp",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "Something other than Remote Desktop answers on this port"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The program answering on port {port} of {address} is not a Remote Desktop server: "
             "its reply looks like another service, such as SSH or a web server (the evidence "
             "shows its first bytes). Usually the port number is wrong, or a router forwards the "
             "port to the wrong computer or service. A Remote Desktop client reports this only as "
             "a general failure such as error code 0x904."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check the port with the server's administrator; Remote Desktop "
                                "normally uses 3389. Port 22 is SSH; ports 80 and 443 are web "
                                "services or a Remote Desktop Gateway, which is entered as the "
                                "gateway in the client's settings, not as the computer."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On the remote Windows computer, show the program that listens on port {port}."),
              R"cmd(Get-Process -Id (Get-NetTCPConnection -LocalPort {port} -State Listen).OwningProcess)cmd",
              Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On a Linux server, show the program that listens on port {port}."),
              R"cmd(sudo ss -ltnp | grep ':{port}')cmd", Bash},
             kPortNumber,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If a router forwards the port, make sure it points at the right "
                                "computer and at its Remote Desktop port."),
              nullptr, nullptr},
         }},
        {"x224.malformed",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server's answer to the security negotiation is damaged"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer answered in Remote Desktop's format, but the content is not a "
             "valid reply to the negotiation request (wrong type, length or fields; the evidence "
             "holds the bytes). This points to faulty or unusual Remote Desktop server software, "
             "or to a device in the network path that alters the traffic. The client gives up, "
             "typically with error code 0x904 or a protocol error."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If possible, connect directly, without proxies, load balancers or "
                                "security devices in between, and run the test again."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Update the Remote Desktop server software (Windows updates, xrdp, or "
                  "remote-access software that hooks into Remote Desktop) and check its log."),
              nullptr, nullptr},
             kXrdpLog,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Send this report, with the bytes in the evidence, to the vendor "
                                "of the server software."),
              nullptr, nullptr},
         }},

        // =====================================================================================
        // security: what the negotiation answer says about the server's policy
        // =====================================================================================
        {"security.rdp_only",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server only offers the old Standard RDP Security"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer allows only Standard RDP Security, the original Remote Desktop "
             "encryption without TLS: it refuses TLS, or picks the old method even when TLS is "
             "requested. Many current clients refuse this method because it cannot prove the "
             "server's identity, so the connection fails, often with error code 0x904. On Windows "
             "this is SecurityLayer 0, on xrdp security_layer=rdp."),
         {
             kSecurityLayerQuery,
             kSecurityLayerPolicy,
             kSecurityLayerTls,
             kRestartTermService,
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On an xrdp server, set security_layer=negotiate and restart xrdp (use tls "
                  "instead of negotiate to refuse Standard RDP Security completely)."),
              R"cmd(sudo sed -i 's/^security_layer=.*/security_layer=negotiate/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
              Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Do not lower this computer's security settings to connect: the "
                                "server's setting is what must change."),
              nullptr, nullptr},
         }},
        {"security.no_certificate",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server has no usable certificate for a secure connection"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer answered that it cannot start TLS because it has no valid "
             "certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote "
             "Desktop certificate by itself, so creating or reading it failed: most often the "
             "private key cannot be read because of wrong permissions on the MachineKeys folder, "
             "the certificate store is damaged, or a certificate chosen for Remote Desktop was "
             "deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security "
             "error."),
         {
             kCertEvents,
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
             kCertHashQuery,
             kCertList,
             kCertHashDelete,
             kRestartTermService,
             kCloudResetCert,
             kRestoreSecurity,
         }},
        {"security.inconsistent_flags",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server rejected the requested security protocols as inconsistent"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers "
             "the requested combination of security protocols inconsistent with what is already in "
             "effect. This is rare and usually means faulty server software or a device in between "
             "that changes the negotiation. The client cannot continue and reports a general "
             "failure such as error code 0x904."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Run the test again; if the result stays, test from another "
                                "network without proxies or load balancers in between."),
              nullptr, nullptr},
             kRestartTermService,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Install pending updates of the server's Remote Desktop software; "
                                "if the problem remains, send this report to its vendor."),
              nullptr, nullptr},
         }},
        {"security.tls_required",
         Severity::Info,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server requires TLS encryption"),
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The remote computer refuses the old Standard RDP Security and accepts "
                           "only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is "
                           "the recommended setting, and every current Remote Desktop client "
                           "supports it. Only very old clients cannot connect."),
         {
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Nothing to change on a current client. If an old client cannot connect, update "
                  "the client rather than lowering the server's security."),
              nullptr, nullptr},
             kSecurityLayerQuery,
         }},
        {"security.nla_required",
         Severity::Info,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server requires Network Level Authentication (NLA)"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer accepts only clients that sign in before the session starts, "
             "using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This "
             "is the secure default on Windows. The client must have NLA switched on and valid "
             "credentials, and for a domain account the remote computer must reach a domain "
             "controller; otherwise sign-in fails with an authentication error, not a network "
             "error."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Make sure the client has NLA switched on: in an .rdp file, the "
                                "line enablecredsspsupport:i:0 turns it off. Change it to "
                                "enablecredsspsupport:i:1 or delete the line."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Sign in with an account that may use Remote Desktop on that "
                                "computer (a member of Remote Desktop Users or Administrators), "
                                "written as DOMAIN\\user or user@domain."),
              nullptr, nullptr},
             kNlaQuery,
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Only if sign-in fails because the remote computer cannot reach a domain "
                  "controller ('The Local Security Authority cannot be contacted'): switch NLA off "
                  "for a short time. This weakens security, since anyone who reaches the port gets "
                  "a sign-in screen; switch it back on with /d 1 as soon as the domain connection "
                  "works."),
              R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v UserAuthentication /t REG_DWORD /d 0 /f)cmd",
              Cmd},
         }},
        {"security.user_auth_required",
         Severity::Info,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server requires a client certificate"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer accepts only TLS connections in which the client also proves its "
             "identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is "
             "unusual. rdpdiag sends no client certificate, so it cannot test further, and clients "
             "without the expected certificate cannot connect."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Ask the server's administrator which client certificate or smart "
                                "card is required, and install it on this computer."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On the remote computer, save a report of the Group Policy settings in effect "
                  "and open it, to find the setting that requires client authentication."),
              R"cmd(gpresult /h "%TEMP%\gpresult.html" && start "" "%TEMP%\gpresult.html")cmd",
              Cmd},
         }},
        {"security.standard_rdp_allowed",
         Severity::Warning,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server still accepts the insecure Standard RDP Security"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Besides TLS, the remote computer still accepts Standard RDP Security, the original "
             "Remote Desktop encryption. It cannot prove the server's identity, so a device in the "
             "network path could pose as the server and read what is typed, passwords included. It "
             "does not stop connections, but it should be switched off."),
         {
             kSecurityLayerTls,
             kRestartTermService,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "In a domain, set the Group Policy Computer Configuration > "
                                "Administrative Templates > Windows Components > Remote Desktop "
                                "Services > Remote Desktop Session Host > Security > 'Require use "
                                "of specific security layer for remote (RDP) connections' to SSL."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On an xrdp server, accept TLS only and restart xrdp (a working "
                                "certificate is needed)."),
              R"cmd(sudo sed -i 's/^security_layer=.*/security_layer=tls/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
              Bash},
         }},
        {"security.nla_unsupported",
         Severity::Warning,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server does not offer Network Level Authentication (NLA)"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer does not offer CredSSP, the protocol behind Network Level "
             "Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which "
             "costs the server resources and exposes it to password guessing and to attacks before "
             "sign-in. Connections still work, but a Windows server should require NLA."),
         {
             kNlaOn,
             kSecurityLayerQuery,
             kRestartTermService,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "xrdp 0.9 does not offer NLA; limit who can reach its port with a "
                                "firewall rule or a VPN instead."),
              nullptr, nullptr},
         }},
        {"security.client_mismatch",
         Severity::Error,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "This computer's connection settings do not match the server's policy"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The settings in the connection file (.rdp) used here cannot meet what the remote "
             "computer requires; for example Network Level Authentication (CredSSP) is switched "
             "off in the file while the server requires it. The server is fine: the client gives "
             "up with error code 0x904 or an authentication message. Changing the lines named "
             "below in the .rdp file fixes it."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Open the .rdp file in a text editor (such as Notepad) and change "
                                "the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or "
                                "delete it: NLA is on by default."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the file contains negotiate security layer:i:0, change it to "
                                "negotiate security layer:i:1 (the default), so that the client "
                                "negotiates TLS and NLA with the server."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Save the file and connect again. If your IT department provides the file (for "
                  "example through a Remote Desktop web feed), ask them to correct it there."),
              nullptr, nullptr},
         }},

        // =====================================================================================
        // tls
        // =====================================================================================
        {"tls.reset",
         Severity::Error,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server reset the connection during the TLS handshake"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer agreed to use TLS, then abruptly reset the connection in the "
             "middle of the TLS handshake, before a secure channel existed. This is the typical "
             "pattern behind error code 0x904 with extended code 0x7. Most often the server cannot "
             "use its certificate's private key (wrong permissions on the MachineKeys folder, a "
             "damaged certificate store); less often TLS 1.2 or the needed cipher suites are "
             "switched off on the server, or a firewall or intrusion-prevention system cuts TLS "
             "connections."),
         {
             kCertEvents,
             kCertEventsWevtutil,
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
             kCertHashQuery,
             kCertList,
             kSchannelProtocols,
             kSchannelEvents,
             kXrdpLog,
             kXrdpKeyAccess,
             kXrdpRegenerate,
             kCloudResetCert,
             kRestoreSecurity,
             kMiddlebox,
         }},
        {"tls.closed",
         Severity::Error,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server closed the connection during the TLS handshake"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer agreed to use TLS but closed the connection during the "
             "handshake, without an error message. As with a reset, the usual reason is that the "
             "server cannot use its certificate or private key: on Windows wrong MachineKeys "
             "permissions or a damaged certificate store, on xrdp a key file it cannot read or a "
             "certificate its TLS library rejects (for example a key shorter than 2048 bits). "
             "Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps."),
         {
             kCertEvents,
             kMachineKeysBackup,
             kMachineKeysShow,
             kMachineKeysTakeown,
             kMachineKeysGrant,
             kRenewSelfSigned,
             kCertHashQuery,
             kCertList,
             kXrdpLog,
             kXrdpKeyAccess,
             kXrdpRegenerate,
             kSchannelProtocols,
             kSchannelEvents,
             kMiddlebox,
         }},
        {"tls.timeout",
         Severity::Error,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The TLS handshake stalled"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer agreed to use TLS, but the handshake stopped making progress and "
             "ran out of time. A likely cause, especially over a VPN, is a path that cannot carry "
             "full-size packets (an MTU black hole): small messages get through, but the server's "
             "certificate, sent in large packets, never arrives. An overloaded server or a "
             "security device that holds the connection looks the same. Clients wait at 'Securing "
             "connection' and then fail, often with error code 0x904."),
         {
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes "
                  "of headers make 1400. 'Packet needs to be fragmented' or no reply, while a "
                  "plain ping works, points to an MTU problem."),
              R"cmd(ping -f -l 1372 {address})cmd", Cmd},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on Linux."),
              R"cmd(ping -M do -s 1372 -c 3 {address})cmd", Bash},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on macOS."),
              R"cmd(ping -D -s 1372 -c 3 {address})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Show the MTU of this computer's network adapters, including the "
                                "VPN adapter (Windows)."),
              R"cmd(netsh interface ipv4 show subinterfaces)cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Lower the MTU of the VPN connection (for example to 1350) in the "
                                "VPN client's settings, or ask the network administrator to enable "
                                "MSS clamping on the VPN gateway; then try again."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Try without the VPN or from another network to confirm."),
              nullptr, nullptr},
             kRestartTermService,
         }},
        {"tls.alert",
         Severity::Error,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server refused the TLS handshake with an alert"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer ended the TLS handshake with an alert message; the evidence "
             "names it. Alert 40 (handshake failure) usually means the server and the client have "
             "no cipher suite in common, alert 70 (protocol version) no TLS version in common; "
             "other alerts point to a certificate or configuration error on the server. This "
             "typically follows TLS versions or cipher suites being switched off by a hardening "
             "script or Group Policy, and clients report error code 0x904 (extended code 0x7)."),
         {
             kSchannelEvents,
             kSchannelProtocols,
             kEnableTls12,
             kRestartComputer,
             kCipherPolicy,
             kCipherList,
             kWin2008R2,
             kXrdpConfig,
             kXrdpLog,
         }},
        {"tls.no_modern_version",
         Severity::Error,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server supports neither TLS 1.2 nor TLS 1.3"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the "
             "versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old "
             "servers (Windows Server 2008 R2 and earlier without updates) or a registry setting "
             "that switches TLS 1.2 off cause this. The connection fails while it is being "
             "secured, usually with error code 0x904."),
         {
             kSchannelProtocols,
             kEnableTls12,
             kRestartComputer,
             kWin2008R2,
             kSchannelEvents,
             kXrdpModernTls,
         }},
        {"tls.legacy_enabled",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server still accepts the outdated TLS 1.0 or TLS 1.1"),
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence "
                           "says which). Both versions have known weaknesses and are retired. "
                           "Connections are not affected, but the server should accept only TLS "
                           "1.2 and newer once every client that connects to it supports TLS 1.2."),
         {
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Before switching the old versions off, make sure every client supports TLS 1.2 "
                  "(Windows 7 needs update KB3080079 for Remote Desktop). The change also affects "
                  "other programs on the server that use TLS, such as a web server or SQL Server."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Switch TLS 1.0 and 1.1 off for the server side (as "
                                "administrator), then restart the computer."),
              R"cmd(foreach ($v in 'TLS 1.0', 'TLS 1.1') { $k = "HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\$v\Server"; if (-not (Test-Path $k)) { New-Item -Path $k -Force | Out-Null }; New-ItemProperty -Path $k -Name Enabled -Value 0 -PropertyType DWord -Force | Out-Null; New-ItemProperty -Path $k -Name DisabledByDefault -Value 1 -PropertyType DWord -Force | Out-Null })cmd",
              Ps},
             kRestartComputer,
             kXrdpModernTls,
         }},
        {"tls.weak_cipher",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server accepts weak encryption"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or "
             "EXPORT; the evidence names it). Someone who records the traffic may be able to break "
             "such encryption, and NULL suites do not encrypt at all. Connections work, but these "
             "suites should be switched off."),
         {
             kCipherList,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Switch the weak suites off (Windows 10, Windows Server 2016 and "
                                "later; as administrator)."),
              R"cmd(Get-TlsCipherSuite | Where-Object Name -match 'RC4|3DES|NULL|EXPORT' | ForEach-Object { Disable-TlsCipherSuite -Name $_.Name })cmd",
              Ps},
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On any Windows version, switch the weak ciphers off in Schannel itself (as "
                  "administrator, from a command prompt), then restart the computer."),
              R"cmd(for %c in ("RC4 128/128" "RC4 64/128" "RC4 56/128" "RC4 40/128" "Triple DES 168" "DES 56/56" "NULL") do reg add "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Ciphers\%~c" /v Enabled /t REG_DWORD /d 0 /f)cmd",
              Cmd},
             kCipherPolicy,
             kRestartComputer,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On an xrdp server, allow only strong cipher suites and restart "
                                "xrdp (if xrdp.ini has no tls_ciphers line, add "
                                "tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals])."),
              R"cmd(sudo sed -i 's/^#\?tls_ciphers=.*/tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
              Bash},
         }},

        // =====================================================================================
        // cert: the certificate the server presented
        // =====================================================================================
        {"cert.expired",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server's certificate has expired"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) is past its "
             "end date. Clients warn about it, and some refuse to connect. Windows renews its "
             "self-signed Remote Desktop certificate by itself, so an expired one means the "
             "renewal failed, typically because the private keys in the MachineKeys folder cannot "
             "be written (event 1058); a certificate from a certificate authority must be renewed "
             "by its administrator."),
         {
             kCertFind,
             kCertEvents,
             kRenewSelfSigned,
             kCaCertificate,
             kXrdpCertShow,
             kXrdpRegenerate,
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If the dates look right on the server, check this computer's date and time: a "
                  "clock set in the future makes valid certificates look expired."),
              nullptr, nullptr},
         }},
        {"cert.not_yet_valid",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server's certificate is not valid yet"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) becomes "
             "valid only in the future. Almost always a clock is wrong: this computer's clock is "
             "behind, or the server's clock was ahead when it created the certificate. Clients "
             "warn about it or refuse to connect, and a wrong clock also breaks Network Level "
             "Authentication."),
         {
             kClockCompare,
             kClockResync,
             kClockLinuxShow,
             kClockLinuxFix,
             kClockMacFix,
             kClockServer,
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If both clocks are right and the certificate is the self-signed one, renew it: "
                  "delete it and restart the services, which create a new one."),
              R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Remove-Item; Restart-Service -Name SessionEnv, TermService -Force)cmd",
              Ps},
         }},
        {"cert.expiring_soon",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server's certificate expires within 30 days"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) ends within "
             "the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to "
             "connect. Windows renews its self-signed Remote Desktop certificate by itself; a "
             "certificate from a certificate authority must be renewed in time."),
         {
             kCertFind,
             kCaCertificate,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "For the self-signed certificate, check that automatic renewal "
                                "works: events 1057 or 1058 report failures, usually caused by the "
                                "permissions of the MachineKeys folder."),
              R"cmd(Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id=1057,1058} -MaxEvents 10 | Format-List TimeCreated, Id, Message)cmd",
              Ps},
             kXrdpCertShow,
         }},
        {"cert.self_signed",
         Severity::Info,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server uses a self-signed certificate"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer's certificate (thumbprint {thumbprint}) was signed by the "
             "computer itself, as Windows does by default for Remote Desktop. Clients cannot check "
             "it against an authority they trust, so they ask whether to trust it, and some mobile "
             "clients handle this poorly. This is normal, but before accepting, check that the "
             "thumbprint the client shows is the server's."),
         {
             kCertInUse,
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "When the client asks, compare the thumbprint it shows with {thumbprint}; accept "
                  "and remember the certificate only if they match."),
              nullptr, nullptr},
             kCaCertificate,
         }},
        {"cert.untrusted",
         Severity::Info,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server's certificate is not trusted by this computer"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) does not "
             "lead to a certificate authority that this computer trusts. Usually a company's own "
             "certificate authority issued it and its root certificate is not installed here, or "
             "the server does not send the intermediate certificates. Clients ask whether to trust "
             "it; accept it only after checking the thumbprint."),
         {
             kCertInUse,
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "If the certificate comes from your organisation's certificate authority, "
                  "install its root certificate on this computer (IT departments usually do this "
                  "with Group Policy or device management)."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Install the intermediate certificates of the chain in the remote "
                                "computer's 'Intermediate Certification Authorities' store, so "
                                "that it sends the whole chain."),
              nullptr, nullptr},
         }},
        {"cert.name_mismatch",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The certificate is made out to a different name"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The name used to connect, {host}, is neither the certificate's subject nor one of "
             "its alternative names (the evidence lists the names it has). This happens when "
             "connecting by IP address, by a short name or through an alias, because Windows' "
             "self-signed certificate carries only the computer's own full name. Clients warn that "
             "the server's identity cannot be verified; it can also mean that a different computer "
             "answered."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Connect using a name the certificate contains (see the evidence), "
                                "usually the computer's full name such as pc01.corp.example.com."),
              nullptr, nullptr},
             kCertFind,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "To connect as {host} without warnings, have your certificate "
                                "authority issue a certificate that lists {host} as a subject "
                                "alternative name, and select it for Remote Desktop."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the names have nothing to do with the computer you meant, "
                                "stop: another device answers on this address (wrong address, "
                                "wrong port forward, or interception)."),
              nullptr, nullptr},
         }},
        {"cert.weak_key",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The certificate's key is too short"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA "
             "key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with "
             "enough computing power, and current TLS libraries reject them: an xrdp server with "
             "such a certificate cannot complete any TLS handshake. Replace it with a certificate "
             "whose key has at least 2048 bits."),
         {
             kCertFind,
             kRenewSelfSigned,
             kCaCertificate,
             kXrdpCertShow,
             kXrdpRegenerate,
         }},
        {"cert.weak_signature",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The certificate is signed with an outdated algorithm"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) is signed "
             "with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves "
             "who issued the certificate, and current clients may reject it. Replace it with a "
             "certificate signed with SHA-256 or better."),
         {
             kCertFind,
             kRenewSelfSigned,
             kCaCertificate,
             kXrdpCertShow,
             kXrdpRegenerate,
         }},
        {"cert.no_server_auth",
         Severity::Warning,
         Category::Certificate,
         StageId::Tls,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The certificate is not meant for server authentication"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the remote computer presented (thumbprint {thumbprint}) lists its "
             "permitted purposes (Extended Key Usage) and Server Authentication is not among them, "
             "so it is not meant to identify a server. Clients may refuse it, and Windows logs "
             "event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. "
             "Usually the wrong certificate was selected, or it was issued from the wrong "
             "template."),
         {
             kCertFind,
             kCaCertificate,
             kCertHashDelete,
             kRestartTermService,
         }},

        // =====================================================================================
        // credssp
        // =====================================================================================
        {"credssp.failed",
         Severity::Error,
         Category::Security,
         StageId::Credssp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server broke off Network Level Authentication"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "After the TLS handshake, the remote computer ended the connection instead of "
             "starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; "
             "rdpdiag never sends a name or password. Usually NTLM is switched off on the server "
             "or in its domain, so only Kerberos sign-in works, or the server's CredSSP is broken. "
             "Clients that cannot use Kerberos, such as Macs or computers outside the domain, then "
             "fail with error code 0x904 or an authentication error (0x207 in the Mac app)."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check whether incoming NTLM is denied on the remote computer: "
                                "RestrictReceivingNTLMTraffic 0x2 means 'deny all'."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Lsa\MSV1_0" /v RestrictReceivingNTLMTraffic)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Read the NTLM events of the remote computer (blocked or audited "
                                "NTLM sign-ins appear here when NTLM auditing is on)."),
              R"cmd(Get-WinEvent -LogName 'Microsoft-Windows-NTLM/Operational' -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
              Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If NTLM is switched off on purpose, connect with Kerberos: use "
                                "the computer's full DNS name (not an IP address), sign in as "
                                "user@domain, and make sure this computer can reach a domain "
                                "controller (on a Mac, a Kerberos configuration for the domain)."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "A computer that is not in a domain needs NTLM to check its local "
                                "accounts: do not deny incoming NTLM there."),
              nullptr, nullptr},
             kRestartTermService,
         }},
        {"credssp.outdated",
         Severity::Warning,
         Category::Security,
         StageId::Credssp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server's CredSSP predates the 2018 security fix"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer speaks a version of CredSSP, the protocol behind Network Level "
             "Authentication, from before the May 2018 fix for CVE-2018-0886 (the 'encryption "
             "oracle' flaw). Updated clients with the default policy (AllowEncryptionOracle = "
             "Mitigated) refuse to connect to such a server and show 'An authentication error has "
             "occurred' mentioning CredSSP encryption oracle remediation. The fix is to update the "
             "server; changing the client's policy is only a temporary workaround."),
         {
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Install the current Windows updates on the remote computer (every cumulative "
                  "update since May 2018 contains the fix) and restart it."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Show the most recently installed updates of the remote computer."),
              R"cmd(Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 5)cmd",
              Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Keep this computer updated as well: both ends need the fix."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Check this computer's policy: AllowEncryptionOracle 0 = Force updated clients, "
                  "1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated."),
              R"cmd(reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters" /v AllowEncryptionOracle)cmd",
              Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Only as a temporary workaround until the server is updated, and "
                                "only on a network you trust: allow connections to unpatched "
                                "servers (as administrator). This reopens the vulnerability on "
                                "this computer; remove it again with the next step."),
              R"cmd(reg add "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters" /v AllowEncryptionOracle /t REG_DWORD /d 2 /f)cmd",
              Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Remove the workaround as soon as the server is updated."),
              R"cmd(reg delete "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters" /v AllowEncryptionOracle /f)cmd",
              Cmd},
         }},
        {"credssp.clock_skew",
         Severity::Warning,
         Category::Security,
         StageId::Credssp,
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The server's clock differs from this computer's by more than 5 minutes"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The time the remote computer reported during Network Level Authentication differs "
             "from this computer's clock by more than 5 minutes (the evidence has the exact "
             "difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so "
             "sign-in can fail with an authentication error, and certificates can look expired or "
             "not yet valid. The clocks are compared in universal time, so a wrong time zone "
             "counts even when the displayed time looks right."),
         {
             kClockCompare,
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Compare this computer's clock directly with the remote computer's "
                                "(works when it answers time requests, as domain controllers do)."),
              R"cmd(w32tm /stripchart /computer:{host} /samples:3 /dataonly)cmd", Cmd},
             kClockResync,
             kClockLinuxShow,
             kClockLinuxFix,
             kClockMacFix,
             kClockServer,
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "Check the time zone setting of both computers: the displayed time can look "
                  "right while the time zone, and so the real time, is wrong."),
              nullptr, nullptr},
         }},

        // =====================================================================================
        // local: this computer's side — network environment, local firewall, RD Gateway path
        // (engine/probes/local). In gateway findings {host}, {port} and {address} name the gateway.
        // =====================================================================================
        {"net.no_route",
         Severity::Error,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "This computer has no route to the remote computer"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer does not know where to send packets for {address}: it has no network "
             "route that leads there. Usually the network connection is down, the computer is on "
             "the wrong network, or the address belongs to a company network that is reachable "
             "only while the VPN is connected. The problem is on this computer's side, not on the "
             "remote computer."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Connect to the network the remote computer belongs to (for "
                                "example start the company VPN) and try again."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Show the route and adapter Windows would use for {address}; an "
                                "error means there is none."),
              R"cmd(Find-NetRoute -RemoteIPAddress {address})cmd", Ps},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Show the routing table (Windows)."),
              R"cmd(route print)cmd", Cmd},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same check on Linux."),
              R"cmd(ip route get {address})cmd", Bash},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same check on macOS."),
              R"cmd(route -n get {address})cmd", Bash},
         }},
        {"net.no_connectivity",
         Severity::Error,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "This computer cannot open network connections anywhere"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Not only the remote computer failed: every other test connection from this "
             "computer failed too (the evidence lists them), so the fault starts here and not on "
             "the server. Common causes are a broken network adapter or driver, a damaged network "
             "stack after an update, security or VPN software that filters all traffic, or no "
             "working network connection at all. Fix this computer first; checking the server "
             "makes sense only afterwards."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check that this computer is connected (cable, Wi-Fi) and that "
                                "a web page opens."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: test a well-known web server; 'TcpTestSucceeded : False' "
                                "confirms that nothing gets through."),
              R"cmd(Test-NetConnection -ComputerName www.microsoft.com -Port 443)cmd", Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: reset the Winsock catalogue (as administrator), then "
                                "restart the computer."),
              R"cmd(netsh winsock reset)cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: reset the TCP/IP settings (as administrator), then "
                                "restart the computer."),
              R"cmd(netsh int ip reset)cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: renew the address from the network."),
              R"cmd(ipconfig /release && ipconfig /renew && ipconfig /flushdns)cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Update or reinstall the network adapter's driver (Device "
                                "Manager > Network adapters), and switch off VPN or security "
                                "software for a test."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: show the addresses and routes, then restart the network "
                                "service."),
              R"cmd(ip addr; ip route; sudo systemctl restart NetworkManager)cmd", Bash},
         }},
        {"net.vpn_path",
         Severity::Info,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The connection goes through a VPN or tunnel adapter"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The route from this computer to {address} leaves through a VPN or tunnel adapter "
             "(named in the evidence). That is normal when the remote computer is in a company "
             "network, but it adds a hop that can drop or shrink packets. If the connection "
             "stalls while it is being secured, suspect the VPN's packet size (MTU) first."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: list the adapters with their packet size (NlMtu) and "
                                "priority."),
              R"cmd(Get-NetIPInterface | Sort-Object InterfaceMetric | Format-Table InterfaceAlias, AddressFamily, NlMtu, InterfaceMetric)cmd",
              Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux: show the route to the server."),
              R"cmd(ip route get {address})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If Remote Desktop should not use the VPN, ask the VPN's "
                                "administrator about split tunnelling."),
              nullptr, nullptr},
         }},
        {"net.small_mtu",
         Severity::Warning,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The path to the remote computer only carries small packets"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The largest packet this computer can send toward {address} (the MTU of the adapter "
             "or route, shown in the evidence) is below 1400 bytes, which is typical of VPNs and "
             "tunnels. Small packets alone are fine, but if a device on the way silently drops "
             "packets that are too large, the server's certificate never arrives and the "
             "connection hangs at 'Securing connection' before failing with error code 0x904. "
             "This is a risk, and the likely cause when the TLS handshake stalls."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: test whether 1400-byte packets pass; 'Packet needs to "
                                "be fragmented' or no reply points to the packet size."),
              R"cmd(ping -f -l 1372 {address})cmd", Cmd},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on Linux."),
              R"cmd(ping -M do -s 1372 -c 3 {address})cmd", Bash},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on macOS."),
              R"cmd(ping -D -s 1372 -c 3 {address})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: show the packet size of every adapter, the VPN adapter "
                                "included."),
              R"cmd(netsh interface ipv4 show subinterfaces)cmd", Cmd},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux: show the adapters' MTU."),
              R"cmd(ip link show)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Lower the VPN adapter's MTU (for example to 1350) in the VPN "
                                "client, or have the VPN gateway clamp the TCP segment size (MSS "
                                "clamping); then try again."),
              nullptr, nullptr},
         }},
        {"net.private_address_outside",
         Severity::Warning,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The name points to a private address this computer cannot reach"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The name {host} resolves to {address}, an address of a private network, but this "
             "computer is not in that network and has no VPN route to it: the packets go out to "
             "the internet, where private addresses lead nowhere. Usually the VPN is not "
             "connected, or a DNS server gave the internal answer to a computer outside the "
             "company network."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Connect the company VPN, then try again."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: see which addresses the name resolves to and which DNS "
                                "server answered."),
              R"cmd(Resolve-DnsName -Name {host})cmd", Ps},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on macOS or Linux."),
              R"cmd(nslookup {host})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "From outside the company network use the public name or the "
                                "Remote Desktop Gateway your IT department provides."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the address changed recently, clear this computer's DNS "
                                "cache."),
              R"cmd(ipconfig /flushdns)cmd", Cmd},
         }},
        {"net.proxy_configured",
         Severity::Info,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "A web proxy is configured on this computer"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer is set up to use a web proxy (the evidence shows it). Direct Remote "
             "Desktop connections do not use it, but the HTTPS connection to a Remote Desktop "
             "Gateway may, and a proxy that inspects HTTPS or requires its own sign-in can break "
             "it."),
         {
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Windows: show the system proxy."),
              R"cmd(netsh winhttp show proxy)cmd", Cmd},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux or macOS: show the proxy variables."),
              R"cmd(env | grep -i _proxy)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Ask the proxy's administrator to exempt the gateway's name from "
                                "HTTPS inspection."),
              nullptr, nullptr},
         }},
        {"firewall.local_may_block",
         Severity::Warning,
         Category::Firewall,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "A rule of this computer's firewall may block the connection"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "A rule of this computer's own firewall drops or rejects outgoing connections to port "
             "{port}, but only under a condition the tool could not check (a network adapter, "
             "an address list, a firewall profile). The evidence shows the rule and the "
             "condition. If the connection fails, check this rule first."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: list the enabled rules that block outgoing connections."),
              R"cmd(Get-NetFirewallRule -Direction Outbound -Action Block -Enabled True | Format-Table Name, DisplayName, Profile)cmd",
              Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: show the firewall rules that mention port {port}."),
              R"cmd(sudo nft list ruleset | grep -n -w {port})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with ufw: show the numbered rules."),
              R"cmd(sudo ufw status numbered)cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If the rule comes from your organisation, ask the IT department "
                                "whether it applies here. Do not switch the firewall off."),
              nullptr, nullptr},
         }},
        {"firewall.not_checked",
         Severity::Info,
         Category::Firewall,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "This computer's firewall could not be checked"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The firewall rules of this computer could not be read, usually because reading them "
             "needs administrator rights. So a local rule blocking port {port} is neither "
             "confirmed nor ruled out."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux or macOS: run the check again with administrator rights."),
              R"cmd(sudo rdpdiag --port {port} {host})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: run rdpdiag from a command prompt opened with 'Run as "
                                "administrator'."),
              nullptr, nullptr},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux: read the rules yourself."),
              R"cmd(sudo nft list ruleset)cmd", Bash},
         }},
        {"gateway.path",
         Severity::Info,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The client connects through the Remote Desktop Gateway {host}"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The .rdp file tells the client to connect through the Remote Desktop Gateway {host} "
             "(HTTPS, port {port}); the gateway then connects to the remote computer. So the "
             "client's path is this computer to the gateway, and the gateway to the remote "
             "computer; a direct test of the remote computer from here checks a path the client "
             "may not use. The evidence says which path the client takes and what the gateway "
             "answered."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Test the gateway's HTTPS port from this computer (Windows)."),
              R"cmd(Test-NetConnection -ComputerName {host} -Port {port})cmd", Ps},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on macOS or Linux."),
              R"cmd(nc -vz {host} {port})cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "To check the path between the gateway and the remote computer, "
                                "run rdpdiag on the gateway itself or on a computer in the same "
                                "network, and read the gateway's event log."),
              R"cmd(Get-WinEvent -LogName 'Microsoft-Windows-TerminalServices-Gateway/Operational' -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
              Ps},
         }},
        {"gateway.unreachable",
         Severity::Error,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The Remote Desktop Gateway {host} cannot be reached"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The client must connect through the Remote Desktop Gateway {host}, but this "
             "computer could not open a connection to it on port {port} (the evidence shows the "
             "name lookup and each attempt). As long as the gateway cannot be reached, no Remote "
             "Desktop connection through it can work, whatever the state of the remote computer "
             "behind it."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Test the gateway from this computer (Windows)."),
              R"cmd(Test-NetConnection -ComputerName {host} -Port {port})cmd", Ps},
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same on macOS or Linux."),
              R"cmd(nc -vz {host} {port})cmd", Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check the gateway name in the .rdp file (the line "
                                "gatewayhostname:s:) against the name your IT department gave "
                                "you."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the gateway, check that the Remote Desktop Gateway service "
                                "runs."),
              R"cmd(Get-Service -Name TSGateway)cmd", Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the gateway, check that something listens on port {port}."),
              R"cmd(Get-NetTCPConnection -LocalPort {port} -State Listen)cmd", Ps},
         }},
        {"gateway.tls_failed",
         Severity::Error,
         Category::Certificate,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The secure connection to the Remote Desktop Gateway failed"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer reached the Remote Desktop Gateway {host} on port {port}, but the TLS "
             "handshake did not complete (the evidence shows how it ended). The usual causes are "
             "a gateway certificate without a usable private key, TLS versions switched off on the "
             "gateway, or a proxy or security device that interferes with HTTPS."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the gateway, show which certificate HTTPS uses (Certificate "
                                "Hash)."),
              R"cmd(netsh http show sslcert ipport=0.0.0.0:443)cmd", Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "In RD Gateway Manager (Properties > SSL Certificate), import the "
                                "certificate again together with its private key."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On the gateway, read its recent events."),
              R"cmd(Get-WinEvent -LogName 'Microsoft-Windows-TerminalServices-Gateway/Operational' -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
              Ps},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Try the handshake from macOS or Linux to see the error."),
              R"cmd(openssl s_client -connect {host}:{port} -servername {host} -brief </dev/null)cmd",
              Bash},
         }},
        {"gateway.cert_expired",
         Severity::Error,
         Category::Certificate,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The Remote Desktop Gateway's certificate has expired"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate the Remote Desktop Gateway {host} presents is no longer valid (the "
             "evidence has its dates). Unlike a remote computer's certificate, a gateway "
             "certificate cannot be accepted anyway: Remote Desktop clients refuse to connect "
             "through the gateway until it is renewed."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the gateway, list the computer's certificates with their end "
                                "dates."),
              R"cmd(Get-ChildItem -Path Cert:\LocalMachine\My | Format-Table Thumbprint, Subject, NotAfter)cmd",
              Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Have a new certificate issued for the gateway's name, then select "
                                "it in RD Gateway Manager (Properties > SSL Certificate)."),
              nullptr, nullptr},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check this computer's clock: a wrong date makes a valid "
                                "certificate look expired."),
              R"cmd(w32tm /stripchart /computer:time.windows.com /samples:3 /dataonly)cmd", Cmd},
         }},
        {"gateway.cert_name_mismatch",
         Severity::Error,
         Category::Certificate,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The gateway's certificate does not carry the gateway's name"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate of the Remote Desktop Gateway is not made out to {host}, the name "
             "in the .rdp file (the evidence lists the names it does carry). Remote Desktop "
             "clients refuse such a gateway without offering to continue."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Show the names in the gateway's certificate (macOS or Linux)."),
              R"cmd(openssl s_client -connect {host}:{port} -servername {host} </dev/null 2>/dev/null | openssl x509 -noout -subject -ext subjectAltName)cmd",
              Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Change gatewayhostname in the .rdp file to a name the certificate "
                                "carries, if that name leads to the same gateway."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Otherwise have a certificate issued that includes the name "
                                "clients use, and select it in RD Gateway Manager."),
              nullptr, nullptr},
         }},
        {"gateway.cert_untrusted",
         Severity::Warning,
         Category::Certificate,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The gateway's certificate is not trusted here"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The certificate of the Remote Desktop Gateway {host} does not lead to a certificate "
             "authority this computer trusts (the evidence lists the verification errors). Remote "
             "Desktop clients refuse untrusted gateway certificates, so unless the client "
             "computer trusts the issuing authority, connections through this gateway fail."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Show the certificate chain the gateway sends (macOS or Linux)."),
              R"cmd(openssl s_client -connect {host}:{port} -servername {host} -showcerts </dev/null)cmd",
              Bash},
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If your organisation runs its own certificate authority, install "
                                "its root certificate on this computer (Windows, as "
                                "administrator; replace the file name)."),
              R"cmd(certutil -addstore -f Root root-ca.cer)cmd", Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "For users outside the organisation, give the gateway a "
                                "certificate from a public certificate authority."),
              nullptr, nullptr},
         }},
        {"gateway.not_rd_gateway",
         Severity::Warning,
         Category::Network,
         StageId::Local,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The gateway address answers, but not as a Remote Desktop Gateway"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The server at {host} port {port} answered the request a Remote Desktop Gateway "
             "handles with 'not found', so it is a web server without the gateway service. The "
             "gateway name in the .rdp file may be wrong, or a load balancer or reverse proxy "
             "does not forward the gateway's path /remoteDesktopGateway/."),
         {
             {Client,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check the line gatewayhostname:s: of the .rdp file with your IT "
                                "department."),
              nullptr, nullptr},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "On the gateway, check that the web site carries the gateway's "
                                "applications."),
              R"cmd(Import-Module WebAdministration; Get-WebApplication -Site 'Default Web Site')cmd",
              Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If a load balancer or reverse proxy is in front, it must pass the "
                                "methods RDG_OUT_DATA and RDG_IN_DATA and the path "
                                "/remoteDesktopGateway/ to the gateway."),
              nullptr, nullptr},
         }},

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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows (Pro, Enterprise or Server): allow Remote Desktop "
                                "connections (as administrator)."),
              R"cmd(Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections -Value 0)cmd",
              Ps},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: start xrdp and have it start at boot."),
              R"cmd(sudo systemctl enable --now xrdp)cmd", Bash},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: see which program listens on port {port}."),
              R"cmd(sudo ss -ltnp | grep ':{port}')cmd", Bash},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Allow Remote Desktop connections (as administrator)."),
              R"cmd(Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections -Value 0)cmd",
              Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Check whether a Group Policy denies the connections; if this "
                                "value exists, change the policy 'Allow users to connect remotely "
                                "by using Remote Desktop Services'."),
              R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDenyTSConnections)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Allow Remote Desktop through the firewall."),
              R"cmd(Enable-NetFirewallRule -DisplayGroup "Remote Desktop")cmd", Ps},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: let xrdp negotiate TLS, then restart it."),
              R"cmd(sudo sed -i 's/^security_layer=.*/security_layer=negotiate/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
              Bash},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux: make a new matching pair in files of xrdp's own, then "
                                "point certificate= and key_file= in xrdp.ini at them and restart "
                                "xrdp."),
              R"cmd(sudo openssl req -x509 -newkey rsa:3072 -nodes -keyout /etc/xrdp/rdp-key.pem -out /etc/xrdp/rdp-cert.pem -days 825 -subj "/CN=$(hostname -f)")cmd",
              Bash},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Make a new 3072-bit key and certificate in files of xrdp's own, "
                                "point certificate= and key_file= in xrdp.ini at them and restart "
                                "xrdp."),
              R"cmd(sudo openssl req -x509 -newkey rsa:3072 -nodes -keyout /etc/xrdp/rdp-key.pem -out /etc/xrdp/rdp-cert.pem -days 825 -subj "/CN=$(hostname -f)")cmd",
              Bash},
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
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Open the RD Licensing Diagnoser: it names the missing license "
                                "server or licenses."),
              R"cmd(lsdiag.msc)cmd", Cmd},
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
             {Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Open the RD Licensing Diagnoser."),
              R"cmd(lsdiag.msc)cmd", Cmd},
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
        {"firewall.inbound_block",
         Severity::Error,
         Category::Firewall,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "This server's firewall blocks incoming Remote Desktop connections"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "A rule or the default policy of this computer's firewall drops or rejects incoming "
             "connections to port {port} (the evidence names it). Clients then time out (error "
             "code 0x204) or are refused, although the Remote Desktop service itself is fine."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: allow Remote Desktop through the firewall (as "
                                "administrator)."),
              R"cmd(Enable-NetFirewallRule -DisplayGroup "Remote Desktop")cmd", Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows in another language: the rule's internal name works "
                                "everywhere."),
              R"cmd(Enable-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP)cmd", Ps},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows with another port than 3389: add a rule for port "
                                "{port}."),
              R"cmd(New-NetFirewallRule -DisplayName "Remote Desktop (TCP {port})" -Direction Inbound -Protocol TCP -LocalPort {port} -Action Allow)cmd",
              Ps},
             {Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with ufw: allow the port."),
              R"cmd(sudo ufw allow {port}/tcp)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with firewalld: allow the port."),
              R"cmd(sudo firewall-cmd --permanent --add-port={port}/tcp && sudo firewall-cmd --reload)cmd",
              Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Linux with plain nftables: find the rule, then change it in "
                                "/etc/nftables.conf."),
              R"cmd(sudo nft -a list ruleset | grep -n -w {port})cmd", Bash},
         }},
        {"firewall.inbound_may_block",
         Severity::Warning,
         Category::Firewall,
         StageId::Server,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "This server's firewall may block some Remote Desktop clients"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This computer's firewall lets incoming connections to port {port} through only "
             "under conditions (client addresses, network adapters, firewall profiles), shown in "
             "the evidence. Clients that do not meet them are blocked."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Windows: show the Remote Desktop rules with their profiles and "
                                "address filters."),
              R"cmd(Get-NetFirewallRule -DisplayGroup "Remote Desktop" | Format-Table Name, Enabled, Profile, Direction, Action)cmd",
              Ps},
             {Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with ufw: show the rules."),
              R"cmd(sudo ufw status numbered)cmd", Bash},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with firewalld: show the zones."),
              R"cmd(sudo firewall-cmd --list-all-zones)cmd", Bash},
         }},
    };
    return entries;
}

} // namespace rdpdiag
