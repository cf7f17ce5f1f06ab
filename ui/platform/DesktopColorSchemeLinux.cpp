// SPDX-License-Identifier: GPL-3.0-or-later
// Linux and other freedesktop systems: the XDG desktop portal, else GNOME's gsettings.
#include "platform/DesktopColorScheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QProcess>
#include <QStandardPaths>

namespace rdpdiag::ui {

namespace {

constexpr int kPortalTimeoutMs = 300;
constexpr int kGsettingsTimeoutMs = 1000;

ColorScheme fromPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return ColorScheme::Unknown;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    const QDBusMessage reply = bus.call(call, QDBus::Block, kPortalTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return ColorScheme::Unknown;
    // Read() answers a variant in a variant on older portals: unwrap every level.
    QVariant value = reply.arguments().first();
    for (int depth = 0; depth < 4 && value.metaType() == QMetaType::fromType<QDBusVariant>();
         ++depth)
        value = qvariant_cast<QDBusVariant>(value).variant();
    return colorSchemeFromPortal(value);
}

ColorScheme fromGsettings()
{
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return ColorScheme::Unknown;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                              QStringLiteral("color-scheme")});
    if (!process.waitForFinished(kGsettingsTimeoutMs)) {
        process.kill();
        process.waitForFinished(kGsettingsTimeoutMs);
        return ColorScheme::Unknown;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return ColorScheme::Unknown;
    return colorSchemeFromGsettings(QString::fromUtf8(process.readAllStandardOutput().left(256)));
}

} // namespace

ColorScheme desktopColorScheme()
{
    if (const ColorScheme forced = colorSchemeOverride(); forced != ColorScheme::Unknown)
        return forced;
    if (const ColorScheme portal = fromPortal(); portal != ColorScheme::Unknown)
        return portal;
    return fromGsettings();
}

} // namespace rdpdiag::ui
