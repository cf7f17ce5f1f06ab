// SPDX-License-Identifier: GPL-3.0-or-later
// Windows: "Choose your app mode" is the AppsUseLightTheme registry value (0 = dark).
#include "platform/DesktopColorScheme.h"

#include <QSettings>

namespace rdpdiag::ui {

ColorScheme desktopColorScheme()
{
    if (const ColorScheme forced = colorSchemeOverride(); forced != ColorScheme::Unknown)
        return forced;
    const QSettings personalize(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\"
                       "Themes\\Personalize"),
        QSettings::NativeFormat);
    const QVariant light = personalize.value(QStringLiteral("AppsUseLightTheme"));
    if (!light.isValid())
        return ColorScheme::Unknown;
    return light.toInt() == 0 ? ColorScheme::Dark : ColorScheme::Light;
}

} // namespace rdpdiag::ui
