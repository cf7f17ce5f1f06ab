// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The line at the top of every results page: what the diagnosis is doing now (with a
 * progress bar), how it ended, or — for a saved run from a findings bundle — a banner
 * saying whose run it is and when, and that it is read-only.
 */

#include <QFrame>

class QLabel;
class QProgressBar;
class QTimer;

namespace rdpdiag::ui {

class IconLabel;
class RunController;

class RunStatusBar : public QFrame
{
    Q_OBJECT

public:
    RunStatusBar(const RunController *controller, QWidget *parent = nullptr);
    QString text() const;

public slots:
    /** Re-reads the controller (also every 200 ms while a run goes, for the clock). */
    void refresh();

private:
    const RunController *m_controller;
    QTimer *m_tick;
    IconLabel *m_icon;
    QLabel *m_label;
    QProgressBar *m_progress;
};

/** The banner text for a saved run shown by @p controller (empty when not viewing). */
QString savedRunBannerText(const RunController &controller);

} // namespace rdpdiag::ui
