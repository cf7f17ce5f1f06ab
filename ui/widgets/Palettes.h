// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The wizard's colours: a dark palette for desktops that ask for dark colours
 * (platform/DesktopColorScheme), fixes to a light palette whose links or hint texts are too
 * pale, a style that draws check boxes and radio buttons with a visible border (Fusion's is
 * nearly invisible on dark windows), and the WCAG contrast ratio the tests measure them with:
 * text, links and status colours at least 4.5:1 (AA), check box borders at least 3:1 (AA for
 * the parts of a control).
 */

#include <QColor>
#include <QPalette>
#include <QProxyStyle>

class QApplication;

namespace rdpdiag::ui {

enum class ColorScheme;

/** The WCAG 2 contrast ratio of @p a and @p b (1 … 21). */
double contrastRatio(const QColor &a, const QColor &b);

/** The dark palette (Fusion style). */
QPalette darkPalette();

/** @p palette with links, visited links and hint (placeholder) text darkened or lightened
 * until they read at 4.5:1 on its window and base colours. */
QPalette readablePalette(QPalette palette);

/** The border of a check box or radio button indicator on @p palette: at least 3:1 against
 * the window and the box's fill. */
QColor indicatorBorderColor(const QPalette &palette);

/** Fusion with check box and radio button indicators whose border can be seen. */
class VisibleIndicatorStyle : public QProxyStyle
{
public:
    VisibleIndicatorStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

/** Applies @p scheme to the application: for Dark the Fusion-based VisibleIndicatorStyle and
 * darkPalette(), otherwise the platform's palette made readable. */
void applyColorScheme(ColorScheme scheme);

} // namespace rdpdiag::ui
