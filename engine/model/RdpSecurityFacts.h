// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Standard RDP Security in full (stage "rdp_security", pipeline step x224; JSON key
 * "rdp_security"): for each encryption method offered alone in an MCS Connect Initial, what
 * the server's Connect Response said — the method and level it chose, whether it sent a
 * server random, its certificate. Facts are what the probe saw, as plain values: probes fill
 * them, rules read them, the report serialises them. A fact a run could not learn stays
 * empty, never guessed. The stage table (model/Stages.h) lists every stage's facts type.
 */

#include "model/Identifiers.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace rdpdiag {

/** The server certificate of the Connect Response, without its key material. */
struct RdpServerCertificateFacts
{
    QString type;               ///< "proprietary" or "x509"
    bool temporary = false;     ///< the certificate says it is temporary
    std::optional<int> keyBits; ///< RSA key size; nullopt when not RSA or unreadable
    int chainLength = 0;        ///< X.509 certificates (0 for the proprietary type)
};

/** One MCS Connect Initial offering @p offered, on its own connection. */
struct RdpSecurityOffer
{
    enum class Outcome {
        Answered,      ///< a Connect Response with the server's security data
        Refused,       ///< a Connect Response whose result is not rt-successful
        Reset,         ///< reset instead of answering the Connect Initial
        Closed,        ///< closed instead of answering the Connect Initial
        Timeout,       ///< no complete Connect Response before the deadline
        Malformed,     ///< not a valid Connect Response
        NotNegotiated, ///< the X.224 request for Standard RDP Security did not select it
        ConnectFailed, ///< this offer's own TCP connection failed
        Cancelled,
    };
    quint32 offered = 0; ///< encryptionMethods sent
    Outcome outcome = Outcome::ConnectFailed;
    std::optional<quint32> mcsResult;          ///< the T.125 result of a Connect Response
    std::optional<quint32> serverVersion;      ///< TS_UD_SC_CORE version
    std::optional<quint32> method;             ///< encryptionMethod the server chose
    std::optional<quint32> level;              ///< encryptionLevel
    std::optional<quint32> serverRandomLength; ///< nullopt: no server random sent
    std::optional<RdpServerCertificateFacts> certificate;
    std::optional<quint16> ioChannel; ///< TS_UD_SC_NET MCSChannelId
    /** Run again alone after the others, because its connection failed among them. */
    bool retried = false;
    QByteArray received; ///< the Connect Response (capped), the evidence
    QString detail;      ///< parser, negotiation or OS message
    qint64 durationMs = 0;
};
QString rdpSecurityOutcomeString(RdpSecurityOffer::Outcome outcome);

/** The four offers (40-bit, 56-bit, 128-bit, FIPS), in that order. */
struct RdpSecurityFacts
{
    QList<RdpSecurityOffer> offers;
};

/** Methods the server chose when they were offered alone (bit mask of encryptionMethods). */
quint32 rdpSecurityAcceptedMethods(const RdpSecurityFacts &facts);

/** The encryption level the server announced, when every answer that has one agrees. */
std::optional<quint32> rdpSecurityLevel(const RdpSecurityFacts &facts);

/** The identifying fields of RdpSecurityFacts (model/Identifiers.h); every string field that is
 * not vocabulary. */
void visitIdentifiers(RdpSecurityFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
