// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Runs the real `rdpdiag` binary (the path in $RDPDIAG_CLI, set by CTest) as a child
 * process, the way a script or a support engineer does, and collects what it printed.
 */

#include <QByteArray>
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

} // namespace rdpdiag::test
