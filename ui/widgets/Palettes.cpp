// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Palettes.h"

#include "platform/DesktopColorScheme.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>

namespace rdpdiag::ui {

namespace {

constexpr double kTextContrast = 4.5;
constexpr double kControlContrast = 3.0;

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) +
           0.0722 * channel(rgb.blue());
}

/** @p color moved towards black (on light backgrounds) or white (on dark ones) until it
 * reaches @p ratio against every colour of @p backgrounds. */
QColor withContrast(QColor color, const QList<QColor> &backgrounds, double ratio)
{
    const bool darkBackground = luminance(backgrounds.first()) < 0.18;
    for (int step = 0; step < 40; ++step) {
        bool enough = true;
        for (const QColor &background : backgrounds)
            enough = enough && contrastRatio(color, background) >= ratio;
        if (enough)
            break;
        color = darkBackground ? color.lighter(110) : color.darker(110);
        if (darkBackground && color.lightness() >= 250)
            color = QColor(Qt::white);
    }
    return color;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Link, QColor(0x8a, 0xc4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0xa5, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QPalette readablePalette(QPalette palette)
{
    const QList<QColor> backgrounds{palette.color(QPalette::Window), palette.color(QPalette::Base)};
    for (const auto role : {QPalette::Link, QPalette::LinkVisited, QPalette::PlaceholderText})
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, role,
                             withContrast(palette.color(group, role), backgrounds, kTextContrast));
    return palette;
}

QColor indicatorBorderColor(const QPalette &palette)
{
    return withContrast(palette.color(QPalette::Mid),
                        {palette.color(QPalette::Window), palette.color(QPalette::Base)},
                        kControlContrast);
}

VisibleIndicatorStyle::VisibleIndicatorStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

void VisibleIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                          QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // Fusion's border is a shade of the window colour: on a dark window it disappears.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor border = indicatorBorderColor(option->palette);
    if (!(option->state & State_Enabled))
        border.setAlphaF(0.5);
    painter->setPen(QPen(border, 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box);
    else
        painter->drawRoundedRect(box, 2, 2);
    painter->restore();
}

void applyColorScheme(ColorScheme scheme)
{
    if (scheme == ColorScheme::Dark) {
        QApplication::setStyle(new VisibleIndicatorStyle);
        QApplication::setPalette(darkPalette());
        return;
    }
    QApplication::setPalette(readablePalette(QApplication::palette()));
}

} // namespace rdpdiag::ui
