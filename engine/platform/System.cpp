// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/System.h"

#include <QSysInfo>

namespace rdpdiag {

OsFamily currentOsFamily()
{
    const QString kernel = QSysInfo::kernelType();
    if (kernel == QLatin1String("winnt"))
        return OsFamily::Windows;
    if (kernel == QLatin1String("darwin"))
        return OsFamily::MacOs;
    if (kernel == QLatin1String("linux"))
        return OsFamily::Linux;
    return OsFamily::Other;
}

QString osFamilyKey(OsFamily family)
{
    switch (family) {
    case OsFamily::Windows:
        return QStringLiteral("windows");
    case OsFamily::MacOs:
        return QStringLiteral("macos");
    case OsFamily::Linux:
        return QStringLiteral("linux");
    case OsFamily::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace rdpdiag
