// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Facts.h"
#include "model/Finding.h"

namespace rdpdiag {

QString dnsOutcomeString(DnsFacts::Outcome outcome)
{
    switch (outcome) {
    case DnsFacts::Outcome::Literal:
        return QStringLiteral("literal");
    case DnsFacts::Outcome::Resolved:
        return QStringLiteral("resolved");
    case DnsFacts::Outcome::NotFound:
        return QStringLiteral("not_found");
    case DnsFacts::Outcome::NoAnswer:
        return QStringLiteral("no_answer");
    case DnsFacts::Outcome::Failed:
        return QStringLiteral("failed");
    case DnsFacts::Outcome::Timeout:
        return QStringLiteral("timeout");
    case DnsFacts::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString negotiationOutcomeString(NegotiationProbe::Outcome outcome)
{
    switch (outcome) {
    case NegotiationProbe::Outcome::Selected:
        return QStringLiteral("selected");
    case NegotiationProbe::Outcome::Failure:
        return QStringLiteral("failure");
    case NegotiationProbe::Outcome::Reset:
        return QStringLiteral("reset");
    case NegotiationProbe::Outcome::Closed:
        return QStringLiteral("closed");
    case NegotiationProbe::Outcome::Timeout:
        return QStringLiteral("timeout");
    case NegotiationProbe::Outcome::NotRdp:
        return QStringLiteral("not_rdp");
    case NegotiationProbe::Outcome::Malformed:
        return QStringLiteral("malformed");
    case NegotiationProbe::Outcome::ConnectFailed:
        return QStringLiteral("connect_failed");
    case NegotiationProbe::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString tlsOutcomeString(TlsAttempt::Outcome outcome)
{
    switch (outcome) {
    case TlsAttempt::Outcome::Established:
        return QStringLiteral("established");
    case TlsAttempt::Outcome::Reset:
        return QStringLiteral("reset");
    case TlsAttempt::Outcome::Closed:
        return QStringLiteral("closed");
    case TlsAttempt::Outcome::Timeout:
        return QStringLiteral("timeout");
    case TlsAttempt::Outcome::Alert:
        return QStringLiteral("alert");
    case TlsAttempt::Outcome::LocalRefusal:
        return QStringLiteral("local_refusal");
    case TlsAttempt::Outcome::Failed:
        return QStringLiteral("failed");
    case TlsAttempt::Outcome::NotAttempted:
        return QStringLiteral("not_attempted");
    case TlsAttempt::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString credsspOutcomeString(CredsspFacts::Outcome outcome)
{
    switch (outcome) {
    case CredsspFacts::Outcome::Challenge:
        return QStringLiteral("challenge");
    case CredsspFacts::Outcome::Reset:
        return QStringLiteral("reset");
    case CredsspFacts::Outcome::Closed:
        return QStringLiteral("closed");
    case CredsspFacts::Outcome::Timeout:
        return QStringLiteral("timeout");
    case CredsspFacts::Outcome::Malformed:
        return QStringLiteral("malformed");
    case CredsspFacts::Outcome::ServerError:
        return QStringLiteral("server_error");
    case CredsspFacts::Outcome::NotAttempted:
        return QStringLiteral("not_attempted");
    case CredsspFacts::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString shellPrompt(const QString &shell)
{
    if (shell == QLatin1String("powershell"))
        return QStringLiteral("PS> ");
    if (shell == QLatin1String("cmd"))
        return QStringLiteral("C:\\> ");
    return QStringLiteral("$ ");
}

QString remedyWhereString(Remedy::Where where)
{
    return where == Remedy::Where::Client ? QStringLiteral("client") : QStringLiteral("server");
}

} // namespace rdpdiag
