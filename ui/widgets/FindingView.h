// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The detail pane of a results page: for a finding its explanation and the "Steps for the
 * administrator" grouped by where they run (this computer — only what runs on the user's
 * platform — and the remote computer), each command with a Copy button; for a stage its
 * outcome and timing. The evidence (bytes as hex, protocol values, timings, with translated
 * labels and no empty rows) and the stage's facts show only under Technical details.
 */

#include "model/Finding.h"
#include "model/Report.h"
#include "widgets/StatusIcons.h"

#include <QJsonObject>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace rdpdiag::ui {

class IconLabel;

class FindingView : public QScrollArea
{
    Q_OBJECT

public:
    explicit FindingView(QWidget *parent = nullptr);

    /** Shows @p finding. */
    void showFinding(const Finding &finding);
    /** Shows a pipeline stage: its name, @p status, the engine's @p result (if ended) and,
     * with technical details on, @p facts (the stage's part of the JSON report). */
    void showStage(const QString &name, Status status, const std::optional<StageResult> &result,
                   const QJsonObject &facts);
    /** Shows @p text (e.g. "select a check to see its details"). */
    void showMessage(const QString &text);

    bool technicalDetails() const { return m_technical; }
    /** The title shown now (for tests and accessibility). */
    QString title() const;

public slots:
    void setTechnicalDetails(bool on);

signals:
    /** A command was copied to the clipboard. */
    void copied(const QString &command);

private:
    enum class Shown { Nothing, Finding, Stage, Message };
    void rebuild();
    void clearContent();
    void addHeader(Status status, const QString &title, const QString &subtitle);
    QLabel *addSectionTitle(const QString &text);
    QLabel *addText(const QString &text);
    void addEvidence(const QJsonObject &evidence);
    void addRemedies(const QList<Remedy> &remedies);

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_title = nullptr;
    bool m_technical = false;

    Shown m_shown = Shown::Nothing;
    Finding m_finding;
    QString m_stageName;
    Status m_stageStatus = Status::Pending;
    std::optional<StageResult> m_stageResult;
    QJsonObject m_stageFacts;
    QString m_message;
};

/** @p value as one line of text for the evidence list (hex and strings as they are). */
QString evidenceValueText(const QJsonValue &value);

/** @p text with zero-width spaces where it may wrap (after / \\ ; | , . = : - _ & and inside
 * long runs): for commands and values that have no spaces. */
QString breakableText(const QString &text);

/** @p hex ("0300001302") as space-separated bytes ("03 00 00 13 02"); other text as is. */
QString groupedHex(const QString &hex);

/** The translated "where to run it" heading of @p where. */
QString remedyWhereText(Remedy::Where where);

/** The translated name of a remedy's @p shell ("PowerShell", "Command Prompt", …). */
QString shellName(const QString &shell);

} // namespace rdpdiag::ui
