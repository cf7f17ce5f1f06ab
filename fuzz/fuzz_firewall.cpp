// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the firewall readers of engine/parsers — what `nft -j list ruleset`,
// `iptables-save`, `ufw status verbose`, `firewall-cmd --list-all-zones`, `netsh advfirewall`
// (rules and profiles), `pfctl -sr` and `pfctl -s info` print — and the evaluation of what
// they read for an outbound and an inbound RDP connection. The first byte of the input picks
// the reader; the rest is the tool's output.
#include "FuzzSupport.h"

#include "parsers/FirewallFrontends.h"
#include "parsers/IptablesRuleset.h"
#include "parsers/MacFirewall.h"
#include "parsers/NftRuleset.h"
#include "parsers/WindowsFirewall.h"

using namespace rdpdiag;

namespace {

QList<PacketQuery> queries()
{
    PacketQuery out;
    out.direction = FirewallDirection::Outbound;
    out.remoteAddress = QStringLiteral("192.0.2.7");
    PacketQuery in;
    in.direction = FirewallDirection::Inbound;
    return {out, in};
}

/** A verdict names where it was decided: a rule, a policy or a profile. */
void checkVerdicts(const QList<FirewallVerdict> &verdicts)
{
    for (const FirewallVerdict &verdict : verdicts)
        RDPDIAG_FUZZ_CHECK(verdict.byPolicy || !verdict.rule.isEmpty() ||
                           !verdict.location.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data + 1, size - 1);
    const QString text = QString::fromUtf8(bytes);
    for (const PacketQuery &query : queries()) {
        switch (data[0] % 8) {
        case 0: {
            const NftParse parse = parseNftJson(bytes);
            RDPDIAG_FUZZ_CHECK(parse.ok() || parse.ruleset.chains.isEmpty());
            checkVerdicts(evaluateRuleset(parse.ruleset, query));
            break;
        }
        case 1: {
            const IptablesParse parse = parseIptablesSave(text, QStringLiteral("ipv4"));
            RDPDIAG_FUZZ_CHECK(parse.ok() || parse.ruleset.chains.isEmpty());
            checkVerdicts(evaluateRuleset(parse.ruleset, query));
            break;
        }
        case 2:
            checkVerdicts(evaluateUfw(parseUfwStatus(text), query));
            break;
        case 3:
            checkVerdicts(evaluateFirewalld(parseFirewalldZones(text), query));
            break;
        case 4: {
            const NetshRulesParse rules = parseNetshFirewallRules(text);
            checkVerdicts(evaluateWindowsFirewall(rules.rules, {}, query));
            remoteDesktopRules(rules.rules);
            break;
        }
        case 5:
            checkVerdicts(evaluateWindowsFirewall({}, parseNetshProfiles(text), query));
            break;
        case 6: {
            const PfParse parse = parsePfRules(text);
            RDPDIAG_FUZZ_CHECK(parse.unparsed >= 0);
            checkVerdicts(evaluatePf(parse.rules, query));
            break;
        }
        default:
            parsePfEnabled(text);
            parseSocketFilterState(text, text);
            break;
        }
    }
    return 0;
}
