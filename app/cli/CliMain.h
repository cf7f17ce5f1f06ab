// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The `rdpdiag` program: parse the command line, run the diagnosis, print the summary or
 * the JSON report, return the exit code of docs/findings.md (0 no error finding, 1 at least
 * one, 2 bad input or usage).
 */

#include "net/CancelToken.h"

#include <QStringList>

#include <cstdio>

namespace rdpdiag::cli {

enum ExitCode { ExitClean = 0, ExitErrorsFound = 1, ExitBadInput = 2 };

/** Runs the CLI with @p arguments, writing to @p out / @p err. */
int runCli(const QStringList &arguments, std::FILE *out, std::FILE *err, const CancelToken &cancel);

} // namespace rdpdiag::cli
