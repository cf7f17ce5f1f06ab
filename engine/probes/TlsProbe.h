// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The tls stage:
 *  (a) the main handshake over the primary connection that the x224 stage left open
 *      (when the server selected TLS or CredSSP there), with the library's default
 *      security settings, as a current client would do it; then the inspection of the
 *      certificate the server presented;
 *  (b) the version matrix: TLS 1.0, 1.1, 1.2 and 1.3 each forced on a new connection
 *      (X.224 exchange first, asking for a protocol the server selected TLS for) or on one
 *      an X.224 side request left open with TLS selected (probes/SpareConnections.h), at
 *      security level 0 so that our own OpenSSL does not refuse the old versions;
 *  (c) the weak-cipher probe: one more connection offering only RC4 / 3DES / NULL /
 *      EXPORT suites (those this OpenSSL build still has) with TLS ≤ 1.2.
 *  (d) the path-MTU check, counted only when the main handshake stalled
 *      (rules/PathMtuRules.h): the main handshake again on a new connection that announces
 *      a small MSS (536 IPv4, 1220 IPv6), so that the server sends only small packets. It
 *      starts alongside (a) once (a) has gone a third of the step timeout (at most 1 s)
 *      without completing, and is cancelled when (a) ends without a stall
 *      (probes/PathMtuProbe.h).
 * (b) and (c) run concurrently with (a), each bounded by one step timeout end to end
 * (connect, negotiation and handshake together). TLS 1.2 and 1.3 first wait for (a), at most
 * a second (a quarter of the timeout when that is shorter): the version (a) negotiated is
 * taken from it (marked fromMainHandshake) instead of being made again on a connection of
 * its own — one connection fewer, which on a server that spends 15–45 ms of CPU per
 * connection is what a run costs it most. TLS 1.0 and 1.1 are first offered together in one
 * handshake (the legacy pair): when the server does not establish it, that answer stands for
 * both (marked fromSharedHandshake); when it negotiates one of them, that entry comes from
 * it and the other version gets its forced handshake in what is left of the same timeout.
 * Without (d) the stage takes about 1.25 timeouts at worst. (d) has a budget of its own, one
 * step timeout end to end from its start: a stalled handshake makes the stage take up to a
 * timeout and a third (a timeout and a second at most), and two timeouts only when the
 * small-MSS connection broke alongside the main one and is made again alone.
 * Every step watches the cancel token.
 */

#include "input/Target.h"
#include "model/Facts.h"
#include "model/SideRetry.h"
#include "net/CancelToken.h"
#include "net/ConnectionPacer.h"
#include "net/TcpConnection.h"
#include "net/TlsSession.h"
#include "probes/SpareConnections.h"

#include <QStringList>
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace rdpdiag {

/** The weak-cipher probe's OpenSSL cipher list (entries the library lacks are ignored). */
inline constexpr char kWeakCipherList[] = "RC4:3DES:DES:EXPORT:eNULL";

/** What the stage learned, and the live session for the credssp stage. */
struct TlsStageResult
{
    TlsFacts tls;
    std::optional<CertificateFacts> certificate;
    /** The main session when its handshake completed (nullptr otherwise). It owns the
     * primary connection from here on. */
    std::unique_ptr<TlsSession> session;
    /** How the side connections ended: parallel to tls.versions, and the weak-cipher probe's. */
    QList<SideBreak> versionBreaks;
    SideBreak weakCipherBreak = SideBreak::None;
};

/** A handshake on a connection of its own, and how that connection ended. */
struct TlsSideAttempt
{
    TlsAttempt attempt;
    QList<QByteArray> chainDer; ///< the certificates it saw
    SideBreak broke = SideBreak::None;
};

/** True when @p selectedProtocol runs TLS on the connection (SSL, HYBRID, HYBRID_EX). */
bool protocolUsesTls(quint32 selectedProtocol);

/** The requestedProtocols value of the first probe that had TLS selected, if any (what
 * the version matrix asks for on its new connections). */
std::optional<quint32> tlsRequestFor(const NegotiationFacts &negotiation);

/** The options of the weak-cipher probe (TLS 1.0–1.2, level 0, kWeakCipherList). */
TlsOptions weakCipherOptions(const QString &serverName);

/** The handshake forcing TLS @p versionKey ("1.0" … "1.3") on a new connection to
 * @p address (X.224 request @p request first), bounded by @p timeout end to end. */
TlsSideAttempt tlsVersionAttempt(const QString &address, const Target &target, quint32 request,
                                 const QString &versionKey, std::chrono::milliseconds timeout,
                                 const CancelToken &cancel);

/** The weak-cipher probe on a new connection, like tlsVersionAttempt(). */
TlsSideAttempt weakCipherAttempt(const QString &address, const Target &target, quint32 request,
                                 std::chrono::milliseconds timeout, const CancelToken &cancel);

/** Records what the weak-cipher probe's handshake says in @p tls (replacing what an earlier
 * one said). */
void recordWeakCipherAttempt(TlsFacts &tls, const TlsAttempt &attempt);

/** (a) and (d): the main handshake and what it showed. */
struct MainHandshake
{
    TlsAttempt attempt;
    std::optional<CertificateFacts> certificate;
    std::unique_ptr<TlsSession> session; ///< when the handshake completed
    std::optional<PathMtuCheck> pathMtu;
};

/** The tls stage while it runs: every handshake on a thread of its own. */
struct TlsStageStart
{
    std::future<MainHandshake> main;
    std::vector<std::future<TlsSideAttempt>> versions; ///< (b), in kVersions order
    std::optional<std::future<TlsSideAttempt>> weak;   ///< (c), when this OpenSSL has a suite
    QStringList weakCiphersOffered;
};

/**
 * Starts the tls stage and returns at once: the runner calls it as soon as the primary
 * request was answered, so that the stage's connections overlap the rest of the x224 step
 * (runner/Runner.cpp). @p negotiation needs only the primary probe (probes[0]): the
 * version matrix asks for what it asked. @p primary is taken over when the main handshake
 * runs (it then lives in the returned session or is closed). @p address is the address the
 * probes use, @p target the user's target (host for SNI and the name check, port). New
 * connections wait for their turn on @p pacer, shared with the run's other side
 * connections; the forced versions and the weak-cipher probe first try a spare connection
 * of @p spares when given (and tell it how many will). @p pacer, @p spares, @p cancel must
 * outlive finishTlsStage(). Each network step is bounded by @p timeout; @p cancel ends all
 * of them.
 */
TlsStageStart startTlsStage(std::unique_ptr<TcpConnection> &primary, const Target &target,
                            const QString &address, const NegotiationFacts &negotiation,
                            std::chrono::milliseconds timeout, const CancelToken &cancel,
                            ConnectionPacer &pacer, SpareConnections *spares = nullptr);

/** Waits for what startTlsStage() started and puts the results together. */
TlsStageResult finishTlsStage(TlsStageStart started, const Target &target);

/** The whole tls stage at once (startTlsStage() with a pacer of its own, then
 * finishTlsStage()). */
TlsStageResult runTlsStage(std::unique_ptr<TcpConnection> &primary, const Target &target,
                           const QString &address, const NegotiationFacts &negotiation,
                           std::chrono::milliseconds timeout, const CancelToken &cancel);

} // namespace rdpdiag
