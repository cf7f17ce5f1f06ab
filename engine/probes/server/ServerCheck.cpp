// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/server/ServerCheck.h"

#include "net/Deadline.h"
#include "platform/Platform.h"
#include "probes/server/WindowsSystem.h"
#include "rules/Rules.h"
#include "rules/StageSummaries.h"
#include "runner/ReferenceCode.h"
#include "support/Log.h"

#include <QHostInfo>

namespace rdpdiag {

ServerFacts collectServerFacts(const ServerCheckOptions &options, const CancelToken *cancel)
{
    const auto start = std::chrono::steady_clock::now();
    ProcessCommandRunner processRunner(cancel);
    CommandRunner &runner = options.runner ? *options.runner : processRunner;
    ServerCheckOptions::Platform platform = options.platform;
    if (platform == ServerCheckOptions::Platform::Auto) {
        platform = currentPlatform() == Platform::Windows ? ServerCheckOptions::Platform::Windows
                                                          : ServerCheckOptions::Platform::LinuxXrdp;
    }
    ServerFacts server;
    if (platform == ServerCheckOptions::Platform::Windows) {
        std::unique_ptr<WindowsSystem> thisSystem;
        if (!options.windowsSystem)
            thisSystem = makeWindowsSystem();
        server = collectWindowsFacts(
            options, options.windowsSystem ? *options.windowsSystem : *thisSystem, runner);
    } else {
        server = collectXrdpFacts(options, runner);
    }
    server.durationMs = elapsedMs(start);
    return server;
}

Report runServerCheck(const ServerCheckOptions &options, const ReportedError &reported,
                      const CancelToken *cancel)
{
    const auto start = std::chrono::steady_clock::now();
    Report report;
    report.toolVersion = QStringLiteral(RDPDIAG_VERSION);
    report.reference = newReferenceCode();
    report.started = QDateTime::currentDateTimeUtc();
    report.timeoutMs = options.commandTimeout.count();

    const ServerFacts server = collectServerFacts(options, cancel);

    Target target;
    target.host = server.hostName.isEmpty() ? QStringLiteral("localhost") : server.hostName;
    target.port = options.expectedPort;
    target.input = QStringLiteral("--server");
    target.source = Target::Source::Argument;
    report.target = target;
    report.facts.server = server;

    RuleContext context;
    context.target = target;
    context.now = options.now();
    context.timeoutMs = report.timeoutMs;
    report.findings = evaluateAllRules(report.facts, context);
    StageDurations durations;
    durations.insert(StageId::Server, server.durationMs);
    report.stages = summarizeStages(report.facts, report.findings, durations, context);
    report.diagnosis = diagnose(reported, report.findings, report.facts);
    report.cancelled = cancel && cancel->isCancelled();
    report.durationMs = elapsedMs(start);
    log::info("server self-check ({}) finished in {} ms: {} findings", server.platform,
              report.durationMs, report.findings.size());
    return report;
}

} // namespace rdpdiag
