// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/IconLabel.h"

#include <QPainter>
#include <QStyle>

namespace rdpdiag::ui {

IconLabel::IconLabel(QWidget *parent) : QWidget(parent)
{
    m_size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void IconLabel::setIcon(const QIcon &icon)
{
    m_icon = icon;
    update();
}

void IconLabel::setIconSize(int size)
{
    m_size = size;
    updateGeometry();
    update();
}

QSize IconLabel::sizeHint() const
{
    return {m_size, m_size};
}

void IconLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect square(0, (height() - m_size) / 2, m_size, m_size);
    m_icon.paint(&painter, square, Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

} // namespace rdpdiag::ui
