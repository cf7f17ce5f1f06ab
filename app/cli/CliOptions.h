// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The command line of `rdpdiag` (docs/findings.md): parsing and validation, pure — no I/O
 * beyond reading an .rdp file named as the target.
 */

#include "FleetCommand.h"
#include "runner/Runner.h"

#include <QString>
#include <QStringList>

namespace rdpdiag::cli {

struct CliOptions
{
    /** Run: diagnose TARGET. Read: print a saved findings bundle (--read), run nothing. */
    enum class Action { Run, Help, Version, Read };
    Action action = Action::Run;
    RunRequest request;
    bool json = false;
    bool verbose = false;
    QString logFile;
    /** --bundle: also write the findings bundle to this file (or, when it names an existing
     * folder, into it under the default name). Empty: no bundle. */
    QString bundlePath;
    /** --redact: placeholders instead of names and addresses, in the printed report or summary
     * and in the bundle. */
    bool redact = false;
    /** --read: the bundle to open (Action::Read). */
    QString readPath;
    /** --hosts FILE (with --concurrency, --csv): fleet mode instead of one TARGET. */
    std::optional<FleetRequest> fleet;
};

struct CliParse
{
    std::optional<CliOptions> options;
    QString error; ///< one line for stderr (exit code 2) when !options
    QString helpText;
};

/** Parses @p arguments (argv including the program name). */
CliParse parseCommandLine(const QStringList &arguments);

} // namespace rdpdiag::cli
