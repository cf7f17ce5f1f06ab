// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The security entries: the Remote Desktop negotiation (x224.*), what its answer says about
 * the server's policy (security.*) and CredSSP / NLA (credssp.*).
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> securityEntries()
{
    return {
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
             "Desktop certificate or its private key is unusable (wrong permissions on the folder "
             "where Windows keeps the computer's private keys, a damaged certificate store); less "
             "often the security settings "
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
             kListenerProgramLinux,
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
             kXrdpNegotiate,
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
             "private key cannot be read because of wrong permissions on the folder where Windows "
             "keeps the computer's private keys, "
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
}

} // namespace rdpdiag
