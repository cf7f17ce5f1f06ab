// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The connection pipeline drawn as a strip: dns → tcp → x224 → tls → credssp, each step
 * with its status icon, name and time, and a mark under the step where the connection
 * broke (the first stage the engine reports as failed).
 */

#include "model/Enums.h"
#include "widgets/StatusIcons.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;

namespace rdpdiag::ui {

class IconLabel;
class RunController;

class PipelineStrip : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineStrip(QWidget *parent = nullptr);

    /** Shows @p controller's current state. */
    void showRun(const RunController &controller);

    /** The stage marked as where the connection broke (nullopt: none). */
    std::optional<StageId> brokenStage() const { return m_broken; }
    /** The status shown for @p stage. */
    Status statusOf(StageId stage) const;

    /** The stages drawn, in order (dns … credssp). */
    static QList<StageId> shownStages();

private:
    struct Cell
    {
        StageId stage;
        QWidget *box = nullptr;
        IconLabel *icon = nullptr;
        QLabel *name = nullptr;
        QLabel *time = nullptr;
        QLabel *mark = nullptr;
        Status status = Status::Pending;
    };
    QList<Cell> m_cells;
    std::optional<StageId> m_broken;
};

} // namespace rdpdiag::ui
