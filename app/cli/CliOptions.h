// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The command line of `rdpdiag` (findings.md): parsing and validation, pure — no I/O
 * beyond reading an .rdp file named as the target.
 */

#include "runner/Runner.h"

#include <QString>
#include <QStringList>

namespace rdpdiag::cli {

struct CliOptions
{
    enum class Action { Run, Help, Version };
    Action action = Action::Run;
    RunRequest request;
    bool json = false;
    bool verbose = false;
    QString logFile;
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
