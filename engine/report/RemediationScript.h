// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Turns the server-side remedies of a report into a script the administrator reviews and
 * runs: PowerShell for Windows, bash for Linux. The tool itself never changes a server; the
 * script does nothing but print its steps unless it is started with -Apply / --apply, makes
 * backups before the first change (xrdp.ini; the MachineKeys folder with its permissions),
 * and runs each step only after it was shown. Pure: report in, text out.
 */

#include "model/Report.h"

#include <QString>

namespace rdpdiag {

enum class ScriptKind { PowerShell, Bash };

/** The kind that suits the report's server facts (Windows → PowerShell, else bash). */
ScriptKind scriptKindFor(const Report &report);

/** The script for @p report's findings (errors and warnings with server-side commands). */
QString remediationScript(const Report &report, ScriptKind kind);

} // namespace rdpdiag
