// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * CredSSP and the NTLM challenge (stage "credssp").
 * Facts are what the probes saw, as plain values: probes fill them, rules read them, the
 * report serialises them. A fact a run could not learn stays empty, never guessed.
 * The stage table (model/Stages.h) lists every stage's facts type.
 */

#include "model/Enums.h"
#include "model/Identifiers.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** NTLM CHALLENGE target information ([MS-NLMP] 2.2.1.2, 2.2.2.1). */
struct NtlmFacts
{
    QString targetName;
    QString netbiosDomain;
    QString netbiosComputer;
    QString dnsDomain;
    QString dnsComputer;
    QString dnsTree;
    QString osVersion;                      ///< "10.0.20348" from the Version field, when present
    std::optional<QDateTime> serverTime;    ///< MsvAvTimestamp, UTC
    std::optional<qint64> clockSkewSeconds; ///< server time minus our clock at receipt
};

/** CredSSP stage facts. */
struct CredsspFacts
{
    enum class Outcome {
        Challenge, ///< the server answered with an NTLM CHALLENGE
        Reset,
        Closed,
        Timeout,
        Malformed,   ///< the answer is not a TSRequest with an NTLM CHALLENGE
        ServerError, ///< a TSRequest with errorCode (NTSTATUS) instead
        NotAttempted,
        Cancelled,
    };
    Outcome outcome = Outcome::NotAttempted;
    std::optional<int> version; ///< TSRequest version of the server
    std::optional<quint32> errorCode;
    std::optional<NtlmFacts> ntlm;
    QByteArray received; ///< capped, evidence
    QString detail;
    qint64 durationMs = 0;
};
QString credsspOutcomeString(CredsspFacts::Outcome outcome);

/** The identifying fields of CredsspFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(CredsspFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
