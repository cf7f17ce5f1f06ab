// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The JSON report of docs/findings.md (schema "rdpdiag-report/1"): what `rdpdiag --json`
 * prints and what a findings bundle carries as report.json.
 */

#include "model/Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace rdpdiag {

inline constexpr char kReportSchema[] = "rdpdiag-report/1";

QJsonObject findingToJson(const Finding &finding);
QJsonObject reportToJson(const Report &report);

/** The report as indented UTF-8 JSON with a final newline. */
QByteArray reportToJsonBytes(const Report &report);

} // namespace rdpdiag
