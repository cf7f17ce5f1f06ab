// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/Fleet.h"

#include "net/Deadline.h"
#include "probes/local/CommandRunner.h"
#include "support/Log.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace rdpdiag {

int concurrencyForDescriptors(qint64 descriptorLimit)
{
    const qint64 available = (descriptorLimit - kReservedDescriptors) / kSocketsPerRun;
    return static_cast<int>(std::clamp<qint64>(available, 1, kMaxFleetConcurrency));
}

FleetSummary runFleet(const QList<FleetTarget> &targets, const FleetOptions &options,
                      const CancelToken &cancel, FleetObserver *observer)
{
    const auto start = std::chrono::steady_clock::now();
    FleetSummary summary;
    summary.targets = static_cast<int>(targets.size());
    if (targets.isEmpty())
        return summary;

    std::mutex mutex;
    QHash<QString, FleetCodeCount> codes;
    std::atomic<int> next{0};

    const auto tally = [&](const Report &report) {
        bool error = false;
        bool warning = false;
        QHash<QString, Severity> seen;
        for (const Finding &finding : report.findings) {
            error = error || finding.severity == Severity::Error;
            warning = warning || finding.severity == Severity::Warning;
            seen.insert(finding.code, finding.severity);
        }
        const std::lock_guard lock(mutex);
        ++summary.finished;
        if (report.cancelled)
            ++summary.cancelled;
        if (error)
            ++summary.withErrors;
        else if (warning)
            ++summary.withWarnings;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            FleetCodeCount &count = codes[it.key()];
            count.code = it.key();
            count.severity = it.value();
            ++count.targets;
        }
    };

    // One set of answers from the system tools for the whole fleet (see RunRequest).
    ProcessCommandRunner processes(&cancel);
    CachingCommandRunner systemTools(processes);

    const auto work = [&] {
        for (;;) {
            if (cancel.isCancelled())
                return;
            const int index = next.fetch_add(1, std::memory_order_relaxed);
            if (index >= targets.size())
                return;
            RunRequest request;
            request.target = targets.at(index).target;
            request.timeout = options.timeout;
            request.reported = options.reported;
            request.commandRunner = &systemTools;
            if (options.now)
                request.now = options.now;
            if (observer)
                observer->targetStarted(index);
            const Report report = runDiagnosis(request, cancel);
            tally(report);
            if (observer)
                observer->targetFinished(index, report);
        }
    };

    const int wanted = std::clamp(options.concurrency, 1, static_cast<int>(targets.size()));
    std::vector<std::thread> workers;
    workers.reserve(static_cast<size_t>(wanted));
    for (int i = 0; i < wanted; ++i) {
        try {
            workers.emplace_back(work);
        } catch (const std::system_error &error) {
            // Out of threads: go on with the workers that did start.
            log::warn("fleet: started {} of {} workers: {}", i, wanted, error.what());
            break;
        }
    }
    summary.concurrency = static_cast<int>(workers.size());
    if (workers.empty()) {
        summary.concurrency = 1;
        work();
    }
    for (std::thread &worker : workers)
        worker.join();

    summary.codes = codes.values();
    std::sort(summary.codes.begin(), summary.codes.end(),
              [](const FleetCodeCount &a, const FleetCodeCount &b) {
                  if (a.severity != b.severity)
                      return a.severity > b.severity; // Error > Warning > Info
                  if (a.targets != b.targets)
                      return a.targets > b.targets;
                  return a.code < b.code;
              });
    summary.durationMs = elapsedMs(start);
    log::info("fleet: {} targets, {} finished, {} with errors, in {} ms with {} workers; "
              "{} system-tool answers shared",
              summary.targets, summary.finished, summary.withErrors, summary.durationMs,
              summary.concurrency, systemTools.hits());
    return summary;
}

} // namespace rdpdiag
