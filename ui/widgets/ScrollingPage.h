// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A wizard page whose content scrolls vertically instead of being clipped: at 200 %, in a
 * small window or in a long language the page gets a vertical scroll bar, and its texts wrap
 * to the visible width (there is never a horizontal scroll bar).
 */

class QScrollArea;
class QString;
class QVBoxLayout;
class QWizardPage;

namespace rdpdiag::ui {

/**
 * Fills @p page with a vertically scrolling area and returns the layout of its content. Its
 * first line is @p intro, a wrapped label ("pageIntroLabel"): QWizard's own subtitle does not
 * grow for a wrapped text and is cut off at 200 % or in a long language, so pages set none.
 */
QVBoxLayout *makeScrollingPage(QWizardPage *page, const QString &intro);

/** The scroll area makeScrollingPage() put into @p page (nullptr when none). */
QScrollArea *pageScrollArea(const QWizardPage *page);

} // namespace rdpdiag::ui
