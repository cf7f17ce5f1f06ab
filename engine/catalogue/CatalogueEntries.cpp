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
    };
    return entries;
}

} // namespace rdpdiag
