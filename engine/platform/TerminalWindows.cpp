// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Terminal.h"

#include <io.h>
#include <windows.h>

namespace rdpdiag::platform {

bool isTerminal(std::FILE *stream)
{
    return ::_isatty(::_fileno(stream)) != 0;
}

void prepareConsole()
{
    // Qt writes UTF-8; without this a German or Japanese message shows as mojibake in
    // cmd.exe and PowerShell (whose default is the OEM code page).
    ::SetConsoleOutputCP(CP_UTF8);
}

} // namespace rdpdiag::platform
