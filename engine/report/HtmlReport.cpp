// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlReport.h"

#include "model/Stages.h"

#include "report/JsonReport.h"
#include "wire/X224.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rdpdiag {

namespace {

class HtmlText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::HtmlReport)
};

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

QString e(const QString &text)
{
    return htmlEscape(text);
}

QString endpoint(const Target &target)
{
    return target.host.contains(QLatin1Char(':'))
               ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
               : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : HtmlText::tr("unknown");
}

QString yesNo(bool value)
{
    return value ? HtmlText::tr("yes") : HtmlText::tr("no");
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

/** A two-column table of label → value rows (values already escaped). */
class KeyValues
{
public:
    void add(const QString &label, const QString &escapedValue)
    {
        m_rows << QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(e(label), escapedValue);
    }
    void text(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            add(label, e(value));
    }
    void code(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            add(label, QStringLiteral("<code>%1</code>").arg(e(value)));
    }
    QString html() const
    {
        return m_rows.isEmpty() ? QString()
                                : QStringLiteral("<table class=\"kv\">\n%1\n</table>\n")
                                      .arg(m_rows.join(QLatin1Char('\n')));
    }

private:
    QStringList m_rows;
};

/** A table with a header row; cells already escaped. */
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table>\n<tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th>%1</th>").arg(e(header));
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? HtmlText::tr("none") : items.join(QStringLiteral(", "));
}

QString headerSection(const Report &report, const HtmlReportOptions &options)
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
    KeyValues rows;
    rows.code(HtmlText::tr("Target"), endpoint(report.target));
    if (report.target.source == Target::Source::RdpFile)
        rows.text(HtmlText::tr("Connection file"), report.target.input);
    rows.text(HtmlText::tr("Addresses"), listText(report.addresses));
    rows.text(HtmlText::tr("Started"), isoUtc(report.started));
    rows.text(HtmlText::tr("Duration"), HtmlText::tr("%1 ms").arg(report.durationMs));
    rows.text(HtmlText::tr("Time budget per step"), HtmlText::tr("%1 ms").arg(report.timeoutMs));
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

QString verdictSection(const Report &report)
{
    bool warnings = false;
    for (const Finding &finding : report.findings)
        warnings = warnings || finding.severity == Severity::Warning;
    QString cls = QStringLiteral("verdict-good");
    QString title = HtmlText::tr("Nothing found that stops a connection");
    if (report.hasErrors()) {
        cls = QStringLiteral("verdict-bad");
        title = HtmlText::tr("The connection fails");
    } else if (warnings || report.cancelled) {
        cls = QStringLiteral("verdict-warn");
        title = HtmlText::tr("Connections work, with warnings");
    }
    QString html =
        QStringLiteral("<div class=\"verdict %1\">\n<div class=\"title\">%2</div>\n<p>%3</p>\n")
            .arg(cls, e(title), e(report.diagnosis.summary));
    if (!report.diagnosis.primary.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>\n")
                    .arg(e(HtmlText::tr("Main finding:")), e(report.diagnosis.primary));
    if (!report.diagnosis.unchecked.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>\n<ul>\n").arg(e(HtmlText::tr("This run could not check:")));
        for (const QString &item : report.diagnosis.unchecked)
            html += QStringLiteral("<li>%1</li>\n").arg(e(item));
        html += QStringLiteral("</ul>\n");
    }
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
                        .arg(e(HtmlText::tr("%1 ms").arg(stage.durationMs)));
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
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        QList<const Finding *> group;
        for (const Finding &finding : report.findings)
            if (finding.severity == severity)
                group << &finding;
        if (group.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(severityTitle(severity, group.size())));
        for (const Finding *finding : group)
            html += findingHtml(*finding);
    }
    return html;
}

QString tlsAttemptText(const TlsAttempt &attempt)
{
    QString text = tlsOutcomeString(attempt.outcome);
    if (!attempt.negotiatedVersion.isEmpty())
        text += QStringLiteral(", ") + attempt.negotiatedVersion;
    if (!attempt.cipher.isEmpty())
        text += QStringLiteral(", ") + attempt.cipher;
    if (!attempt.alertName.isEmpty())
        text += QStringLiteral(", alert %1").arg(attempt.alertName);
    if (!attempt.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(attempt.detail);
    return text;
}

QString factsSection(const Report &report, const QJsonObject &reportJson)
{
    const Facts &facts = report.facts;
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(e(HtmlText::tr("Facts")));

    if (facts.dns) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(HtmlText::tr("Name resolution (DNS)")));
        KeyValues rows;
        rows.code(HtmlText::tr("Outcome"), dnsOutcomeString(facts.dns->outcome));
        rows.text(HtmlText::tr("IPv4 (A)"), listText(facts.dns->ipv4));
        rows.text(HtmlText::tr("IPv6 (AAAA)"), listText(facts.dns->ipv6));
        rows.text(HtmlText::tr("Time"), HtmlText::tr("%1 ms").arg(facts.dns->durationMs));
        rows.text(HtmlText::tr("Error"), facts.dns->error);
        html += rows.html();
    }
    if (facts.tcp) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(HtmlText::tr("TCP connection")));
        QList<QStringList> rows;
        for (const TcpAttempt &attempt : facts.tcp->attempts + facts.tcp->samples)
            rows << QStringList{QStringLiteral("<code>%1</code>").arg(e(attempt.address)),
                                e(ioOutcomeString(attempt.outcome)),
                                e(HtmlText::tr("%1 ms").arg(attempt.durationMs)), e(attempt.error)};
        html += table({HtmlText::tr("Address"), HtmlText::tr("Outcome"), HtmlText::tr("Time"),
                       HtmlText::tr("Error")},
                      rows);
        KeyValues summary;
        if (facts.tcp->medianConnectMs)
            summary.text(HtmlText::tr("Median connect time"),
                         HtmlText::tr("%1 ms").arg(*facts.tcp->medianConnectMs, 0, 'f', 1));
        summary.text(HtmlText::tr("Failed repeat attempts"),
                     QString::number(facts.tcp->samplesFailed));
        html += summary.html();
    }
    if (facts.negotiation) {
        html +=
            QStringLiteral("<h3>%1</h3>\n").arg(e(HtmlText::tr("Security negotiation (X.224)")));
        QList<QStringList> rows;
        for (const NegotiationProbe &probe : facts.negotiation->probes) {
            QString answer;
            if (probe.selected)
                answer = HtmlText::tr("selected %1").arg(wire::selectedProtocolId(*probe.selected));
            else if (probe.failureCode)
                answer = wire::failureCodeName(*probe.failureCode);
            if (!probe.detail.isEmpty())
                answer += (answer.isEmpty() ? QString() : QStringLiteral(" — ")) + probe.detail;
            rows << QStringList{
                e(wire::protocolIds(probe.requested).join(QLatin1Char('+'))),
                e(negotiationOutcomeString(probe.outcome)), e(answer),
                e(HtmlText::tr("%1 ms").arg(probe.durationMs)),
                QStringLiteral("<code>%1</code>").arg(e(wire::hexDump(probe.received, 32)))};
        }
        html += table({HtmlText::tr("Requested"), HtmlText::tr("Outcome"), HtmlText::tr("Answer"),
                       HtmlText::tr("Time"), HtmlText::tr("Bytes received")},
                      rows);
        QStringList supported;
        if (facts.negotiation->rdpSupported)
            supported << QStringLiteral("rdp");
        if (facts.negotiation->supportedMask)
            supported << wire::protocolIds(facts.negotiation->supportedMask);
        KeyValues summary;
        summary.text(HtmlText::tr("Protocols the server selected"), listText(supported));
        html += summary.html();
    }
    if (facts.tls) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(HtmlText::tr("TLS")));
        KeyValues rows;
        rows.text(HtmlText::tr("Handshake"), tlsAttemptText(facts.tls->main));
        for (const TlsAttempt &attempt : facts.tls->versions)
            rows.text(HtmlText::tr("TLS %1 alone").arg(attempt.version), tlsAttemptText(attempt));
        if (facts.tls->weakCipherProbeRan)
            rows.text(HtmlText::tr("Weak cipher suites accepted"),
                      listText(facts.tls->weakCiphersAccepted));
        html += rows.html();
    }
    if (facts.certificate) {
        const CertificateFacts &certificate = *facts.certificate;
        html += QStringLiteral("<h3>%1</h3>\n").arg(e(HtmlText::tr("Server certificate")));
        KeyValues rows;
        rows.code(HtmlText::tr("Subject"), certificate.subject);
        rows.code(HtmlText::tr("Issuer"), certificate.issuer);
        rows.text(HtmlText::tr("Valid"),
                  HtmlText::tr("from %1 to %2")
                      .arg(isoUtc(certificate.notBefore), isoUtc(certificate.notAfter)));
        rows.text(HtmlText::tr("Self-signed"), yesNo(certificate.selfSigned));
        rows.text(HtmlText::tr("Key"),
                  HtmlText::tr("%1, %2 bits")
                      .arg(certificate.keyType, QString::number(certificate.keyBits)));
        rows.text(HtmlText::tr("Signature"), certificate.signatureAlgorithm);
        rows.text(HtmlText::tr("Alternative names"), listText(certificate.san));
        rows.text(HtmlText::tr("Extended key usage"),
                  certificate.eku ? listText(*certificate.eku)
                                  : HtmlText::tr("no extension (any usage)"));
        if (certificate.nameMatches)
            rows.text(HtmlText::tr("Name matches the target"), yesNo(*certificate.nameMatches));
        rows.text(HtmlText::tr("Chain verification"), listText(certificate.verifyErrors));
        rows.code(HtmlText::tr("SHA-1 thumbprint"), certificate.sha1);
        rows.code(HtmlText::tr("SHA-256 fingerprint"), certificate.sha256);
        html += rows.html();
    }
    if (facts.credssp) {
        const CredsspFacts &credssp = *facts.credssp;
        html += QStringLiteral("<h3>%1</h3>\n")
                    .arg(e(HtmlText::tr("CredSSP (Network Level Authentication)")));
        KeyValues rows;
        rows.code(HtmlText::tr("Outcome"), credsspOutcomeString(credssp.outcome));
        if (credssp.version)
            rows.text(HtmlText::tr("CredSSP version"), QString::number(*credssp.version));
        if (credssp.errorCode)
            rows.code(HtmlText::tr("Error code"),
                      QStringLiteral("0x%1").arg(*credssp.errorCode, 8, 16, QLatin1Char('0')));
        rows.text(HtmlText::tr("Detail"), credssp.detail);
        if (credssp.ntlm) {
            const NtlmFacts &ntlm = *credssp.ntlm;
            rows.text(HtmlText::tr("NetBIOS computer"), ntlm.netbiosComputer);
            rows.text(HtmlText::tr("NetBIOS domain"), ntlm.netbiosDomain);
            rows.text(HtmlText::tr("DNS computer"), ntlm.dnsComputer);
            rows.text(HtmlText::tr("DNS domain"), ntlm.dnsDomain);
            rows.text(HtmlText::tr("DNS tree"), ntlm.dnsTree);
            rows.text(HtmlText::tr("Windows version"), ntlm.osVersion);
            if (ntlm.serverTime)
                rows.text(HtmlText::tr("Server clock"), isoUtc(*ntlm.serverTime));
            if (ntlm.clockSkewSeconds)
                rows.text(HtmlText::tr("Clock difference"),
                          HtmlText::tr("%1 s").arg(*ntlm.clockSkewSeconds));
        }
        html += rows.html();
    }
    // Everything, as the JSON report has it, for what the tables above leave out.
    const QJsonObject json = (reportJson.isEmpty() ? reportToJson(report) : reportJson)
                                 .value(QStringLiteral("facts"))
                                 .toObject();
    html += QStringLiteral("<h3>%1</h3>\n<pre class=\"evidence\">%2</pre>\n")
                .arg(e(HtmlText::tr("All facts (as in report.json)")),
                     e(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
                           .trimmed()));
    return html;
}

} // namespace

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F || (u >= 0x80 && u < 0xA0) ||
            u == 0xFFFE || u == 0xFFFF) {
            out += QStringLiteral("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
            continue;
        }
        switch (u) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

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
    html += headerSection(report, options);
    html += verdictSection(report);
    html += pipelineSection(report);
    html += findingsSection(report);
    html += factsSection(report, options.reportJson);
    html += QStringLiteral("<div class=\"footer\">%1</div>\n")
                .arg(e(HtmlText::tr("rdpdiag %1 · reference %2 · run of %3. Quote the reference "
                                    "code when you contact support.")
                           .arg(report.toolVersion, report.reference, isoUtc(report.started))));
    html += QStringLiteral("</div>\n</body>\n</html>\n");
    return html;
}

} // namespace rdpdiag
