// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The network entries: name lookup (dns), the connection attempt (tcp) and this computer's
 * network environment (net.*, stage local).
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> networkEntries()
{
    return {
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
        // tcp. tcp.timeout is shown on the firewall page (Category::Firewall) but stays
        // here, between the other outcomes of the connection attempt: within a stage the
        // order of the entries decides ties (catalogueEntries()).
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
             kXrdpEnable,
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
             kFirewallAllowRdp,
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "The same with netsh, from a command prompt."),
              R"cmd(netsh advfirewall firewall set rule group="remote desktop" new enable=Yes)cmd",
              Cmd},
             kFirewallAllowRdpByName,
             kFirewallAllowPort,
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
             kUfwAllowPort,
             kFirewalldAllowPort,
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
             kJoinTargetNetwork,
             kRouteWindows,
             kRouteLinux,
             kRouteMac,
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

        {"tcp.connection_limit",
         Severity::Info,
         Category::Network,
         StageId::Tcp,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "The server limits simultaneous connections"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "This check opens several connections to {address} at the same time. The server "
             "refused, reset or closed some of them before answering, while the same requests "
             "worked when they were sent again one at a time, so the results shown come from "
             "those. The server, or a device in front of it, limits how many connections it "
             "accepts at once: Remote Desktop's limit on connections that have not signed in yet, "
             "a firewall or intrusion prevention system that limits new connections to port "
             "{port}, or the short queue of waiting connections of xrdp. A Remote Desktop client "
             "opens one connection and is not affected; several users who connect at the same "
             "moment, for example from behind one shared address, may be."),
         {
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "Nothing needs to change for a single user. If users who connect "
                                "at the same time fail now and then, show the Windows limit on "
                                "connections that have not signed in yet (the value is absent when "
                                "the default applies)."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /v MaxOutstandingConnections)cmd",
              Cmd},
             {Server,
              QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                                "If a firewall, load balancer or intrusion prevention system sits "
                                "in front of the server, check its limit of simultaneous or new "
                                "connections per source address to port {port}."),
              nullptr, nullptr},
         }},

        // =====================================================================================
        // local: this computer's network environment (engine/probes/local)
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
             kJoinTargetNetwork,
             kRouteWindows,
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Show the routing table (Windows)."),
              R"cmd(route print)cmd", Cmd},
             kRouteLinux,
             kRouteMac,
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
             "Only small packets get through between this computer and {address}: the largest "
             "packet this computer can send toward it (the MTU of the adapter or route) is below "
             "1400 bytes, which is typical of VPNs and tunnels, or a device on the way drops "
             "larger packets; the evidence shows which. Small packets alone are fine, but if a "
             "device on the way silently drops packets that are too large, the server's "
             "certificate never arrives and the connection hangs at 'Securing connection' before "
             "failing with error code 0x904. When the evidence says \"proven\", a second "
             "handshake with small packets completed where the normal one stalled: then this is "
             "the cause, otherwise a risk and the likely cause when the TLS handshake stalls."),
         {
             kMtuPingWindows,
             kMtuPingLinux,
             kMtuPingMac,
             kMtuShowWindows,
             {Client, QT_TRANSLATE_NOOP("rdpdiag::Catalogue", "Linux: show the adapters' MTU."),
              R"cmd(ip link show)cmd", Bash},
             kMtuLower,
             kMssClamp,
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
             kFlushDns,
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
    };
}

} // namespace rdpdiag
