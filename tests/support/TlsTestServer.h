// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * An RDP-ish TLS server for integration tests, on 127.0.0.1 (or an address of a test's own
 * network namespace, TlsServerOptions::listenAddress), on its own threads (one
 * accepting, one per connection — the version matrix connects several times at once):
 * it reads the X.224 Connection Request, answers an RDP_NEG_RSP selecting the configured
 * protocol (SSL by default, or HYBRID), and then runs OpenSSL server-side with a chosen
 * certificate, version range and cipher list — or a fault instead: a reset or a close on
 * the ClientHello, a handshake_failure alert, or part of the server flight and then
 * silence. In CredSSP mode it then reads the client's TSRequest and answers with a
 * TSRequest carrying an NTLM CHALLENGE built here per [MS-NLMP] (independently of the
 * engine's codec), an errorCode, or a broken answer.
 */

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rdpdiag::test {

/** What goes into the NTLM CHALLENGE the server sends. */
struct NtlmChallengeSpec
{
    QString targetName = QStringLiteral("TESTDOM");
    QString netbiosComputer = QStringLiteral("TESTSRV");
    QString netbiosDomain = QStringLiteral("TESTDOM");
    QString dnsComputer = QStringLiteral("testsrv.example.test");
    QString dnsDomain = QStringLiteral("example.test");
    QString dnsTree = QStringLiteral("example.test");
    /** MsvAvTimestamp = the server's clock at sending time plus this offset. */
    qint64 clockOffsetSeconds = 0;
    bool includeTimestamp = true;
    /** Version field 10.0.20348 (and the NEGOTIATE_VERSION flag). */
    bool includeVersion = true;
    /** AV pairs in reverse id order (layout variation a parser must not depend on). */
    bool reverseOrder = false;
    /** Leave out the MsvAvEOL terminator (hostile). */
    bool omitEol = false;
    /** Raw TargetInfo bytes instead of the pairs above (hostile layouts). */
    std::optional<QByteArray> rawTargetInfo;
};

/** A CHALLENGE_MESSAGE for @p spec with the timestamp taken from @p now. */
QByteArray buildTestNtlmChallenge(const NtlmChallengeSpec &spec, const QDateTime &now);

/** A TSRequest { version, negoTokens { { token } } } (and errorCode when given), DER. */
QByteArray buildTestTsRequest(int version, const QByteArray &token,
                              std::optional<quint32> errorCode = std::nullopt);

struct TlsServerOptions
{
    /** The IPv4 address to listen on (the port is the system's choice): 127.0.0.1, unless a
     * test starts the server inside a network namespace of its own (NetnsLab). */
    QString listenAddress = QStringLiteral("127.0.0.1");
    /** selectedProtocol of the RDP_NEG_RSP (1 = SSL, 2 = HYBRID, 8 = HYBRID_EX). */
    quint32 selectedProtocol = 0x01;
    /** PEM certificate (a chain file: leaf first) and key. */
    QString certificatePath;
    QString keyPath;
    /** OpenSSL version numbers (TLS1_VERSION …); 0 = library default. */
    int minVersion = 0;
    int maxVersion = 0;
    /** Security level 0: needed to serve TLS 1.0/1.1, weak keys or NULL/legacy suites. */
    bool legacy = false;
    /** OpenSSL cipher list for TLS ≤ 1.2; empty = default. */
    QByteArray cipherList;

    enum class Fault {
        None,
        ResetOnClientHello,      ///< RST once the ClientHello arrived
        CloseOnClientHello,      ///< FIN once the ClientHello arrived
        HandshakeFailureAlert,   ///< a fatal handshake_failure alert record, then FIN
        StallAfterPartialFlight, ///< the first partialFlightBytes of the flight, then silence
        PlaintextDisconnect      ///< a plaintext MCS Disconnect Provider Ultimatum, then FIN (what
                                 ///< xrdp does when its OpenSSL cannot use the certificate)
    };
    Fault fault = Fault::None;
    int partialFlightBytes = 700;

    enum class Credssp {
        None,      ///< no CredSSP: after the handshake, wait for the client to go
        Challenge, ///< answer with an NTLM CHALLENGE
        ErrorCode, ///< answer with a TSRequest carrying only errorCode
        Truncated, ///< send half of a CHALLENGE answer, then close
        Oversized, ///< a TSRequest header claiming 100 000 bytes
        Close,     ///< close_notify + FIN instead of an answer
        Reset,     ///< RST instead of an answer
        Silent,    ///< never answer
    };
    Credssp credssp = Credssp::None;
    int tsRequestVersion = 6;
    quint32 errorCode = 0xC000006D; ///< STATUS_LOGON_FAILURE
    NtlmChallengeSpec challenge;
};

class TlsTestServer
{
public:
    explicit TlsTestServer(TlsServerOptions options);
    TlsTestServer(const TlsTestServer &) = delete;
    TlsTestServer &operator=(const TlsTestServer &) = delete;
    /** Stops: closes the listener and every connection, joins every thread. */
    ~TlsTestServer();

    /** Binds 127.0.0.1:0, loads certificate and key, starts accepting. False with
     * errorString() on failure. */
    bool start();
    void stop();

    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /** Connections accepted so far. */
    int connections() const { return m_connections.load(); }
    /** Handshakes the server completed. */
    int handshakes() const { return m_handshakes.load(); }
    /** The TLS versions of the completed handshakes ("TLSv1.2", …). */
    QList<QString> negotiatedVersions() const;
    /** Size of the largest server flight in StallAfterPartialFlight mode (over all
     * connections; a refused forced-version attempt only gets a 7-byte alert). */
    int largestFlightSize() const { return m_flightSize.load(); }
    /** The SNI host name of the last completed handshake (empty when none was sent). */
    QString lastServerName() const;
    /** The last TSRequest a client sent (raw DER), for checks on what the client reveals. */
    QByteArray lastClientTsRequest() const;
    /** The server's clock when it built the last CHALLENGE. */
    QDateTime lastChallengeTime() const;

private:
    struct Impl;
    void acceptLoop();
    void serve(int fd);

    TlsServerOptions m_options;
    std::unique_ptr<Impl> m_impl;
    quint16 m_port = 0;
    QString m_error;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_handshakes{0};
    std::atomic<int> m_flightSize{0};
    mutable std::mutex m_mutex;
    QList<QString> m_versions;
    QString m_lastServerName;
    QByteArray m_lastTsRequest;
    QDateTime m_lastChallengeTime;
    std::vector<int> m_liveFds;
    std::vector<std::thread> m_threads;
    std::thread m_acceptThread;
    int m_listenFd = -1;
};

} // namespace rdpdiag::test
