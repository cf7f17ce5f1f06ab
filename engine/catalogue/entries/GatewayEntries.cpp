// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The RD Gateway entries (gateway.*, stage local): the path through the gateway of an .rdp
 * file; shown on the network and certificate pages.
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> gatewayEntries()
{
    return {
        // =====================================================================================
        // local: the RD Gateway of an .rdp file (engine/probes/GatewayProbe). {host}, {port}
        // and {address} name the gateway.
        // =====================================================================================
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
    };
}

} // namespace rdpdiag
