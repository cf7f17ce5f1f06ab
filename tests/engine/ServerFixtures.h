// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recorded outputs of the Windows server self-check (tests/data/server/windows, see its
// README.md) and a command runner that plays a scenario folder back, for the tests of the
// Windows collector and of the reports made from its facts. The test target defines
// RDPDIAG_FIXTURES.

#include "probes/local/CommandRunner.h"
#include "probes/server/ServerCheck.h"

#include <QDateTime>
#include <QFile>
#include <QString>

namespace rdpdiag::test {

/** "Now" of the recorded scenarios (their events and grace periods are relative to it). */
inline const QDateTime kScenarioNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

/** The bytes of tests/data/server/windows/@p path; empty when it does not exist. */
inline QByteArray readFixture(const QString &path)
{
    QFile file(QStringLiteral(RDPDIAG_FIXTURES "/server/windows/") + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** Plays back a scenario folder: which file answers which command (README.md). */
class ScenarioRunner : public CommandRunner
{
public:
    explicit ScenarioRunner(QString scenario) : m_scenario(std::move(scenario)) {}
    QStringList calls;

    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds) override
    {
        calls << (QStringList{program} + arguments).join(u' ');
        const QString file = fileFor(program, arguments);
        CommandResult result;
        if (file.isEmpty()) {
            result.status = CommandResult::Status::NotFound;
            return result;
        }
        QByteArray bytes = readFixture(m_scenario + u'/' + file);
        result.status = CommandResult::Status::Ok;
        result.exitCode = 0;
        if (bytes.startsWith("#rc=")) {
            const qsizetype end = bytes.indexOf('\n');
            result.exitCode = bytes.mid(4, end - 4).trimmed().toInt();
            bytes = bytes.mid(end + 1);
            if (result.exitCode != 0)
                result.status = CommandResult::Status::ExitCode;
        }
        result.out = bytes;
        return result;
    }
    bool readFile(const QString &, qint64, QByteArray *, QString *error) override
    {
        *error = QStringLiteral("no files on this Windows");
        return false;
    }

private:
    static QString fileFor(const QString &program, const QStringList &arguments)
    {
        const QString all = arguments.join(u' ');
        if (program == QLatin1String("reg")) {
            if (all.contains(QLatin1String("/v fDenyTSConnections")))
                return QStringLiteral("reg-terminal-server.txt");
            if (all.contains(QLatin1String("RDP-Tcp")))
                return QStringLiteral("reg-rdp-tcp.txt");
            if (all.contains(QLatin1String("Licensing Core")))
                return QStringLiteral("reg-licensing.txt");
            if (all.contains(QLatin1String("Terminal Services")))
                return QStringLiteral("reg-policy.txt");
            if (all.contains(QLatin1String("SCHANNEL")))
                return QStringLiteral("reg-schannel.txt");
        }
        if (program == QLatin1String("sc"))
            return QStringLiteral("sc-%1.txt").arg(arguments.value(1));
        if (program == QLatin1String("netstat"))
            return QStringLiteral("netstat-%1.txt").arg(arguments.value(2));
        if (program == QLatin1String("icacls"))
            return QStringLiteral("icacls.txt");
        if (program == QLatin1String("powershell"))
            return all.contains(QLatin1String("GetGracePeriodDays")) ? QStringLiteral("grace.txt")
                                                                     : QStringLiteral("certs.csv");
        if (program == QLatin1String("wevtutil")) {
            const qsizetype at = all.indexOf(QLatin1String("EventID="));
            return QStringLiteral("wevtutil-%1.txt").arg(all.mid(at + 8).section(u']', 0, 0));
        }
        if (program == QLatin1String("netsh"))
            return all.contains(QLatin1String("allprofiles")) ? QStringLiteral("netsh-profiles.txt")
                                                              : QStringLiteral("netsh-rules.txt");
        return {};
    }
    QString m_scenario;
};

/** The self-check of a recorded Windows server (en-healthy, en-broken, de-broken). */
inline Report runScenario(const QString &scenario, ReportedError reported = {})
{
    ScenarioRunner runner(scenario);
    ServerCheckOptions options;
    options.platform = ServerCheckOptions::Platform::Windows;
    options.runner = &runner;
    options.now = [] {
        return kScenarioNow;
    };
    return runServerCheck(options, reported);
}

} // namespace rdpdiag::test
