// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Reads a JSON report (schema "rdpdiag-report/1", docs/findings.md) back into a Report — the
 * inverse of JsonReport for the facts, so that reportToJsonBytes(readReportJson(x)) is a fixed
 * point: written again, it reads back and writes identically. Used to reopen findings
 * bundles, whose report.json may come from anywhere: the reader is strict and bounded, and
 * the report it gives is data, never instructions:
 *
 * - Every string is made safe to show where it enters (support/SafeText.h): no control
 *   character or bidi override reaches a terminal or a label.
 * - A finding's title, detail and remediation are this version's catalogue's for its code
 *   and its "parameters" (catalogue/Catalogue.h, reopenedFinding()), never the report's
 *   text: a finding written with an observation ("what was seen here") reads back without
 *   it, and an unknown code reads back as unknown, without a command.
 *
 * - The schema is checked first: another tool's JSON, or a report of a newer schema
 *   ("rdpdiag-report/2"), gives a one-line error saying so.
 * - Every field of the contract is type-checked; enumerations must be known values; numbers
 *   must be in range; strings, arrays and the evidence objects are size-limited.
 * - Keys this version does not know are ignored (the contract allows additions).
 * - Every stage's facts are read by that stage's reader, next to its writer (report/
 *   StageJson dispatches over the stage table); report/JsonNode is the shared strict reading.
 * - Derived keys ("failure_name", "received_text", tls "versions" and "negotiated") are not
 *   read: the writer derives them again from the facts they come from.
 */

#include "model/Report.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace rdpdiag {

/** Largest report.json accepted (real ones are tens of KiB). */
inline constexpr qsizetype kMaxReportJsonBytes = 16 * 1024 * 1024;

struct ReportRead
{
    std::optional<Report> report;
    QString error; ///< one line when !report, naming the field ("findings[2].severity: …")
};

/** Parses and checks report.json bytes. */
ReportRead readReportJson(QByteArrayView json);

/** Checks and converts an already parsed report object. */
ReportRead reportFromJson(const QJsonObject &object);

/**
 * The report.json @p json, from which readReportJson() made @p read, as this version shows
 * it: every string made safe, and the findings replaced by those of @p read (this version's
 * catalogue texts); everything else — facts this version does not read included — as
 * stored. Indented like reportToJsonBytes().
 */
QByteArray reopenedReportJson(QByteArrayView json, const Report &read);

} // namespace rdpdiag
