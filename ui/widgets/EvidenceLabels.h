// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Translated labels for the keys of a finding's evidence and a stage's facts ("duration_ms"
 * → "Time taken (ms)"), as the wizard's Technical details show them. A key without a label
 * of its own is shown in words ("days_left" → "days left"), never as a raw identifier.
 */

#include <QString>

namespace rdpdiag::ui {

/** The label shown for the evidence key @p key. */
QString evidenceLabel(const QString &key);

} // namespace rdpdiag::ui
