// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recorded Windows servers of the self-check (tests/data/server/windows, see its
// README.md): each scenario's registry, services and certificate stores (system.json, read by
// RecordedWindowsSystem) and a command runner that plays back the outputs of the tools, for
// the tests of the Windows collector and of the reports made from its facts. The test target
// defines RDPDIAG_FIXTURES.

#include "RecordedWindowsSystem.h"
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
        if (program == QLatin1String("netstat"))
            return QStringLiteral("netstat-%1.txt").arg(arguments.value(2));
        if (program == QLatin1String("icacls"))
            return QStringLiteral("icacls.txt");
        if (program == QLatin1String("powershell") &&
            all.contains(QLatin1String("GetGracePeriodDays")))
            return QStringLiteral("grace.txt");
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

/** The registry, services and certificate stores of a scenario. */
inline RecordedWindowsSystem recordedSystem(const QString &scenario)
{
    return RecordedWindowsSystem(QStringLiteral(RDPDIAG_FIXTURES "/server/windows/") + scenario +
                                 QStringLiteral("/system.json"));
}

/** Options of a self-check that plays back @p runner and reads @p system, at kScenarioNow. */
inline ServerCheckOptions scenarioOptions(ScenarioRunner &runner, WindowsSystem &system)
{
    ServerCheckOptions options;
    options.platform = ServerCheckOptions::Platform::Windows;
    options.runner = &runner;
    options.windowsSystem = &system;
    options.now = [] {
        return kScenarioNow;
    };
    return options;
}

/** The self-check of a recorded Windows server (en-healthy, en-broken, de-broken). */
inline Report runScenario(const QString &scenario, ReportedError reported = {})
{
    ScenarioRunner runner(scenario);
    RecordedWindowsSystem system = recordedSystem(scenario);
    return runServerCheck(scenarioOptions(runner, system), reported);
}

} // namespace rdpdiag::test
