// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/DesktopColorScheme.h"

namespace rdpdiag::ui {

ColorScheme colorSchemeFromPortal(const QVariant &value)
{
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok)
        return ColorScheme::Unknown;
    if (scheme == 1)
        return ColorScheme::Dark;
    if (scheme == 2)
        return ColorScheme::Light;
    return ColorScheme::Unknown;
}

ColorScheme colorSchemeFromGsettings(const QString &output)
{
    QString value = output.trimmed();
    value.remove(QLatin1Char('\''));
    if (value == QLatin1String("prefer-dark"))
        return ColorScheme::Dark;
    if (value == QLatin1String("prefer-light"))
        return ColorScheme::Light;
    return ColorScheme::Unknown;
}

ColorScheme colorSchemeOverride()
{
    const QByteArray value = qgetenv("RDPDIAG_COLOR_SCHEME");
    if (value == "dark")
        return ColorScheme::Dark;
    if (value == "light")
        return ColorScheme::Light;
    return ColorScheme::Unknown;
}

} // namespace rdpdiag::ui
