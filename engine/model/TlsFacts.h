// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The TLS handshakes (stage "tls").
 * Facts are what the probes saw, as plain values: probes fill them, rules read them, the
 * report serialises them. A fact a run could not learn stays empty, never guessed.
 * The stage table (model/Stages.h) lists every stage's facts type.
 */

#include "model/Enums.h"
#include "model/Identifiers.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** One TLS handshake attempt (the main one, or one forced version of the matrix). */
struct TlsAttempt
{
    enum class Outcome {
        Established,
        Reset,        ///< ECONNRESET during the handshake
        Closed,       ///< orderly close during the handshake
        Timeout,      ///< stalled: see bytesReceived
        Alert,        ///< the server sent a fatal alert (alertCode)
        LocalRefusal, ///< our own OpenSSL refused (e.g. a legacy algorithm): not the server's fault
        Failed,       ///< other error (see detail)
        NotAttempted, ///< negotiation did not select TLS/CredSSP on this connection
        Cancelled,
    };
    QString version; ///< "1.0" … "1.3" forced for a matrix attempt, empty for the main one
    Outcome outcome = Outcome::NotAttempted;
    QString negotiatedVersion;    ///< e.g. "TLSv1.3"
    QString cipher;               ///< e.g. "TLS_AES_256_GCM_SHA384"
    std::optional<int> alertCode; ///< TLS alert description number
    QString alertName;            ///< e.g. "handshake_failure"
    qint64 bytesReceived = 0;     ///< server flight bytes that did arrive
    QByteArray firstBytes;        ///< the first bytes the server sent (at most 64), evidence
    QString detail;               ///< OpenSSL error text
    qint64 durationMs = 0;
    /** Made again alone after the others, because its connection broke among them
     * (model/SideRetry.h); what it holds is what it got alone. */
    bool retried = false;
    /** A version-matrix entry taken from the main handshake, which had negotiated that
     * version: the forced handshake would have been the same one (probes/TlsProbe.h). */
    bool fromMainHandshake = false;
    /** (added) A TLS 1.0 or 1.1 entry taken from one handshake that offered both versions: the
     * server refused it (then both entries carry it) or negotiated this version
     * (probes/TlsProbe.h). */
    bool fromSharedHandshake = false;
};
QString tlsOutcomeString(TlsAttempt::Outcome outcome);

/**
 * The path-MTU check (added): when the main handshake stalled, a second handshake on a new
 * connection that announces a small TCP segment size (TCP_MAXSEG before connect), so that
 * the server sends only small packets. What it means is a rule's judgement
 * (rules/PathMtuRules.h, pathMtuVerdict()); these are only what happened.
 */
struct PathMtuCheck
{
    int maxSegment = 0; ///< the MSS announced (536 IPv4, 1220 IPv6); 0 when none was
    /** The small-MSS handshake, when it was tried (outcome NotAttempted when the new
     * connection did not get as far as TLS). */
    std::optional<TlsAttempt> attempt;
    /** Why the handshake was not tried at all (this system cannot set TCP_MAXSEG, the run
     * was cancelled); empty when it was. */
    QString skipped;
};

/** TLS stage facts. */
struct TlsFacts
{
    TlsAttempt main;            ///< on the primary negotiation connection
    QList<TlsAttempt> versions; ///< forced 1.0, 1.1, 1.2, 1.3 on separate connections
    /** Weak suites the server accepted (RC4, 3DES, NULL, EXPORT), by OpenSSL name. */
    QStringList weakCiphersAccepted;
    bool weakCipherProbeRan = false;
    /** Weak suites the local library could offer (what the weak-cipher probe sent). */
    QStringList weakCiphersOffered;
    /** The weak-cipher probe's handshake, when it got as far as a TLS handshake. */
    std::optional<TlsAttempt> weakCipherAttempt;
    /** The path-MTU check, present only when the main handshake stalled (added). */
    std::optional<PathMtuCheck> pathMtu;
};

/** The identifying fields of TlsAttempt (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(TlsAttempt &facts, IdentifierSink &sink);
/** The identifying fields of TlsFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(TlsFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
