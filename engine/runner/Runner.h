// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The runner walks the pipeline (dns → tcp → x224 → tls → credssp) for one target,
 * running independent probes concurrently, honouring cancellation, and assembling the
 * Report. Synchronous: the CLI calls it directly, the wizard from a worker thread
 * (DiagnosticSession). Progress goes to an optional observer, called on the runner's
 * thread. The stages are reported in pipeline order, but their connections overlap: the tls
 * stage starts as soon as the primary X.224 request is answered with TLS, and every side
 * connection of the run shares one ConnectionPacer (docs/how-it-works.md).
 */

#include "diagnosis/Diagnosis.h"
#include "input/Target.h"
#include "model/Report.h"
#include "net/CancelToken.h"
#include "probes/server/ServerCheck.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace rdpdiag {

struct RunRequest
{
    Target target;
    std::chrono::milliseconds timeout{5000}; ///< budget of each network step
    ReportedError reported;
    /**
     * Also check this computer as the Remote Desktop server (the wizard's "I am on the
     * server"): the "server" stage runs after the others and its findings join the
     * diagnosis (e.g. 0x904/0x7 with Schannel event 36870 → the certificate's private key).
     */
    std::optional<ServerCheckOptions> serverCheck;
    /**
     * Runs the system tools of the local stage; nullptr = a runner of this run's own. Fleet
     * mode shares one CachingCommandRunner among its runs, so this computer's firewall
     * rules and interfaces are read once, not once per target.
     */
    CommandRunner *commandRunner = nullptr;
    /** Clock for the rules ("now"); the real UTC time unless a test pins it. */
    std::function<QDateTime()> now = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

class RunObserver
{
public:
    virtual ~RunObserver() = default;
    /** A stage begins. */
    virtual void stageStarted(StageId stage) = 0;
    /** A stage ended; @p partial holds everything known so far (findings included). */
    virtual void stageFinished(StageId stage, const Report &partial) = 0;
};

/** Runs the whole diagnosis. Returns a complete report even when cancelled (cancelled=true). */
Report runDiagnosis(const RunRequest &request, const CancelToken &cancel,
                    RunObserver *observer = nullptr);

/** Evaluates rules, stage summaries and the diagnosis for @p report's facts (pure). */
void finishReport(Report &report, const RunRequest &request,
                  const QHash<StageId, qint64> &durations);

} // namespace rdpdiag
