// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The last page: the headline first (the answer in one sentence, who has to act, what to do
 * now: diagnosis/Headline), right under it Copy reference, Copy ticket summary and Export…;
 * then the longer why (the verdict for the reported error code and the main finding's
 * story), the pipeline strip, and every finding in the engine's order with its details.
 * Finish waits for a running diagnosis.
 */

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace rdpdiag::ui {

class FindingView;
class HeadlineView;
class PipelineStrip;
class RunController;
class RunStatusBar;

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(RunController *controller, QWidget *parent = nullptr);

    PipelineStrip *pipeline() const { return m_pipeline; }
    FindingView *details() const { return m_details; }
    QString verdictText() const;
    /** The headline's answer shown now. */
    QString headlineText() const;

    /** False while the diagnosis runs: Finish waits for it. */
    bool isComplete() const override;

    void initializePage() override;
    void cleanupPage() override {}

    /** The text "Copy ticket summary" puts on the clipboard: redacted when "Hide names and
     * addresses" is ticked, as the exported bundle is. */
    QString ticketSummary() const;

public slots:
    void setTechnicalDetails(bool on);
    /** Shows @p text in the action feedback line (e.g. after an export). */
    void showFeedback(const QString &text, bool problem = false);

signals:
    void runAgainRequested();
    /** Export… was pressed; @p redact = hide names and addresses. */
    void exportRequested(bool redact);

private:
    void refresh();
    void showCurrent();

    RunController *m_controller;
    RunStatusBar *m_status;
    HeadlineView *m_headline;
    QPushButton *m_copyReference;
    QLabel *m_verdict;
    QLabel *m_why;
    QLabel *m_reference;
    PipelineStrip *m_pipeline;
    QListWidget *m_findings;
    FindingView *m_details;
    QPushButton *m_copy;
    QPushButton *m_runAgain;
    QPushButton *m_export;
    QCheckBox *m_redact;
    QLabel *m_feedback;
    QString m_selectedCode;
};

} // namespace rdpdiag::ui
