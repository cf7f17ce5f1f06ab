// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ResultsPage.h"

#include "model/Stages.h"
#include "models/ChecksModel.h"
#include "models/RunController.h"
#include "report/JsonReport.h"
#include "widgets/FindingView.h"
#include "widgets/RunStatusBar.h"
#include "widgets/ScrollingPage.h"
#include "widgets/WrappingDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace rdpdiag::ui {

namespace {

QString subTitleFor(Category category)
{
    switch (category) {
    case Category::Network:
        return ResultsPage::tr("Can this computer find the remote computer and reach its "
                               "Remote Desktop port?");
    case Category::Firewall:
        return ResultsPage::tr("Does a firewall on the way, on the server or on this "
                               "computer block the connection?");
    case Category::Security:
        return ResultsPage::tr("Do this computer and the server agree on how to secure the "
                               "connection?");
    case Category::Certificate:
        return ResultsPage::tr("Can the encrypted connection be set up, and is the server's "
                               "certificate in order?");
    case Category::Server:
        return ResultsPage::tr(
            "Is the Remote Desktop service of this computer (the server) in order?");
    }
    return {};
}

} // namespace

QString ResultsPage::titleFor(Category category)
{
    switch (category) {
    case Category::Network:
        return tr("Network");
    case Category::Firewall:
        return tr("Firewall");
    case Category::Security:
        return tr("Security layer");
    case Category::Certificate:
        return tr("Certificate");
    case Category::Server:
        return tr("Server");
    }
    return {};
}

ResultsPage::ResultsPage(Category category, RunController *controller, QWidget *parent)
    : QWizardPage(parent), m_category(category), m_controller(controller),
      m_model(new ChecksModel(category, controller, this))
{
    const QString id = categoryString(category);
    setObjectName(id + QStringLiteral("Page"));
    setTitle(titleFor(category));

    QVBoxLayout *layout = makeScrollingPage(this, subTitleFor(category));
    QWidget *content = layout->parentWidget();
    m_status = new RunStatusBar(controller, content);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(id + QStringLiteral("Splitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *checksLabel = new QLabel(tr("C&hecks:"), left);
    checksLabel->setWordWrap(true);
    leftLayout->addWidget(checksLabel);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(id + QStringLiteral("ChecksTreeView"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(false);
    new WrappingDelegate(m_tree); // long titles wrap instead of being cut off
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setAccessibleName(tr("Checks: %1").arg(titleFor(category)));
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    checksLabel->setBuddy(m_tree);
    leftLayout->addWidget(m_tree, 1);
    m_count = new QLabel(left);
    m_count->setObjectName(id + QStringLiteral("CountLabel"));
    m_count->setWordWrap(true);
    leftLayout->addWidget(m_count);
    m_details = new FindingView(splitter);
    m_details->setObjectName(id + QStringLiteral("FindingView"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 560});
    // Usable however small the window: the page scrolls instead.
    splitter->setMinimumHeight(fontMetrics().height() * 18);
    layout->addWidget(splitter, 1);

    connect(controller, &RunController::changed, this, &ResultsPage::refresh);
    connect(controller, &RunController::started, this, [this] { m_userSelected = false; });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &, const QModelIndex &) { showCurrent(); });
    connect(m_tree, &QTreeView::clicked, this, [this] { m_userSelected = true; });
    connect(m_tree, &QTreeView::activated, this, [this] { m_userSelected = true; });
    refresh();
}

void ResultsPage::initializePage()
{
    refresh();
}

void ResultsPage::setTechnicalDetails(bool on)
{
    m_details->setTechnicalDetails(on);
    showCurrent();
}

void ResultsPage::refresh()
{
    m_model->refresh();
    m_tree->expandAll();
    int problems = 0, warnings = 0, notes = 0;
    for (const Finding &finding : m_controller->report().findings) {
        if (finding.category != m_category)
            continue;
        if (finding.severity == Severity::Error)
            ++problems;
        else if (finding.severity == Severity::Warning)
            ++warnings;
        else
            ++notes;
    }
    if (!m_controller->hasReport())
        m_count->clear();
    else if (problems + warnings + notes == 0)
        m_count->setText(m_controller->isRunning() ? tr("Nothing found on this page so far.")
                                                   : tr("Nothing found on this page."));
    else
        m_count->setText(tr("%1 problem(s), %2 warning(s), %3 note(s) on this page.")
                             .arg(problems)
                             .arg(warnings)
                             .arg(notes));
    if (!m_userSelected)
        selectMostImportant();
    else
        showCurrent();
}

void ResultsPage::selectMostImportant()
{
    // The most severe finding first (the engine orders them), else the first stage that
    // did not pass, else the first stage.
    QModelIndex best;
    for (const Finding &finding : m_controller->report().findings) {
        if (finding.category == m_category) {
            best = m_model->indexOfFinding(finding.code);
            break;
        }
    }
    if (!best.isValid()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex stage = m_model->index(row, 0);
            const auto status = static_cast<Status>(stage.data(ChecksModel::StatusRole).toInt());
            if (status != Status::Passed) {
                best = stage;
                break;
            }
        }
    }
    if (!best.isValid())
        best = m_model->index(0, 0);
    if (m_tree->currentIndex() != best)
        m_tree->setCurrentIndex(best);
    else
        showCurrent();
}

void ResultsPage::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_controller->hasReport()) {
        m_details->showMessage(
            tr("The checks of this page appear here as the diagnosis reaches them."));
        return;
    }
    if (const Finding *finding = m_model->findingAt(current)) {
        m_details->showFinding(*finding);
        return;
    }
    const auto stage = static_cast<StageId>(current.data(ChecksModel::StageRole).toInt());
    QJsonObject facts;
    if (m_details->technicalDetails()) {
        const QJsonObject all =
            reportToJson(m_controller->report()).value(QStringLiteral("facts")).toObject();
        // The facts of every stage of this pipeline step (model/Stages.h), under their keys.
        for (const FactsStage factsStage : stagesOfStep(stage)) {
            const StageInfo &info = stageInfo(factsStage);
            QJsonValue value = all.value(QLatin1String(info.jsonPath[0]));
            if (info.jsonPath[1] != nullptr)
                value = value.toObject().value(QLatin1String(info.jsonPath[1]));
            if (!value.isUndefined())
                facts.insert(stageKey(factsStage), value);
        }
    }
    m_details->showStage(stepTitle(stage), m_controller->stageStatus(stage),
                         m_controller->stageResult(stage), facts);
}

} // namespace rdpdiag::ui
