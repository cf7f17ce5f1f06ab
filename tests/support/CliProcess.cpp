// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QProcess>

#include <csignal>
#include <sys/resource.h>

namespace rdpdiag::test {

CliRun runCli(const QStringList &arguments, const CliRunOptions &options)
{
    QProcess process;
    if (options.fileSizeLimit > 0) {
        process.setChildProcessModifier([limitBytes = options.fileSizeLimit] {
            // Writing past the limit then fails with EFBIG instead of killing the child.
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = static_cast<rlim_t>(limitBytes);
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(qEnvironmentVariable("RDPDIAG_CLI"), arguments);
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(60000))
        return tool;
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    tool.output = QString::fromUtf8(process.readAll());
    return tool;
}

} // namespace rdpdiag::test
