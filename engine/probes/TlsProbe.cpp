// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/TlsProbe.h"

#include "net/CertificateInspector.h"
#include "net/ConnectionPacer.h"
#include "platform/Sockets.h"
#include "probes/NegotiationProbe.h"
#include "probes/PathMtuProbe.h"
#include "rules/PathMtuRules.h"
#include "support/Log.h"
#include "wire/X224.h"

#include <openssl/x509.h>

#include <future>

namespace rdpdiag {

namespace {

const QString kWeakCipherPurpose = QStringLiteral("tls weak ciphers");

/** How long TLS 1.2 and 1.3 wait for the main handshake before making their own (at most a
 * quarter of the step timeout). */
constexpr std::chrono::milliseconds kMainHandshakeWait{1000};

/** How long a side handshake waits for a spare connection from an X.224 side request still
 * out (at most a quarter of its timeout): such a request is answered in milliseconds by a
 * healthy server, and a new connection would wait as long for its own answer. */
constexpr std::chrono::milliseconds kSpareConnectionWait{1000};

QString serverNameFor(const Target &target)
{
    return target.isIpLiteral ? QString() : target.host;
}

/**
 * A connection for a side handshake: a spare one of the x224 step's side requests when
 * @p spares has one (waiting briefly for those still out), else a new one to @p address
 * (after its turn on @p pacer, when given) with the X.224 exchange for @p requested. On
 * failure, @p side holds how it ended and nullptr comes back.
 */
std::unique_ptr<TcpConnection>
connectionForHandshake(const QString &purpose, const QString &address, quint16 port,
                       quint32 requested, const Deadline &deadline, const CancelToken &cancel,
                       ConnectionPacer *pacer, SpareConnections *spares, int maxSegment,
                       TlsSideAttempt &side)
{
    if (spares) {
        const auto wait = std::min(deadline.remaining() / 4, kSpareConnectionWait);
        if (auto spare = spares->take(SpareKind::Tls, wait, cancel)) {
            spare->connection->addPurpose(purpose);
            log::debug("{}: on the open connection of x224 request 0x{:02x}", purpose,
                       spare->requested);
            return std::move(spare->connection);
        }
    }
    const auto failed = [&](TlsAttempt::Outcome outcome, const QString &detail) {
        side.attempt.outcome = outcome;
        side.attempt.detail = detail;
        return nullptr;
    };
    // The wait for this connection's turn counts against its own timeout.
    std::optional<ConnectionPacer::Turn> turn =
        pacer ? pacer->waitTurn(cancel) : std::optional<ConnectionPacer::Turn>();
    if (pacer && !turn)
        return failed(TlsAttempt::Outcome::Cancelled, {});
    std::unique_ptr<TcpConnection> connection;
    const IoResult connected =
        TcpConnection::connect(address, port, deadline, cancel, connection, maxSegment);
    side.broke = sideBreakOf(connected.outcome);
    if (!connected.ok())
        return failed(connected.outcome == IoOutcome::Cancelled ? TlsAttempt::Outcome::Cancelled
                                                                : TlsAttempt::Outcome::NotAttempted,
                      QStringLiteral("connect: %1 %2")
                          .arg(ioOutcomeString(connected.outcome), connected.error));
    const NegotiationProbe negotiation =
        negotiate(*connection, requested, deadline.remaining(), cancel);
    if (turn)
        turn->answered(); // the handshake itself may overlap the next connection
    side.broke = sideBreakOf(IoOutcome::Ok, negotiation.outcome);
    if (negotiation.outcome == NegotiationProbe::Outcome::Cancelled)
        return failed(TlsAttempt::Outcome::Cancelled, {});
    if (negotiation.outcome != NegotiationProbe::Outcome::Selected || !negotiation.selected ||
        !protocolUsesTls(*negotiation.selected))
        return failed(TlsAttempt::Outcome::NotAttempted,
                      QStringLiteral("negotiation on the new connection: %1 %2")
                          .arg(negotiationOutcomeString(negotiation.outcome), negotiation.detail)
                          .trimmed());
    return connection;
}

/**
 * Connects (or takes a spare connection, see connectionForHandshake()), negotiates
 * @p requested and runs a handshake with @p options, all within one deadline of @p timeout.
 * Outcome NotAttempted (with the reason in detail) when the connection did not get as far
 * as TLS.
 */
TlsSideAttempt attemptOnNewConnection(const QString &purpose, const QString &address, quint16 port,
                                      quint32 requested, const TlsOptions &options,
                                      std::chrono::milliseconds timeout, const CancelToken &cancel,
                                      ConnectionPacer *pacer = nullptr,
                                      SpareConnections *spares = nullptr, int maxSegment = 0)
{
    const ConnectionPurpose named(purpose); // for the timeline
    const auto start = std::chrono::steady_clock::now();
    const Deadline deadline = Deadline::in(timeout);
    TlsSideAttempt side;
    std::unique_ptr<TcpConnection> connection = connectionForHandshake(
        purpose, address, port, requested, deadline, cancel, pacer, spares, maxSegment, side);
    if (!connection) {
        side.attempt.durationMs = elapsedMs(start);
        return side;
    }
    QString error;
    auto session = TlsSession::create(std::move(connection), options, &error);
    if (!session) {
        side.attempt.outcome = TlsAttempt::Outcome::LocalRefusal;
        side.attempt.detail = error;
        side.attempt.durationMs = elapsedMs(start);
        return side;
    }
    side.attempt = session->handshake(deadline, cancel);
    side.chainDer = session->peerChainDer();
    side.attempt.durationMs = elapsedMs(start);
    return side;
}

/** Options offering TLS @p lowest … @p highest at security level 0 (the old versions are
 * what is asked about, so our own OpenSSL must not refuse them). */
TlsOptions versionRangeOptions(TlsVersion lowest, TlsVersion highest, const QString &serverName)
{
    TlsOptions options;
    options.minVersion = lowest;
    options.maxVersion = highest;
    options.allowLegacy = true;
    options.serverName = serverName;
    return options;
}

TlsOptions forcedVersionOptions(TlsVersion version, const QString &serverName)
{
    return versionRangeOptions(version, version, serverName);
}

/** "1.0" … "1.3" for OpenSSL's name of a negotiated version ("TLSv1", "TLSv1.2"); empty for
 * any other. */
QString versionKeyOfName(const QString &negotiated)
{
    if (negotiated == QLatin1String("TLSv1"))
        return QStringLiteral("1.0");
    if (negotiated.startsWith(QLatin1String("TLSv1.")))
        return negotiated.mid(4);
    return {};
}

/** What the legacy pair's handshake (TLS 1.0 and 1.1 offered together) is called on the
 * timeline. */
const QString kLegacyPairPurpose = QStringLiteral("tls 1.0/1.1");

/** The forced-version handshake for @p versionKey, paced by @p pacer and on a spare
 * connection of @p spares when given. */
TlsSideAttempt versionAttemptPaced(const QString &address, const Target &target, quint32 request,
                                   const QString &versionKey, std::chrono::milliseconds timeout,
                                   const CancelToken &cancel, ConnectionPacer *pacer,
                                   SpareConnections *spares = nullptr)
{
    static constexpr TlsVersion kVersions[] = {TlsVersion::Tls10, TlsVersion::Tls11,
                                               TlsVersion::Tls12, TlsVersion::Tls13};
    TlsVersion version = TlsVersion::Default;
    for (const TlsVersion candidate : kVersions)
        if (tlsVersionKey(candidate) == versionKey)
            version = candidate;
    TlsSideAttempt side = attemptOnNewConnection(
        QStringLiteral("tls %1").arg(versionKey), address, target.port, request,
        forcedVersionOptions(version, serverNameFor(target)), timeout, cancel, pacer, spares);
    side.attempt.version = versionKey;
    return side;
}

/**
 * The version-matrix entry for @p versionKey ("1.2", "1.3") from the main handshake, when that
 * one was established with exactly this version: the forced handshake would be the same one.
 * Waits for the main handshake at most kMainHandshakeWait (a healthy server has long answered
 * by then; a stalled one must not hold up the forced handshakes for a whole timeout).
 */
std::optional<TlsSideAttempt> takenFromMain(const std::shared_future<TlsAttempt> &main,
                                            const QString &versionKey,
                                            std::chrono::milliseconds timeout)
{
    if (main.wait_for(std::min(timeout / 4, kMainHandshakeWait)) != std::future_status::ready)
        return std::nullopt;
    TlsAttempt attempt;
    try {
        attempt = main.get();
    } catch (const std::future_error &) {
        return std::nullopt; // the main handshake never ran: make the forced one
    }
    if (attempt.outcome != TlsAttempt::Outcome::Established ||
        versionKeyOfName(attempt.negotiatedVersion) != versionKey)
        return std::nullopt;
    TlsSideAttempt side;
    side.attempt = attempt;
    side.attempt.version = versionKey;
    side.attempt.fromMainHandshake = true;
    return side;
}

/**
 * The version-matrix entry for @p versionKey ("1.0", "1.1") from the legacy pair's handshake,
 * which offered both: when the server did not establish it, that answer stands for each
 * version alone (a server picks the highest version it shares with the client, so one that
 * refuses the pair refuses either; one that stalls or cannot be reached does so for either
 * too), and when it established one, the entry for that one. nullopt: the other version of
 * an established pair, which gets a forced handshake of its own.
 */
std::optional<TlsSideAttempt> takenFromLegacyPair(const TlsSideAttempt &pair,
                                                  const QString &versionKey)
{
    if (pair.attempt.outcome == TlsAttempt::Outcome::Established &&
        versionKeyOfName(pair.attempt.negotiatedVersion) != versionKey)
        return std::nullopt;
    TlsSideAttempt side = pair;
    side.attempt.version = versionKey;
    side.attempt.fromSharedHandshake = true;
    return side;
}

/** Fills @p result.certificate from a side attempt's chain, preferring the newest version. */
void inspectFallback(const QList<TlsSideAttempt> &sides, const Target &target,
                     TlsStageResult &result)
{
    for (auto it = sides.crbegin(); it != sides.crend(); ++it) {
        if (it->chainDer.isEmpty())
            continue;
        const QByteArray &leafDer = it->chainDer.first();
        const auto *data = reinterpret_cast<const unsigned char *>(leafDer.constData());
        X509 *leaf = d2i_X509(nullptr, &data, leafDer.size());
        if (!leaf)
            continue;
        InspectionOptions options;
        options.host = target.host;
        result.certificate = inspectCertificate(leaf, it->chainDer, options);
        X509_free(leaf);
        return;
    }
}

/**
 * (d) The path-MTU check: the same request and handshake as the main one on a new
 * connection that announces a small MSS, within a timeout of its own, watching @p cancel
 * (when it runs is probes/PathMtuProbe.h's business).
 */
PathMtuRun runPathMtuCheck(const QString &address, quint16 port, quint32 requested,
                           const QString &serverName, std::chrono::milliseconds timeout,
                           const CancelToken &cancel)
{
    PathMtuRun run;
    PathMtuCheck &check = run.check;
    if (!platform::canSetMaxSegment()) {
        check.skipped = QStringLiteral("this system does not let a program announce a TCP "
                                       "segment size (TCP_MAXSEG)");
        return run;
    }
    if (cancel.isCancelled()) {
        check.skipped = QStringLiteral("the run was cancelled");
        return run;
    }
    check.maxSegment = smallMaxSegmentFor(address);
    TlsOptions options;
    options.serverName = serverName;
    TlsSideAttempt side =
        attemptOnNewConnection(QStringLiteral("tls small MSS"), address, port, requested, options,
                               timeout, cancel, nullptr, nullptr, check.maxSegment);
    check.attempt = side.attempt;
    run.broke = side.broke;
    return run;
}

} // namespace

bool protocolUsesTls(quint32 selectedProtocol)
{
    return (selectedProtocol &
            (wire::ProtocolSsl | wire::ProtocolHybrid | wire::ProtocolHybridEx)) != 0;
}

std::optional<quint32> tlsRequestFor(const NegotiationFacts &negotiation)
{
    for (const auto &probe : negotiation.probes) {
        if (probe.outcome == NegotiationProbe::Outcome::Selected && probe.selected &&
            protocolUsesTls(*probe.selected))
            return probe.requested;
    }
    return std::nullopt;
}

TlsOptions weakCipherOptions(const QString &serverName)
{
    TlsOptions options;
    options.minVersion = TlsVersion::Tls10;
    options.maxVersion = TlsVersion::Tls12;
    options.allowLegacy = true;
    options.cipherList = QByteArray(kWeakCipherList);
    options.serverName = serverName;
    return options;
}

TlsSideAttempt tlsVersionAttempt(const QString &address, const Target &target, quint32 request,
                                 const QString &versionKey, std::chrono::milliseconds timeout,
                                 const CancelToken &cancel)
{
    return versionAttemptPaced(address, target, request, versionKey, timeout, cancel, nullptr);
}

TlsSideAttempt weakCipherAttempt(const QString &address, const Target &target, quint32 request,
                                 std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    return attemptOnNewConnection(kWeakCipherPurpose, address, target.port, request,
                                  weakCipherOptions(serverNameFor(target)), timeout, cancel);
}

void recordWeakCipherAttempt(TlsFacts &tls, const TlsAttempt &attempt)
{
    tls.weakCipherAttempt.reset();
    tls.weakCiphersAccepted.clear();
    tls.weakCipherProbeRan = false;
    if (attempt.outcome != TlsAttempt::Outcome::NotAttempted &&
        attempt.outcome != TlsAttempt::Outcome::Cancelled)
        tls.weakCipherAttempt = attempt;
    switch (attempt.outcome) {
    case TlsAttempt::Outcome::Established:
        tls.weakCiphersAccepted << attempt.cipher;
        tls.weakCipherProbeRan = true;
        break;
    case TlsAttempt::Outcome::Alert:
    case TlsAttempt::Outcome::Reset:
    case TlsAttempt::Outcome::Closed:
    case TlsAttempt::Outcome::Failed:
        tls.weakCipherProbeRan = true;
        break;
    default:
        break; // no answer or not attempted: the probe could not tell
    }
    log::debug("tls weak ciphers: {} {}", tlsOutcomeString(attempt.outcome), attempt.cipher);
}

TlsStageStart startTlsStage(std::unique_ptr<TcpConnection> &primary, const Target &target,
                            const QString &address, const NegotiationFacts &negotiation,
                            std::chrono::milliseconds timeout, const CancelToken &cancel,
                            ConnectionPacer &pacer, SpareConnections *spares)
{
    TlsStageStart started;
    const QString serverName = serverNameFor(target);
    const quint16 port = target.port;

    // The main handshake's attempt, as soon as it is known: TLS 1.2 and 1.3 wait for it, and
    // the one it negotiated is taken from it instead of being made again.
    auto mainPublished = std::make_shared<std::promise<TlsAttempt>>();
    const std::shared_future<TlsAttempt> mainAttempt = mainPublished->get_future().share();

    // (b) and (c), on their own connections and threads, paced with the run's other side
    // connections.
    static constexpr TlsVersion kVersions[] = {TlsVersion::Tls10, TlsVersion::Tls11,
                                               TlsVersion::Tls12, TlsVersion::Tls13};
    const std::optional<quint32> request = tlsRequestFor(negotiation);
    const TlsOptions weakOptions = weakCipherOptions(serverName);
    if (request)
        started.weakCiphersOffered = TlsSession::offeredCiphers(weakOptions);
    const bool weakProbe = !started.weakCiphersOffered.isEmpty();
    // Every side handshake either takes a spare connection or says it won't: the legacy
    // pair, the four versions, the weak-cipher probe.
    if (spares)
        spares->setTakers(SpareKind::Tls, request ? 1 + int(std::size(kVersions)) + weakProbe : 0);
    if (request) {
        // TLS 1.0 and 1.1 are first offered together on one connection (takenFromLegacyPair()):
        // a current server refuses both, and one handshake says so for each.
        const std::shared_future<TlsSideAttempt> legacyPair =
            std::async(std::launch::async, [=, &pacer, &cancel] {
                return attemptOnNewConnection(
                    kLegacyPairPurpose, address, port, *request,
                    versionRangeOptions(TlsVersion::Tls10, TlsVersion::Tls11, serverName), timeout,
                    cancel, &pacer, spares);
            }).share();
        for (const TlsVersion version : kVersions) {
            const bool legacy = version == TlsVersion::Tls10 || version == TlsVersion::Tls11;
            started.versions.push_back(std::async(std::launch::async, [=, &pacer, &cancel] {
                const QString key = tlsVersionKey(version);
                std::chrono::milliseconds budget = timeout;
                std::optional<TlsSideAttempt> same;
                if (legacy) {
                    same = takenFromLegacyPair(legacyPair.get(), key);
                    // The pair and the forced handshake after it share one step timeout.
                    budget = std::max(
                        timeout - std::chrono::milliseconds(legacyPair.get().attempt.durationMs),
                        std::chrono::milliseconds(0));
                } else {
                    same = takenFromMain(mainAttempt, key, timeout);
                }
                if (same) {
                    if (spares)
                        spares->wontTake(SpareKind::Tls);
                    return *same;
                }
                return versionAttemptPaced(address, target, *request, key, budget, cancel, &pacer,
                                           spares);
            }));
        }
    }
    if (weakProbe) {
        started.weak = std::async(std::launch::async, [=, &pacer, &cancel] {
            return attemptOnNewConnection(kWeakCipherPurpose, address, port, *request, weakOptions,
                                          timeout, cancel, &pacer, spares);
        });
    } else if (request) {
        log::debug("tls: this OpenSSL offers no weak cipher suite; weak-cipher probe skipped");
    }

    // (a) the main handshake on the primary connection, then (d) when it stalled.
    const NegotiationProbe *first =
        negotiation.probes.isEmpty() ? nullptr : &negotiation.probes.first();
    const bool mainUsesTls = first && first->outcome == NegotiationProbe::Outcome::Selected &&
                             first->selected && protocolUsesTls(*first->selected);
    if (!mainUsesTls || !primary) {
        mainPublished->set_value(TlsAttempt{});
        std::promise<MainHandshake> skipped;
        MainHandshake main;
        main.attempt.outcome = TlsAttempt::Outcome::NotAttempted;
        main.attempt.detail = mainUsesTls ? QStringLiteral("the primary connection is gone")
                                          : QStringLiteral("the primary negotiation did not "
                                                           "select TLS");
        skipped.set_value(std::move(main));
        started.main = skipped.get_future();
        return started;
    }
    const quint32 requested = first->requested;
    started.main = std::async(std::launch::async, [=, &cancel,
                                                   connection = std::move(primary)]() mutable {
        MainHandshake main;
        TlsOptions options;
        options.serverName = serverName;
        QString error;
        auto session = TlsSession::create(std::move(connection), options, &error);
        if (!session) {
            main.attempt.outcome = TlsAttempt::Outcome::LocalRefusal;
            main.attempt.detail = error;
            mainPublished->set_value(main.attempt);
            return main;
        }
        // (d) starts alongside when this handshake takes long enough to be stalling.
        EarlyPathMtuCheck pathMtu(pathMtuCheckStartsAfter(timeout), [=](const CancelToken &token) {
            return runPathMtuCheck(address, port, requested, serverName, timeout, token);
        });
        main.attempt = session->handshake(Deadline::in(timeout), cancel);
        mainPublished->set_value(main.attempt);
        if (X509 *leaf = session->peerCertificate()) {
            InspectionOptions inspection;
            inspection.host = target.host;
            main.certificate = inspectCertificate(leaf, session->peerChainDer(), inspection);
        }
        const bool stalled = pathMtuCheckWanted(main.attempt);
        if (session->established())
            main.session = std::move(session);
        else
            session.reset(); // a check made again alone finds the main connection closed
        main.pathMtu = pathMtu.finish(stalled, cancel);
        if (main.pathMtu) {
            log::debug("tls path MTU (MSS {}): {} {}", main.pathMtu->maxSegment,
                       main.pathMtu->attempt ? tlsOutcomeString(main.pathMtu->attempt->outcome)
                                             : main.pathMtu->skipped,
                       main.pathMtu->attempt ? main.pathMtu->attempt->detail : QString());
        }
        return main;
    });
    return started;
}

TlsStageResult finishTlsStage(TlsStageStart started, const Target &target)
{
    TlsStageResult result;
    MainHandshake main = started.main.get();
    result.tls.main = main.attempt;
    result.tls.pathMtu = main.pathMtu;
    result.certificate = main.certificate;
    result.session = std::move(main.session);
    log::debug("tls main: {} {} {} ({} ms, {} bytes) {}", tlsOutcomeString(result.tls.main.outcome),
               result.tls.main.negotiatedVersion, result.tls.main.cipher,
               result.tls.main.durationMs, result.tls.main.bytesReceived, result.tls.main.detail);

    result.tls.weakCiphersOffered = started.weakCiphersOffered;
    QList<TlsSideAttempt> sides;
    for (auto &future : started.versions) {
        sides << future.get();
        result.tls.versions << sides.last().attempt;
        result.versionBreaks << sides.last().broke;
        const TlsAttempt &attempt = sides.last().attempt;
        log::debug("tls {}: {} {} ({} ms) {}", attempt.version, tlsOutcomeString(attempt.outcome),
                   attempt.cipher, attempt.durationMs, attempt.detail);
    }
    if (started.weak) {
        const TlsSideAttempt side = started.weak->get();
        recordWeakCipherAttempt(result.tls, side.attempt);
        result.weakCipherBreak = side.broke;
    }
    if (!result.certificate)
        inspectFallback(sides, target, result);
    return result;
}

TlsStageResult runTlsStage(std::unique_ptr<TcpConnection> &primary, const Target &target,
                           const QString &address, const NegotiationFacts &negotiation,
                           std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    ConnectionPacer pacer(kSideAnswerWait, kSideConnectionWindow); // outlives the attempts
    return finishTlsStage(
        startTlsStage(primary, target, address, negotiation, timeout, cancel, pacer), target);
}

} // namespace rdpdiag
