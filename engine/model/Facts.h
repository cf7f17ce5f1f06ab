// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Facts: what the probes saw on the wire, as plain values. Probes fill them; rules read
 * them; the report serialises them. A fact a run could not learn stays empty
 * (std::nullopt / empty list), never guessed.
 */

#include "model/Enums.h"

#include <QByteArray>
#include <QDateTime>
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

/** One TCP connection attempt. */
struct TcpAttempt
{
    QString address;
    IoOutcome outcome = IoOutcome::Failed;
    qint64 durationMs = 0;
    QString error; ///< OS message (strerror) when not Ok
};

/** TCP reachability of the target port. */
struct TcpFacts
{
    QList<TcpAttempt> attempts; ///< first pass: each address until one connects
    QString connectedAddress;   ///< the address that worked (empty: none)
    QList<TcpAttempt> samples;  ///< repeated connects to connectedAddress for latency/loss
    std::optional<double> medianConnectMs; ///< over the successful attempts and samples
    int samplesFailed = 0;
};

/** One X.224 negotiation request on its own connection. */
struct NegotiationProbe
{
    enum class Outcome {
        Selected,      ///< RDP_NEG_RSP (or a legacy confirm without negotiation data)
        Failure,       ///< RDP_NEG_FAILURE with failureCode
        Reset,         ///< the server reset the connection instead of answering
        Closed,        ///< the server closed the connection without answering
        Timeout,       ///< no complete Connection Confirm before the deadline
        NotRdp,        ///< the answer is not TPKT (e.g. an SSH or HTTP banner)
        Malformed,     ///< TPKT, but not a valid Connection Confirm
        ConnectFailed, ///< this probe's own TCP connection failed
        Cancelled,
    };
    quint32 requested = 0; ///< requestedProtocols sent
    Outcome outcome = Outcome::ConnectFailed;
    std::optional<quint32> selected;    ///< selectedProtocol when Selected
    bool legacyConfirm = false;         ///< Selected via a confirm without RDP_NEG data
    quint8 flags = 0;                   ///< RDP_NEG_RSP flags when Selected
    std::optional<quint32> failureCode; ///< when Failure
    QByteArray sent;
    QByteArray received; ///< everything received (capped), the evidence
    QString detail;      ///< parser or OS message for Malformed / ConnectFailed / Reset
    qint64 durationMs = 0;
};
QString negotiationOutcomeString(NegotiationProbe::Outcome outcome);

/** The negotiation matrix and what it says about the server's policy. */
struct NegotiationFacts
{
    QList<NegotiationProbe> probes; ///< [0] is the primary probe (what mstsc sends: 0x0B)
    /** Protocols the server *selected* when asked for them (bit mask; RDP = flag below). */
    quint32 supportedMask = 0;
    bool rdpSupported = false; ///< Standard RDP Security selected when asked for it
};

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
};
QString tlsOutcomeString(TlsAttempt::Outcome outcome);

/** Certificate of the server (the leaf), as inspected. */
struct CertificateFacts
{
    QString subject;
    QString issuer;
    QString commonName;
    QDateTime notBefore; ///< UTC
    QDateTime notAfter;  ///< UTC
    bool selfSigned = false;
    QString keyType; ///< "RSA", "EC", "ED25519", …
    int keyBits = 0;
    QString signatureAlgorithm;     ///< OpenSSL long name, e.g. "sha256WithRSAEncryption"
    QStringList san;                ///< "DNS:name", "IP:1.2.3.4"
    std::optional<QStringList> eku; ///< absent extension = nullopt (any usage allowed)
    QStringList keyUsage;
    QString sha1; ///< hex, upper-case, no separators (as Windows shows thumbprints)
    QString sha256;
    QByteArray pem;
    QList<QByteArray> chainPem;      ///< whole chain as presented (leaf first)
    QStringList verifyErrors;        ///< every chain verification error against the system store
    QList<int> verifyErrorCodes;     ///< the same errors as OpenSSL X509_V_ERR_* numbers
    std::optional<bool> nameMatches; ///< the name the user typed vs SAN/CN
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
};

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

} // namespace rdpdiag

// This computer's side (stage "local") and the server self-check: their structs use the
// facts above, so they are included here, after them.
#include "local/LocalFactsTypes.h"
#include "server/ServerFactsTypes.h"

namespace rdpdiag {

/** Everything the probes learned in one run. */
struct Facts
{
    std::optional<DnsFacts> dns;
    std::optional<TcpFacts> tcp;
    std::optional<NegotiationFacts> negotiation;
    std::optional<TlsFacts> tls;
    std::optional<CertificateFacts> certificate;
    std::optional<CredsspFacts> credssp;
    std::optional<LocalFacts> local;   ///< this computer's side (stage "local")
    std::optional<ServerFacts> server; ///< the server self-check (rdpdiag --server)
};

} // namespace rdpdiag
