// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The firewall entries: this computer's firewall (stages tcp and local) and the server's
 * (stage server, the self-check).
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> firewallEntries()
{
    return {
        // =====================================================================================
        // tcp: this computer's own firewall stops the connection
        // =====================================================================================
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
             kNftPortRules,
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
        // local: this computer's firewall rules (engine/probes/local)
        // =====================================================================================
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
             kNftPortRules,
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

        // =====================================================================================
        // server: the server's own firewall, seen by the self-check (rdpdiag --server).
        // {port} is the port clients use; {host} this computer's name.
        // =====================================================================================
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
             kFirewallAllowRdp,
             kFirewallAllowRdpByName,
             kFirewallAllowPort,
             kUfwAllowPort,
             kFirewalldAllowPort,
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
}

} // namespace rdpdiag
