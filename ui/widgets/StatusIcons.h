// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The status vocabulary of the wizard's screens (a check waiting, running, passed, …) with
 * its SVG icons (resources/icons, embedded under :/icons) and its translated words. The
 * icons are vector images rendered at the screen's device pixel ratio, so they stay crisp
 * at 200 %; their colours read on light and dark palettes alike.
 */

#include "model/Enums.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace rdpdiag::ui {

enum class Status {
    Pending,   ///< not reached yet in a running diagnosis
    Running,   ///< the engine is at this step right now
    Passed,    ///< done, nothing wrong
    Warning,   ///< done, a risk or a likely cause of intermittent trouble
    Problem,   ///< done, this alone stops a connection
    Info,      ///< a fact worth knowing
    Skipped,   ///< not checked (an earlier step failed, or not used)
    Cancelled, ///< not checked because the user stopped the run
};

/** The icon of @p status (an SVG; null only when Qt's SVG plugin is missing). */
QIcon statusIcon(Status status);

/** The resource path of the icon of @p status (":/icons/status-….svg"). */
QString statusIconPath(Status status);

/** One translated word or two for @p status ("passed", "problem", …). */
QString statusText(Status status);

/** The status a finding of @p severity shows. */
Status statusForSeverity(Severity severity);

/** A colour for text about @p status that is readable on @p palette's window colour. */
QColor statusTextColor(Status status, const QPalette &palette);

/** True when @p palette looks dark (Qt 6.4 has no colour-scheme query). */
bool isDarkPalette(const QPalette &palette);

/** The application icon (resources/icons/io.github.rdpdiag.wizard.svg). */
QIcon applicationIcon();

} // namespace rdpdiag::ui
