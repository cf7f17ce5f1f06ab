// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Platform.h"

#include <QSysInfo>

namespace rdpdiag {

Platform platformFromKernelType(const QString &kernelType)
{
    if (kernelType == QLatin1String("winnt"))
        return Platform::Windows;
    if (kernelType == QLatin1String("darwin"))
        return Platform::MacOS;
    return Platform::Linux;
}

Platform currentPlatform()
{
    return platformFromKernelType(QSysInfo::kernelType());
}

QString platformKey(Platform platform)
{
    switch (platform) {
    case Platform::Windows:
        return QStringLiteral("windows");
    case Platform::MacOS:
        return QStringLiteral("macos");
    case Platform::Linux:
        break;
    }
    return QStringLiteral("linux");
}

bool shellRunsOn(const QString &shell, Platform platform)
{
    if (shell.isEmpty())
        return true; // a step without a command is for everybody
    if (shell == QLatin1String("powershell") || shell == QLatin1String("cmd"))
        return platform == Platform::Windows;
    if (shell == QLatin1String("bash"))
        return platform != Platform::Windows;
    return false;
}

} // namespace rdpdiag
