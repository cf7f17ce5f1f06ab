// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RunController.h"

#include "runner/DiagnosticSession.h"

namespace rdpdiag::ui {

Status statusForStage(StageStatus status)
{
    switch (status) {
    case StageStatus::Passed:
        return Status::Passed;
    case StageStatus::Warning:
        return Status::Warning;
    case StageStatus::Failed:
        return Status::Problem;
    case StageStatus::Skipped:
        return Status::Skipped;
    }
    return Status::Skipped;
}

RunController::RunController(QObject *parent) : QObject(parent) {}

RunController::~RunController()
{
    // The session's destructor cancels and joins; cancellation ends every wait at once.
    dropSession();
}

void RunController::dropSession()
{
    if (!m_session)
        return;
    DiagnosticSession *old = m_session;
    m_session = nullptr;
    disconnect(old, nullptr, this, nullptr);
    old->cancel();
    if (old->isRunning()) {
        // Let the old run wind down on its own thread; delete the session once it is done
        // rather than joining here, which would block the GUI thread.
        connect(old, &DiagnosticSession::finished, old, &QObject::deleteLater);
    } else {
        delete old;
    }
}

void RunController::start(const RunRequest &request)
{
    dropSession();
    m_request = request;
    m_report = Report{};
    m_report.target = request.target;
    m_report.timeoutMs = request.timeout.count();
    m_saved = SavedRun{};
    m_finished.clear();
    m_running.reset();
    m_state = State::Running;
    m_clock.start();

    m_session = new DiagnosticSession(this);
    connect(m_session, &DiagnosticSession::stageStarted, this, &RunController::onStageStarted);
    connect(m_session, &DiagnosticSession::stageFinished, this, &RunController::onStageFinished);
    connect(m_session, &DiagnosticSession::finished, this, &RunController::onFinished);
    m_session->start(request);
    emit started();
    emit changed();
}

void RunController::showSaved(const Report &report, const SavedRun &saved)
{
    dropSession();
    m_request = RunRequest{};
    m_request.target = report.target;
    m_report = report;
    m_saved = saved;
    m_finished.clear();
    for (const StageResult &stage : report.stages)
        m_finished.insert(stage.id);
    m_running.reset();
    m_state = State::Viewing;
    emit changed();
    emit finished();
}

void RunController::cancel()
{
    if (m_session && m_state == State::Running)
        m_session->cancel();
}

void RunController::onStageStarted(StageId stage)
{
    m_running = stage;
    emit changed();
}

void RunController::onStageFinished(StageId stage, const Report &partial)
{
    m_finished.insert(stage);
    if (m_running == stage)
        m_running.reset();
    m_report = partial;
    emit changed();
}

void RunController::onFinished(const Report &report)
{
    m_report = report;
    for (const StageResult &result : report.stages)
        m_finished.insert(result.id);
    m_running.reset();
    m_state = report.cancelled ? State::Cancelled : State::Finished;
    emit changed();
    emit finished();
}

std::optional<StageResult> RunController::stageResult(StageId stage) const
{
    if (!m_finished.contains(stage))
        return std::nullopt;
    for (const StageResult &result : m_report.stages)
        if (result.id == stage)
            return result;
    return std::nullopt;
}

Status RunController::stageStatus(StageId stage) const
{
    if (m_running == stage && m_state == State::Running)
        return Status::Running;
    const std::optional<StageResult> result = stageResult(stage);
    if (!result)
        return m_state == State::Running ? Status::Pending : Status::Skipped;
    if (result->status == StageStatus::Skipped && m_report.cancelled)
        return Status::Cancelled;
    return statusForStage(result->status);
}

int RunController::finishedStageCount() const
{
    return static_cast<int>(m_finished.size());
}

qint64 RunController::elapsedMs() const
{
    if (m_state == State::Running && m_clock.isValid())
        return m_clock.elapsed();
    return m_report.durationMs;
}

} // namespace rdpdiag::ui
