// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Enums.h"

namespace rdpdiag {

QString stageIdString(StageId stage)
{
    switch (stage) {
    case StageId::Input:
        return QStringLiteral("input");
    case StageId::Dns:
        return QStringLiteral("dns");
    case StageId::Tcp:
        return QStringLiteral("tcp");
    case StageId::X224:
        return QStringLiteral("x224");
    case StageId::Tls:
        return QStringLiteral("tls");
    case StageId::Credssp:
        return QStringLiteral("credssp");
    case StageId::Local:
        return QStringLiteral("local");
    case StageId::Server:
        return QStringLiteral("server");
    }
    return {};
}

QString stageStatusString(StageStatus status)
{
    switch (status) {
    case StageStatus::Passed:
        return QStringLiteral("passed");
    case StageStatus::Warning:
        return QStringLiteral("warning");
    case StageStatus::Failed:
        return QStringLiteral("failed");
    case StageStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString severityString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString categoryString(Category category)
{
    switch (category) {
    case Category::Network:
        return QStringLiteral("network");
    case Category::Firewall:
        return QStringLiteral("firewall");
    case Category::Security:
        return QStringLiteral("security");
    case Category::Certificate:
        return QStringLiteral("certificate");
    case Category::Server:
        return QStringLiteral("server");
    }
    return {};
}

QString ioOutcomeString(IoOutcome outcome)
{
    switch (outcome) {
    case IoOutcome::Ok:
        return QStringLiteral("ok");
    case IoOutcome::Refused:
        return QStringLiteral("refused");
    case IoOutcome::Timeout:
        return QStringLiteral("timeout");
    case IoOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case IoOutcome::Reset:
        return QStringLiteral("reset");
    case IoOutcome::Closed:
        return QStringLiteral("closed");
    case IoOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case IoOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace rdpdiag
