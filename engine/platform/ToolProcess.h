// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Running the system's own tools (probes/local/CommandRunner): what differs per system.
 *  - POSIX (ToolProcessPosix.cpp): tools run in the C locale, so their output is the English
 *    text the parsers know; output is UTF-8.
 *  - Windows (ToolProcessWindows.cpp): tools speak the display language whatever the
 *    environment says; output that is not UTF-8 is in the console's OEM code page.
 */

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace rdpdiag::platform {

/** The environment a tool runs in, given this process's @p environment. */
QProcessEnvironment toolEnvironment(QProcessEnvironment environment);

/** A tool's output as text: UTF-8 when it is valid UTF-8, else the system's console code page. */
QString decodeToolOutput(const QByteArray &bytes);

} // namespace rdpdiag::platform
