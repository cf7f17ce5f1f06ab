// SPDX-License-Identifier: GPL-3.0-or-later
// platform/Netlink.h where there is no netlink (Windows, macOS, others).
#include "platform/Netlink.h"

namespace rdpdiag::platform {

bool netlinkExchange(int, const QByteArray &, std::chrono::milliseconds, QByteArray *,
                     QString *error)
{
    *error = QStringLiteral("no netlink on this system");
    return false;
}

} // namespace rdpdiag::platform
