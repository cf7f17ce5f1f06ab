// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Name resolution of the target host (stage "dns").
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

/** Name resolution of the target host (A and AAAA asked separately). */
struct DnsFacts
{
    enum class Outcome {
        Literal,  ///< the target is an IP address: nothing to resolve
        Resolved, ///< at least one address
        NotFound, ///< NXDOMAIN: the name does not exist
        NoAnswer, ///< the name exists but has neither A nor AAAA records
        Failed,   ///< the resolver failed (no DNS server answer, SERVFAIL, …)
        Timeout,  ///< no answer within the step deadline
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    QStringList ipv4; ///< A records, in resolver order
    QStringList ipv6; ///< AAAA records, in resolver order
    QString error;    ///< resolver message for Failed/NotFound (e.g. gai_strerror)
    qint64 durationMs = 0;

    /** Every address, in the order connection attempts use them. */
    QStringList addresses() const { return ipv4 + ipv6; }
};
QString dnsOutcomeString(DnsFacts::Outcome outcome);

/** The identifying fields of DnsFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(DnsFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
