// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Fleet mode: one diagnosis per target of a hosts file, many at once. Pure orchestration
 * over runDiagnosis(): a bounded pool of worker threads takes the targets in file order,
 * every run shares one cancel token (Ctrl+C stops them all at once), and the caller gets
 * each report as soon as it is complete. Rendering (JSON Lines, CSV, the closing table)
 * belongs to the front end (app/cli/FleetCommand).
 *
 * The targets come from a hosts file (runner/HostsFile.h).
 */

#include "model/Report.h"
#include "net/CancelToken.h"
#include "runner/HostsFile.h"
#include "runner/Runner.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace rdpdiag {

/** Sockets one run may hold open at once (TCP attempts, the X.224 matrix, the TLS version
 * and weak-cipher probes run side by side). */
inline constexpr int kSocketsPerRun = 8;
/** Descriptors kept back for everything else (stdio, logs, Qt, OpenSSL, the cancel token). */
inline constexpr int kReservedDescriptors = 64;
/** Runs at once when the user names no number and the descriptors allow it. */
inline constexpr int kDefaultFleetConcurrency = 64;
/** Upper bound of --concurrency (threads; each run starts a few more of its own). */
inline constexpr int kMaxFleetConcurrency = 1024;

/** The most runs at once that @p descriptorLimit open files allow (at least 1). */
int concurrencyForDescriptors(qint64 descriptorLimit);

struct FleetOptions
{
    int concurrency = kDefaultFleetConcurrency; ///< runs at once (clamped to 1…targets)
    std::chrono::milliseconds timeout{5000};    ///< budget of each network step of each run
    ReportedError reported;                     ///< the error code the user saw, for every run
    /** Clock for the rules; unset = the real UTC time. */
    std::function<QDateTime()> now;
};

/** Called from the worker threads, concurrently: implementations synchronise themselves. */
class FleetObserver
{
public:
    virtual ~FleetObserver() = default;
    /** The run of targets[@p index] begins. */
    virtual void targetStarted(int index) { Q_UNUSED(index); }
    /** The run of targets[@p index] is complete (report.cancelled when it was interrupted). */
    virtual void targetFinished(int index, const Report &report) = 0;
};

/** How many targets had one finding code. */
struct FleetCodeCount
{
    QString code;
    Severity severity = Severity::Info;
    int targets = 0; ///< targets with at least one finding of this code
};

struct FleetSummary
{
    int targets = 0;      ///< targets given
    int finished = 0;     ///< runs that ended (cancelled ones included)
    int cancelled = 0;    ///< runs interrupted by the cancel token
    int withErrors = 0;   ///< finished runs with an error finding
    int withWarnings = 0; ///< finished runs with a warning but no error finding
    int concurrency = 0;  ///< worker threads used
    qint64 durationMs = 0;
    /** Every code seen, errors first, then by number of targets (descending), then code. */
    QList<FleetCodeCount> codes;

    int notRun() const { return targets - finished; }
};

/**
 * Diagnoses every target, at most options.concurrency at once, and returns the tally.
 * Targets start in order; reports arrive through @p observer in completion order. After
 * @p cancel fires no new run starts and running ones end at once (their reports say
 * cancelled).
 */
FleetSummary runFleet(const QList<FleetTarget> &targets, const FleetOptions &options,
                      const CancelToken &cancel, FleetObserver *observer = nullptr);

} // namespace rdpdiag
