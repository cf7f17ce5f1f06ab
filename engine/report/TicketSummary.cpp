// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TicketSummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace rdpdiag {

namespace {

class TicketText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::TicketSummary)
};

constexpr int kWidth = 100;
constexpr int kVerdictLines = 4;
/** A command is never cut at the text width: a cut command cannot be pasted. Only absurd
 * lengths are. */
constexpr int kCommandWidth = 400;

/** Word-wraps @p text into at most @p maxLines lines of kWidth columns: the first line
 * starts with @p indent, the others with @p hanging. */
QStringList wrap(const QString &text, const QString &indent, int maxLines,
                 const QString &hanging = QString())
{
    const QString next = hanging.isNull() ? indent : hanging;
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString &prefix = lines.isEmpty() ? indent : next;
        if (!line.isEmpty() && prefix.size() + line.size() + 1 + word.size() > kWidth) {
            lines << prefix + line;
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << (lines.isEmpty() ? indent : next) + line;
    if (lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() = lines.last().left(kWidth - 1) + QChar(u'\u2026');
    }
    return lines;
}

/** @p indent and @p text on one line, cut at the width. */
QString oneLine(const QString &text, const QString &indent = QString(), int width = kWidth)
{
    const QString line = indent + text.simplified();
    return line.size() > width ? line.left(width - 1) + QChar(u'\u2026') : line;
}

QString endpoint(const Target &target)
{
    return target.host.contains(QLatin1Char(':'))
               ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
               : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

QString statusWord(StageStatus status)
{
    switch (status) {
    case StageStatus::Passed:
        return TicketText::tr("ok");
    case StageStatus::Warning:
        return TicketText::tr("warning");
    case StageStatus::Failed:
        return TicketText::tr("FAILED");
    case StageStatus::Skipped:
        return TicketText::tr("skipped");
    }
    return {};
}

/** The finding whose fix the summary shows: the primary one, else the first error. */
const Finding *primaryFinding(const Report &report)
{
    for (const Finding &finding : report.findings)
        if (!report.diagnosis.primary.isEmpty() && finding.code == report.diagnosis.primary)
            return &finding;
    for (const Finding &finding : report.findings)
        if (finding.severity == Severity::Error)
            return &finding;
    for (const Finding &finding : report.findings)
        if (finding.severity == Severity::Warning && !finding.remediation.isEmpty())
            return &finding;
    return nullptr;
}

} // namespace

QString renderTicketSummary(const Report &report, bool redacted)
{
    QStringList head;
    head << TicketText::tr("rdpdiag findings — reference %1").arg(report.reference);
    head << TicketText::tr("Target:    %1").arg(oneLine(endpoint(report.target)));
    if (!report.addresses.isEmpty())
        head << oneLine(
            TicketText::tr("Addresses: %1").arg(report.addresses.join(QStringLiteral(", "))));
    head << TicketText::tr("Run:       %1 UTC, %2 ms, rdpdiag %3%4")
                .arg(report.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg(report.durationMs)
                .arg(report.toolVersion,
                     report.cancelled ? TicketText::tr(" (cancelled: incomplete)") : QString());
    if (!report.diagnosis.errorCode.isEmpty() || !report.diagnosis.extendedCode.isEmpty())
        head << TicketText::tr("Reported:  error code %1, extended code %2")
                    .arg(report.diagnosis.errorCode.isEmpty() ? TicketText::tr("none")
                                                              : report.diagnosis.errorCode,
                         report.diagnosis.extendedCode.isEmpty() ? TicketText::tr("none")
                                                                 : report.diagnosis.extendedCode);
    if (redacted)
        head << TicketText::tr("Redacted:  names and addresses are replaced by placeholders");
    head << QString();
    head << TicketText::tr("Verdict:");
    head << wrap(report.diagnosis.summary, QStringLiteral("  "), kVerdictLines);
    QStringList stages;
    for (const StageResult &stage : report.stages)
        stages << QStringLiteral("%1 %2").arg(stageIdString(stage.id), statusWord(stage.status));
    head << wrap(TicketText::tr("Pipeline:  %1").arg(stages.join(QStringLiteral(" · "))), QString(),
                 2);
    head << QString();

    // The fix of the primary finding: its steps, each with its command.
    QStringList fix;
    if (const Finding *primary = primaryFinding(report)) {
        fix << TicketText::tr("Primary fix (%1):").arg(primary->code);
        int step = 1;
        for (const Remedy &remedy : primary->remediation) {
            if (step > 3)
                break;
            const QString where = remedy.where == Remedy::Where::Client
                                      ? TicketText::tr("on the client")
                                      : TicketText::tr("on the server");
            fix << wrap(QStringLiteral("%1. (%2) %3").arg(step++).arg(where, remedy.text),
                        QStringLiteral("  "), 2, QStringLiteral("     "));
            if (!remedy.command.isEmpty())
                fix << oneLine(remedy.command, QStringLiteral("       "), kCommandWidth);
        }
        if (primary->remediation.isEmpty())
            fix << TicketText::tr("  (no fix steps: see report.html)");
    } else {
        fix << TicketText::tr("No fix needed: nothing stops a connection.");
    }
    const QString footer =
        TicketText::tr("Details: report.html and report.json in the bundle (reference %1).")
            .arg(report.reference);

    // Errors and warnings, one line each, within what the line budget leaves.
    QList<const Finding *> listed;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            ++errors;
        else if (finding.severity == Severity::Warning)
            ++warnings;
        else
            ++infos;
        if (finding.severity != Severity::Info)
            listed << &finding;
    }
    QStringList body;
    body << TicketText::tr("Errors: %1, warnings: %2, information: %3")
                .arg(errors)
                .arg(warnings)
                .arg(infos);
    const int budget =
        std::max(1, kMaxTicketLines - static_cast<int>(head.size() + fix.size()) - 4);
    const bool cut = listed.size() > budget;
    const int shown = cut ? budget - 1 : static_cast<int>(listed.size());
    for (int i = 0; i < shown; ++i) {
        const Finding *finding = listed.at(i);
        const QString label = finding->severity == Severity::Error ? TicketText::tr("ERROR")
                                                                   : TicketText::tr("WARNING");
        body << oneLine(QStringLiteral("%1 %2: %3").arg(label, finding->code, finding->title),
                        QStringLiteral("  "));
    }
    if (cut)
        body << TicketText::tr("  … and %1 more (see report.html)").arg(listed.size() - shown);
    body << QString();

    QStringList all = head + body + fix;
    all << QString() << footer;
    return all.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rdpdiag
