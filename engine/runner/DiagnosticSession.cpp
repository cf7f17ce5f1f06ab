// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/DiagnosticSession.h"

#include <QMetaObject>
#include <QPointer>

namespace rdpdiag {

namespace {

/** Forwards the runner's callbacks (worker thread) to the session (its thread), queued. */
class QueuedObserver final : public RunObserver
{
public:
    explicit QueuedObserver(DiagnosticSession *session) : m_session(session) {}

    void stageStarted(StageId stage) override
    {
        QMetaObject::invokeMethod(
            m_session, [session = m_session, stage] { emit session->stageStarted(stage); },
            Qt::QueuedConnection);
    }
    void stageFinished(StageId stage, const Report &partial) override
    {
        QMetaObject::invokeMethod(
            m_session,
            [session = m_session, stage, partial] { emit session->stageFinished(stage, partial); },
            Qt::QueuedConnection);
    }

private:
    DiagnosticSession *m_session;
};

} // namespace

DiagnosticSession::DiagnosticSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Report>();
    qRegisterMetaType<StageId>();
}

DiagnosticSession::~DiagnosticSession()
{
    cancel();
    joinWorker();
}

bool DiagnosticSession::start(const RunRequest &request)
{
    if (m_running)
        return false;
    joinWorker();
    m_running = true;
    m_cancel = std::make_shared<CancelToken>();
    // The worker owns copies of everything it uses; it reaches the session only through
    // queued calls, which Qt drops if the session is gone (the destructor joins first anyway).
    m_worker = std::thread([this, request, cancel = m_cancel] {
        QueuedObserver observer(this);
        Report report = runDiagnosis(request, *cancel, &observer);
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_report = report;
                m_running = false;
                emit finished(report);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void DiagnosticSession::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void DiagnosticSession::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace rdpdiag
