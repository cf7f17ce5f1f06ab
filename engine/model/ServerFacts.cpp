// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ServerFacts.h"

namespace rdpdiag {

QString serviceStateString(ServiceFacts::State state)
{
    switch (state) {
    case ServiceFacts::State::Running:
        return QStringLiteral("running");
    case ServiceFacts::State::Stopped:
        return QStringLiteral("stopped");
    case ServiceFacts::State::Starting:
        return QStringLiteral("starting");
    case ServiceFacts::State::Stopping:
        return QStringLiteral("stopping");
    case ServiceFacts::State::Paused:
        return QStringLiteral("paused");
    case ServiceFacts::State::NotInstalled:
        return QStringLiteral("not_installed");
    case ServiceFacts::State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

bool windowsCheckRead(const ServerFacts &facts, std::initializer_list<const char *> areas)
{
    if (!facts.windows)
        return false;
    for (const char *area : areas)
        for (const QString &missing : facts.notCollected)
            if (missing.startsWith(QLatin1String(area)))
                return false;
    return true;
}

} // namespace rdpdiag
