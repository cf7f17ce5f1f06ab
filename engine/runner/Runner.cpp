// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/Runner.h"

#include "diagnosis/FindingRoles.h"
#include "net/ConnectionTimeline.h"
#include "probes/CredsspProbe.h"
#include "probes/NegotiationProbe.h"
#include "probes/NetworkProbes.h"
#include "probes/RdpSecurityProbe.h"
#include "probes/TlsProbe.h"
#include "probes/local/LocalStage.h"
#include "rules/Rules.h"
#include "rules/StageSummaries.h"
#include "runner/ReferenceCode.h"
#include "runner/SideRetries.h"
#include "support/Log.h"

#include <future>
#include <optional>

namespace rdpdiag {

namespace {

/** Times one stage and reports it to the observer. */
class StageScope
{
public:
    StageScope(StageId stage, Report &report, const RunRequest &request, StageDurations &durations,
               RunObserver *observer)
        : m_stage(stage), m_report(report), m_request(request), m_durations(durations),
          m_observer(observer), m_start(std::chrono::steady_clock::now())
    {
        if (m_observer)
            m_observer->stageStarted(stage);
    }
    ~StageScope()
    {
        m_durations.insert(m_stage, elapsedMs(m_start));
        if (m_observer) {
            finishReport(m_report, m_request, m_durations);
            m_observer->stageFinished(m_stage, m_report);
        }
    }
    StageScope(const StageScope &) = delete;
    StageScope &operator=(const StageScope &) = delete;

private:
    StageId m_stage;
    Report &m_report;
    const RunRequest &m_request;
    StageDurations &m_durations;
    RunObserver *m_observer;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace

void finishReport(Report &report, const RunRequest &request, const StageDurations &durations)
{
    RuleContext context;
    context.target = request.target;
    context.now = request.now();
    context.timeoutMs = request.timeout.count();
    report.findings = evaluateAllRules(report.facts, context);
    report.stages = summarizeStages(report.facts, report.findings, durations, context);
    report.diagnosis = diagnose(request.reported, report.findings, report.facts);
    orderFindings(report.findings, report.diagnosis, report.stages);
}

Report runDiagnosis(const RunRequest &request, const CancelToken &cancel, RunObserver *observer)
{
    const auto start = std::chrono::steady_clock::now();
    Report report;
    report.toolVersion = QStringLiteral(RDPDIAG_VERSION);
    report.reference = newReferenceCode();
    report.target = request.target;
    report.started = QDateTime::currentDateTimeUtc();
    report.timeoutMs = request.timeout.count();
    StageDurations durations;
    const Target &target = request.target;
    log::info("run {}: diagnosing {} port {} (timeout {} ms)", report.reference, target.host,
              target.port, request.timeout.count());

    // This computer's side (engine/probes/local): its first half starts once the addresses are
    // known and runs on its own thread while the connection stages wait on the server; the
    // stage itself is reported after them, because its second half uses what they learned.
    LocalStageOptions localOptions;
    localOptions.runner = request.commandRunner;
    std::future<LocalPreparation> localPreparation;
    const auto prepareLocal = [&](const Facts &known) {
        return prepareLocalStage(target, known, request.timeout, cancel, localOptions);
    };

    const auto finish = [&] {
        if (!cancel.isCancelled()) {
            StageScope scope(StageId::Local, report, request, durations, observer);
            LocalPreparation prepared =
                localPreparation.valid() ? localPreparation.get() : prepareLocal(report.facts);
            report.facts.local = finishLocalStage(std::move(prepared), target, report.facts,
                                                  request.timeout, cancel, localOptions);
        }
        if (request.serverCheck && !cancel.isCancelled()) {
            StageScope scope(StageId::Server, report, request, durations, observer);
            report.facts.server = collectServerFacts(*request.serverCheck, &cancel);
        }
        report.cancelled = cancel.isCancelled();
        report.durationMs = elapsedMs(start);
        finishReport(report, request, durations);
        log::info("run finished in {} ms: {} findings, primary {}", report.durationMs,
                  report.findings.size(), report.diagnosis.primary);
        // Where the time went, when the front end keeps the timeline (one run at a time).
        for (const QString &line : timeline::formatTimeline(timeline::takeRecords()))
            log::debug("{}", line);
        return report;
    };

    {
        StageScope scope(StageId::Input, report, request, durations, observer);
    }
    {
        StageScope scope(StageId::Dns, report, request, durations, observer);
        report.facts.dns = runDnsStage(target, request.timeout, cancel);
        report.addresses = report.facts.dns->addresses();
    }
    if (report.addresses.isEmpty() || cancel.isCancelled())
        return finish();
    {
        Facts known; // a copy: the connection stages go on filling report.facts
        known.dns = report.facts.dns;
        localPreparation = std::async(std::launch::async, prepareLocal, std::move(known));
    }

    std::unique_ptr<TcpConnection> connection;
    std::unique_ptr<TlsSession> session;
    SideConnections sides;
    // Every side connection of the run waits for its turn here, whichever stage it belongs
    // to (net/ConnectionPacer.h): the stages overlap, the server's accept queue does not
    // see more at once than with one stage.
    ConnectionPacer pacer(kSideAnswerWait, kSideConnectionWindow);
    // The x224 step's side requests leave their answered connections here for the tls
    // stage's side handshakes and Standard RDP Security's offers (probes/SpareConnections.h).
    SpareConnections spares(negotiationSideRequests());
    // The tls stage starts as soon as the primary request selected TLS, while the x224 step
    // goes on with its other requests and Standard RDP Security's offers; it is waited for
    // (and reported) after them.
    std::optional<TlsStageStart> tlsStarted;
    // The connection stages end here: the primary connection is closed, then what the run's
    // own simultaneous connections broke is tried again alone (runner/SideRetries).
    const auto finishConnections = [&] {
        tlsStarted.reset(); // waits for the handshakes of a stage that was not reported
        spares.setTakers(SpareKind::Tls, 0);
        spares.setTakers(SpareKind::Rdp, 0);
        session.reset();
        connection.reset();
        retrySideConnections(report.facts, std::move(sides), target, request.timeout, cancel);
        return finish();
    };
    {
        StageScope scope(StageId::Tcp, report, request, durations, observer);
        TcpStageResult tcp = runTcpStage(report.addresses, target.port, request.timeout, cancel);
        report.facts.tcp = tcp.facts;
        connection = std::move(tcp.connection);
    }
    if (!connection || cancel.isCancelled())
        return finish();

    const QString address = report.facts.tcp->connectedAddress;
    {
        StageScope scope(StageId::X224, report, request, durations, observer);
        const auto startTls = [&](const NegotiationProbe &primary) {
            if (primary.outcome != NegotiationProbe::Outcome::Selected ||
                !protocolUsesTls(primary.selected.value_or(0)) || !connection ||
                cancel.isCancelled()) {
                spares.setTakers(SpareKind::Tls, 0);
                return;
            }
            NegotiationFacts asked;
            asked.probes << primary;
            tlsStarted.emplace(startTlsStage(connection, target, address, asked, request.timeout,
                                             cancel, pacer, &spares));
        };
        NegotiationStageResult negotiation = runNegotiationMatrix(
            connection, address, target.port, request.timeout, cancel, &pacer, startTls, &spares);
        report.facts.negotiation = negotiation.facts;
        addLatencySamples(*report.facts.tcp, negotiation.sideConnects);
        sides.breaks.negotiation = negotiation.breaks;
        sides.negotiationConnects = negotiation.sideConnects;
        // Standard RDP Security's encryption, when the server selects it when asked for it
        // (the rdp_security stage belongs to this step).
        if (report.facts.negotiation->rdpSupported && !cancel.isCancelled()) {
            RdpSecurityStageResult rdp =
                runRdpSecurityStage(address, target.port, request.timeout, cancel, &pacer, &spares);
            report.facts.rdpSecurity = rdp.facts;
            sides.breaks.rdpOffers = rdp.breaks;
        }
        spares.setTakers(SpareKind::Rdp, 0);
    }
    if (!tlsStarted || cancel.isCancelled())
        return finishConnections();

    {
        StageScope scope(StageId::Tls, report, request, durations, observer);
        TlsStageResult tls = finishTlsStage(std::move(*tlsStarted), target);
        tlsStarted.reset();
        report.facts.tls = tls.tls;
        report.facts.certificate = tls.certificate;
        session = std::move(tls.session);
        sides.breaks.tlsVersions = tls.versionBreaks;
        sides.breaks.weakCipher = tls.weakCipherBreak;
    }
    if (!session || cancel.isCancelled() || !primarySelectedCredssp(*report.facts.negotiation))
        return finishConnections();

    {
        StageScope scope(StageId::Credssp, report, request, durations, observer);
        report.facts.credssp =
            runCredsspStage(session.get(), *report.facts.negotiation, request.timeout, cancel);
    }
    return finishConnections();
}

} // namespace rdpdiag
