// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * report.html of a findings bundle: one self-contained page — inline CSS, no script, no
 * external reference of any kind (no fonts, images or links to fetch), so it opens the same
 * offline, in a mail client's viewer or in a locked-down browser, and prints well
 * (@media print). It shows the verdict, the pipeline strip with timings and where it broke,
 * the findings by severity with their detail, fixes (commands in <pre>) and evidence, and
 * the facts of every stage in tables (report/FactsHtml). Every text is HTML-escaped
 * (server-provided bytes appear in evidence) and control characters are shown as \xNN. Only
 * HTML 4 elements are used, so that strict parsers (xmllint --html) accept the page too.
 */

#include "model/Report.h"
#include "report/HtmlParts.h" // htmlEscape

#include <QString>
#include <QStringList>

namespace rdpdiag {

struct HtmlReportOptions
{
    bool redacted = false; ///< say that names and addresses are placeholders
    QStringList withheld;  ///< translated notes on what the bundle left out (e.g. the PEM)
};

/** Renders @p report as one HTML page (UTF-8 when encoded with toUtf8()). */
QString renderHtmlReport(const Report &report, const HtmlReportOptions &options = {});

} // namespace rdpdiag
