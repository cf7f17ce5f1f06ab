// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/TlsProbe.h"

#include "net/CertificateInspector.h"
#include "net/ConnectionPacer.h"
#include "platform/Sockets.h"
#include "probes/NegotiationProbe.h"
#include "rules/PathMtuRules.h"
#include "support/Log.h"
#include "wire/X224.h"

#include <openssl/x509.h>

#include <future>

namespace rdpdiag {

namespace {

QString serverNameFor(const Target &target)
{
    return target.isIpLiteral ? QString() : target.host;
}

/**
 * Connects, negotiates @p requested and runs a handshake with @p options, all within one
 * deadline of @p timeout. Outcome NotAttempted (with the reason in detail) when the new
 * connection did not get as far as TLS.
 */
TlsSideAttempt attemptOnNewConnection(const QString &address, quint16 port, quint32 requested,
                                      const TlsOptions &options, std::chrono::milliseconds timeout,
                                      const CancelToken &cancel, ConnectionPacer *pacer = nullptr,
                                      int maxSegment = 0)
{
    const auto start = std::chrono::steady_clock::now();
    const Deadline deadline = Deadline::in(timeout);
    TlsSideAttempt side;
    const auto notAttempted = [&](TlsAttempt::Outcome outcome, const QString &detail) {
        side.attempt.outcome = outcome;
        side.attempt.detail = detail;
        side.attempt.durationMs = elapsedMs(start);
        return side;
    };

    // The wait for this connection's turn counts against its own timeout.
    std::optional<ConnectionPacer::Turn> turn =
        pacer ? pacer->waitTurn(cancel) : std::optional<ConnectionPacer::Turn>();
    if (pacer && !turn)
        return notAttempted(TlsAttempt::Outcome::Cancelled, {});
    std::unique_ptr<TcpConnection> connection;
    const IoResult connected =
        TcpConnection::connect(address, port, deadline, cancel, connection, maxSegment);
    side.broke = sideBreakOf(connected.outcome);
    if (!connected.ok())
        return notAttempted(connected.outcome == IoOutcome::Cancelled
                                ? TlsAttempt::Outcome::Cancelled
                                : TlsAttempt::Outcome::NotAttempted,
                            QStringLiteral("connect: %1 %2")
                                .arg(ioOutcomeString(connected.outcome), connected.error));
    const NegotiationProbe negotiation =
        negotiate(*connection, requested, deadline.remaining(), cancel);
    if (turn)
        turn->answered(); // the handshake itself may overlap the next connection
    side.broke = sideBreakOf(IoOutcome::Ok, negotiation.outcome);
    if (negotiation.outcome == NegotiationProbe::Outcome::Cancelled)
        return notAttempted(TlsAttempt::Outcome::Cancelled, {});
    if (negotiation.outcome != NegotiationProbe::Outcome::Selected || !negotiation.selected ||
        !protocolUsesTls(*negotiation.selected))
        return notAttempted(
            TlsAttempt::Outcome::NotAttempted,
            QStringLiteral("negotiation on the new connection: %1 %2")
                .arg(negotiationOutcomeString(negotiation.outcome), negotiation.detail)
                .trimmed());

    QString error;
    auto session = TlsSession::create(std::move(connection), options, &error);
    if (!session)
        return notAttempted(TlsAttempt::Outcome::LocalRefusal, error);
    side.attempt = session->handshake(deadline, cancel);
    side.chainDer = session->peerChainDer();
    side.attempt.durationMs = elapsedMs(start);
    return side;
}

TlsOptions forcedVersionOptions(TlsVersion version, const QString &serverName)
{
    TlsOptions options;
    options.minVersion = version;
    options.maxVersion = version;
    options.allowLegacy = true;
    options.serverName = serverName;
    return options;
}

/** The forced-version handshake for @p versionKey, paced by @p pacer when given. */
TlsSideAttempt versionAttemptPaced(const QString &address, const Target &target, quint32 request,
                                   const QString &versionKey, std::chrono::milliseconds timeout,
                                   const CancelToken &cancel, ConnectionPacer *pacer)
{
    static constexpr TlsVersion kVersions[] = {TlsVersion::Tls10, TlsVersion::Tls11,
                                               TlsVersion::Tls12, TlsVersion::Tls13};
    TlsVersion version = TlsVersion::Default;
    for (const TlsVersion candidate : kVersions)
        if (tlsVersionKey(candidate) == versionKey)
            version = candidate;
    TlsSideAttempt side = attemptOnNewConnection(
        address, target.port, request, forcedVersionOptions(version, serverNameFor(target)),
        timeout, cancel, pacer);
    side.attempt.version = versionKey;
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
 * (d) The path-MTU check after a stalled main handshake: the same request and handshake on
 * a new connection that announces a small MSS, within a timeout of its own (the stall has
 * used up the main handshake's).
 */
PathMtuCheck runPathMtuCheck(const QString &address, quint16 port, quint32 requested,
                             const QString &serverName, std::chrono::milliseconds timeout,
                             const CancelToken &cancel)
{
    PathMtuCheck check;
    if (!platform::canSetMaxSegment()) {
        check.skipped = QStringLiteral("this system does not let a program announce a TCP "
                                       "segment size (TCP_MAXSEG)");
        return check;
    }
    if (cancel.isCancelled()) {
        check.skipped = QStringLiteral("the run was cancelled");
        return check;
    }
    check.maxSegment = smallMaxSegmentFor(address);
    TlsOptions options;
    options.serverName = serverName;
    check.attempt = attemptOnNewConnection(address, port, requested, options, timeout, cancel,
                                           nullptr, check.maxSegment)
                        .attempt;
    return check;
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
    return attemptOnNewConnection(address, target.port, request,
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

TlsStageResult runTlsStage(std::unique_ptr<TcpConnection> &primary, const Target &target,
                           const QString &address, const NegotiationFacts &negotiation,
                           std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    TlsStageResult result;
    const QString serverName = serverNameFor(target);
    const quint16 port = target.port;

    // The trust store loads while the handshakes run (once per process; the certificate
    // inspection below would otherwise wait ~30 ms for it).
    const std::future<X509_STORE *> trustStore = std::async(std::launch::async, systemTrustStore);

    // (b) and (c) start first, on their own connections and threads.
    static constexpr TlsVersion kVersions[] = {TlsVersion::Tls10, TlsVersion::Tls11,
                                               TlsVersion::Tls12, TlsVersion::Tls13};
    ConnectionPacer pacer(kSideConnectionGap); // outlives the attempts that use it
    std::vector<std::future<TlsSideAttempt>> matrix;
    std::optional<std::future<TlsSideAttempt>> weak;
    const std::optional<quint32> request = tlsRequestFor(negotiation);
    const TlsOptions weakOptions = weakCipherOptions(serverName);
    if (request) {
        for (const TlsVersion version : kVersions) {
            matrix.push_back(std::async(std::launch::async, [=, &pacer, &cancel, &target] {
                return versionAttemptPaced(address, target, *request, tlsVersionKey(version),
                                           timeout, cancel, &pacer);
            }));
        }
        result.tls.weakCiphersOffered = TlsSession::offeredCiphers(weakOptions);
        if (!result.tls.weakCiphersOffered.isEmpty()) {
            weak = std::async(std::launch::async, [=, &pacer, &cancel] {
                return attemptOnNewConnection(address, port, *request, weakOptions, timeout, cancel,
                                              &pacer);
            });
        } else {
            log::debug("tls: this OpenSSL offers no weak cipher suite; weak-cipher probe skipped");
        }
    }

    // (a) the main handshake on the primary connection.
    const NegotiationProbe *first =
        negotiation.probes.isEmpty() ? nullptr : &negotiation.probes.first();
    const bool mainUsesTls = first && first->outcome == NegotiationProbe::Outcome::Selected &&
                             first->selected && protocolUsesTls(*first->selected);
    if (mainUsesTls && primary) {
        TlsOptions options;
        options.serverName = serverName;
        QString error;
        auto session = TlsSession::create(std::move(primary), options, &error);
        if (session) {
            result.tls.main = session->handshake(Deadline::in(timeout), cancel);
            if (X509 *leaf = session->peerCertificate()) {
                InspectionOptions inspection;
                inspection.host = target.host;
                result.certificate = inspectCertificate(leaf, session->peerChainDer(), inspection);
            }
            if (session->established())
                result.session = std::move(session);
        } else {
            result.tls.main.outcome = TlsAttempt::Outcome::LocalRefusal;
            result.tls.main.detail = error;
        }
    } else {
        result.tls.main.outcome = TlsAttempt::Outcome::NotAttempted;
        result.tls.main.detail = mainUsesTls ? QStringLiteral("the primary connection is gone")
                                             : QStringLiteral("the primary negotiation did not "
                                                              "select TLS");
    }
    log::debug("tls main: {} {} {} ({} ms, {} bytes) {}", tlsOutcomeString(result.tls.main.outcome),
               result.tls.main.negotiatedVersion, result.tls.main.cipher,
               result.tls.main.durationMs, result.tls.main.bytesReceived, result.tls.main.detail);

    if (mainUsesTls && pathMtuCheckWanted(result.tls.main)) {
        result.tls.pathMtu =
            runPathMtuCheck(address, port, first->requested, serverName, timeout, cancel);
        const PathMtuCheck &check = *result.tls.pathMtu;
        log::debug("tls path MTU (MSS {}): {} {}", check.maxSegment,
                   check.attempt ? tlsOutcomeString(check.attempt->outcome) : check.skipped,
                   check.attempt ? check.attempt->detail : QString());
    }

    QList<TlsSideAttempt> sides;
    for (auto &future : matrix) {
        sides << future.get();
        result.tls.versions << sides.last().attempt;
        result.versionBreaks << sides.last().broke;
        const TlsAttempt &attempt = sides.last().attempt;
        log::debug("tls {}: {} {} ({} ms) {}", attempt.version, tlsOutcomeString(attempt.outcome),
                   attempt.cipher, attempt.durationMs, attempt.detail);
    }
    if (weak) {
        const TlsSideAttempt side = weak->get();
        recordWeakCipherAttempt(result.tls, side.attempt);
        result.weakCipherBreak = side.broke;
    }
    if (!result.certificate)
        inspectFallback(sides, target, result);
    return result;
}

} // namespace rdpdiag
