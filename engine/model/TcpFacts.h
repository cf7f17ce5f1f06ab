// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * TCP reachability of the target port (stage "tcp").
 * Facts are what the probes saw, as plain values: probes fill them, rules read them, the
 * report serialises them. A fact a run could not learn stays empty, never guessed.
 * The stage table (model/Stages.h) lists every stage's facts type.
 */

#include "model/Enums.h"
#include "model/Identifiers.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** One TCP connection attempt. */
struct TcpAttempt
{
    QString address;
    IoOutcome outcome = IoOutcome::Failed;
    qint64 durationMs = 0;
    QString error; ///< OS message (strerror) when not Ok
};

/**
 * The side connections of a run that broke among the others while the main path worked,
 * tried again alone (model/SideRetry.h, runner/SideRetries.h): a server that limits
 * simultaneous connections.
 */
struct SideRetryFacts
{
    int broken = 0;    ///< side connections that broke among the others
    int retried = 0;   ///< of them, tried again alone (the rest: time budget or cancel)
    int recovered = 0; ///< of those, answered when alone
    /** Connections the server held at once before it broke the next one
     * (probes/ConnectionLimitProbe.h); nullopt when not learned. */
    std::optional<int> simultaneous;
    QString simultaneousDetail; ///< why simultaneous was not learned (untranslated)
};

/** TCP reachability of the target port. */
struct TcpFacts
{
    QList<TcpAttempt> attempts; ///< first pass: each address until one connects
    QString connectedAddress;   ///< the address that worked (empty: none)
    QList<TcpAttempt> samples;  ///< repeated connects to connectedAddress for latency/loss
    std::optional<double> medianConnectMs; ///< over the successful attempts and samples
    int samplesFailed = 0;
    /** Present when side connections broke among the others and were tried again alone. */
    std::optional<SideRetryFacts> sideRetries;
};

/** The identifying fields of TcpAttempt (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(TcpAttempt &facts, IdentifierSink &sink);
/** The identifying fields of TcpFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(TcpFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
