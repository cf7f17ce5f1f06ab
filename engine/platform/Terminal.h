// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The command line's terminal: whether a stream is one (colours, progress lines) and making
 * the console show UTF-8 text (translated messages). TerminalPosix.cpp, TerminalWindows.cpp.
 */

#include <cstdio>

namespace rdpdiag::platform {

/** Whether @p stream is an interactive terminal (not a file or a pipe). */
bool isTerminal(std::FILE *stream);

/** Prepares the console for UTF-8 output (Windows: the console's output code page). */
void prepareConsole();

} // namespace rdpdiag::platform
