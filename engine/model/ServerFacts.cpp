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

} // namespace rdpdiag
