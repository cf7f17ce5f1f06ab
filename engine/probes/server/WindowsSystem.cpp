// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of probes/server/WindowsSystem.h that are the same on every system: pure.
#include "probes/server/WindowsSystem.h"

#include <QRegularExpression>

namespace rdpdiag {

const RegistryValue *RegistryKey::value(const QString &name) const
{
    for (const RegistryValue &candidate : values)
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return &candidate;
    return nullptr;
}

std::optional<quint32> RegistryKey::dword(const QString &name) const
{
    const RegistryValue *found = value(name);
    if (!found || found->type != RegistryValue::Type::Dword)
        return std::nullopt;
    return static_cast<quint32>(found->number);
}

ServiceFacts::State serviceStateFromScm(quint32 state)
{
    switch (state) {
    case 1: // SERVICE_STOPPED
        return ServiceFacts::State::Stopped;
    case 2: // SERVICE_START_PENDING
    case 5: // SERVICE_CONTINUE_PENDING
        return ServiceFacts::State::Starting;
    case 3: // SERVICE_STOP_PENDING
    case 6: // SERVICE_PAUSE_PENDING
        return ServiceFacts::State::Stopping;
    case 4: // SERVICE_RUNNING
        return ServiceFacts::State::Running;
    case 7: // SERVICE_PAUSED
        return ServiceFacts::State::Paused;
    default:
        return ServiceFacts::State::Unknown;
    }
}

QList<SchannelFacts> schannelFromRegistry(const QList<RegistryKey> &keys)
{
    QList<SchannelFacts> entries;
    static const QRegularExpression keyPattern(
        QStringLiteral("\\\\Protocols\\\\([^\\\\]+)\\\\(Server|Client)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const RegistryKey &key : keys) {
        const QRegularExpressionMatch match = keyPattern.match(key.path);
        if (!match.hasMatch())
            continue;
        const std::optional<quint32> enabled = key.dword(QStringLiteral("Enabled"));
        const std::optional<quint32> disabledByDefault =
            key.dword(QStringLiteral("DisabledByDefault"));
        if (!enabled && !disabledByDefault)
            continue; // an empty key changes nothing
        const QString side = match.captured(2).at(0).toUpper() + match.captured(2).mid(1).toLower();
        entries << SchannelFacts{match.captured(1), side, enabled, disabledByDefault};
    }
    return entries;
}

QString readProblem(WindowsReadStatus status, const QString &error)
{
    switch (status) {
    case WindowsReadStatus::Ok:
        return {};
    case WindowsReadStatus::NotFound:
        return error.isEmpty() ? QStringLiteral("does not exist") : error;
    case WindowsReadStatus::AccessDenied:
        return QStringLiteral("access denied");
    case WindowsReadStatus::Failed:
        break;
    }
    return error.isEmpty() ? QStringLiteral("could not be read") : error;
}

} // namespace rdpdiag
