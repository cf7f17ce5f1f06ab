// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Remedy steps shared by several findings of the catalogue (catalogue/entries/). The same
 * step reads the same everywhere, and translators see it once. The facts behind the
 * commands are in docs/protocol-notes.md.
 */

#include "catalogue/Catalogue.h"

#include <QtGlobal>

namespace rdpdiag::remedies {

// Short names for the fields that every step repeats.
inline constexpr Remedy::Where Client = Remedy::Where::Client;
inline constexpr Remedy::Where Server = Remedy::Where::Server;
inline constexpr const char *Ps = "powershell";
inline constexpr const char *Cmd = "cmd";
inline constexpr const char *Bash = "bash";

// Reachability from this computer.
inline constexpr RemedyTemplate kTestPortPs{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Test the port from this computer (Windows): 'TcpTestSucceeded : True' means "
                      "a connection could be opened."),
    R"cmd(Test-NetConnection -ComputerName {host} -Port {port})cmd", Ps};
inline constexpr RemedyTemplate kTestPortNc{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on macOS or Linux: 'succeeded' or "
                                            "'open' means a connection could be opened."),
    R"cmd(nc -vz {host} {port})cmd", Bash};

// Remote Desktop Services on a Windows server.
inline constexpr RemedyTemplate kServices{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On the remote computer, check that the Remote Desktop "
                                            "services are running (Status: Running)."),
    R"cmd(Get-Service -Name TermService, SessionEnv, UmRdpService)cmd", Ps};
inline constexpr RemedyTemplate kRestartTermService{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Restart Remote Desktop Services on the remote computer, as administrator. This ends every "
        "remote session on it, so run it from the console or expect to be disconnected."),
    R"cmd(Restart-Service -Name TermService -Force)cmd", Ps};
inline constexpr RemedyTemplate kQwinsta{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Check that the Remote Desktop listener is ready: the "
                                            "line 'rdp-tcp' must show the state 'Listen'."),
    R"cmd(qwinsta)cmd", Cmd};
inline constexpr RemedyTemplate kNetstat{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "See what listens on port {port}: a 'LISTENING' line whose last number (the "
                      "process ID) matches the PID shown for TermService. If a router forwards a "
                      "different port to this computer, use that port instead."),
    R"cmd(netstat -ano | findstr :{port} & tasklist /svc /fi "services eq TermService")cmd", Cmd};
inline constexpr RemedyTemplate kPortNumber{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Check which port Remote Desktop listens on. The value "
                                            "is shown in hexadecimal: 0xd3d is the default 3389."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v PortNumber)cmd",
    Cmd};
inline constexpr RemedyTemplate kListenerSettings{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 "
        "(negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, "
        "MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does "
        "not work together with MinEncryptionLevel 1."),
    R"cmd(Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' | Select-Object SecurityLayer, UserAuthentication, MinEncryptionLevel, PortNumber, MaxInstanceCount)cmd",
    Ps};
inline constexpr RemedyTemplate kSecurityLayerQuery{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check the security layer of the listener: 0x0 = Standard RDP Security only, "
                      "0x1 = negotiate, 0x2 = TLS required."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer)cmd",
    Cmd};
inline constexpr RemedyTemplate kSecurityLayerTls{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote "
                      "Desktop Services. TLS needs a working certificate; if connections fail "
                      "afterwards, follow the certificate findings."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 2 /f)cmd",
    Cmd};
inline constexpr RemedyTemplate kSecurityLayerPolicy{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check whether a Group Policy sets the security layer ('Require use of "
                      "specific security layer for remote (RDP) connections'). If this value "
                      "exists it overrides the listener's setting, so change the policy instead."),
    R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v SecurityLayer)cmd",
    Cmd};
inline constexpr RemedyTemplate kNlaQuery{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check the NLA setting of the listener: UserAuthentication 0x1 means Network "
                      "Level Authentication is required."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v UserAuthentication)cmd",
    Cmd};
inline constexpr RemedyTemplate kNlaOn{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Require Network Level Authentication (as "
                                            "administrator). NLA also needs SecurityLayer 1 or 2."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v UserAuthentication /t REG_DWORD /d 1 /f)cmd",
    Cmd};

// Certificate and private key of a Windows server: event IDs and the MachineKeys fix
// (docs/protocol-notes.md).
inline constexpr RemedyTemplate kCertEvents{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On the remote computer, look for events that confirm a certificate problem: Schannel "
        "36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be "
        "created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be "
        "created or renewed). 'No events were found' makes these causes less likely."),
    R"cmd(Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Schannel','Microsoft-Windows-TerminalServices-RemoteConnectionManager'; Id=36870,36871,1057,1058} -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
    Ps};
inline constexpr RemedyTemplate kCertEventsWevtutil{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "The same check with wevtutil: Schannel event 36870 in the last 24 hours."),
    R"cmd(wevtutil qe System /c:5 /rd:true /f:text /q:"Event[System[Provider[@Name='Schannel'] and EventID=36870 and TimeCreated[timediff(@SystemTime) <= 86400000]]]")cmd",
    Cmd};
inline constexpr RemedyTemplate kMachineKeysBackup{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Back up the permissions of the MachineKeys folder, where Windows keeps the private keys "
        "of the computer's certificates, before changing anything. To undo the changes later: "
        "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA /restore \"%TEMP%\\MachineKeys-acl.txt\""),
    R"cmd(icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys /save "%TEMP%\MachineKeys-acl.txt" /t /c)cmd",
    Cmd};
inline constexpr RemedyTemplate kMachineKeysShow{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Show the folder's permissions: Administrators need full control (F) and "
                      "Everyone read and write access to the folder itself. Missing entries or "
                      "'Access is denied' mean the permissions are broken."),
    R"cmd(icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys)cmd", Cmd};
inline constexpr RemedyTemplate kMachineKeysTakeown{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "If the permissions are broken, first make the Administrators group the "
                      "owner of the folder and its key files (as administrator)."),
    R"cmd(takeown /f "C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys" /a /r)cmd", Cmd};
inline constexpr RemedyTemplate kMachineKeysGrant{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control "
                      "and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every "
                      "Windows language. Restart Remote Desktop Services afterwards."),
    R"cmd(icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys /t /c /grant *S-1-5-18:(F) *S-1-5-32-544:(F) *S-1-5-20:(R))cmd",
    Cmd};
inline constexpr RemedyTemplate kRenewSelfSigned{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Renew the self-signed Remote Desktop certificate: delete it and restart the services, "
        "which create a new one (event 1056). This ends every remote session on the computer."),
    R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop' | Remove-Item; Restart-Service -Name SessionEnv, TermService -Force)cmd",
    Ps};
inline constexpr RemedyTemplate kCertHashQuery{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Check whether a specific certificate was chosen for Remote Desktop. If this value exists, "
        "that certificate must still be in the computer's Personal store, with its private key."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SSLCertificateSHA1Hash)cmd",
    Cmd};
inline constexpr RemedyTemplate kCertList{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "List the certificates Remote Desktop can use; the one chosen (or the self-signed one) "
        "must show HasPrivateKey True and a NotAfter date in the future."),
    R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop', 'Cert:\LocalMachine\My' | Format-Table Thumbprint, Subject, NotAfter, HasPrivateKey)cmd",
    Ps};
inline constexpr RemedyTemplate kCertHashDelete{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop "
        "falls back to its self-signed certificate, then restart Remote Desktop Services."),
    R"cmd(reg delete "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SSLCertificateSHA1Hash /f)cmd",
    Cmd};
inline constexpr RemedyTemplate kCertFind{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) "
        "and show its names, dates and purposes. No output means the server sent a certificate it "
        "does not hold in these stores: check that you reached the right computer."),
    R"cmd(Get-ChildItem -Path 'Cert:\LocalMachine\Remote Desktop', 'Cert:\LocalMachine\My' | Where-Object Thumbprint -eq '{thumbprint}' | Format-List Subject, DnsNameList, NotBefore, NotAfter, HasPrivateKey, EnhancedKeyUsageList)cmd",
    Ps};
inline constexpr RemedyTemplate kCertInUse{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On the remote computer, show the thumbprint of the certificate Remote Desktop really "
        "uses. It must be {thumbprint}; if it differs, another device answered in between "
        "(interception, or a different computer): do not accept the certificate."),
    R"cmd((Get-CimInstance -Namespace root\cimv2\TerminalServices -ClassName Win32_TSGeneralSetting -Filter "TerminalName='RDP-Tcp'").SSLCertificateSHA1Hash)cmd",
    Ps};
inline constexpr RemedyTemplate kCaCertificate{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "If the certificate comes from your organisation's certificate authority, have a new one "
        "issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients "
        "use), install it in the computer's Personal store and select it for Remote Desktop, for "
        "example with the Group Policy 'Server authentication certificate template'."),
    nullptr, nullptr};

// Cloud virtual machines (docs/protocol-notes.md).
inline constexpr RemedyTemplate kCloudResetCert{
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
inline constexpr RemedyTemplate kRestoreSecurity{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "After ResetRDPCert or any test with lowered security, set the listener back "
                      "to secure values: TLS required (SecurityLayer 2) and client-compatible "
                      "encryption (MinEncryptionLevel 2), then restart Remote Desktop Services."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 2 /f && reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 2 /f)cmd",
    Cmd};
inline constexpr RemedyTemplate kMiddlebox{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "If the server looks healthy, a firewall, VPN or intrusion-prevention system between here "
        "and the server may be cutting Remote Desktop connections. Test from a computer on the "
        "same network as the server, and check the logs of the devices in between."),
    nullptr, nullptr};

// TLS settings of a Windows server (Schannel; docs/protocol-notes.md).
inline constexpr RemedyTemplate kSchannelEvents{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On the remote computer, read the Schannel events: 36874 (no cipher suite in "
                      "common with the client), 36888 (the server sent a fatal alert; the alert "
                      "number is in the message), 36871 (the TLS credential could not be created, "
                      "often because TLS versions are switched off)."),
    R"cmd(Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Schannel'; Id=36871,36874,36888} -MaxEvents 20 | Format-List TimeCreated, Id, Message)cmd",
    Ps};
inline constexpr RemedyTemplate kSchannelProtocols{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Show which TLS versions are switched on or off in the registry. Under 'TLS "
                      "1.2\\Server', Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no "
                      "entry means the Windows default."),
    R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols" /s)cmd",
    Cmd};
inline constexpr RemedyTemplate kEnableTls12{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Switch TLS 1.2 on for the server side (as administrator); Windows reads the "
                      "setting only when it starts, so restart the computer afterwards."),
    R"cmd($k = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Server'; if (-not (Test-Path $k)) { New-Item -Path $k -Force | Out-Null }; New-ItemProperty -Path $k -Name Enabled -Value 1 -PropertyType DWord -Force | Out-Null; New-ItemProperty -Path $k -Name DisabledByDefault -Value 0 -PropertyType DWord -Force | Out-Null)cmd",
    Ps};
inline constexpr RemedyTemplate kRestartComputer{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Restart the remote computer so that the new TLS settings take effect."),
    R"cmd(Restart-Computer)cmd", Ps};
inline constexpr RemedyTemplate kWin2008R2{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS "
        "1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them."),
    nullptr, nullptr};
inline constexpr RemedyTemplate kCipherPolicy{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Check whether a Group Policy sets the cipher suite list ('SSL Cipher Suite Order'). If "
        "this value exists it replaces the Windows defaults and must still contain suites that "
        "Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and "
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256."),
    R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002" /v Functions)cmd",
    Cmd};
inline constexpr RemedyTemplate kCipherList{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "List the cipher suites the remote computer offers "
                                            "(Windows 10, Windows Server 2016 and later)."),
    R"cmd(Get-TlsCipherSuite | Format-Table Name)cmd", Ps};

// Linux servers running xrdp (docs/protocol-notes.md).
inline constexpr RemedyTemplate kXrdpStatus{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On a Linux server with xrdp, check that the service runs and listens on port {port}."),
    R"cmd(systemctl status xrdp --no-pager; sudo ss -ltnp | grep ':{port}')cmd", Bash};
inline constexpr RemedyTemplate kXrdpLog{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, read the end of its log. 'Error loading TLS certificate "
                      "chain', 'ee key too small' or 'Permission denied' mean the certificate or "
                      "its key file cannot be used."),
    R"cmd(sudo tail -n 50 /var/log/xrdp.log)cmd", Bash};
inline constexpr RemedyTemplate kXrdpConfig{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, show its security settings. Empty certificate and "
                      "key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem."),
    R"cmd(grep -nE '^#?(security_layer|crypt_level|ssl_protocols|tls_ciphers|certificate|key_file)=' /etc/xrdp/xrdp.ini)cmd",
    Bash};
inline constexpr RemedyTemplate kXrdpKeyAccess{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group "
                      "ssl-cert to read the default key file."),
    R"cmd(sudo adduser xrdp ssl-cert && sudo systemctl restart xrdp)cmd", Bash};
inline constexpr RemedyTemplate kXrdpRegenerate{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On Debian or Ubuntu, when xrdp uses the system's default (snakeoil) "
                      "certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. "
                      "Other services that use the default certificate get the new one too."),
    R"cmd(sudo make-ssl-cert generate-default-snakeoil --force-overwrite && sudo systemctl restart xrdp)cmd",
    Bash};
inline constexpr RemedyTemplate kXrdpCertShow{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On an xrdp server, show the certificate's name, end date and SHA-1 fingerprint; it should "
        "match {thumbprint} (openssl separates the pairs of digits with colons)."),
    R"cmd(openssl x509 -in /etc/xrdp/cert.pem -noout -subject -enddate -fingerprint -sha1)cmd",
    Bash};
inline constexpr RemedyTemplate kXrdpModernTls{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it."),
    R"cmd(sudo sed -i 's/^ssl_protocols=.*/ssl_protocols=TLSv1.2, TLSv1.3/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
    Bash};

// Clocks (the NTLM timestamp; docs/protocol-notes.md).
inline constexpr RemedyTemplate kClockCompare{
    Client,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Compare this computer's clock with a time server; the offsets are in seconds."),
    R"cmd(w32tm /stripchart /computer:time.windows.com /samples:3 /dataonly)cmd", Cmd};
inline constexpr RemedyTemplate kClockResync{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Synchronise this computer's clock now (as administrator)."),
    R"cmd(w32tm /resync)cmd", Cmd};
inline constexpr RemedyTemplate kClockLinuxShow{
    Client,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "On Linux, check the clock: 'System clock synchronized: yes' should be shown."),
    R"cmd(timedatectl)cmd", Bash};
inline constexpr RemedyTemplate kClockLinuxFix{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On Linux, turn automatic time synchronisation on."),
    R"cmd(sudo timedatectl set-ntp true)cmd", Bash};
inline constexpr RemedyTemplate kClockMacFix{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "On macOS, set the clock from Apple's time server."),
    R"cmd(sudo sntp -sS time.apple.com)cmd", Bash};
inline constexpr RemedyTemplate kClockServer{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On the remote Windows computer, show where it takes its time from (in a "
                      "domain: a domain controller) and synchronise it."),
    R"cmd(w32tm /query /status & w32tm /resync)cmd", Cmd};

// DNS on this computer.
inline constexpr RemedyTemplate kResolvePs{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Ask DNS for the name from this computer (Windows) and "
                                            "note the answer or the error message."),
    R"cmd(Resolve-DnsName -Name {host})cmd", Ps};
inline constexpr RemedyTemplate kFlushDns{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "If the name or its address changed recently, clear "
                                            "this computer's DNS cache and try again."),
    R"cmd(ipconfig /flushdns)cmd", Cmd};

// A path that drops full-size packets (an MTU black hole): tls.timeout, net.small_mtu
// (kMssClamp: net.small_mtu only).
inline constexpr RemedyTemplate kMtuPingWindows{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 "
                      "bytes of headers make 1400. 'Packet needs to be fragmented' or no reply, "
                      "while a plain ping works, points to an MTU problem."),
    R"cmd(ping -f -l 1372 {address})cmd", Cmd};
inline constexpr RemedyTemplate kMtuPingLinux{
    Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on Linux."),
    R"cmd(ping -M do -s 1372 -c 3 {address})cmd", Bash};
inline constexpr RemedyTemplate kMtuPingMac{
    Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same test on macOS."),
    R"cmd(ping -D -s 1372 -c 3 {address})cmd", Bash};
inline constexpr RemedyTemplate kMtuShowWindows{
    Client,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Show the MTU of this computer's network adapters, including the VPN adapter (Windows)."),
    R"cmd(netsh interface ipv4 show subinterfaces)cmd", Cmd};
inline constexpr RemedyTemplate kMtuLower{
    Client,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Lower the VPN adapter's MTU (for example to 1350) in the VPN client, or have the VPN "
        "gateway clamp the TCP segment size (MSS clamping); then try again."),
    nullptr, nullptr};
inline constexpr RemedyTemplate kMssClamp{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On the VPN gateway or router on the way (Linux), clamp the TCP segment size "
                      "to the path's MTU, and let ICMP 'fragmentation needed' (IPv6: 'packet too "
                      "big') through its firewall, so that servers learn to send smaller packets."),
    R"cmd(iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu)cmd",
    Bash};

// The route toward an address: tcp.unreachable, net.no_route.
inline constexpr RemedyTemplate kJoinTargetNetwork{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Connect to the network the remote computer belongs to "
                                            "(for example the company VPN) and try again."),
    nullptr, nullptr};
inline constexpr RemedyTemplate kRouteWindows{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Show the route and network adapter this computer would use for {address} "
                      "(Windows); an error means there is no route."),
    R"cmd(Find-NetRoute -RemoteIPAddress {address})cmd", Ps};
inline constexpr RemedyTemplate kRouteLinux{
    Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same check on Linux."),
    R"cmd(ip route get {address})cmd", Bash};
inline constexpr RemedyTemplate kRouteMac{
    Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The same check on macOS."),
    R"cmd(route -n get {address})cmd", Bash};

// This computer's firewall on Linux: firewall.local_block, firewall.local_may_block.
inline constexpr RemedyTemplate kNftPortRules{
    Client,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On Linux, list the firewall rules that mention port {port}."),
    R"cmd(sudo nft list ruleset | grep -n -w {port})cmd", Bash};

// Allowing Remote Desktop through the firewall of the server: tcp.timeout,
// firewall.inbound_block, server.rdp_disabled.
inline constexpr RemedyTemplate kFirewallAllowRdp{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Windows: allow Remote Desktop through the firewall (as administrator)."),
    R"cmd(Enable-NetFirewallRule -DisplayGroup "Remote Desktop")cmd", Ps};
inline constexpr RemedyTemplate kFirewallAllowRdpByName{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Windows in another language: the rule's internal name works everywhere."),
    R"cmd(Enable-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP)cmd", Ps};
inline constexpr RemedyTemplate kFirewallAllowPort{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Windows with another port than 3389: add a rule for port {port}."),
    R"cmd(New-NetFirewallRule -DisplayName "Remote Desktop (TCP {port})" -Direction Inbound -Protocol TCP -LocalPort {port} -Action Allow)cmd",
    Ps};
inline constexpr RemedyTemplate kUfwAllowPort{
    Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with ufw: allow the port."),
    R"cmd(sudo ufw allow {port}/tcp)cmd", Bash};
inline constexpr RemedyTemplate kFirewalldAllowPort{
    Server, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux with firewalld: allow the port."),
    R"cmd(sudo firewall-cmd --permanent --add-port={port}/tcp && sudo firewall-cmd --reload)cmd",
    Bash};

// Remote Desktop switched on: server.not_installed, server.rdp_disabled.
inline constexpr RemedyTemplate kAllowRdpConnections{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Windows (Pro, Enterprise or Server): allow Remote "
                                            "Desktop connections (as administrator)."),
    R"cmd(Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections -Value 0)cmd",
    Ps};

// xrdp: tcp.refused, x224.not_rdp, security.rdp_only and the server self-check.
inline constexpr RemedyTemplate kXrdpEnable{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On a Linux server, start xrdp and have it start at boot."),
    R"cmd(sudo systemctl enable --now xrdp)cmd", Bash};
inline constexpr RemedyTemplate kListenerProgramLinux{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On a Linux server, show the program that listens on port {port}."),
    R"cmd(sudo ss -ltnp | grep ':{port}')cmd", Bash};
inline constexpr RemedyTemplate kXrdpNegotiate{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, set security_layer=negotiate and restart xrdp (use tls "
                      "instead of negotiate to refuse Standard RDP Security completely)."),
    R"cmd(sudo sed -i 's/^security_layer=.*/security_layer=negotiate/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
    Bash};
// Standard RDP Security's encryption level (security.rdp_*): Windows and xrdp.
inline constexpr RemedyTemplate kMinEncryptionHigh{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Set the encryption level of Standard RDP Security to High (128-bit): "
                      "MinEncryptionLevel 3 on the Remote Desktop listener (as administrator), "
                      "then restart Remote Desktop Services."),
    R"cmd(reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 3 /f)cmd",
    Cmd};
inline constexpr RemedyTemplate kEncryptionLevelPolicy{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Check whether a Group Policy sets the level ('Set client connection "
                      "encryption level' under Computer Configuration > Administrative Templates > "
                      "Windows Components > Remote Desktop Services > Remote Desktop Session Host "
                      "> Security). If this value exists it overrides the listener's setting, so "
                      "set the policy to High Level instead."),
    R"cmd(reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v MinEncryptionLevel)cmd",
    Cmd};
inline constexpr RemedyTemplate kXrdpCryptHigh{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "On an xrdp server, set crypt_level=high (128-bit) and restart xrdp."),
    R"cmd(sudo sed -i 's/^crypt_level=.*/crypt_level=high/' /etc/xrdp/xrdp.ini && sudo systemctl restart xrdp)cmd",
    Bash};
inline constexpr RemedyTemplate kXrdpNewKeyPair{
    Server,
    QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                      "Make a new 3072-bit key and certificate in files of xrdp's own, point "
                      "certificate= and key_file= in xrdp.ini at them and restart xrdp."),
    R"cmd(sudo openssl req -x509 -newkey rsa:3072 -nodes -keyout /etc/xrdp/rdp-key.pem -out /etc/xrdp/rdp-cert.pem -days 825 -subj "/CN=$(hostname -f)")cmd",
    Bash};

// Licensing of a Session Host: server.licensing_grace_expired, server.licensing_not_configured.
inline constexpr RemedyTemplate kLicensingDiagnoser{
    Server,
    QT_TRANSLATE_NOOP(
        "rdpdiag::Catalogue",
        "Open the RD Licensing Diagnoser: it names the missing license server or licenses."),
    R"cmd(lsdiag.msc)cmd", Cmd};

} // namespace rdpdiag::remedies
