// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The checks of one wizard page (one finding category of docs/findings.md) as a two-level tree:
 * the pipeline stages whose findings belong to the category (from the engine's catalogue)
 * at the top, each with its live status, and under each stage the findings of the
 * category it produced. Fed by a RunController; updates rows in place as partial reports
 * arrive, so a view keeps its selection and expansion.
 */

#include "model/Finding.h"
#include "models/RunController.h"

#include <QAbstractItemModel>
#include <QList>

namespace rdpdiag::ui {

class ChecksModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< ui::Status as int
        KindRole,                      ///< Kind as int
        StageRole,                     ///< rdpdiag::StageId as int
        FindingCodeRole,               ///< finding code (finding rows)
        SeverityRole,                  ///< rdpdiag::Severity as int (finding rows)
    };
    enum class Kind { Stage, Finding };

    ChecksModel(Category category, const RunController *controller, QObject *parent = nullptr);

    Category category() const { return m_category; }
    /** The stages shown (pipeline order). */
    const QList<StageId> &stages() const { return m_stages; }
    /** The finding at @p index (nullptr for a stage row or an invalid index). */
    const Finding *findingAt(const QModelIndex &index) const;
    /** The index of the finding @p code, or an invalid index. */
    QModelIndex indexOfFinding(const QString &code) const;
    /** The index of the row of @p stage, or an invalid index. */
    QModelIndex indexOfStage(StageId stage) const;
    /** Number of findings shown (all stages). */
    int findingCount() const;

    /** Re-reads the controller (called on RunController::changed). */
    void refresh();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The stages whose catalogue findings belong to @p category, in pipeline order; the
     * server self-check stage only @p withServer. */
    static QList<StageId> stagesOf(Category category, bool withServer = false);

private:
    QVariant stageData(int row, int role) const;
    QVariant findingData(int stageRow, int row, int role) const;
    QList<Finding> findingsFor(StageId stage) const;
    QList<StageId> wantedStages() const;

    Category m_category;
    const RunController *m_controller;
    QList<StageId> m_stages;
    QList<QList<Finding>> m_findings; ///< per stage row
};

} // namespace rdpdiag::ui
