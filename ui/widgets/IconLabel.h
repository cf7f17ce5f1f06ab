// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

namespace rdpdiag::ui {

/**
 * A fixed-size icon. Unlike a QLabel with a pixmap it paints the QIcon on every paint
 * event, so an SVG is rendered at the screen's device pixel ratio and stays sharp when the
 * window moves to a high-DPI screen.
 */
class IconLabel : public QWidget
{
    Q_OBJECT

public:
    explicit IconLabel(QWidget *parent = nullptr);
    void setIcon(const QIcon &icon);
    QIcon icon() const { return m_icon; }
    /** Edge length in device-independent pixels (default: the style's small icon size). */
    void setIconSize(int size);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QIcon m_icon;
    int m_size = 16;
};

} // namespace rdpdiag::ui
