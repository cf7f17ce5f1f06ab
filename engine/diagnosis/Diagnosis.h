// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The verdict: which finding explains the error code the user reported (or, when none
 * was reported, the first error on the way), in one sentence, and — when nothing found
 * explains it — what this run could not check and where to look next.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "model/Report.h"

#include <QList>
#include <optional>

namespace rdpdiag {

/** The error the user saw, as parsed from what they typed. */
struct ReportedError
{
    std::optional<quint32> code;     ///< disconnect reason ("error code"), e.g. 0x904
    std::optional<quint32> extended; ///< extended reason, e.g. 0x7
};

/** "error code 0x904 (extended 0x7)" — lower case, for the middle of a sentence; empty when
 * nothing was reported. */
QString reportedText(const ReportedError &reported);

/** How a finding that explains the report relates to it: "This explains error code 0x904
 * (extended 0x7)." or, when nothing was reported, "This stops the connection." */
QString relationSentence(const ReportedError &reported);

/** The verdict: the finding's @p title first, then @p relation ("The server reset the
 * connection … . This explains error code 0x904 (extended 0x7).") */
QString verdictSentence(const QString &title, const QString &relation);

/** Pure: from the reported error, the findings (sorted) and the facts. */
Diagnosis diagnose(const ReportedError &reported, const QList<Finding> &findings,
                   const Facts &facts);

} // namespace rdpdiag
