// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Terminal.h"

#include <unistd.h>

namespace rdpdiag::platform {

bool isTerminal(std::FILE *stream)
{
    return ::isatty(::fileno(stream)) == 1;
}

void prepareConsole() {} // terminals take the locale's encoding, UTF-8 on every current system

} // namespace rdpdiag::platform
