// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TextSummary.h"

#include "diagnosis/FindingRoles.h"
#include "model/Stages.h"
#include "rules/NotDetermined.h"

#include <QCoreApplication>
#include <QStringList>

namespace rdpdiag {

namespace {

class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::TextSummary)
};

enum class Colour { None, Red, Yellow, Green, Cyan, Dim, Bold };

QString paint(const QString &text, Colour colour, const TextStyle &style)
{
    if (!style.colour || colour == Colour::None)
        return text;
    const char *code = "";
    switch (colour) {
    case Colour::Red:
        code = "\x1b[1;31m";
        break;
    case Colour::Yellow:
        code = "\x1b[1;33m";
        break;
    case Colour::Green:
        code = "\x1b[32m";
        break;
    case Colour::Cyan:
        code = "\x1b[36m";
        break;
    case Colour::Dim:
        code = "\x1b[2m";
        break;
    case Colour::Bold:
        code = "\x1b[1m";
        break;
    case Colour::None:
        break;
    }
    return QLatin1String(code) + text + QStringLiteral("\x1b[0m");
}

/** Word-wraps @p text to @p width columns, each line prefixed with @p indent. */
QString wrap(const QString &text, int width, const QString &indent)
{
    QStringList lines;
    QString line;
    const auto words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            lines << indent + line;
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << indent + line;
    return lines.join(QLatin1Char('\n'));
}

QString stageMark(StageStatus status, const TextStyle &style)
{
    switch (status) {
    case StageStatus::Passed:
        return paint(QStringLiteral("ok  "), Colour::Green, style);
    case StageStatus::Warning:
        return paint(QStringLiteral("warn"), Colour::Yellow, style);
    case StageStatus::Failed:
        return paint(QStringLiteral("FAIL"), Colour::Red, style);
    case StageStatus::Skipped:
        return paint(QStringLiteral("--  "), Colour::Dim, style);
    }
    return {};
}

QString severityLabel(Severity severity, const TextStyle &style)
{
    switch (severity) {
    case Severity::Error:
        return paint(SummaryText::tr("ERROR"), Colour::Red, style);
    case Severity::Warning:
        return paint(SummaryText::tr("WARNING"), Colour::Yellow, style);
    case Severity::Info:
        return paint(SummaryText::tr("INFO"), Colour::Cyan, style);
    }
    return {};
}

QString whereLabel(Remedy::Where where)
{
    return where == Remedy::Where::Client ? SummaryText::tr("on this computer")
                                          : SummaryText::tr("on the server");
}

} // namespace

QString renderTextSummary(const Report &report, const TextStyle &style)
{
    QStringList out;
    const Target &target = report.target;
    const QString endpoint = target.host.contains(QLatin1Char(':'))
                                 ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
                                 : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    out << paint(SummaryText::tr("rdpdiag %1 — %2 — %3 ms — reference %4")
                     .arg(report.toolVersion, endpoint)
                     .arg(report.durationMs)
                     .arg(report.reference),
                 Colour::Bold, style);
    if (report.cancelled)
        out << paint(SummaryText::tr("The run was cancelled; what follows is incomplete."),
                     Colour::Yellow, style);
    out << QString();
    out << paint(SummaryText::tr("Verdict"), Colour::Bold, style);
    out << wrap(report.diagnosis.summary, style.width, QStringLiteral("  "));
    out << QString();

    out << paint(SummaryText::tr("Stages"), Colour::Bold, style);
    for (const StageResult &stage : report.stages) {
        const QString timing = stage.status == StageStatus::Skipped
                                   ? QString()
                                   : SummaryText::tr("%1 ms").arg(stage.durationMs);
        out << QStringLiteral("  %1 %2 %3 %4")
                   .arg(stageMark(stage.status, style), stageIdString(stage.id).leftJustified(8),
                        timing.rightJustified(8), stage.summary);
    }
    out << QString();

    if (report.findings.isEmpty()) {
        out << SummaryText::tr("No findings.");
    } else {
        out << paint(SummaryText::tr("Findings"), Colour::Bold, style);
        bool alsoNoticed = false;
        for (const Finding &finding : report.findings) {
            // The engine's order (diagnosis/FindingRoles): hardening notes come last.
            if (!alsoNoticed && isHardeningNote(finding.code)) {
                out << paint(SummaryText::tr("Also noticed (does not stop connections)"),
                             Colour::Bold, style);
                alsoNoticed = true;
            }
            out << QStringLiteral("  %1 %2  %3")
                       .arg(severityLabel(finding.severity, style),
                            paint(finding.code, Colour::Bold, style), finding.title);
            out << wrap(finding.detail, style.width, QStringLiteral("      "));
            if (finding.severity == Severity::Info || finding.remediation.isEmpty())
                continue;
            out << QStringLiteral("      ") +
                       paint(SummaryText::tr("How to fix:"), Colour::Bold, style);
            int step = 1;
            for (const Remedy &remedy : finding.remediation) {
                out << wrap(QStringLiteral("%1. (%2) %3")
                                .arg(step++)
                                .arg(whereLabel(remedy.where), remedy.text),
                            style.width, QStringLiteral("        "));
                if (!remedy.command.isEmpty())
                    out << QStringLiteral("           ") +
                               paint(shellPrompt(remedy.shell) + remedy.command, Colour::Cyan,
                                     style);
            }
        }
    }
    const QList<UndeterminedFact> undetermined = undeterminedFacts(report.facts);
    if (!undetermined.isEmpty()) {
        out << QString();
        out << paint(SummaryText::tr("Not determined"), Colour::Bold, style);
        for (const UndeterminedFact &fact : undetermined)
            out << wrap(
                QStringLiteral("- %1 %2: %3").arg(stageTitle(fact.stage), fact.key, fact.reason),
                style.width, QStringLiteral("  "));
    }
    out << QString();
    return out.join(QLatin1Char('\n'));
}

} // namespace rdpdiag
