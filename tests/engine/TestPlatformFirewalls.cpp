// SPDX-License-Identifier: GPL-3.0-or-later
// Windows Defender Firewall (netsh, English and German, CRLF, code page 850, malformed) and
// macOS (pfctl -s info, pfctl -sr, socketfilterfw) readers on fixtures of their real output
// formats, and the collector that picks the readers of a platform (through a recorded command
// runner), including which Linux tools it asks.
#include "parsers/MacFirewall.h"
#include "parsers/WindowsFirewall.h"
#include "probes/local/FirewallCollector.h"

#include "LocalFixtures.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

QString text(const QString &name)
{
    return decodeConsoleOutput(fixture(name));
}

PacketQuery query(FirewallDirection direction, quint16 port, const QString &remote = {})
{
    PacketQuery q;
    q.direction = direction;
    q.port = port;
    q.remoteAddress = remote;
    return q;
}

QString resultOf(const QList<FirewallVerdict> &verdicts)
{
    return verdicts.isEmpty() ? QStringLiteral("allowed")
                              : firewallResultString(verdicts.first().result);
}

/** Answers commands from fixture files: program + arguments → file (missing = not installed). */
class RecordedRunner : public CommandRunner
{
public:
    QHash<QString, QString> files;
    QStringList calls;

    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds) override
    {
        const QString key = (QStringList{program} + arguments).join(u' ');
        calls << key;
        CommandResult result;
        const auto it = files.constFind(key);
        if (it == files.cend()) {
            result.status = CommandResult::Status::NotFound;
            return result;
        }
        result.status = CommandResult::Status::Ok;
        result.exitCode = 0;
        result.out = fixture(*it);
        return result;
    }
    bool readFile(const QString &, qint64, QByteArray *, QString *error) override
    {
        *error = QStringLiteral("not recorded");
        return false;
    }
};

constexpr auto In = FirewallDirection::Inbound;
constexpr auto Out = FirewallDirection::Outbound;

} // namespace

class TestPlatformFirewalls : public QObject
{
    Q_OBJECT

private slots:
    void netshEnglishParsed()
    {
        const NetshRulesParse parsed =
            parseNetshFirewallRules(text(QStringLiteral("windows/netsh-rules-en.txt")));
        QCOMPARE(parsed.rules.size(), 7);
        QCOMPARE(parsed.unparsedBlocks, 0);
        const WindowsFirewallRule &rdp = parsed.rules.first();
        QCOMPARE(rdp.name, QStringLiteral("Remote Desktop - User Mode (TCP-In)"));
        QCOMPARE(rdp.enabled, std::optional<bool>(false));
        QCOMPARE(rdp.direction, std::optional<FirewallDirection>(In));
        QCOMPARE(rdp.protocol, QStringLiteral("TCP"));
        QCOMPARE(rdp.localPort, QStringLiteral("3389"));
        QCOMPARE(rdp.action, QStringLiteral("allow"));
        QCOMPARE(rdp.profiles.size(), 3);
        // ICMP rules have no port lines but type/code continuation lines: the action is still
        // read as the last field.
        const WindowsFirewallRule &icmp = parsed.rules.at(3);
        QCOMPARE(icmp.protocol, QStringLiteral("ICMPv6"));
        QCOMPARE(icmp.action, QStringLiteral("allow"));
        QVERIFY(icmp.localPort.isEmpty());
        QCOMPARE(parsed.rules.at(5).action, QStringLiteral("block"));
        QCOMPARE(parsed.rules.at(5).remotePort, QStringLiteral("3389-3390"));
        QCOMPARE(remoteDesktopRules(parsed.rules).size(), 3);
    }

    void netshGermanParsed()
    {
        // Code page 850 bytes, German labels and values.
        const QByteArray raw = fixture(QStringLiteral("windows/netsh-rules-de.txt"));
        QVERIFY(raw.contains("\x84")); // "ä" in code page 850
        const NetshRulesParse parsed = parseNetshFirewallRules(decodeConsoleOutput(raw));
        QCOMPARE(parsed.rules.size(), 4);
        const WindowsFirewallRule &allow = parsed.rules.first();
        QCOMPARE(allow.enabled, std::optional<bool>(true));
        QCOMPARE(allow.direction, std::optional<FirewallDirection>(In));
        QCOMPARE(allow.action, QStringLiteral("allow"));
        QCOMPARE(allow.remoteIp, QStringLiteral("LocalSubnet"));
        QCOMPARE(allow.profiles.size(), 2);
        QCOMPARE(parsed.rules.at(1).enabled, std::optional<bool>(false));
        QCOMPARE(parsed.rules.at(2).action, QStringLiteral("allow")); // the ICMP rule
        QCOMPARE(parsed.rules.at(3).action, QStringLiteral("block"));
        QCOMPARE(parsed.rules.at(3).name, QStringLiteral("RDP sperren"));
        QCOMPARE(remoteDesktopRules(parsed.rules).size(), 2);
    }

    void netshProfiles()
    {
        const QList<WindowsFirewallProfile> english =
            parseNetshProfiles(text(QStringLiteral("windows/netsh-profiles-en.txt")));
        QCOMPARE(english.size(), 3);
        for (const WindowsFirewallProfile &profile : english) {
            QCOMPARE(profile.on, std::optional<bool>(true));
            QCOMPARE(profile.inboundPolicy, QStringLiteral("BlockInbound"));
            QCOMPARE(profile.outboundPolicy, QStringLiteral("AllowOutbound"));
        }
        const QList<WindowsFirewallProfile> german =
            parseNetshProfiles(text(QStringLiteral("windows/netsh-profiles-de.txt")));
        QCOMPARE(german.size(), 3);
        QCOMPARE(german.at(0).on, std::optional<bool>(true));
        QCOMPARE(german.at(2).on, std::optional<bool>(false));
        QCOMPARE(german.at(2).name, QStringLiteral("Public"));
    }

    void windowsEvaluation_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("profiles");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("result");
        QTest::newRow("en: RD rules off → default blocks 3389")
            << "windows/netsh-rules-en.txt"
            << "windows/netsh-profiles-en.txt" << int(In) << 3389 << QString() << "blocked";
        QTest::newRow("en: WinRM allowed (Domain,Private only)")
            << "windows/netsh-rules-en.txt"
            << "windows/netsh-profiles-en.txt" << int(In) << 5985 << QString() << "may_be_blocked";
        QTest::newRow("en: outbound 3389 blocked by rule")
            << "windows/netsh-rules-en.txt"
            << "windows/netsh-profiles-en.txt" << int(Out) << 3389 << "192.0.2.9"
            << "blocked";
        QTest::newRow("en: outbound 443 allowed")
            << "windows/netsh-rules-en.txt"
            << "windows/netsh-profiles-en.txt" << int(Out) << 443 << "192.0.2.9"
            << "allowed";
        QTest::newRow("de: any client may be blocked")
            << "windows/netsh-rules-de.txt"
            << "windows/netsh-profiles-de.txt" << int(In) << 3389 << QString() << "may_be_blocked";
        QTest::newRow("de: the blocked network")
            << "windows/netsh-rules-de.txt"
            << "windows/netsh-profiles-de.txt" << int(In) << 3389 << "203.0.113.9"
            << "blocked";
        QTest::newRow("en rules, no profile output: default inbound block")
            << "windows/netsh-rules-en.txt"
            << "" << int(In) << 3389 << QString() << "blocked";
    }
    void windowsEvaluation()
    {
        QFETCH(QString, rules);
        QFETCH(QString, profiles);
        QFETCH(int, direction);
        QFETCH(int, port);
        QFETCH(QString, remote);
        QFETCH(QString, result);
        const NetshRulesParse parsed = parseNetshFirewallRules(text(rules));
        const QList<WindowsFirewallProfile> profileList = profiles.isEmpty()
                                                              ? QList<WindowsFirewallProfile>{}
                                                              : parseNetshProfiles(text(profiles));
        const QList<FirewallVerdict> verdicts = evaluateWindowsFirewall(
            parsed.rules, profileList,
            query(FirewallDirection(direction), static_cast<quint16>(port), remote));
        QCOMPARE(resultOf(verdicts), result);
    }

    void windowsRuleSwitchedOnAllows()
    {
        NetshRulesParse parsed =
            parseNetshFirewallRules(text(QStringLiteral("windows/netsh-rules-en.txt")));
        parsed.rules.first().enabled = true;
        QCOMPARE(resultOf(evaluateWindowsFirewall(
                     parsed.rules,
                     parseNetshProfiles(text(QStringLiteral("windows/netsh-profiles-en.txt"))),
                     query(In, 3389))),
                 QStringLiteral("allowed"));
        // The firewall off in every profile: nothing blocks.
        QList<WindowsFirewallProfile> off =
            parseNetshProfiles(text(QStringLiteral("windows/netsh-profiles-en.txt")));
        for (WindowsFirewallProfile &profile : off)
            profile.on = false;
        parsed.rules.first().enabled = false;
        QVERIFY(evaluateWindowsFirewall(parsed.rules, off, query(In, 3389)).isEmpty());
    }

    void netshMalformedAndEmpty()
    {
        const NetshRulesParse malformed =
            parseNetshFirewallRules(text(QStringLiteral("windows/netsh-rules-malformed.txt")));
        QVERIFY(malformed.rules.isEmpty());
        QCOMPARE(malformed.unparsedBlocks, 2);
        QVERIFY(!malformed.noRules);
        const NetshRulesParse none =
            parseNetshFirewallRules(text(QStringLiteral("windows/netsh-rules-none-en.txt")));
        QVERIFY(none.rules.isEmpty());
        QVERIFY(none.noRules);
        QVERIFY(parseNetshProfiles(QStringLiteral("\x01\x02 garbage\n----------\n")).size() <= 1);
        QVERIFY(parseNetshFirewallRules(QString()).rules.isEmpty());
    }

    void windowsCollectorThroughRunner()
    {
        RecordedRunner runner;
        runner.files.insert(QStringLiteral("netsh advfirewall show allprofiles"),
                            QStringLiteral("windows/netsh-profiles-en.txt"));
        runner.files.insert(QStringLiteral("netsh advfirewall firewall show rule name=all"),
                            QStringLiteral("windows/netsh-rules-en.txt"));
        const QList<FirewallReading> readings =
            collectFirewalls(runner, query(In, 3389), FirewallPlatform::Windows);
        QCOMPARE(readings.size(), 1);
        QCOMPARE(readings.first().source, QStringLiteral("windows-firewall"));
        QCOMPARE(readings.first().status, FirewallReading::Status::Read);
        QCOMPARE(readings.first().ruleCount, 7);
        QCOMPARE(resultOf(readings.first().verdicts), QStringLiteral("blocked"));
        QVERIFY(readings.first().verdicts.first().comment.contains(
            QLatin1String("Remote Desktop - User Mode (TCP-In)")));
        // Only Windows tools were asked.
        for (const QString &call : runner.calls)
            QVERIFY2(call.startsWith(QLatin1String("netsh")), qPrintable(call));
    }

    void pfRules()
    {
        const PfParse parsed = parsePfRules(text(QStringLiteral("macos/pfctl-sr.txt")));
        QCOMPARE(parsed.rules.size(), 7);
        QCOMPARE(parsed.unparsed, 0);
        QVERIFY(parsed.rules.at(1).quick);
        QCOMPARE(parsed.rules.at(1).toPort, QStringLiteral("= 3389"));
        QCOMPARE(parsed.rules.at(2).interfaceName, QStringLiteral("en0"));
        QVERIFY(parsed.rules.at(2).returns);

        const QList<FirewallVerdict> out =
            evaluatePf(parsed.rules, query(Out, 3389, QStringLiteral("192.0.2.7")));
        // The Apple anchor's rules are not listed, so even a quick block is only "may".
        QCOMPARE(resultOf(out), QStringLiteral("may_be_blocked"));
        QVERIFY(out.first().rule.contains(QLatin1String("block drop out quick")));
        QVERIFY(out.first().conditions.join(u' ').contains(QLatin1String("anchor")));
        QCOMPARE(resultOf(evaluatePf(parsed.rules, query(Out, 443, QStringLiteral("192.0.2.7")))),
                 QStringLiteral("allowed"));
        // A named port (ms-wbt-server = 3389) and "block drop in all" afterwards.
        QCOMPARE(resultOf(evaluatePf(parsed.rules, query(In, 3389))),
                 QStringLiteral("may_be_blocked"));
        QCOMPARE(
            resultOf(evaluatePf(parsed.rules, query(Out, 5050, QStringLiteral("192.168.1.20")))),
            QStringLiteral("allowed"));

        // Without the anchor, the quick block is certain.
        PfParse plain = parsed;
        plain.rules.removeAt(0);
        QCOMPARE(resultOf(evaluatePf(plain.rules, query(Out, 3389, QStringLiteral("192.0.2.7")))),
                 QStringLiteral("blocked"));
    }

    void pfQuickPassWins()
    {
        const PfParse parsed = parsePfRules(text(QStringLiteral("macos/pfctl-sr-pass.txt")));
        QList<PfRule> rules = parsed.rules;
        rules.removeAt(0); // the anchor
        QCOMPARE(resultOf(evaluatePf(rules, query(Out, 3389, QStringLiteral("10.20.30.40")))),
                 QStringLiteral("allowed"));
        QCOMPARE(resultOf(evaluatePf(rules, query(Out, 3389, QStringLiteral("10.20.1.1")))),
                 QStringLiteral("blocked"));
        QCOMPARE(resultOf(evaluatePf(rules, query(Out, 3389, QStringLiteral("10.21.1.1")))),
                 QStringLiteral("allowed"));
        QVERIFY(parsePfRules(QStringLiteral("frobnicate all\nblock\npass out proto\n")).unparsed ==
                1);
    }

    // pf counts as active only when `pfctl -s info` says it is enabled: its rules may be
    // loaded while it is off, and then they filter nothing.
    void pfActiveOnlyWhenEnabled_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("rulesAsked");
        QTest::newRow("enabled") << "macos/pfctl-s-info-enabled.txt"
                                 << int(FirewallReading::Status::Read) << true;
        QTest::newRow("disabled") << "macos/pfctl-s-info-disabled.txt"
                                  << int(FirewallReading::Status::Inactive) << false;
        QTest::newRow("pfctl missing")
            << QString() << int(FirewallReading::Status::NotInstalled) << false;
    }
    void pfActiveOnlyWhenEnabled()
    {
        QFETCH(QString, info);
        QFETCH(int, status);
        QFETCH(bool, rulesAsked);
        RecordedRunner runner;
        if (!info.isEmpty())
            runner.files.insert(QStringLiteral("pfctl -s info"), info);
        runner.files.insert(QStringLiteral("pfctl -sr"), QStringLiteral("macos/pfctl-sr.txt"));
        const QList<FirewallReading> readings = collectFirewalls(
            runner, query(Out, 3389, QStringLiteral("192.0.2.7")), FirewallPlatform::MacOs);
        QCOMPARE(readings.first().source, QStringLiteral("pf"));
        QCOMPARE(int(readings.first().status), status);
        QCOMPARE(runner.calls.contains(QStringLiteral("pfctl -sr")), rulesAsked);
        QCOMPARE(readings.first().verdicts.isEmpty(), !rulesAsked);

        QCOMPARE(parsePfEnabled(text(QStringLiteral("macos/pfctl-s-info-enabled.txt"))),
                 std::optional<bool>(true));
        QCOMPARE(parsePfEnabled(text(QStringLiteral("macos/pfctl-s-info-disabled.txt"))),
                 std::optional<bool>(false));
        QCOMPARE(parsePfEnabled(QStringLiteral("No ALTQ support in kernel\n")), std::nullopt);
    }

    void socketFilter_data()
    {
        QTest::addColumn<QString>("global");
        QTest::addColumn<QString>("blockAll");
        QTest::addColumn<int>("enabled");
        QTest::addColumn<int>("blocks");
        QTest::newRow("on, block all") << "macos/socketfilterfw-global-on.txt"
                                       << "macos/socketfilterfw-blockall-on.txt" << 1 << 1;
        QTest::newRow("on") << "macos/socketfilterfw-global-on.txt"
                            << "macos/socketfilterfw-blockall-off.txt" << 1 << 0;
        QTest::newRow("off") << "macos/socketfilterfw-global-off.txt"
                             << "macos/socketfilterfw-blockall-off.txt" << 0 << 0;
    }
    void socketFilter()
    {
        QFETCH(QString, global);
        QFETCH(QString, blockAll);
        QFETCH(int, enabled);
        QFETCH(int, blocks);
        const ApplicationFirewallState state = parseSocketFilterState(text(global), text(blockAll));
        QCOMPARE(state.enabled, std::optional<bool>(enabled == 1));
        QCOMPARE(state.blockAll, std::optional<bool>(blocks == 1));

        RecordedRunner runner;
        runner.files.insert(
            QStringLiteral("/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate"),
            global);
        runner.files.insert(
            QStringLiteral("/usr/libexec/ApplicationFirewall/socketfilterfw --getblockall"),
            blockAll);
        runner.files.insert(QStringLiteral("pfctl -s info"),
                            QStringLiteral("macos/pfctl-s-info-enabled.txt"));
        runner.files.insert(QStringLiteral("pfctl -sr"), QStringLiteral("macos/pfctl-sr-pass.txt"));
        const QList<FirewallReading> readings =
            collectFirewalls(runner, query(In, 3389), FirewallPlatform::MacOs);
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings.at(1).source, QStringLiteral("macos-application-firewall"));
        QCOMPARE(readings.at(1).verdicts.size(), blocks);
        QVERIFY(parseSocketFilterState(QStringLiteral("???"), QString()).enabled == std::nullopt);
    }

    // ufw is asked only when its chains are in the iptables rule set, or when that set could
    // not be read (then nothing tells whether ufw is on).
    void linuxUfwAskedOnlyWhenItsChainsAreLoaded_data()
    {
        QTest::addColumn<QString>("iptablesSave");
        QTest::addColumn<bool>("ufwAsked");
        QTest::addColumn<int>("ufwStatus");
        QTest::newRow("ufw chains")
            << "iptables-save-ufw.txt" << true << int(FirewallReading::Status::Read);
        QTest::newRow("other rules only")
            << "iptables-save-plain.txt" << false << int(FirewallReading::Status::Inactive);
        QTest::newRow("iptables-save missing")
            << QString() << true << int(FirewallReading::Status::Read);
    }
    void linuxUfwAskedOnlyWhenItsChainsAreLoaded()
    {
        QFETCH(QString, iptablesSave);
        QFETCH(bool, ufwAsked);
        QFETCH(int, ufwStatus);
        RecordedRunner runner;
        if (!iptablesSave.isEmpty())
            runner.files.insert(QStringLiteral("iptables-save"), iptablesSave);
        runner.files.insert(QStringLiteral("ufw status verbose"),
                            QStringLiteral("ufw-status-verbose.txt"));
        const QList<FirewallReading> readings = collectFirewalls(
            runner, query(Out, 3389, QStringLiteral("192.0.2.10")), FirewallPlatform::Linux);
        QCOMPARE(runner.calls.contains(QStringLiteral("ufw status verbose")), ufwAsked);
        const auto ufw = std::find_if(readings.cbegin(), readings.cend(), [](const auto &r) {
            return r.source == QLatin1String("ufw");
        });
        QVERIFY(ufw != readings.cend());
        QCOMPARE(int(ufw->status), ufwStatus);
        // The plain rule set's own REJECT is still found, through iptables.
        if (iptablesSave == QLatin1String("iptables-save-plain.txt")) {
            QCOMPARE(readings.first().source, QStringLiteral("iptables"));
            QCOMPARE(resultOf(readings.first().verdicts), QStringLiteral("blocked"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformFirewalls)
#include "TestPlatformFirewalls.moc"
