// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TicketSummary.h"

#include "diagnosis/Headline.h"

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
/** As many lines as a text needs: the answer and the fix steps are never cut. */
constexpr int kUncut = 1000;
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
    // A word longer than a line (a name, a hash) is split, never cut.
    QStringList words;
    const int longest = kWidth - static_cast<int>(std::max(indent.size(), next.size())) - 1;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        for (qsizetype at = 0; at < word.size(); at += longest)
            words << word.mid(at, longest);
    for (const QString &word : std::as_const(words)) {
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

/** The lines of @p remedy: its text (never cut) and its command. */
QStringList stepLines(int step, const Remedy &remedy)
{
    const QString where = remedy.where == Remedy::Where::Client ? TicketText::tr("on the client")
                                                                : TicketText::tr("on the server");
    QStringList lines = wrap(QStringLiteral("%1. (%2) %3").arg(step).arg(where, remedy.text),
                             QStringLiteral("  "), kUncut, QStringLiteral("     "));
    if (!remedy.command.isEmpty())
        lines << oneLine(remedy.command, QStringLiteral("       "), kCommandWidth);
    return lines;
}

} // namespace

QString renderTicketSummary(const Report &report, bool redacted)
{
    // The headline first: the answer and who has to act (diagnosis/Headline).
    const Headline headline = headlineFor(report, currentPlatform());
    QStringList head;
    head << TicketText::tr("rdpdiag findings — reference %1").arg(report.reference);
    const QString hanging(11, QLatin1Char(' '));
    head << wrap(headline.answer, TicketText::tr("Answer:").leftJustified(10) + QLatin1Char(' '),
                 kUncut, hanging);
    if (!headline.who.isEmpty())
        head << wrap(headline.who, TicketText::tr("Who acts:").leftJustified(10) + QLatin1Char(' '),
                     kUncut, hanging);
    head << QString();
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

    const QString footer =
        TicketText::tr("Details: report.html and report.json in the bundle (reference %1).")
            .arg(report.reference);

    // The fix of the primary finding (never a hardening note): whole steps, each with its
    // command; a step that does not fit any more is left out whole and counted.
    QStringList fix;
    if (const Finding *primary = primaryFixFinding(report)) {
        fix << TicketText::tr("Primary fix (%1):").arg(primary->code);
        const int room = kMaxTicketLines - static_cast<int>(head.size()) - 8;
        int step = 0;
        for (const Remedy &remedy : primary->remediation) {
            const QStringList lines = stepLines(step + 1, remedy);
            if (step > 0 && fix.size() + lines.size() > room) {
                fix << TicketText::tr("  … and %1 more step(s) in report.html")
                           .arg(primary->remediation.size() - step);
                break;
            }
            fix << lines;
            ++step;
        }
        if (primary->remediation.isEmpty())
            fix << TicketText::tr("  (no fix steps: see report.html)");
    } else {
        fix << TicketText::tr("No fix needed: nothing stops a connection.");
    }

    // Errors and warnings, one line each, within what the line budget leaves; hardening
    // notes after them, under "Also noticed" (the engine's order, diagnosis/FindingRoles).
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
        std::max(1, kMaxTicketLines - static_cast<int>(head.size() + fix.size()) - 5);
    const bool cut = listed.size() > budget;
    const int shown = cut ? budget - 1 : static_cast<int>(listed.size());
    bool alsoNoticed = false;
    for (int i = 0; i < shown; ++i) {
        const Finding *finding = listed.at(i);
        if (!alsoNoticed && isHardeningNote(finding->code)) {
            body << TicketText::tr("Also noticed (does not stop connections):");
            alsoNoticed = true;
        }
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
