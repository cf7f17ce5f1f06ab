// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ChecksModel.h"

#include "catalogue/Catalogue.h"
#include "model/Stages.h"

#include <QCoreApplication>

#include <algorithm>

namespace rdpdiag::ui {

namespace {

class ChecksText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::ui::ChecksModel)
};

// Internal ids: 0 marks a stage row; a finding row stores its stage row + 1.
constexpr quintptr kStageRowId = 0;

int stageOrder(StageId stage)
{
    return static_cast<int>(stage);
}

} // namespace

QList<StageId> ChecksModel::stagesOf(Category category, bool withServer)
{
    QList<StageId> stages;
    for (const CatalogueEntry &entry : catalogueEntries())
        if (entry.category == category && !stages.contains(entry.stage) &&
            (withServer || entry.stage != StageId::Server))
            stages << entry.stage;
    std::sort(stages.begin(), stages.end(),
              [](StageId a, StageId b) { return stageOrder(a) < stageOrder(b); });
    return stages;
}

ChecksModel::ChecksModel(Category category, const RunController *controller, QObject *parent)
    : QAbstractItemModel(parent), m_category(category), m_controller(controller),
      m_stages(wantedStages())
{
    m_findings.resize(m_stages.size());
    refresh();
}

QList<StageId> ChecksModel::wantedStages() const
{
    // The server self-check is never part of a run from this computer: its row only
    // appears when the report holds results of it (a bundle made with `rdpdiag --server`).
    const Report &report = m_controller->report();
    bool server = false;
    for (const StageResult &stage : report.stages)
        server = server || (stage.id == StageId::Server && stage.status != StageStatus::Skipped);
    for (const Finding &finding : report.findings)
        server = server || (finding.stage == StageId::Server && finding.category == m_category);
    return stagesOf(m_category, server);
}

QList<Finding> ChecksModel::findingsFor(StageId stage) const
{
    QList<Finding> list;
    for (const Finding &finding : m_controller->report().findings)
        if (finding.category == m_category && finding.stage == stage)
            list << finding;
    return list;
}

void ChecksModel::refresh()
{
    const QList<StageId> wanted = wantedStages();
    if (wanted != m_stages) {
        beginResetModel();
        m_stages = wanted;
        m_findings.clear();
        m_findings.resize(m_stages.size());
        for (int row = 0; row < m_stages.size(); ++row)
            m_findings[row] = findingsFor(m_stages[row]);
        endResetModel();
        return;
    }
    for (int row = 0; row < m_stages.size(); ++row) {
        const QModelIndex stageIndex = index(row, 0);
        const QList<Finding> next = findingsFor(m_stages[row]);
        QList<Finding> &current = m_findings[row];
        QStringList currentCodes, nextCodes;
        for (const Finding &finding : current)
            currentCodes << finding.code;
        for (const Finding &finding : next)
            nextCodes << finding.code;
        if (currentCodes == nextCodes) {
            current = next;
            if (!current.isEmpty())
                emit dataChanged(index(0, 0, stageIndex), index(current.size() - 1, 0, stageIndex));
        } else {
            if (!current.isEmpty()) {
                beginRemoveRows(stageIndex, 0, current.size() - 1);
                current.clear();
                endRemoveRows();
            }
            if (!next.isEmpty()) {
                beginInsertRows(stageIndex, 0, next.size() - 1);
                current = next;
                endInsertRows();
            }
        }
        emit dataChanged(stageIndex, stageIndex);
    }
}

const Finding *ChecksModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kStageRowId)
        return nullptr;
    const int stageRow = static_cast<int>(index.internalId()) - 1;
    if (stageRow < 0 || stageRow >= m_findings.size() || index.row() >= m_findings[stageRow].size())
        return nullptr;
    return &m_findings[stageRow][index.row()];
}

QModelIndex ChecksModel::indexOfFinding(const QString &code) const
{
    for (int stageRow = 0; stageRow < m_findings.size(); ++stageRow)
        for (int row = 0; row < m_findings[stageRow].size(); ++row)
            if (m_findings[stageRow][row].code == code)
                return index(row, 0, index(stageRow, 0));
    return {};
}

QModelIndex ChecksModel::indexOfStage(StageId stage) const
{
    const int row = static_cast<int>(m_stages.indexOf(stage));
    return row < 0 ? QModelIndex() : index(row, 0);
}

int ChecksModel::findingCount() const
{
    int count = 0;
    for (const auto &list : m_findings)
        count += static_cast<int>(list.size());
    return count;
}

QModelIndex ChecksModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_stages.size() ? createIndex(row, 0, kStageRowId) : QModelIndex();
    if (parent.internalId() != kStageRowId || parent.row() >= m_findings.size())
        return {};
    if (row >= m_findings[parent.row()].size())
        return {};
    return createIndex(row, 0, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ChecksModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStageRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, kStageRowId);
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_stages.size());
    if (parent.column() != 0 || parent.internalId() != kStageRowId ||
        parent.row() >= m_findings.size())
        return 0;
    return static_cast<int>(m_findings[parent.row()].size());
}

int ChecksModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kStageRowId)
        return stageData(index.row(), role);
    return findingData(static_cast<int>(index.internalId()) - 1, index.row(), role);
}

QVariant ChecksModel::stageData(int row, int role) const
{
    const StageId stage = m_stages[row];
    const Status status = m_controller->stageStatus(stage);
    const std::optional<StageResult> result = m_controller->stageResult(stage);
    QString detail;
    if (result && !result->summary.isEmpty())
        detail = result->summary;
    QString timing;
    if (result && result->status != StageStatus::Skipped)
        timing = ChecksText::tr("%1 ms").arg(result->durationMs);
    switch (role) {
    case Qt::DisplayRole: {
        QString first = ChecksText::tr("%1: %2").arg(stepTitle(stage), statusText(status));
        if (!timing.isEmpty())
            first += QStringLiteral(" (%1)").arg(timing);
        return detail.isEmpty() ? first : first + QLatin1Char('\n') + detail;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return detail;
    case Qt::AccessibleTextRole:
        return ChecksText::tr("%1: %2").arg(stepTitle(stage), statusText(status));
    case Qt::DecorationRole:
        return statusIcon(status);
    case StatusRole:
        return static_cast<int>(status);
    case KindRole:
        return static_cast<int>(Kind::Stage);
    case StageRole:
        return static_cast<int>(stage);
    default:
        return {};
    }
}

QVariant ChecksModel::findingData(int stageRow, int row, int role) const
{
    if (stageRow < 0 || stageRow >= m_findings.size() || row >= m_findings[stageRow].size())
        return {};
    const Finding &finding = m_findings[stageRow][row];
    const Status status = statusForSeverity(finding.severity);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return finding.title;
    case Qt::AccessibleTextRole:
        return ChecksText::tr("%1: %2").arg(statusText(status), finding.title);
    case Qt::DecorationRole:
        return statusIcon(status);
    case StatusRole:
        return static_cast<int>(status);
    case KindRole:
        return static_cast<int>(Kind::Finding);
    case StageRole:
        return static_cast<int>(finding.stage);
    case FindingCodeRole:
        return finding.code;
    case SeverityRole:
        return static_cast<int>(finding.severity);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(StageRole, QByteArrayLiteral("stage"));
    names.insert(FindingCodeRole, QByteArrayLiteral("code"));
    names.insert(SeverityRole, QByteArrayLiteral("severity"));
    return names;
}

} // namespace rdpdiag::ui
