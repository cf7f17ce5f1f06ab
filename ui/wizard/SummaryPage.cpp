// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SummaryPage.h"

#include "bundle/Environment.h"
#include "bundle/Redaction.h"
#include "catalogue/Catalogue.h"
#include "diagnosis/Headline.h"
#include "models/RunController.h"
#include "report/TicketSummary.h"
#include "widgets/FindingView.h"
#include "widgets/HeadlineView.h"
#include "widgets/PipelineStrip.h"
#include "widgets/RunStatusBar.h"
#include "widgets/ScrollingPage.h"
#include "widgets/WrappingDelegate.h"
#include "wizard/ResultsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rdpdiag::ui {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SummaryPage::SummaryPage(RunController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));

    QVBoxLayout *layout = makeScrollingPage(
        this, tr("What stops the connection, who has to act, and what to do now."));
    QWidget *content = layout->parentWidget();
    m_status = new RunStatusBar(controller, content);
    layout->addWidget(m_status);

    // The headline first: the answer, who acts, what to do now (diagnosis/Headline).
    m_headline = new HeadlineView(content);
    layout->addWidget(m_headline);

    // Right under it, what the user passes on: the reference, the ticket text, the bundle.
    m_copyReference = new QPushButton(tr("Copy &reference"), content);
    m_copyReference->setObjectName(QStringLiteral("copyReferenceButton"));
    m_copyReference->setAccessibleName(tr("Copy reference"));
    m_copyReference->setToolTip(tr("Copy the run's reference code to the clipboard"));
    m_copy = new QPushButton(tr("&Copy ticket summary"), content);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    m_copy->setAccessibleName(tr("Copy ticket summary"));
    m_copy->setToolTip(tr("Copy a short text for a support ticket to the clipboard"));
    m_export = new QPushButton(tr("E&xport…"), content);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export findings bundle"));
    m_export->setToolTip(tr("Save everything support needs in one .zip file"));
    m_redact = new QCheckBox(tr("&Hide names and addresses"), content);
    m_redact->setObjectName(QStringLiteral("redactCheckBox"));
    // On by default: a bundle usually leaves the company as a ticket attachment.
    m_redact->setChecked(true);
    m_redact->setToolTip(tr("Replace computer and user names and addresses in the exported "
                            "bundle and the copied ticket summary with placeholders"));
    m_runAgain = new QPushButton(tr("R&un again"), content);
    m_runAgain->setObjectName(QStringLiteral("runAgainButton"));
    m_runAgain->setAccessibleName(tr("Run again"));
    for (QPushButton *button : {m_copyReference, m_copy, m_export, m_runAgain})
        button->setAutoDefault(false); // Enter stays Next / Finish
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyReference);
    actions->addWidget(m_copy);
    actions->addWidget(m_export);
    actions->addStretch(1);
    layout->addLayout(actions);
    auto *options = new QHBoxLayout;
    options->addWidget(m_redact, 1);
    options->addWidget(m_runAgain);
    layout->addLayout(options);
    m_feedback = textLabel(QStringLiteral("feedbackLabel"), content);
    m_feedback->setVisible(false);
    layout->addWidget(m_feedback);
    m_reference = textLabel(QStringLiteral("referenceLabel"), content);
    layout->addWidget(m_reference);

    // Then the longer why: the verdict for the reported code and the main finding's story.
    m_verdict = textLabel(QStringLiteral("verdictLabel"), content);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    m_why = textLabel(QStringLiteral("whyLabel"), content);
    layout->addWidget(m_why);

    m_pipeline = new PipelineStrip(content);
    layout->addWidget(m_pipeline);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(QStringLiteral("summarySplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&All findings:"), left);
    listLabel->setWordWrap(true);
    leftLayout->addWidget(listLabel);
    m_findings = new QListWidget(left);
    m_findings->setObjectName(QStringLiteral("findingsListWidget"));
    m_findings->setAccessibleName(tr("All findings, what explains the problem first"));
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setResizeMode(QListView::Adjust);
    new WrappingDelegate(m_findings);
    listLabel->setBuddy(m_findings);
    leftLayout->addWidget(m_findings, 1);
    m_details = new FindingView(splitter);
    m_details->setObjectName(QStringLiteral("summaryFindingView"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Usable however small the window: the page scrolls instead.
    splitter->setMinimumHeight(fontMetrics().height() * 16);
    layout->addWidget(splitter, 1);

    setTabOrder(m_copyReference, m_copy);
    setTabOrder(m_copy, m_export);
    setTabOrder(m_export, m_redact);
    setTabOrder(m_redact, m_runAgain);
    setTabOrder(m_runAgain, m_findings);

    connect(controller, &RunController::changed, this, &SummaryPage::refresh);
    connect(controller, &RunController::changed, this, &QWizardPage::completeChanged);
    connect(m_findings, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_selectedCode = m_findings->item(row)->data(kCodeRole).toString();
        showCurrent();
    });
    connect(m_copyReference, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_controller->report().reference);
        showFeedback(tr("The reference %1 is on the clipboard: give it to whoever helps you.")
                         .arg(m_controller->report().reference));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(ticketSummary());
        showFeedback(tr("The ticket summary is on the clipboard: paste it into your support "
                        "request."));
    });
    connect(m_runAgain, &QPushButton::clicked, this, &SummaryPage::runAgainRequested);
    connect(m_export, &QPushButton::clicked, this,
            [this] { emit exportRequested(m_redact->isChecked()); });
    refresh();
}

bool SummaryPage::isComplete() const
{
    // Finish waits for the run (Cancel still closes at once).
    return !m_controller->isRunning();
}

QString SummaryPage::headlineText() const
{
    return m_headline->answer();
}

QString SummaryPage::verdictText() const
{
    return m_verdict->text();
}

QString SummaryPage::ticketSummary() const
{
    // Follows "Hide names and addresses" like Export does; a redacted saved run stays so.
    const bool redact = m_redact->isChecked();
    const Report &report = m_controller->report();
    return renderTicketSummary(redact ? redactReport(report, thisComputerNames()).report : report,
                               redact || m_controller->savedRun().redacted);
}

void SummaryPage::initializePage()
{
    refresh();
}

void SummaryPage::setTechnicalDetails(bool on)
{
    m_details->setTechnicalDetails(on);
}

void SummaryPage::showFeedback(const QString &text, bool problem)
{
    m_feedback->setText(text);
    QPalette palette;
    if (problem) {
        palette = m_feedback->palette();
        palette.setColor(QPalette::WindowText, statusTextColor(Status::Problem, palette));
    }
    m_feedback->setPalette(palette);
    m_feedback->setVisible(!text.isEmpty());
    m_feedback->setAccessibleName(text);
}

void SummaryPage::refresh()
{
    const Report &report = m_controller->report();
    const bool done = m_controller->state() == RunController::State::Finished ||
                      m_controller->state() == RunController::State::Cancelled ||
                      m_controller->isViewing();
    m_pipeline->showRun(*m_controller);

    m_verdict->clear();
    m_why->clear();
    if (!m_controller->hasReport()) {
        m_headline->showMessage(tr("Nothing checked yet."));
    } else if (!done) {
        m_headline->showMessage(tr("The diagnosis is still running…"),
                                tr("The answer appears here when all steps are done. You can "
                                   "look at the other pages meanwhile."));
    } else {
        const Headline headline = headlineFor(report, currentPlatform());
        m_headline->showHeadline(headline);
        // Under the headline only what it does not say yet; the "why" is the catalogue's plain
        // explanation, the technical observation stays under Technical details.
        m_verdict->setText(headline.verdict);
        QStringList why;
        if (const Finding *primary = primaryFixFinding(report))
            why << tr("Why: %1").arg(plainExplanation(*primary));
        if (report.cancelled)
            why << tr("The run was stopped before it ended, so this verdict may be "
                      "incomplete.");
        m_why->setText(why.join(QStringLiteral("\n\n")));
    }
    m_verdict->setVisible(!m_verdict->text().isEmpty());
    m_why->setVisible(!m_why->text().isEmpty());
    if (!report.reference.isEmpty())
        m_reference->setText(tr("Reference: %1 (give it to support)").arg(report.reference));
    else
        m_reference->clear();
    m_reference->setVisible(!m_reference->text().isEmpty());
    m_verdict->setAccessibleName(m_verdict->text());

    // All findings in the engine's order (diagnosis/FindingRoles): what explains the problem
    // first, hardening notes last under "Also noticed".
    const QSignalBlocker blocker(m_findings);
    m_findings->clear();
    int selectRow = -1;
    for (const Finding &finding : report.findings) {
        const Status status = statusForSeverity(finding.severity);
        const QString title = isHardeningNote(finding.code)
                                  ? tr("Also noticed: %1").arg(finding.title)
                                  : finding.title;
        auto *item = new QListWidgetItem(statusIcon(status), title, m_findings);
        item->setData(kCodeRole, finding.code);
        item->setToolTip(tr("%1 — on the page \"%2\"")
                             .arg(statusText(status), ResultsPage::titleFor(finding.category)));
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(statusText(status), finding.title));
        if (finding.code == m_selectedCode)
            selectRow = m_findings->count() - 1;
    }
    if (selectRow < 0 && m_findings->count() > 0) {
        selectRow = 0;
        for (int row = 0; row < m_findings->count(); ++row)
            if (m_findings->item(row)->data(kCodeRole).toString() == report.diagnosis.primary)
                selectRow = row;
    }
    m_findings->setCurrentRow(selectRow);
    showCurrent();

    const bool running = m_controller->isRunning();
    m_copy->setEnabled(done);
    m_copyReference->setEnabled(done && !report.reference.isEmpty());
    m_runAgain->setEnabled(!running && !m_controller->isViewing() && m_controller->hasReport());
    m_export->setEnabled(done && !m_controller->isViewing());
    m_redact->setEnabled(m_export->isEnabled());
}

void SummaryPage::showCurrent()
{
    const Report &report = m_controller->report();
    const int row = m_findings->currentRow();
    if (row < 0) {
        m_details->showMessage(m_controller->isRunning()
                                   ? tr("Findings appear here as the diagnosis finds them.")
                                   : tr("Nothing was found that needs attention."));
        return;
    }
    const QString code = m_findings->item(row)->data(kCodeRole).toString();
    for (const Finding &finding : report.findings) {
        if (finding.code == code) {
            m_details->showFinding(finding);
            return;
        }
    }
}

} // namespace rdpdiag::ui
