// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A run of the diagnosis for event-driven front ends (the wizard): runDiagnosis() on a
 * worker thread, its progress delivered as queued signals on the session's own thread, so
 * nothing blocks the GUI. cancel() ends the run at once (every wait polls the token).
 */

#include "runner/Runner.h"

#include <QObject>

#include <memory>
#include <thread>

Q_DECLARE_METATYPE(rdpdiag::Report)
Q_DECLARE_METATYPE(rdpdiag::StageId)

namespace rdpdiag {

class DiagnosticSession : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosticSession(QObject *parent = nullptr);
    /** Cancels a run still going and waits for its thread (short: cancel ends every wait). */
    ~DiagnosticSession() override;

    /** Starts a run; false when one is still going. */
    bool start(const RunRequest &request);
    bool isRunning() const { return m_running; }
    /** The last complete report (after finished()). */
    const Report &report() const { return m_report; }

public slots:
    /** Asks the running diagnosis to stop; finished() follows with report().cancelled. */
    void cancel();

signals:
    void stageStarted(rdpdiag::StageId stage);
    /** A stage ended; @p partial holds facts, findings and stages known so far. */
    void stageFinished(rdpdiag::StageId stage, const rdpdiag::Report &partial);
    void finished(const rdpdiag::Report &report);

private:
    void joinWorker();

    std::shared_ptr<CancelToken> m_cancel;
    std::thread m_worker;
    bool m_running = false;
    Report m_report;
};

} // namespace rdpdiag
