// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The wizard's view-model of one diagnosis: it starts the engine's DiagnosticSession (a
 * worker thread; progress arrives as queued signals), keeps the latest — partial or final —
 * Report, and tells the pages which stage runs now. It also holds a saved run opened from a
 * findings bundle (read-only viewing). It decides nothing about the connection: every
 * status it hands out is the engine's.
 */

#include "model/Report.h"
#include "runner/Runner.h"
#include "widgets/StatusIcons.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace rdpdiag {
class DiagnosticSession;
}

namespace rdpdiag::ui {

/** Where a saved run (a findings bundle) comes from, for the viewer banner. */
struct SavedRun
{
    QString filePath; ///< the bundle file
    QString madeOn;   ///< the computer (and user) that made the run, when the bundle says
    bool redacted = false;
};

class RunController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,      ///< nothing has run yet
        Running,   ///< the engine works; report() is partial
        Finished,  ///< report() is complete
        Cancelled, ///< the user stopped the run; report() is complete with cancelled=true
        Viewing,   ///< a saved run from a findings bundle (read-only)
    };
    Q_ENUM(State)

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    /**
     * Starts a diagnosis of @p request. A run still going is cancelled first; it winds down
     * on its own thread and its late signals are ignored, so this never waits.
     */
    void start(const RunRequest &request);
    /** Shows @p report (from a bundle) instead of a run of our own. */
    void showSaved(const Report &report, const SavedRun &saved);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isViewing() const { return m_state == State::Viewing; }
    /** True once there is something to show (a run started or a saved run opened). */
    bool hasReport() const { return m_state != State::Idle; }
    const Report &report() const { return m_report; }
    const RunRequest &request() const { return m_request; }
    const SavedRun &savedRun() const { return m_saved; }

    /** How @p stage looks now: waiting, running, or the engine's status once it ended. */
    Status stageStatus(StageId stage) const;
    /** The engine's result for @p stage once it ended (nullopt while waiting or running). */
    std::optional<StageResult> stageResult(StageId stage) const;
    /** The stage the engine works on now (nullopt when none). */
    std::optional<StageId> runningStage() const { return m_running; }
    /** Stages ended so far (all of them once the run is over). */
    int finishedStageCount() const;
    /** Milliseconds since the run started (while running), else the report's duration. */
    qint64 elapsedMs() const;

public slots:
    /** Stops the running diagnosis at once (finished() follows with a cancelled report). */
    void cancel();

signals:
    /** Anything shown changed: state, the partial report, the running stage. */
    void changed();
    /** A run of our own started. */
    void started();
    /** The run ended (finished or cancelled) or a saved run was opened. */
    void finished();

private:
    void onStageStarted(StageId stage);
    void onStageFinished(StageId stage, const Report &partial);
    void onFinished(const Report &report);
    void dropSession();

    State m_state = State::Idle;
    DiagnosticSession *m_session = nullptr;
    RunRequest m_request;
    Report m_report;
    SavedRun m_saved;
    QSet<StageId> m_finished;
    std::optional<StageId> m_running;
    QElapsedTimer m_clock;
};

/** The stage-status word shown for a StageStatus of the engine. */
Status statusForStage(StageStatus status);

} // namespace rdpdiag::ui
