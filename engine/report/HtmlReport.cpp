// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"

#include "diagnosis/Headline.h"
#include "model/Stages.h"
#include "report/FactsHtml.h"
#include "report/HtmlParts.h"

#include <QJsonDocument>

namespace rdpdiag {

namespace {

using html::e;
using html::isoUtc;
using html::KeyValues;
using html::listText;

// One stylesheet, inline. No url(), no @import, no web fonts: nothing is ever fetched.
const char kStyle[] = R"css(
:root { --bad: #b3261e; --bad-bg: #fdecea; --warn: #8a5300; --warn-bg: #fff4e0;
        --good: #1e6b34; --good-bg: #e7f5ea; --info: #0b5394; --info-bg: #e8f0fb;
        --muted: #5f6368; --line: #d9dce1; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1f2328;
       font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.page { max-width: 1060px; margin: 0 auto; padding: 24px 28px 40px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 20px 0 8px; }
h4 { font-size: 14px; margin: 12px 0 4px; color: var(--muted); text-transform: uppercase;
     letter-spacing: .04em; }
p { margin: 6px 0; }
code, pre { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; }
pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px;
      margin: 6px 0; white-space: pre-wrap; word-break: break-all; }
pre.evidence { max-height: 360px; overflow: auto; }
.header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start;
          gap: 12px; }
.reference { border: 2px solid #1f2328; border-radius: 6px; padding: 6px 14px; text-align: center; }
.reference .code { font: bold 24px/1.2 "DejaVu Sans Mono", Consolas, monospace; letter-spacing: .12em; }
.reference .label { font-size: 12px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line);
         overflow-wrap: break-word; }
th { color: var(--muted); font-weight: 600; }
table.kv th { width: 28%; }
.notice { background: var(--info-bg); border-left: 4px solid var(--info); padding: 8px 12px; margin: 12px 0; }
.verdict { border-radius: 6px; padding: 14px 18px; margin: 18px 0; border-left: 8px solid; }
.verdict .title { font-size: 18px; font-weight: 700; }
.verdict .who { font-weight: 600; }
.verdict-bad { background: var(--bad-bg); border-color: var(--bad); }
.verdict-warn { background: var(--warn-bg); border-color: var(--warn); }
.verdict-good { background: var(--good-bg); border-color: var(--good); }
table.pipeline { table-layout: fixed; border-collapse: separate; border-spacing: 6px 0; margin: 0 -6px; }
table.pipeline td { border: 1px solid var(--line); border-top: 6px solid; border-radius: 4px;
                    padding: 8px; font-size: 13px; background: #fff; overflow-wrap: anywhere; }
table.pipeline .name { font-weight: 700; font-size: 14px; text-transform: uppercase; }
table.pipeline .time { color: var(--muted); }
table.pipeline td.st-passed { border-top-color: var(--good); }
table.pipeline td.st-warning { border-top-color: #e0a100; background: var(--warn-bg); }
table.pipeline td.st-failed { border-top-color: var(--bad); background: var(--bad-bg); }
table.pipeline td.st-skipped { border-top-color: #b8bcc2; color: var(--muted); }
.broke { display: inline-block; margin-top: 4px; font-weight: 700; color: var(--bad); }
.finding { border: 1px solid var(--line); border-left: 6px solid; border-radius: 4px;
           padding: 10px 14px; margin: 10px 0; }
.sev-error { border-left-color: var(--bad); }
.sev-warning { border-left-color: #e0a100; }
.sev-info { border-left-color: var(--info); }
.badge { display: inline-block; font-size: 12px; font-weight: 700; padding: 1px 8px;
         border-radius: 10px; color: #fff; margin-right: 6px; }
.b-error { background: var(--bad); } .b-warning { background: var(--warn); } .b-info { background: var(--info); }
.ftitle { font-size: 16px; font-weight: 600; }
.fmeta { color: var(--muted); font-size: 13px; }
.where { font-weight: 600; }
.muted { color: var(--muted); }
.facts table { font-size: 14px; }
.facts td { white-space: pre-line; overflow-wrap: break-word; }
.facts td code { font-size: 12.5px; }
.facts ul { margin: 4px 0; padding-left: 22px; }
.footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted);
          font-size: 13px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  pre.evidence { max-height: none; overflow: visible; }
  .finding, .verdict, table.pipeline, tr { page-break-inside: avoid; break-inside: avoid; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  @page { margin: 14mm; }
}
)css";

QString endpoint(const Target &target)
{
    return html::endpoint(target.host, target.port);
}

QString statusText(StageStatus status)
{
    switch (status) {
    case StageStatus::Passed:
        return HtmlText::tr("passed");
    case StageStatus::Warning:
        return HtmlText::tr("warning");
    case StageStatus::Failed:
        return HtmlText::tr("failed");
    case StageStatus::Skipped:
        return HtmlText::tr("skipped");
    }
    return {};
}

QString severityTitle(Severity severity, qsizetype count)
{
    switch (severity) {
    case Severity::Error:
        return HtmlText::tr("Errors (%1)").arg(count);
    case Severity::Warning:
        return HtmlText::tr("Warnings (%1)").arg(count);
    case Severity::Info:
        return HtmlText::tr("Information (%1)").arg(count);
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return HtmlText::tr("ERROR");
    case Severity::Warning:
        return HtmlText::tr("WARNING");
    case Severity::Info:
        return HtmlText::tr("INFO");
    }
    return {};
}

/** The page title and the reference code. */
QString headerSection(const Report &report)
{
    QString html =
        QStringLiteral(
            "<div class=\"header\">\n<div>\n<h1>%1</h1>\n<p class=\"muted\">%2</p>\n</div>\n")
            .arg(e(HtmlText::tr("Remote Desktop connection report")),
                 e(HtmlText::tr("Made by rdpdiag %1 on %2")
                       .arg(report.toolVersion, isoUtc(report.started))));
    html += QStringLiteral("<div class=\"reference\"><div class=\"label\">%1</div>"
                           "<div class=\"code\">%2</div></div>\n</div>\n")
                .arg(e(HtmlText::tr("Reference code")), e(report.reference));
    return html;
}

/** What was checked, when, and what the user reported (under the headline). */
QString detailsSection(const Report &report, const HtmlReportOptions &options)
{
    QString html;
    KeyValues rows;
    rows.code(HtmlText::tr("Target"), endpoint(report.target));
    if (report.target.source == Target::Source::RdpFile)
        rows.text(HtmlText::tr("Connection file"), report.target.input);
    rows.text(HtmlText::tr("Addresses"), listText(report.addresses));
    rows.text(HtmlText::tr("Started"), isoUtc(report.started));
    rows.text(HtmlText::tr("Duration"), html::duration(report.durationMs));
    rows.text(HtmlText::tr("Time budget per step"), html::duration(report.timeoutMs));
    if (!report.diagnosis.errorCode.isEmpty() || !report.diagnosis.extendedCode.isEmpty())
        rows.code(HtmlText::tr("Error reported by the user"),
                  HtmlText::tr("%1, extended %2")
                      .arg(report.diagnosis.errorCode.isEmpty() ? HtmlText::tr("none")
                                                                : report.diagnosis.errorCode,
                           report.diagnosis.extendedCode.isEmpty()
                               ? HtmlText::tr("none")
                               : report.diagnosis.extendedCode));
    html += rows.html();
    if (options.redacted)
        html += QStringLiteral("<p class=\"notice\">%1</p>\n")
                    .arg(e(HtmlText::tr("Redacted: user, host, computer and domain names, "
                                        "certificate names and IP addresses are replaced by "
                                        "placeholders such as host-1, user-1 and 10.x.x.1.")));
    for (const QString &note : options.withheld)
        html += QStringLiteral("<p class=\"notice\">%1</p>\n").arg(e(note));
    if (report.cancelled)
        html += QStringLiteral("<p class=\"notice\">%1</p>\n")
                    .arg(e(HtmlText::tr("The run was cancelled: what follows is incomplete.")));
    return html;
}

QString listHtml(const QStringList &items)
{
    QString html = QStringLiteral("<ul>\n");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>\n").arg(e(item));
    return html + QStringLiteral("</ul>\n");
}

/** The headline (diagnosis/Headline) and the verdict: the answer, who acts, what to do now,
 * then the longer why. */
QString verdictSection(const Report &report)
{
    const Headline headline = headlineFor(report, currentPlatform());
    QString cls = QStringLiteral("verdict-good");
    if (headline.tone == Severity::Error)
        cls = QStringLiteral("verdict-bad");
    else if (headline.tone == Severity::Warning || report.cancelled)
        cls = QStringLiteral("verdict-warn");
    QString html = QStringLiteral("<div class=\"verdict %1\">\n<div class=\"title\">%2</div>\n")
                       .arg(cls, e(headline.answer));
    if (!headline.who.isEmpty())
        html += QStringLiteral("<p class=\"who\">%1</p>\n").arg(e(headline.who));
    html += QStringLiteral("<p>%1</p>\n").arg(e(HtmlText::tr("What you can do now:")));
    html += listHtml(headline.userSteps);
    if (!headline.notChecked.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(e(HtmlText::tr("This run could not check:")));
        html += listHtml(headline.notChecked);
    }
    if (!headline.verdict.isEmpty())
        html += QStringLiteral("<p class=\"why\">%1</p>\n").arg(e(headline.verdict));
    if (!report.diagnosis.primary.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>\n")
                    .arg(e(HtmlText::tr("Main finding:")), e(report.diagnosis.primary));
    return html + QStringLiteral("</div>\n");
}

QString pipelineSection(const Report &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"pipeline\">\n<tr>\n")
                       .arg(e(HtmlText::tr("Pipeline")));
    bool brokeMarked = false;
    for (const StageResult &stage : report.stages) {
        const QString status = stageStatusString(stage.status);
        QString cell = QStringLiteral("<div class=\"name\">%1</div><div>%2</div>")
                           .arg(e(stepShortTitle(stage.id)), e(statusText(stage.status)));
        if (stage.status != StageStatus::Skipped)
            cell += QStringLiteral("<div class=\"time\">%1</div>")
                        .arg(e(html::duration(stage.durationMs)));
        if (stage.status == StageStatus::Failed && !brokeMarked) {
            cell += QStringLiteral("<div class=\"broke\">%1</div>")
                        .arg(e(HtmlText::tr("It broke here")));
            brokeMarked = true;
        }
        cell += QStringLiteral("<p>%1</p>").arg(e(stage.summary));
        html += QStringLiteral("<td class=\"st-%1\">%2</td>\n").arg(status, cell);
    }
    return html + QStringLiteral("</tr>\n</table>\n");
}

QString findingHtml(const Finding &finding)
{
    const QString severity = severityString(finding.severity);
    QString html = QStringLiteral("<div class=\"finding sev-%1\">\n").arg(severity);
    html += QStringLiteral("<div class=\"ftitle\"><span class=\"badge b-%1\">%2</span>%3</div>\n")
                .arg(severity, e(severityLabel(finding.severity)), e(finding.title));
    html += QStringLiteral("<div class=\"fmeta\"><code>%1</code> · %2 · %3</div>\n")
                .arg(e(finding.code),
                     e(HtmlText::tr("category %1").arg(categoryString(finding.category))),
                     e(HtmlText::tr("stage %1").arg(stepShortTitle(finding.stage))));
    html += QStringLiteral("<p>%1</p>\n").arg(e(finding.detail));
    if (!finding.remediation.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>\n<ol>\n").arg(e(HtmlText::tr("How to fix")));
        for (const Remedy &remedy : finding.remediation) {
            const QString where = remedy.where == Remedy::Where::Client
                                      ? HtmlText::tr("On the client:")
                                      : HtmlText::tr("On the server:");
            html += QStringLiteral("<li><span class=\"where\">%1</span> %2")
                        .arg(e(where), e(remedy.text));
            if (!remedy.command.isEmpty())
                html += QStringLiteral("\n<pre>%1</pre>")
                            .arg(e(shellPrompt(remedy.shell) + remedy.command));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n");
    }
    if (!finding.evidence.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>\n<pre class=\"evidence\">%2</pre>\n")
                    .arg(e(HtmlText::tr("Evidence")),
                         e(QString::fromUtf8(
                               QJsonDocument(finding.evidence).toJson(QJsonDocument::Indented))
                               .trimmed()));
    }
    return html + QStringLiteral("</div>\n");
}

QString findingsSection(const Report &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(e(HtmlText::tr("Findings")));
    if (report.findings.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(e(HtmlText::tr("No findings.")));
    // The engine's order (diagnosis/FindingRoles) grouped by severity; hardening notes last,
    // under "Also noticed".
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        QList<const Finding *> group;
        for (const Finding &finding : report.findings)
            if (finding.severity == severity && !isHardeningNote(finding.code))
                group << &finding;
        if (group.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(severityTitle(severity, group.size())));
        for (const Finding *finding : group)
            html += findingHtml(*finding);
    }
    QString also;
    for (const Finding &finding : report.findings)
        if (isHardeningNote(finding.code))
            also += findingHtml(finding);
    if (!also.isEmpty())
        html += QStringLiteral("<h3>%1</h3>\n")
                    .arg(e(HtmlText::tr("Also noticed (does not stop connections)"))) +
                also;
    return html;
}

} // namespace

QString renderHtmlReport(const Report &report, const HtmlReportOptions &options)
{
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
            .arg(e(HtmlText::tr("en", "the language of the report page (HTML lang attribute)")));
    html += QStringLiteral(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html +=
        QStringLiteral("<title>%1</title>\n")
            .arg(e(HtmlText::tr("rdpdiag %1 — %2").arg(report.reference, endpoint(report.target))));
    html += QStringLiteral("<style>%1</style>\n</head>\n<body>\n<div class=\"page\">\n")
                .arg(QString::fromLatin1(kStyle));
    html += headerSection(report);
    html += verdictSection(report);
    html += detailsSection(report, options);
    html += pipelineSection(report);
    html += findingsSection(report);
    html += factsHtml(report.facts);
    html += QStringLiteral("<div class=\"footer\">%1</div>\n")
                .arg(e(HtmlText::tr("rdpdiag %1 · reference %2 · run of %3. Quote the reference "
                                    "code when you contact support.")
                           .arg(report.toolVersion, report.reference, isoUtc(report.started))));
    html += QStringLiteral("</div>\n</body>\n</html>\n");
    return html;
}

} // namespace rdpdiag
