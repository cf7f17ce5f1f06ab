// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The finding codes of a run, in order: what most rule and stage tests compare.

#include "model/Report.h"

#include <QStringList>

namespace rdpdiag::test {

inline QStringList findingCodes(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &finding : findings)
        codes << finding.code;
    return codes;
}

inline QStringList findingCodes(const Report &report)
{
    return findingCodes(report.findings);
}

/** The same, sorted: for tests that check which codes, not their order. */
inline QStringList sortedFindingCodes(const QList<Finding> &findings)
{
    QStringList codes = findingCodes(findings);
    codes.sort();
    return codes;
}

inline QStringList sortedFindingCodes(const Report &report)
{
    return sortedFindingCodes(report.findings);
}

} // namespace rdpdiag::test
