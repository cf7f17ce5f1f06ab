// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/Diagnosis.h"

#include "diagnosis/ErrorCodes.h"
#include "diagnosis/LocalDiagnosis.h"

#include <QCoreApplication>

namespace rdpdiag {

namespace {

class DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Diagnosis)
};

const Finding *findingWithCode(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &finding : findings)
        if (finding.code == code)
            return &finding;
    return nullptr;
}

/**
 * Finding codes that explain the report, best first: those both codes name, then those of
 * the disconnect reason, then those of the extended reason.
 */
QStringList candidateCodes(const ReportedError &reported)
{
    const ClientErrorCode *code =
        reported.code ? findClientCode(*reported.code, CodeKind::Disconnect) : nullptr;
    const ClientErrorCode *extended =
        reported.extended ? findClientCode(*reported.extended, CodeKind::Extended) : nullptr;
    QStringList candidates;
    if (code && extended)
        for (const QString &c : code->explainedBy)
            if (extended->explainedBy.contains(c))
                candidates << c;
    if (code)
        for (const QString &c : code->explainedBy)
            if (!candidates.contains(c))
                candidates << c;
    if (extended)
        for (const QString &c : extended->explainedBy)
            if (!candidates.contains(c))
                candidates << c;
    return candidates;
}

} // namespace

QString reportedText(const ReportedError &reported)
{
    if (reported.code && reported.extended)
        return DiagnosisText::tr("error code %1 (extended %2)")
            .arg(formatClientCode(*reported.code), formatClientCode(*reported.extended));
    if (reported.code)
        return DiagnosisText::tr("error code %1").arg(formatClientCode(*reported.code));
    if (reported.extended)
        return DiagnosisText::tr("extended error code %1")
            .arg(formatClientCode(*reported.extended));
    return {};
}

QString relationSentence(const ReportedError &reported)
{
    if (reported.code || reported.extended)
        return DiagnosisText::tr("This explains %1.").arg(reportedText(reported));
    return DiagnosisText::tr("This stops the connection.");
}

QString verdictSentence(const QString &title, const QString &relation)
{
    // The answer first, the reported code after it: a headline, not a log line.
    return DiagnosisText::tr("%1. %2", "a finding's title, then how it relates to the reported "
                                       "error (a sentence)")
        .arg(title, relation);
}

namespace {

/** The last stage that completed, to say how far the probes got. */
QStringList uncheckedAreas(const Facts &facts)
{
    QStringList unchecked;
    const bool tlsDone = facts.tls && facts.tls->main.outcome == TlsAttempt::Outcome::Established;
    if (!tlsDone)
        unchecked << DiagnosisText::tr("the TLS handshake and the server certificate");
    unchecked << DiagnosisText::tr("signing in: user name, password, account lockout and the "
                                   "\"Allow log on through Remote Desktop Services\" right");
    // What the Windows self-check (rdpdiag --server) read is not "unchecked".
    using namespace server_area;
    const ServerFacts none;
    const ServerFacts &server = facts.server ? *facts.server : none;
    if (!windowsCheckRead(server, {kPolicies, kLicensingMode}))
        unchecked << DiagnosisText::tr("Remote Desktop licensing (grace period, license server)");
    if (!windowsCheckRead(server, {kListener, kPolicies}))
        unchecked << DiagnosisText::tr("connection limits on the server (MaxInstanceCount, "
                                       "sessions in use)");
    if (!windowsCheckRead(server, {kEventLog}))
        unchecked << DiagnosisText::tr("the server's event logs (System: Schannel 36870/36871/"
                                       "36874/36888, TerminalServices-RemoteConnectionManager "
                                       "1057/1058)");
    return unchecked;
}

} // namespace

Diagnosis diagnose(const ReportedError &reported, const QList<Finding> &findings,
                   const Facts &facts)
{
    // This computer's side and the server self-check first (diagnosis/LocalDiagnosis).
    if (std::optional<Diagnosis> local = diagnoseLocal(reported, findings, facts))
        return *local;
    Diagnosis diagnosis;
    if (reported.code)
        diagnosis.errorCode = formatClientCode(*reported.code);
    if (reported.extended)
        diagnosis.extendedCode = formatClientCode(*reported.extended);
    const bool anyReported = reported.code || reported.extended;

    const Finding *primary = nullptr;
    for (const QString &code : candidateCodes(reported)) {
        primary = findingWithCode(findings, code);
        if (primary)
            break;
    }
    const bool explainsReport = primary != nullptr;
    if (!primary) {
        // Findings are sorted errors first: the first error is what stops a connection.
        for (const Finding &finding : findings)
            if (finding.severity == Severity::Error) {
                primary = &finding;
                break;
            }
    }

    if (primary) {
        diagnosis.primary = primary->code;
        if (!anyReported || explainsReport)
            diagnosis.relation = relationSentence(reported);
        else
            diagnosis.relation = DiagnosisText::tr("This alone stops the connection, although it "
                                                   "is not what usually causes %1.")
                                     .arg(reportedText(reported));
        diagnosis.summary = verdictSentence(primary->title, diagnosis.relation);
        return diagnosis;
    }

    // One sentence; what was not checked is the list diagnosis.unchecked.
    diagnosis.unchecked = uncheckedAreas(facts);
    if (anyReported) {
        const QString meaning = reported.code
                                    ? clientCodeMeaning(*reported.code, CodeKind::Disconnect)
                                    : clientCodeMeaning(*reported.extended, CodeKind::Extended);
        diagnosis.summary =
            DiagnosisText::tr("Nothing this run could see from here explains %1 (%2).")
                .arg(reportedText(reported), meaning);
    } else {
        diagnosis.summary = DiagnosisText::tr("No problem found that stops a connection.");
    }
    return diagnosis;
}

} // namespace rdpdiag
