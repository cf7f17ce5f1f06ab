// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: `defaults read -g AppleInterfaceStyle` prints "Dark" in dark mode and fails in light.
#include "platform/DesktopColorScheme.h"

#include <QProcess>

namespace rdpdiag::ui {

ColorScheme desktopColorScheme()
{
    if (const ColorScheme forced = colorSchemeOverride(); forced != ColorScheme::Unknown)
        return forced;
    QProcess process;
    process.start(
        QStringLiteral("/usr/bin/defaults"),
        {QStringLiteral("read"), QStringLiteral("-g"), QStringLiteral("AppleInterfaceStyle")});
    if (!process.waitForFinished(1000)) {
        process.kill();
        process.waitForFinished(1000);
        return ColorScheme::Unknown;
    }
    const bool dark =
        process.exitCode() == 0 && process.readAllStandardOutput().trimmed().compare("Dark") == 0;
    return dark ? ColorScheme::Dark : ColorScheme::Light;
}

} // namespace rdpdiag::ui
