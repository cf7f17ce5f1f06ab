// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Whether the desktop asks applications for dark colours. Qt 6.4 has no colour-scheme query,
 * so the wizard asks the desktop itself; the reading is in one file per OS family, chosen by
 * ui/CMakeLists.txt (no #ifdef in the logic):
 *
 * - Linux and other freedesktop systems (DesktopColorSchemeLinux.cpp): the XDG desktop
 *   portal's org.freedesktop.appearance color-scheme (GNOME, KDE and others answer it), else
 *   GNOME's `gsettings get org.gnome.desktop.interface color-scheme`;
 * - Windows (DesktopColorSchemeWindows.cpp): the AppsUseLightTheme registry value;
 * - macOS (DesktopColorSchemeMac.cpp): `defaults read -g AppleInterfaceStyle`.
 *
 * The parsing of what they answer is pure and shared (DesktopColorScheme.cpp).
 */

#include <QString>
#include <QVariant>

namespace rdpdiag::ui {

enum class ColorScheme { Unknown, Light, Dark };

/** What the desktop asks for (Unknown when it says nothing). Reads the system; quick. */
ColorScheme desktopColorScheme();

/** The portal's color-scheme value (uint32 0 no preference, 1 dark, 2 light). */
ColorScheme colorSchemeFromPortal(const QVariant &value);

/** gsettings' answer for org.gnome.desktop.interface color-scheme ("'prefer-dark'\n"). */
ColorScheme colorSchemeFromGsettings(const QString &output);

/** RDPDIAG_COLOR_SCHEME=dark|light overrides the desktop (for screenshots and tests). */
ColorScheme colorSchemeOverride();

} // namespace rdpdiag::ui
