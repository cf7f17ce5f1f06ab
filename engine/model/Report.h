// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The result of one run: stages, facts, findings and the diagnosis. Serialised as the
 * JSON report of docs/findings.md by engine/report/JsonReport.
 */

#include "input/Target.h"
#include "model/Facts.h"
#include "model/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rdpdiag {

/** How one stage of the pipeline went. */
struct StageResult
{
    StageId id = StageId::Input;
    StageStatus status = StageStatus::Skipped;
    qint64 durationMs = 0;
    QString summary; ///< translated one line: what happened at this stage
};

/** The explanation of the error code the user reported. */
struct Diagnosis
{
    QString errorCode;    ///< "0x904" as normalised, empty when none was reported
    QString extendedCode; ///< "0x7"
    QString primary;      ///< finding code that explains the report best, empty if none
    QString summary;      ///< translated: the verdict in plain words
    /** Translated: the verdict's words after the primary finding's title — how it relates to
     * the reported code ("This explains error code 0x904 (extended 0x7).") and, for this
     * computer's side, why. Empty without a primary finding and in reports of versions before
     * it existed. The headline shows the title; this goes right under it (diagnosis/Headline). */
    QString relation;
    QStringList unchecked; ///< translated: what this run could not check (where to look next)
};

struct Report
{
    QString toolVersion;
    QString reference; ///< the run's reference code (runner/ReferenceCode.h)
    Target target;
    QStringList addresses;
    QDateTime started; ///< UTC
    qint64 durationMs = 0;
    bool cancelled = false;
    QList<StageResult> stages;
    QList<Finding> findings; ///< ordered: severity (error first), then pipeline order
    Facts facts;
    Diagnosis diagnosis;
    qint64 timeoutMs = 5000;

    /** True when any finding has error severity (the CLI's exit code 1). */
    bool hasErrors() const
    {
        for (const auto &finding : findings)
            if (finding.severity == Severity::Error)
                return true;
        return false;
    }
};

} // namespace rdpdiag
