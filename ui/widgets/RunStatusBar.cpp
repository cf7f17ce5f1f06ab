// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RunStatusBar.h"

#include "model/Stages.h"
#include "models/ChecksModel.h"
#include "models/RunController.h"
#include "widgets/IconLabel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

namespace rdpdiag::ui {

namespace {

QString endpoint(const Target &target)
{
    if (target.host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(target.host).arg(target.port);
    return QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

} // namespace

QString savedRunBannerText(const RunController &controller)
{
    if (!controller.isViewing())
        return {};
    const Report &report = controller.report();
    const QString when = QLocale().toString(report.started.toLocalTime(), QLocale::LongFormat);
    const QString file = QFileInfo(controller.savedRun().filePath).fileName();
    QString text;
    if (controller.savedRun().madeOn.isEmpty())
        text = RunStatusBar::tr("Saved run of %1, made %2 (reference %3), opened from %4.")
                   .arg(endpoint(report.target), when, report.reference, file);
    else
        text = RunStatusBar::tr("Saved run of %1 made on %2, %3 (reference %4), opened from %5.")
                   .arg(endpoint(report.target), controller.savedRun().madeOn, when,
                        report.reference, file);
    text += QLatin1Char(' ') + RunStatusBar::tr("Read-only: go back to the first page to run a "
                                                "new diagnosis.");
    if (controller.savedRun().redacted)
        text += QLatin1Char(' ') + RunStatusBar::tr("Names and addresses were hidden.");
    return text;
}

RunStatusBar::RunStatusBar(const RunController *controller, QWidget *parent)
    : QFrame(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("runStatusFrame"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_icon = new IconLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("runStatusLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgressBar"));
    m_progress->setAccessibleName(tr("Diagnosis progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    layout->addWidget(m_progress, 0, Qt::AlignVCenter);
    m_tick = new QTimer(this);
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &RunStatusBar::refresh);
    connect(controller, &RunController::changed, this, &RunStatusBar::refresh);
    refresh();
}

QString RunStatusBar::text() const
{
    return m_label->text();
}

void RunStatusBar::refresh()
{
    const RunController &controller = *m_controller;
    if (controller.isRunning() != m_tick->isActive()) {
        if (controller.isRunning())
            m_tick->start();
        else
            m_tick->stop();
    }
    // Every stage but the server self-check, which a client run never walks.
    const int total = static_cast<int>(std::size(kAllStages)) - 1;
    QString text;
    Status status = Status::Pending;
    m_progress->setVisible(controller.isRunning());
    switch (controller.state()) {
    case RunController::State::Idle:
        text = tr("The diagnosis starts when you leave the first page.");
        break;
    case RunController::State::Running: {
        status = Status::Running;
        const auto stage = controller.runningStage();
        const QString seconds = QLocale().toString(controller.elapsedMs() / 1000.0, 'f', 1);
        text = stage ? tr("Checking: %1… (%2 s)").arg(stepTitle(*stage), seconds)
                     : tr("Checking… (%1 s)").arg(seconds);
        m_progress->setRange(0, total);
        m_progress->setValue(controller.finishedStageCount());
        break;
    }
    case RunController::State::Finished: {
        const Report &report = controller.report();
        status = report.hasErrors() ? Status::Problem : Status::Passed;
        text = tr("Diagnosis of %1 finished in %2 s (reference %3).")
                   .arg(endpoint(report.target),
                        QLocale().toString(report.durationMs / 1000.0, 'f', 1), report.reference);
        break;
    }
    case RunController::State::Cancelled:
        status = Status::Cancelled;
        text = tr("You stopped the diagnosis. What was checked until then is shown; the rest "
                  "was not checked.");
        break;
    case RunController::State::Viewing:
        status = Status::Info;
        text = savedRunBannerText(controller);
        break;
    }
    m_icon->setIcon(statusIcon(status));
    m_label->setText(text);
    setAccessibleName(text);
}

} // namespace rdpdiag::ui
