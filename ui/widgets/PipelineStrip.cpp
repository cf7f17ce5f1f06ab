// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PipelineStrip.h"

#include "model/Stages.h"
#include "models/RunController.h"
#include "widgets/IconLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace rdpdiag::ui {

QList<StageId> PipelineStrip::shownStages()
{
    return {StageId::Dns, StageId::Tcp, StageId::X224, StageId::Tls, StageId::Credssp};
}

PipelineStrip::PipelineStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pipelineStripWidget"));
    setAccessibleName(tr("Connection steps"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    int column = 0;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    for (const StageId stage : shownStages()) {
        if (column > 0) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            arrow->setAlignment(Qt::AlignCenter);
            arrow->setAccessibleName(QString());
            // Arrows are decoration; screen readers get the order from the boxes.
            arrow->setAttribute(Qt::WA_TransparentForMouseEvents);
            grid->addWidget(arrow, 0, column++);
        }
        Cell cell;
        cell.stage = stage;
        cell.box = new QWidget(this);
        cell.box->setObjectName(QStringLiteral("stage_%1_Widget").arg(stageIdString(stage)));
        cell.box->setFocusPolicy(Qt::TabFocus);
        auto *box = new QVBoxLayout(cell.box);
        box->setContentsMargins(6, 4, 6, 4);
        box->setSpacing(2);
        cell.icon = new IconLabel(cell.box);
        cell.icon->setIconSize(iconSize);
        box->addWidget(cell.icon, 0, Qt::AlignHCenter);
        cell.name = new QLabel(stepShortTitle(stage), cell.box);
        cell.name->setAlignment(Qt::AlignCenter);
        QFont bold = cell.name->font();
        bold.setBold(true);
        cell.name->setFont(bold);
        box->addWidget(cell.name);
        cell.time = new QLabel(cell.box);
        cell.time->setAlignment(Qt::AlignCenter);
        box->addWidget(cell.time);
        grid->addWidget(cell.box, 0, column);
        cell.mark = new QLabel(this);
        cell.mark->setObjectName(QStringLiteral("stage_%1_MarkLabel").arg(stageIdString(stage)));
        cell.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        cell.mark->setWordWrap(true);
        grid->addWidget(cell.mark, 1, column);
        grid->setColumnStretch(column, 1);
        ++column;
        m_cells << cell;
    }
}

Status PipelineStrip::statusOf(StageId stage) const
{
    for (const Cell &cell : m_cells)
        if (cell.stage == stage)
            return cell.status;
    return Status::Pending;
}

void PipelineStrip::showRun(const RunController &controller)
{
    m_broken.reset();
    QStringList spoken;
    for (Cell &cell : m_cells) {
        cell.status = controller.stageStatus(cell.stage);
        const std::optional<StageResult> result = controller.stageResult(cell.stage);
        cell.icon->setIcon(statusIcon(cell.status));
        QString time;
        if (result && result->status != StageStatus::Skipped)
            time = tr("%1 ms").arg(result->durationMs);
        else
            time = statusText(cell.status);
        cell.time->setText(time);
        QPalette palette = cell.time->palette();
        palette.setColor(QPalette::WindowText, statusTextColor(cell.status, palette));
        cell.time->setPalette(palette);
        if (!m_broken && result && result->status == StageStatus::Failed)
            m_broken = cell.stage;
        cell.mark->clear();
        const QString summary = result ? result->summary : QString();
        cell.box->setToolTip(summary);
        cell.box->setAccessibleName(
            tr("%1: %2").arg(stepShortTitle(cell.stage), statusText(cell.status)));
        cell.box->setAccessibleDescription(summary);
        spoken << cell.box->accessibleName();
    }
    for (Cell &cell : m_cells) {
        if (m_broken == cell.stage) {
            cell.mark->setText(tr("▲ broke here"));
            QPalette palette = cell.mark->palette();
            palette.setColor(QPalette::WindowText, statusTextColor(Status::Problem, palette));
            cell.mark->setPalette(palette);
            QFont font = cell.mark->font();
            font.setBold(true);
            cell.mark->setFont(font);
            spoken << tr("The connection broke at %1.").arg(stepShortTitle(cell.stage));
        }
    }
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
}

} // namespace rdpdiag::ui
