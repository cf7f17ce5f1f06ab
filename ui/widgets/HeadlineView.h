// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The headline at the top of the Summary (diagnosis/Headline): the answer in one short
 * sentence with its status icon, who has to act, and what the user can do now — or, when
 * nothing was found, what this run could not check. Plain text only (it carries names from
 * servers and bundles).
 */

#include "diagnosis/Headline.h"

#include <QFrame>

class QLabel;

namespace rdpdiag::ui {

class IconLabel;

class HeadlineView : public QFrame
{
    Q_OBJECT

public:
    explicit HeadlineView(QWidget *parent = nullptr);

    /** Shows @p headline. */
    void showHeadline(const Headline &headline);
    /** Shows a one-line @p text instead (nothing checked yet, still running). */
    void showMessage(const QString &text, const QString &detail = {});

    QString answer() const;

private:
    IconLabel *m_icon;
    QLabel *m_answer;
    QLabel *m_who;
    QLabel *m_steps;
};

} // namespace rdpdiag::ui
