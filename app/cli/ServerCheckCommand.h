// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * `rdpdiag --server`: the self-check of this computer as a Remote Desktop host (xrdp on
 * Linux, Remote Desktop Services on Windows). Prints the readable summary or the JSON
 * report, optionally writes a reviewable repair script (--script FILE), and returns the
 * exit codes of docs/findings.md: 0 no error finding, 1 at least one, 2 bad usage.
 *
 *   rdpdiag --server [--json] [--port N] [--error-code CODE] [--extended-code CODE]
 *                    [--script FILE] [--xrdp-config FILE] [--service-user NAME]
 *                    [--verbose] [--log FILE]
 */

#include "diagnosis/Diagnosis.h"
#include "net/CancelToken.h"
#include "probes/server/ServerCheck.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace rdpdiag::cli {

struct ServerCommandOptions
{
    ServerCheckOptions check;
    ReportedError reported;
    bool json = false;
    bool help = false;
    bool verbose = false;
    QString logFile;
    QString scriptFile;
};

struct ServerCommandParse
{
    std::optional<ServerCommandOptions> options;
    QString error; ///< one line for stderr when !options
};

/** True when @p arguments ask for the server self-check (contain --server). */
bool isServerCommand(const QStringList &arguments);

/** Parses the arguments of `rdpdiag --server …` (argv including the program name). Pure. */
ServerCommandParse parseServerCommand(const QStringList &arguments);

/** The help text of --server. */
QString serverCommandHelp();

/** Runs `rdpdiag --server …`; returns the exit code. */
int runServerCommand(const QStringList &arguments, std::FILE *out, std::FILE *err,
                     const CancelToken &cancel);

} // namespace rdpdiag::cli
