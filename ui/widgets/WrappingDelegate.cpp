// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WrappingDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QListView>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

namespace rdpdiag::ui {

WrappingDelegate::WrappingDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view), m_view(view)
{
    view->setItemDelegate(this);
    if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->setWordWrap(true);
    else if (auto *list = qobject_cast<QListView *>(view))
        list->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->viewport()->installEventFilter(this);
}

void WrappingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideNone;
}

int WrappingDelegate::textWidth(const QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    int width = view->viewport()->width();
    if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= tree->indentation() * (depth + (tree->rootIsDecorated() ? 1 : 0));
    }
    const QStyle *style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    width -= 2 * margin;
    if (option.features & QStyleOptionViewItem::HasDecoration)
        width -= option.decorationSize.width() + 2 * margin;
    return std::max(width, 20);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(m_view, opt, index);
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                    Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, m_view);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int height = std::max(base.height(), text.height() + 2 * margin + 2);
    return {std::min(base.width(), m_view->viewport()->width()), height};
}

bool WrappingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport() &&
        m_view->viewport()->width() != m_width) {
        m_width = m_view->viewport()->width();
        // Row heights depend on the width: lay the rows out again.
        QTimer::singleShot(0, m_view, [view = m_view] { view->doItemsLayout(); });
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace rdpdiag::ui
