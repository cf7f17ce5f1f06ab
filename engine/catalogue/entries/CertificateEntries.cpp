// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The certificate entries: the TLS handshake (tls.*) and the certificate the server
 * presented (cert.*).
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> certificateEntries()
{
    return {
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
             "use its certificate's private key (wrong permissions on the folder where Windows "
             "keeps the computer's private keys, a "
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
             "server cannot use its certificate or private key: on Windows wrong permissions on "
             "its private keys or a damaged certificate store, on xrdp a key file it cannot read "
             "or a "
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
             kMtuPingWindows,
             kMtuPingLinux,
             kMtuPingMac,
             kMtuShowWindows,
             kMtuLower,
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
             "renewal failed, typically because Windows cannot write the computer's private keys "
             "(event 1058); a certificate from a certificate authority must be renewed "
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
    };
}

} // namespace rdpdiag
