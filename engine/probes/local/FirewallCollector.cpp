// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/local/FirewallCollector.h"

#include "platform/Platform.h"

#include "parsers/FirewallFrontends.h"
#include "parsers/IptablesRuleset.h"
#include "parsers/MacFirewall.h"
#include "parsers/NetlinkMessages.h"
#include "parsers/NftRuleset.h"
#include "parsers/WindowsFirewall.h"

#include <QHostAddress>
#include <QStringTokenizer>

#include <algorithm>
#include <optional>

namespace rdpdiag {

namespace {

FirewallReading reading(const QString &source, const PacketQuery &query)
{
    FirewallReading result;
    result.source = source;
    result.direction = query.direction;
    result.port = query.port;
    result.remoteAddress = query.remoteAddress;
    return result;
}

/** Sets status and detail for a command that did not succeed; false when it did. */
bool failed(const CommandResult &command, FirewallReading &result)
{
    switch (command.status) {
    case CommandResult::Status::Ok:
        return false;
    case CommandResult::Status::NotFound:
        result.status = FirewallReading::Status::NotInstalled;
        return true;
    case CommandResult::Status::ExitCode:
        result.status = command.permissionDenied() ? FirewallReading::Status::Denied
                                                   : FirewallReading::Status::Failed;
        break;
    case CommandResult::Status::Timeout:
    case CommandResult::Status::Failed:
    case CommandResult::Status::Cancelled:
        result.status = FirewallReading::Status::Failed;
        break;
    }
    const QString message = decodeConsoleOutput(command.err.isEmpty() ? command.out : command.err);
    result.detail = QStringLiteral("%1 (%2)").arg(message.trimmed().section(u'\n', 0, 1).left(300),
                                                  commandStatusString(command.status));
    return true;
}

/** iptables-nft's own tables, to leave out of the nftables reading. */
bool isIptablesNftTable(const GenericChain &chain)
{
    return (chain.family == QLatin1String("ip") || chain.family == QLatin1String("ip6")) &&
           chain.table == QLatin1String("filter");
}

/**
 * ufw's own view (its rules with their comments). An enabled ufw always keeps its chains in
 * the IPv4 iptables rule set, so when they are known to be missing (@p offBecause says how:
 * no iptables table at all, or a rule set without them) ufw is off and asking it (~100 ms of
 * Python) is skipped; @p offBecause is empty when that is not known.
 */
FirewallReading readUfw(CommandRunner &runner, const PacketQuery &query,
                        std::chrono::milliseconds timeout, const QString &offBecause)
{
    FirewallReading result = reading(QStringLiteral("ufw"), query);
    if (!offBecause.isEmpty()) {
        result.status = FirewallReading::Status::Inactive;
        result.detail = offBecause;
        return result;
    }
    const CommandResult command = runner.run(
        QStringLiteral("ufw"), {QStringLiteral("status"), QStringLiteral("verbose")}, timeout);
    if (!failed(command, result)) {
        const UfwStatus status = parseUfwStatus(decodeConsoleOutput(command.out));
        if (!status.parsed) {
            result.status = FirewallReading::Status::Failed;
            result.detail = QStringLiteral("unexpected output of ufw status");
        } else if (!status.active) {
            result.status = FirewallReading::Status::Inactive;
        } else {
            result.status = FirewallReading::Status::Read;
            result.ruleCount = static_cast<int>(status.rules.size());
            result.verdicts = evaluateUfw(status, query);
        }
    }
    return result;
}

FirewallReading readFirewalld(CommandRunner &runner, const PacketQuery &query,
                              std::chrono::milliseconds timeout)
{
    FirewallReading result = reading(QStringLiteral("firewalld"), query);
    const CommandResult state =
        runner.run(QStringLiteral("firewall-cmd"), {QStringLiteral("--state")}, timeout);
    if (state.status == CommandResult::Status::ExitCode && state.out.contains("not running")) {
        result.status = FirewallReading::Status::Inactive;
    } else if (!failed(state, result)) {
        const CommandResult zones = runner.run(QStringLiteral("firewall-cmd"),
                                               {QStringLiteral("--list-all-zones")}, timeout);
        if (!failed(zones, result)) {
            const QList<FirewalldZone> parsed = parseFirewalldZones(decodeConsoleOutput(zones.out));
            if (parsed.isEmpty()) {
                result.status = FirewallReading::Status::Failed;
                result.detail =
                    QStringLiteral("unexpected output of firewall-cmd --list-all-zones");
            } else {
                result.status = FirewallReading::Status::Read;
                for (const FirewalldZone &zone : parsed)
                    result.ruleCount += static_cast<int>(zone.ports.size() + zone.services.size() +
                                                         zone.richRules.size());
                result.verdicts = evaluateFirewalld(parsed, query);
            }
        }
    }
    return result;
}

/**
 * Which netfilter tables the kernel holds, asked before any tool runs: the nftables tables
 * over netlink (iptables-nft keeps its tables there too, as family ip / ip6) and the legacy
 * x_tables from /proc/net/ip_tables_names and ip6_tables_names. A tool whose tables do not
 * exist is not started (each costs a process start; docs/benchmarks.md). Unknown (no
 * netlink, no right to ask) means every tool runs, as before.
 */
struct KernelTables
{
    std::optional<QList<netlink::NftTable>> nft;
    std::optional<bool> legacyIpv4; ///< legacy iptables tables are loaded
    std::optional<bool> legacyIpv6;

    /** Whether @p family ("ip", "ip6") may have tables that iptables-save would print. */
    bool mayHaveIptables(const QString &nftFamily) const
    {
        const std::optional<bool> legacy =
            nftFamily == QLatin1String("ip") ? legacyIpv4 : legacyIpv6;
        if (!nft || legacy != false)
            return true;
        return std::any_of(nft->cbegin(), nft->cend(), [&](const netlink::NftTable &table) {
            return table.family == nftFamily;
        });
    }
    bool mayHaveNftables() const { return !nft || !nft->isEmpty(); }
};

KernelTables askKernelTables(CommandRunner &runner, std::chrono::milliseconds timeout)
{
    KernelTables tables;
    QByteArray answer;
    QString error;
    if (runner.netlink(netlink::kProtocolNetfilter, netlink::nftTablesRequest(), timeout, &answer,
                       &error))
        tables.nft = netlink::parseNftTables(answer);
    const auto legacy = [&](const QString &path) -> std::optional<bool> {
        QByteArray names;
        QString why;
        if (runner.readFile(path, 64 * 1024, &names, &why))
            return !names.trimmed().isEmpty();
        // No such file: the legacy module is not loaded, so it holds no table.
        if (why.contains(QLatin1String("No such file")))
            return false;
        return std::nullopt;
    };
    tables.legacyIpv4 = legacy(QStringLiteral("/proc/net/ip_tables_names"));
    tables.legacyIpv6 = legacy(QStringLiteral("/proc/net/ip6_tables_names"));
    return tables;
}

/** iptables-save's header names its variant: "# Generated by iptables-nft-save v1.8.9
 * (nf_tables) on …" (the legacy one says nothing). */
bool savedByNfTablesVariant(const QString &text)
{
    for (const QStringView line : QStringTokenizer(text, u'\n'))
        if (line.startsWith(u"# Generated by ") && line.contains(u"(nf_tables)"))
            return true;
    return false;
}

/** The reading of a tool that was not started because the kernel holds no table for it. */
FirewallReading withoutTables(const QString &source, const QString &program,
                              const PacketQuery &query)
{
    FirewallReading result = reading(source, query);
    if (findProgram(program).isEmpty()) {
        result.status = FirewallReading::Status::NotInstalled;
    } else {
        result.status = FirewallReading::Status::Inactive;
        result.detail = QStringLiteral("the kernel holds no %1 tables").arg(source);
    }
    return result;
}

QList<FirewallReading> linuxFirewalls(CommandRunner &runner, const PacketQuery &query,
                                      std::chrono::milliseconds timeout)
{
    QList<FirewallReading> readings;
    const KernelTables kernel = askKernelTables(runner, timeout);

    // iptables first: whether it is the nf_tables variant (its header says "(nf_tables)")
    // decides how nft is read.
    bool nfTablesVariant = false; // iptables-nft: its tables are in nftables too
    bool nftMadeTables = false;   // "incompatible": tables made by nft itself
    bool iptablesRead = false;
    QString ufwOff; // why ufw's chains are known to be missing; empty until then
    for (const auto &[program, family, source, nftFamily] :
         {std::tuple{QStringLiteral("iptables-save"), QStringLiteral("ipv4"),
                     QStringLiteral("iptables"), QStringLiteral("ip")},
          std::tuple{QStringLiteral("ip6tables-save"), QStringLiteral("ipv6"),
                     QStringLiteral("ip6tables"), QStringLiteral("ip6")}}) {
        if (!kernel.mayHaveIptables(nftFamily)) {
            readings << withoutTables(source, program, query);
            if (family == QLatin1String("ipv4"))
                ufwOff = QStringLiteral("the kernel holds no iptables tables, so no ufw chains");
            continue;
        }
        FirewallReading result = reading(source, query);
        const QHostAddress remote(query.remoteAddress);
        const bool otherFamily = !query.remoteAddress.isEmpty() && !remote.isNull() &&
                                 (remote.protocol() == QAbstractSocket::IPv6Protocol) !=
                                     (family == QLatin1String("ipv6"));
        const CommandResult command = runner.run(program, {}, timeout);
        if (failed(command, result)) {
            readings << result;
            continue;
        }
        const QString text = decodeConsoleOutput(command.out);
        if (family == QLatin1String("ipv4") && !text.contains(QLatin1String("\n:ufw-")))
            ufwOff = QStringLiteral("no ufw chains in the iptables rule set");
        nfTablesVariant = nfTablesVariant || savedByNfTablesVariant(text);
        const IptablesParse parsed = parseIptablesSave(text, family);
        if (!parsed.ok()) {
            // No *filter table: nothing loaded (common when nftables is used directly).
            result.status = FirewallReading::Status::Inactive;
            result.detail = parsed.error;
            readings << result;
            continue;
        }
        if (text.contains(QLatin1String("incompatible")))
            nftMadeTables = true; // read them, and iptables-nft's, in nftables
        result.status = FirewallReading::Status::Read;
        result.ruleCount = parsed.ruleCount;
        if (!otherFamily) {
            PacketQuery familyQuery = query;
            familyQuery.family = family;
            result.verdicts = evaluateRuleset(parsed.ruleset, familyQuery);
        }
        iptablesRead = iptablesRead || parsed.ruleCount > 0;
        readings << result;
    }

    if (!kernel.mayHaveNftables()) {
        readings << withoutTables(QStringLiteral("nftables"), QStringLiteral("nft"), query);
    } else {
        FirewallReading result = reading(QStringLiteral("nftables"), query);
        const CommandResult command = runner.run(
            QStringLiteral("nft"),
            {QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("ruleset")}, timeout);
        if (!failed(command, result)) {
            NftParse parsed = parseNftJson(command.out);
            if (!parsed.ok()) {
                result.status = FirewallReading::Status::Failed;
                result.detail = parsed.error;
            } else {
                if (nfTablesVariant && !nftMadeTables && iptablesRead) {
                    QList<GenericChain> kept;
                    for (const GenericChain &chain : parsed.ruleset.chains)
                        if (!isIptablesNftTable(chain))
                            kept << chain;
                    if (kept.size() != parsed.ruleset.chains.size())
                        result.detail =
                            QStringLiteral("the iptables tables are read through iptables-save");
                    parsed.ruleset.chains = kept;
                }
                result.status = parsed.ruleCount == 0 && parsed.ruleset.chains.isEmpty()
                                    ? FirewallReading::Status::Inactive
                                    : FirewallReading::Status::Read;
                result.ruleCount = parsed.ruleCount;
                result.verdicts = evaluateRuleset(parsed.ruleset, query);
            }
        }
        readings << result;
    }

    readings << readUfw(runner, query, timeout, ufwOff);
    readings << readFirewalld(runner, query, timeout);
    return readings;
}

QList<FirewallReading> windowsFirewalls(CommandRunner &runner, const PacketQuery &query,
                                        std::chrono::milliseconds timeout)
{
    FirewallReading result = reading(QStringLiteral("windows-firewall"), query);
    const CommandResult profilesCommand = runner.run(
        QStringLiteral("netsh"),
        {QStringLiteral("advfirewall"), QStringLiteral("show"), QStringLiteral("allprofiles")},
        timeout);
    QList<WindowsFirewallProfile> profiles;
    if (profilesCommand.ok())
        profiles = parseNetshProfiles(decodeConsoleOutput(profilesCommand.out));
    const CommandResult rulesCommand =
        runner.run(QStringLiteral("netsh"),
                   {QStringLiteral("advfirewall"), QStringLiteral("firewall"),
                    QStringLiteral("show"), QStringLiteral("rule"), QStringLiteral("name=all")},
                   timeout);
    // netsh exits with 1 when no rule matches; that output is still a valid answer.
    if (rulesCommand.status != CommandResult::Status::ExitCode && failed(rulesCommand, result))
        return {result};
    const NetshRulesParse parsed = parseNetshFirewallRules(decodeConsoleOutput(rulesCommand.out));
    if (parsed.rules.isEmpty() && !parsed.noRules) {
        result.status = FirewallReading::Status::Failed;
        result.detail =
            decodeConsoleOutput(rulesCommand.out + rulesCommand.err).trimmed().left(300);
        return {result};
    }
    const bool allOff = !profiles.isEmpty() &&
                        std::all_of(profiles.cbegin(), profiles.cend(),
                                    [](const WindowsFirewallProfile &p) { return p.on == false; });
    result.status = allOff ? FirewallReading::Status::Inactive : FirewallReading::Status::Read;
    result.ruleCount = static_cast<int>(parsed.rules.size());
    if (parsed.unparsedBlocks > 0)
        result.detail = QStringLiteral("%1 rule blocks not understood").arg(parsed.unparsedBlocks);
    result.verdicts = evaluateWindowsFirewall(parsed.rules, profiles, query);
    if (query.direction == FirewallDirection::Inbound) {
        // Name the built-in Remote Desktop rules in the evidence: switched off, they are the
        // usual reason for a blocked port.
        QStringList disabled;
        for (const WindowsFirewallRule &rule : remoteDesktopRules(parsed.rules))
            if (rule.enabled == false && rule.direction == FirewallDirection::Inbound)
                disabled << rule.name;
        for (FirewallVerdict &verdict : result.verdicts)
            if (verdict.byPolicy && !disabled.isEmpty())
                verdict.comment = QStringLiteral("Remote Desktop rules switched off: %1")
                                      .arg(disabled.join(QStringLiteral("; ")));
    }
    return {result};
}

QList<FirewallReading> macFirewalls(CommandRunner &runner, const PacketQuery &query,
                                    std::chrono::milliseconds timeout)
{
    QList<FirewallReading> readings;
    {
        FirewallReading result = reading(QStringLiteral("pf"), query);
        // pf filters only while it is enabled; its rules may be loaded either way.
        const CommandResult info = runner.run(
            QStringLiteral("pfctl"), {QStringLiteral("-s"), QStringLiteral("info")}, timeout);
        if (!failed(info, result)) {
            const std::optional<bool> enabled = parsePfEnabled(decodeConsoleOutput(info.out));
            if (!enabled) {
                result.status = FirewallReading::Status::Failed;
                result.detail = QStringLiteral("pfctl -s info printed no \"Status:\" line");
            } else if (!*enabled) {
                result.status = FirewallReading::Status::Inactive;
                result.detail = QStringLiteral("pfctl -s info: Status: Disabled");
            } else if (const CommandResult command =
                           runner.run(QStringLiteral("pfctl"), {QStringLiteral("-sr")}, timeout);
                       !failed(command, result)) {
                const PfParse parsed = parsePfRules(decodeConsoleOutput(command.out));
                result.status = parsed.rules.isEmpty() ? FirewallReading::Status::Inactive
                                                       : FirewallReading::Status::Read;
                result.ruleCount = static_cast<int>(parsed.rules.size());
                result.verdicts = evaluatePf(parsed.rules, query);
            }
        }
        readings << result;
    }
    {
        FirewallReading result = reading(QStringLiteral("macos-application-firewall"), query);
        const QString tool = QStringLiteral("/usr/libexec/ApplicationFirewall/socketfilterfw");
        const CommandResult global =
            runner.run(tool, {QStringLiteral("--getglobalstate")}, timeout);
        if (!failed(global, result)) {
            const CommandResult blockAll =
                runner.run(tool, {QStringLiteral("--getblockall")}, timeout);
            const ApplicationFirewallState state = parseSocketFilterState(
                decodeConsoleOutput(global.out), decodeConsoleOutput(blockAll.out));
            result.status = state.enabled == true ? FirewallReading::Status::Read
                                                  : FirewallReading::Status::Inactive;
            // It filters incoming connections to applications only.
            if (state.enabled == true && query.direction == FirewallDirection::Inbound &&
                state.blockAll == true) {
                FirewallVerdict verdict;
                verdict.result = FirewallVerdict::Result::Blocked;
                verdict.action = FirewallAction::Drop;
                verdict.byPolicy = true;
                verdict.rule = QStringLiteral("Block all incoming connections");
                verdict.location = QStringLiteral("macOS application firewall");
                result.verdicts << verdict;
            }
            if (state.blockAll)
                result.detail = state.blockAll.value() ? QStringLiteral("block all incoming: on")
                                                       : QStringLiteral("block all incoming: off");
        }
        readings << result;
    }
    return readings;
}

} // namespace

FirewallPlatform currentFirewallPlatform()
{
    switch (currentPlatform()) {
    case Platform::Windows:
        return FirewallPlatform::Windows;
    case Platform::MacOS:
        return FirewallPlatform::MacOs;
    case Platform::Linux:
        break;
    }
    return FirewallPlatform::Linux;
}

QList<FirewallReading> collectFirewalls(CommandRunner &runner, const PacketQuery &query,
                                        FirewallPlatform platform,
                                        std::chrono::milliseconds timeout)
{
    switch (platform) {
    case FirewallPlatform::Linux:
        return linuxFirewalls(runner, query, timeout);
    case FirewallPlatform::Windows:
        return windowsFirewalls(runner, query, timeout);
    case FirewallPlatform::MacOs:
        return macFirewalls(runner, query, timeout);
    case FirewallPlatform::Other:
        break;
    }
    return {};
}

} // namespace rdpdiag
