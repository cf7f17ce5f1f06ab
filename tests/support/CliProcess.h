// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Runs the real `rdpdiag` binary (the path in $RDPDIAG_CLI, set by CTest) as a child
 * process, the way a script or a support engineer does, and collects what it printed; and
 * other programs the tests use as second opinions (unzip, python3, xmllint).
 */

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rdpdiag::test {

/** What one `rdpdiag` process did. */
struct CliRun
{
    int exitCode = -1; ///< -1: it did not finish in time (it was killed); -2: it crashed
    QByteArray out;    ///< standard output
    QByteArray err;    ///< standard error
};

struct CliRunOptions
{
    QByteArray input;         ///< written to its standard input, which is then closed
    int timeoutMs = 90000;    ///< killed after this
    qint64 fileSizeLimit = 0; ///< > 0: RLIMIT_FSIZE for the child, a full disk for it alone
};

/** Runs `rdpdiag @p arguments` and waits for it. */
CliRun runCli(const QStringList &arguments, const CliRunOptions &options = {});

/** What another program did: its exit code (-1 not finished in a minute, -2 crashed) and
 * its standard output and error together. */
struct Tool
{
    int exitCode = -1;
    QString output;
};

/** Runs @p program with @p arguments and waits for it (at most a minute). */
Tool runTool(const QString &program, const QStringList &arguments);

} // namespace rdpdiag::test
