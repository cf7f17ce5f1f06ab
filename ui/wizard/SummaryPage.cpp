// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SummaryPage.h"

#include "bundle/Environment.h"
#include "bundle/Redaction.h"
#include "models/RunController.h"
#include "report/TicketSummary.h"
#include "widgets/FindingView.h"
#include "widgets/PipelineStrip.h"
#include "widgets/RunStatusBar.h"
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
constexpr int kLongVerdict = 160;

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
    setSubTitle(tr("What stops the connection, and what to do about it."));

    auto *layout = new QVBoxLayout(this);
    m_status = new RunStatusBar(controller, this);
    layout->addWidget(m_status);

    auto *verdictBox = new QFrame(this);
    verdictBox->setObjectName(QStringLiteral("verdictFrame"));
    verdictBox->setFrameShape(QFrame::StyledPanel);
    auto *verdictLayout = new QVBoxLayout(verdictBox);
    m_verdict = textLabel(QStringLiteral("verdictLabel"), verdictBox);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_verdict->setFont(big);
    verdictLayout->addWidget(m_verdict);
    m_why = textLabel(QStringLiteral("whyLabel"), verdictBox);
    verdictLayout->addWidget(m_why);
    m_reference = textLabel(QStringLiteral("referenceLabel"), verdictBox);
    verdictLayout->addWidget(m_reference);
    layout->addWidget(verdictBox);

    m_pipeline = new PipelineStrip(this);
    layout->addWidget(m_pipeline);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("summarySplitter"));
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&All findings:"), left);
    leftLayout->addWidget(listLabel);
    m_findings = new QListWidget(left);
    m_findings->setObjectName(QStringLiteral("findingsListWidget"));
    m_findings->setAccessibleName(tr("All findings, most severe first"));
    m_findings->setWordWrap(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setResizeMode(QListView::Adjust);
    listLabel->setBuddy(m_findings);
    leftLayout->addWidget(m_findings, 1);
    m_details = new FindingView(splitter);
    m_details->setObjectName(QStringLiteral("summaryFindingView"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 620});
    layout->addWidget(splitter, 1);

    auto *actions = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy ticket summary"), this);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    m_copy->setAccessibleName(tr("Copy ticket summary"));
    m_copy->setToolTip(tr("Copy a short text for a support ticket to the clipboard"));
    m_runAgain = new QPushButton(tr("&Run again"), this);
    m_runAgain->setObjectName(QStringLiteral("runAgainButton"));
    m_runAgain->setAccessibleName(tr("Run again"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export findings bundle"));
    m_export->setToolTip(tr("Save everything support needs in one .zip file"));
    m_redact = new QCheckBox(tr("&Hide names and addresses"), this);
    m_redact->setObjectName(QStringLiteral("redactCheckBox"));
    // On by default: a bundle usually leaves the company as a ticket attachment.
    m_redact->setChecked(true);
    m_redact->setToolTip(tr("Replace computer and user names and addresses in the exported "
                            "bundle and the copied ticket summary with placeholders"));
    actions->addWidget(m_copy);
    actions->addWidget(m_runAgain);
    actions->addStretch(1);
    actions->addWidget(m_redact);
    actions->addWidget(m_export);
    layout->addLayout(actions);
    m_feedback = textLabel(QStringLiteral("feedbackLabel"), this);
    m_feedback->setVisible(false);
    layout->addWidget(m_feedback);

    setTabOrder(m_findings, m_copy);
    setTabOrder(m_copy, m_runAgain);
    setTabOrder(m_runAgain, m_redact);
    setTabOrder(m_redact, m_export);

    connect(controller, &RunController::changed, this, &SummaryPage::refresh);
    connect(m_findings, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_selectedCode = m_findings->item(row)->data(kCodeRole).toString();
        showCurrent();
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

    if (!m_controller->hasReport()) {
        m_verdict->setText(tr("Nothing checked yet."));
        m_why->clear();
    } else if (!done) {
        m_verdict->setText(tr("The diagnosis is still running…"));
        m_why->setText(tr("The verdict appears here when all steps are done. You can look at "
                          "the other pages meanwhile."));
    } else {
        m_verdict->setText(report.diagnosis.summary);
        // A long verdict in the large font would push everything else off the page.
        QFont font = m_verdict->font();
        font.setPointSizeF(QWidget::font().pointSizeF() *
                           (report.diagnosis.summary.size() > kLongVerdict ? 1.0 : 1.2));
        m_verdict->setFont(font);
        QStringList why;
        const Finding *primary = nullptr;
        for (const Finding &finding : report.findings)
            if (finding.code == report.diagnosis.primary)
                primary = &finding;
        if (primary)
            why << tr("Why: %1").arg(primary->detail);
        if (report.cancelled)
            why << tr("The run was stopped before it ended, so this verdict may be "
                      "incomplete.");
        // The engine's verdict may already name what was not checked; list it only once.
        const bool listed = !report.diagnosis.unchecked.isEmpty() &&
                            report.diagnosis.summary.contains(report.diagnosis.unchecked.first());
        if (!report.diagnosis.unchecked.isEmpty() && !listed) {
            QStringList lines;
            for (const QString &item : report.diagnosis.unchecked)
                lines << QStringLiteral("• ") + item;
            why << tr("Not checked by this run (look there next):") + QLatin1Char('\n') +
                       lines.join(QLatin1Char('\n'));
        }
        m_why->setText(why.join(QStringLiteral("\n\n")));
    }
    m_why->setVisible(!m_why->text().isEmpty());
    if (!report.reference.isEmpty())
        m_reference->setText(tr("Reference: %1 (give it to support)").arg(report.reference));
    else
        m_reference->clear();
    m_reference->setVisible(!m_reference->text().isEmpty());
    m_verdict->setAccessibleName(m_verdict->text());

    // All findings, most severe first (the engine's order).
    const QSignalBlocker blocker(m_findings);
    m_findings->clear();
    int selectRow = -1;
    for (const Finding &finding : report.findings) {
        const Status status = statusForSeverity(finding.severity);
        auto *item = new QListWidgetItem(statusIcon(status), finding.title, m_findings);
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
