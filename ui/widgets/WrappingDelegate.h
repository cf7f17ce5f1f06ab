// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * An item delegate that wraps an item's text to the width of its view instead of eliding
 * it ("The server still accepts the insecure Standard RD…"): each row is as tall as its
 * wrapped text, and the rows are laid out again when the view changes width.
 */

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace rdpdiag::ui {

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Installs itself on @p view (which owns it). */
    explicit WrappingDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The width the text of @p index has in @p view, without icon, indentation and
     * margins. */
    static int textWidth(const QAbstractItemView *view, const QStyleOptionViewItem &option,
                         const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    int m_width = -1;
};

} // namespace rdpdiag::ui
