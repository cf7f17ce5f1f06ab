// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A TLS client over a TCP connection that has already done the plaintext X.224 exchange
 * (RDP starts TLS on the same socket). OpenSSL runs on the non-blocking socket; every
 * wait goes through waitForSocket(), so the handshake and each later read or write
 * ends by its deadline or at cancellation.
 *
 * The session never rejects a certificate: the chain is evaluated separately
 * (CertificateInspector), because a diagnostic tool must see what the server presents
 * even when a client would refuse it. How the handshake ended is classified into
 * TlsAttempt::Outcome, telling a server's reset, close, stall or alert apart from a
 * refusal by our own OpenSSL (a legacy algorithm it will not use, no cipher to offer).
 */

#include "model/Facts.h"
#include "net/CancelToken.h"
#include "net/Deadline.h"
#include "net/TcpConnection.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;
using X509 = struct x509_st;

namespace rdpdiag {

/** Protocol versions in OpenSSL's numbering, for TlsOptions. */
enum class TlsVersion {
    Default = 0,
    Tls10 = 0x0301,
    Tls11 = 0x0302,
    Tls12 = 0x0303,
    Tls13 = 0x0304
};

/** "1.0" … "1.3" (empty for Default). */
QString tlsVersionKey(TlsVersion version);

struct TlsOptions
{
    /** Lowest / highest version offered; Default leaves OpenSSL's setting. Equal values force
     * one version (the version matrix). */
    TlsVersion minVersion = TlsVersion::Default;
    TlsVersion maxVersion = TlsVersion::Default;
    /**
     * Security level 0, which OpenSSL 3 needs to speak TLS 1.0/1.1 at all (SHA-1
     * signatures) and to offer weak suites. Only for the version matrix and the weak-cipher
     * probe: the main handshake keeps the library's default, as a real client does.
     */
    bool allowLegacy = false;
    /** OpenSSL cipher list for TLS ≤ 1.2; empty keeps the default. */
    QByteArray cipherList;
    /** Server Name Indication: the host name the user typed; empty for an IP address. */
    QString serverName;
};

/** A TLS client session that owns its TCP connection. Not thread-safe; one user at a time. */
class TlsSession
{
public:
    /**
     * Wraps @p connection (taken over; it is closed with the session). Returns nullptr
     * with @p error set when OpenSSL refuses the options (e.g. a cipher list it cannot
     * match at all).
     */
    static std::unique_ptr<TlsSession> create(std::unique_ptr<TcpConnection> connection,
                                              const TlsOptions &options, QString *error);

    /**
     * The cipher suites a ClientHello with @p options would offer (TLS ≤ 1.2 names),
     * worked out without any connection. Empty when the local library offers none, e.g.
     * because Debian's OpenSSL is built without RC4 and 3DES.
     */
    static QStringList offeredCiphers(const TlsOptions &options);

    ~TlsSession();
    TlsSession(const TlsSession &) = delete;
    TlsSession &operator=(const TlsSession &) = delete;

    /**
     * Runs the client handshake until it completes, fails or @p deadline passes. The
     * returned attempt has outcome, negotiated version and cipher, alert, bytes received
     * from the server, OpenSSL's error text and the duration; version is left empty for
     * the caller to set.
     */
    TlsAttempt handshake(const Deadline &deadline, const CancelToken &cancel);

    /** True after a successful handshake. */
    bool established() const { return m_established; }

    /** Writes all of @p data as application data (after the handshake). */
    IoResult write(QByteArrayView data, const Deadline &deadline, const CancelToken &cancel);

    /**
     * Reads application data and appends at most @p maxBytes to @p buffer. Ok means at least
     * one byte; Closed means close_notify or EOF; Reset means ECONNRESET.
     */
    IoResult readSome(QByteArray &buffer, qsizetype maxBytes, const Deadline &deadline,
                      const CancelToken &cancel);

    /** The server's leaf certificate, owned by the session (nullptr when none arrived, also
     * valid after a failed handshake if the certificate message had been processed). */
    X509 *peerCertificate() const;
    /** The certificates the server sent, leaf first, DER-encoded. */
    QList<QByteArray> peerChainDer() const;

    /** Bytes read from the socket so far (handshake and application data). */
    qint64 bytesReceived() const;

    SSL *handle() const { return m_ssl; }
    TcpConnection &connection() const { return *m_connection; }

    /** Implementation detail: what the socket BIO and the info callback record. */
    struct State;

private:
    TlsSession() = default;
    IoResult waitFor(int sslError, const Deadline &deadline, const CancelToken &cancel);
    void collectPlaintextTail();

    std::unique_ptr<TcpConnection> m_connection;
    SSL *m_ssl = nullptr;
    std::unique_ptr<State> m_state;
    bool m_established = false;
};

/** IANA name of a TLS alert description ("handshake_failure"; "alert_<n>" if unknown). */
QString tlsAlertName(int code);

} // namespace rdpdiag
