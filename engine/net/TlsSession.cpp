// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TlsSession.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <mutex>
#include <optional>

namespace rdpdiag {

/** What the BIO and the info callback learn while OpenSSL works. */
struct TlsSession::State
{
    platform::SocketHandle socket = platform::kNoSocket;
    qint64 bytesReceived = 0;
    QByteArray firstBytes; ///< the first kFirstBytes bytes from the server, evidence
    bool eof = false;      ///< recv() returned 0
    int lastError = 0;     ///< system error of the last failed recv()/send() but "try again"
    std::optional<int> alertReceived;
    std::optional<int> alertSent;
};

namespace {

/** How many of the server's first bytes an attempt keeps as evidence. */
constexpr qsizetype kFirstBytes = 64;

// ---------------------------------------------------------------------------------------
// A socket BIO of our own. OpenSSL's socket BIO writes with write(), which raises SIGPIPE
// on a connection the server has reset; ours sends through platform/Sockets.h, which never
// does, on every system. Owning the BIO also lets it count every byte the server sent, so a
// handshake that stalls half-way through the certificate flight shows how far it got, and
// keep the system's error for reset detection.

TlsSession::State *bioState(BIO *bio)
{
    return static_cast<TlsSession::State *>(BIO_get_data(bio));
}

int bioRead(BIO *bio, char *buffer, int length)
{
    TlsSession::State *state = bioState(bio);
    BIO_clear_retry_flags(bio);
    if (length <= 0)
        return 0;
    for (;;) {
        int error = 0;
        const qint64 n = platform::receiveSome(state->socket, buffer, length, error);
        if (n > 0) {
            state->bytesReceived += n;
            if (state->firstBytes.size() < kFirstBytes)
                state->firstBytes.append(
                    buffer, std::min<qsizetype>(n, kFirstBytes - state->firstBytes.size()));
            return static_cast<int>(n);
        }
        if (n == 0) {
            state->eof = true;
            return 0;
        }
        if (platform::isInterrupted(error))
            continue;
        if (platform::isWouldBlock(error)) {
            BIO_set_retry_read(bio);
            return -1;
        }
        state->lastError = error;
        return -1;
    }
}

int bioWrite(BIO *bio, const char *buffer, int length)
{
    TlsSession::State *state = bioState(bio);
    BIO_clear_retry_flags(bio);
    if (length <= 0)
        return 0;
    for (;;) {
        int error = 0;
        const qint64 n = platform::sendSome(state->socket, buffer, length, error);
        if (n >= 0)
            return static_cast<int>(n);
        if (platform::isInterrupted(error))
            continue;
        if (platform::isWouldBlock(error)) {
            BIO_set_retry_write(bio);
            return -1;
        }
        state->lastError = error;
        return -1;
    }
}

long bioControl(BIO *, int command, long, void *)
{
    // Flush is the only control OpenSSL needs from a plain socket; everything else (kTLS,
    // push/pop, …) is "not supported".
    return command == BIO_CTRL_FLUSH ? 1 : 0;
}

int bioCreate(BIO *bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

int bioDestroy(BIO *)
{
    return 1; // the descriptor belongs to the TcpConnection
}

BIO_METHOD *socketMethod()
{
    static BIO_METHOD *method = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        method = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "rdpdiag-socket");
        if (!method)
            return;
        BIO_meth_set_read(method, bioRead);
        BIO_meth_set_write(method, bioWrite);
        BIO_meth_set_ctrl(method, bioControl);
        BIO_meth_set_create(method, bioCreate);
        BIO_meth_set_destroy(method, bioDestroy);
    });
    return method;
}

void infoCallback(const SSL *ssl, int where, int value)
{
    if (!(where & SSL_CB_ALERT))
        return;
    auto *state = static_cast<TlsSession::State *>(SSL_get_app_data(ssl));
    if (!state)
        return;
    const int description = value & 0xFF;
    // Keep the first alert in each direction: that is the one that ended the handshake.
    if (where & SSL_CB_READ) {
        if (!state->alertReceived)
            state->alertReceived = description;
    } else if (!state->alertSent) {
        state->alertSent = description;
    }
}

/** All queued OpenSSL errors as one line, and the reason of the first. Clears the queue. */
QString drainErrors(int *firstLib = nullptr, int *firstReason = nullptr)
{
    QStringList parts;
    bool first = true;
    while (const unsigned long code = ERR_get_error()) {
        if (first) {
            if (firstLib)
                *firstLib = ERR_GET_LIB(code);
            if (firstReason)
                *firstReason = ERR_GET_REASON(code);
            first = false;
        }
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        parts << QString::fromUtf8(text);
    }
    return parts.join(QStringLiteral("; "));
}

/**
 * Reasons that mean our own library declined: a policy of the local OpenSSL (security
 * level, disabled legacy algorithms or renegotiation) or nothing to offer. A server that
 * a default-configured Windows client would accept can still fail here, so these are
 * never the server's fault.
 */
bool isLocalReason(int reason)
{
    switch (reason) {
    case SSL_R_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED:
    case SSL_R_NO_CIPHERS_AVAILABLE:
    case SSL_R_NO_PROTOCOLS_AVAILABLE:
    case SSL_R_DH_KEY_TOO_SMALL:
    case SSL_R_EE_KEY_TOO_SMALL:
    case SSL_R_CA_KEY_TOO_SMALL:
    case SSL_R_CA_MD_TOO_WEAK:
    case SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM:
    case SSL_R_UNSAFE_LEGACY_RENEGOTIATION_DISABLED:
        return true;
    default:
        return false;
    }
}

QString versionName(const SSL *ssl)
{
    return QString::fromLatin1(SSL_get_version(ssl));
}

/**
 * The one client context of the process: every handshake of a run (and of every run of a
 * fleet) is an SSL made from it, so the library sets up its method, its providers' algorithms
 * and its defaults once. Nothing is changed on it after it is made, which is what lets threads
 * make SSLs from it at the same time; what differs per handshake (versions, cipher list,
 * security level) is set on the SSL. Clients keep no session cache by default, so every
 * handshake is a full one, as a diagnosis needs. nullptr when OpenSSL cannot make one.
 */
SSL_CTX *sharedClientContext()
{
    static SSL_CTX *const context = [] {
        SSL_CTX *made = SSL_CTX_new(TLS_client_method());
        // The handshake never fails on the certificate; CertificateInspector judges it.
        if (made)
            SSL_CTX_set_verify(made, SSL_VERIFY_NONE, nullptr);
        return made;
    }();
    return context;
}

/** Makes an SSL configured for @p options; nullptr with @p error on failure. */
SSL *configure(const TlsOptions &options, QString *error)
{
    SSL_CTX *context = sharedClientContext();
    SSL *ssl = context ? SSL_new(context) : nullptr;
    if (!ssl) {
        if (error)
            *error = drainErrors();
        return nullptr;
    }
    if (options.minVersion != TlsVersion::Default)
        SSL_set_min_proto_version(ssl, static_cast<int>(options.minVersion));
    if (options.maxVersion != TlsVersion::Default)
        SSL_set_max_proto_version(ssl, static_cast<int>(options.maxVersion));
    if (!options.cipherList.isEmpty() &&
        SSL_set_cipher_list(ssl, options.cipherList.constData()) != 1) {
        if (error)
            *error = QStringLiteral("cipher list \"%1\": %2")
                         .arg(QString::fromLatin1(options.cipherList), drainErrors());
        SSL_free(ssl);
        return nullptr;
    }
    if (options.allowLegacy) {
        // After the cipher list: a "@SECLEVEL=" in the list would otherwise win.
        SSL_set_security_level(ssl, 0);
        SSL_set_options(ssl, SSL_OP_LEGACY_SERVER_CONNECT);
    }
    if (!options.serverName.isEmpty()) {
        // SSL_set_tlsext_host_name() spelled out: the macro uses a C-style cast.
        QByteArray name = options.serverName.toUtf8();
        SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, name.data());
    }
    return ssl;
}

} // namespace

QString tlsVersionKey(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls10:
        return QStringLiteral("1.0");
    case TlsVersion::Tls11:
        return QStringLiteral("1.1");
    case TlsVersion::Tls12:
        return QStringLiteral("1.2");
    case TlsVersion::Tls13:
        return QStringLiteral("1.3");
    case TlsVersion::Default:
        break;
    }
    return {};
}

std::unique_ptr<TlsSession> TlsSession::create(std::unique_ptr<TcpConnection> connection,
                                               const TlsOptions &options, QString *error)
{
    if (!connection) {
        if (error)
            *error = QStringLiteral("no connection");
        return nullptr;
    }
    BIO_METHOD *method = socketMethod();
    if (!method) {
        if (error)
            *error = QStringLiteral("cannot create the socket BIO method");
        return nullptr;
    }
    ERR_clear_error();
    std::unique_ptr<TlsSession> session(new TlsSession);
    session->m_state = std::make_unique<State>();
    session->m_state->socket = connection->socket();
    session->m_connection = std::move(connection);
    session->m_ssl = configure(options, error);
    if (!session->m_ssl)
        return nullptr;
    BIO *bio = BIO_new(method);
    if (!bio) {
        if (error)
            *error = drainErrors();
        return nullptr;
    }
    BIO_set_data(bio, session->m_state.get());
    SSL_set_bio(session->m_ssl, bio, bio); // one reference, owned by the SSL from here
    SSL_set_app_data(session->m_ssl, session->m_state.get());
    SSL_set_info_callback(session->m_ssl, infoCallback);
    SSL_set_connect_state(session->m_ssl);
    return session;
}

QStringList TlsSession::offeredCiphers(const TlsOptions &options)
{
    QStringList names;
    SSL *ssl = configure(options, nullptr);
    if (!ssl) {
        ERR_clear_error();
        return names;
    }
    if (STACK_OF(SSL_CIPHER) *ciphers = SSL_get1_supported_ciphers(ssl)) {
        for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i)
            names << QString::fromLatin1(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i)));
        sk_SSL_CIPHER_free(ciphers);
    }
    SSL_free(ssl);
    ERR_clear_error();
    return names;
}

TlsSession::~TlsSession()
{
    if (m_ssl) {
        if (m_established && !m_state->eof && !platform::isResetError(m_state->lastError)) {
            // Polite close_notify; one non-blocking attempt, the answer is not awaited.
            SSL_shutdown(m_ssl);
        }
        SSL_free(m_ssl);
    }
    ERR_clear_error();
}

IoResult TlsSession::waitFor(int sslError, const Deadline &deadline, const CancelToken &cancel)
{
    const auto readiness =
        sslError == SSL_ERROR_WANT_WRITE ? platform::Readiness::Write : platform::Readiness::Read;
    int error = 0;
    switch (waitForSocket(m_state->socket, readiness, deadline, cancel, error)) {
    case WaitResult::Ready:
        return {};
    case WaitResult::Timeout:
        return {IoOutcome::Timeout, QStringLiteral("no data from the server in time")};
    case WaitResult::Cancelled:
        return {IoOutcome::Cancelled, {}};
    case WaitResult::Error:
        return socketFailure(error);
    }
    return {IoOutcome::Failed, {}};
}

TlsAttempt TlsSession::handshake(const Deadline &deadline, const CancelToken &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    TlsAttempt attempt;
    const auto finish = [&](TlsAttempt::Outcome outcome, const QString &detail = {}) {
        attempt.outcome = outcome;
        if (!detail.isEmpty())
            attempt.detail = detail;
        attempt.bytesReceived = m_state->bytesReceived;
        attempt.firstBytes = m_state->firstBytes;
        attempt.durationMs = elapsedMs(start);
        if (m_state->alertReceived && outcome == TlsAttempt::Outcome::Alert) {
            attempt.alertCode = *m_state->alertReceived;
            attempt.alertName = tlsAlertName(*m_state->alertReceived);
        }
        m_connection->noteTlsEnded(tlsOutcomeString(outcome));
        return attempt;
    };

    ERR_clear_error();
    for (;;) {
        const int result = SSL_do_handshake(m_ssl);
        if (result == 1) {
            m_established = true;
            attempt.negotiatedVersion = versionName(m_ssl);
            attempt.cipher = QString::fromLatin1(SSL_get_cipher_name(m_ssl));
            return finish(TlsAttempt::Outcome::Established);
        }
        const int sslError = SSL_get_error(m_ssl, result);
        if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE) {
            const IoResult waited = waitFor(sslError, deadline, cancel);
            if (waited.ok())
                continue;
            if (waited.outcome == IoOutcome::Cancelled)
                return finish(TlsAttempt::Outcome::Cancelled);
            if (waited.outcome == IoOutcome::Timeout)
                return finish(TlsAttempt::Outcome::Timeout,
                              QStringLiteral("handshake incomplete after %1 bytes from the server")
                                  .arg(m_state->bytesReceived));
            return finish(TlsAttempt::Outcome::Failed, waited.error);
        }

        int lib = 0;
        int reason = 0;
        const QString errors = drainErrors(&lib, &reason);
        // A received alert explains everything that follows; close_notify is a close.
        if (m_state->alertReceived) {
            if (*m_state->alertReceived == SSL_AD_CLOSE_NOTIFY)
                return finish(TlsAttempt::Outcome::Closed,
                              QStringLiteral("close_notify during the handshake"));
            return finish(TlsAttempt::Outcome::Alert, errors);
        }
        if (platform::isResetError(m_state->lastError))
            return finish(TlsAttempt::Outcome::Reset,
                          platform::socketErrorText(m_state->lastError));
        if (m_state->eof)
            return finish(TlsAttempt::Outcome::Closed,
                          QStringLiteral("the server closed the connection"));
        if (sslError == SSL_ERROR_SYSCALL) {
            const QString text =
                m_state->lastError ? platform::socketErrorText(m_state->lastError) : errors;
            return finish(TlsAttempt::Outcome::Failed, text);
        }
        if (sslError == SSL_ERROR_ZERO_RETURN)
            return finish(TlsAttempt::Outcome::Closed,
                          QStringLiteral("close_notify during the handshake"));
        // A TPKT header where a TLS record should be: the server gave up on TLS and spoke
        // plaintext RDP instead (xrdp sends an MCS Disconnect Provider Ultimatum when its
        // OpenSSL cannot use the certificate). That is the server ending the handshake.
        if (m_state->firstBytes.startsWith(QByteArrayView("\x03\x00", 2))) {
            collectPlaintextTail();
            return finish(TlsAttempt::Outcome::Closed,
                          QStringLiteral("the server answered the ClientHello with a plaintext "
                                         "RDP PDU instead of TLS (%1)")
                              .arg(QString::fromLatin1(m_state->firstBytes.toHex(' '))));
        }
        // Our side failed: a local policy, or anything before the server sent a byte.
        if ((lib == ERR_LIB_SSL && isLocalReason(reason)) || m_state->bytesReceived == 0)
            return finish(TlsAttempt::Outcome::LocalRefusal, errors);
        return finish(TlsAttempt::Outcome::Failed, errors);
    }
}

IoResult TlsSession::write(QByteArrayView data, const Deadline &deadline, const CancelToken &cancel)
{
    if (!m_established)
        return {IoOutcome::Failed, QStringLiteral("no TLS session")};
    qsizetype written = 0;
    ERR_clear_error();
    while (written < data.size()) {
        size_t done = 0;
        const int result = SSL_write_ex(m_ssl, data.data() + written,
                                        static_cast<size_t>(data.size() - written), &done);
        if (result == 1) {
            written += static_cast<qsizetype>(done);
            continue;
        }
        const int sslError = SSL_get_error(m_ssl, result);
        if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE) {
            const IoResult waited = waitFor(sslError, deadline, cancel);
            if (!waited.ok())
                return waited;
            continue;
        }
        const QString errors = drainErrors();
        if (platform::isResetError(m_state->lastError))
            return {IoOutcome::Reset, platform::socketErrorText(m_state->lastError)};
        if (m_state->eof || sslError == SSL_ERROR_ZERO_RETURN)
            return {IoOutcome::Closed, QStringLiteral("the server closed the connection")};
        return {IoOutcome::Failed, errors};
    }
    return {};
}

IoResult TlsSession::readSome(QByteArray &buffer, qsizetype maxBytes, const Deadline &deadline,
                              const CancelToken &cancel)
{
    if (!m_established)
        return {IoOutcome::Failed, QStringLiteral("no TLS session")};
    if (maxBytes <= 0)
        return {IoOutcome::Failed, QStringLiteral("receive buffer limit reached")};
    char chunk[4096];
    const size_t want = static_cast<size_t>(std::min<qsizetype>(maxBytes, sizeof chunk));
    ERR_clear_error();
    for (;;) {
        size_t done = 0;
        const int result = SSL_read_ex(m_ssl, chunk, want, &done);
        if (result == 1) {
            buffer.append(chunk, static_cast<qsizetype>(done));
            return {};
        }
        const int sslError = SSL_get_error(m_ssl, result);
        if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE) {
            const IoResult waited = waitFor(sslError, deadline, cancel);
            if (!waited.ok())
                return waited;
            continue;
        }
        const QString errors = drainErrors();
        if (m_state->alertReceived && *m_state->alertReceived != SSL_AD_CLOSE_NOTIFY)
            return {IoOutcome::Failed, QStringLiteral("alert %1 (%2)")
                                           .arg(tlsAlertName(*m_state->alertReceived))
                                           .arg(*m_state->alertReceived)};
        if (platform::isResetError(m_state->lastError))
            return {IoOutcome::Reset, platform::socketErrorText(m_state->lastError)};
        if (sslError == SSL_ERROR_ZERO_RETURN || m_state->eof)
            return {IoOutcome::Closed, QStringLiteral("the server closed the connection")};
        return {IoOutcome::Failed, errors};
    }
}

void TlsSession::collectPlaintextTail()
{
    // OpenSSL stopped after the 5-byte "record header"; take what else already arrived
    // (without waiting) so the evidence shows the whole PDU.
    char buffer[kFirstBytes];
    const qsizetype room = kFirstBytes - m_state->firstBytes.size();
    if (room <= 0)
        return;
    int error = 0; // the socket is non-blocking: "nothing yet" is simply no bytes
    const qint64 n = platform::receiveSome(m_state->socket, buffer, room, error);
    if (n > 0) {
        m_state->firstBytes.append(buffer, n);
        m_state->bytesReceived += n;
    }
}

X509 *TlsSession::peerCertificate() const
{
    if (X509 *leaf = SSL_get0_peer_certificate(m_ssl))
        return leaf;
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(m_ssl);
    return chain && sk_X509_num(chain) > 0 ? sk_X509_value(chain, 0) : nullptr;
}

QList<QByteArray> TlsSession::peerChainDer() const
{
    QList<QByteArray> out;
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(m_ssl);
    const int count = chain ? sk_X509_num(chain) : 0;
    for (int i = 0; i < count; ++i) {
        unsigned char *der = nullptr;
        const int length = i2d_X509(sk_X509_value(chain, i), &der);
        if (length > 0)
            out << QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
    }
    if (out.isEmpty()) {
        if (X509 *leaf = SSL_get0_peer_certificate(m_ssl)) {
            unsigned char *der = nullptr;
            const int length = i2d_X509(leaf, &der);
            if (length > 0)
                out << QByteArray(reinterpret_cast<const char *>(der), length);
            OPENSSL_free(der);
        }
    }
    return out;
}

qint64 TlsSession::bytesReceived() const
{
    return m_state->bytesReceived;
}

QString tlsAlertName(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("close_notify");
    case 10:
        return QStringLiteral("unexpected_message");
    case 20:
        return QStringLiteral("bad_record_mac");
    case 21:
        return QStringLiteral("decryption_failed");
    case 22:
        return QStringLiteral("record_overflow");
    case 30:
        return QStringLiteral("decompression_failure");
    case 40:
        return QStringLiteral("handshake_failure");
    case 41:
        return QStringLiteral("no_certificate");
    case 42:
        return QStringLiteral("bad_certificate");
    case 43:
        return QStringLiteral("unsupported_certificate");
    case 44:
        return QStringLiteral("certificate_revoked");
    case 45:
        return QStringLiteral("certificate_expired");
    case 46:
        return QStringLiteral("certificate_unknown");
    case 47:
        return QStringLiteral("illegal_parameter");
    case 48:
        return QStringLiteral("unknown_ca");
    case 49:
        return QStringLiteral("access_denied");
    case 50:
        return QStringLiteral("decode_error");
    case 51:
        return QStringLiteral("decrypt_error");
    case 60:
        return QStringLiteral("export_restriction");
    case 70:
        return QStringLiteral("protocol_version");
    case 71:
        return QStringLiteral("insufficient_security");
    case 80:
        return QStringLiteral("internal_error");
    case 86:
        return QStringLiteral("inappropriate_fallback");
    case 90:
        return QStringLiteral("user_canceled");
    case 100:
        return QStringLiteral("no_renegotiation");
    case 109:
        return QStringLiteral("missing_extension");
    case 110:
        return QStringLiteral("unsupported_extension");
    case 111:
        return QStringLiteral("certificate_unobtainable");
    case 112:
        return QStringLiteral("unrecognized_name");
    case 113:
        return QStringLiteral("bad_certificate_status_response");
    case 114:
        return QStringLiteral("bad_certificate_hash_value");
    case 115:
        return QStringLiteral("unknown_psk_identity");
    case 116:
        return QStringLiteral("certificate_required");
    case 120:
        return QStringLiteral("no_application_protocol");
    default:
        return QStringLiteral("alert_%1").arg(code);
    }
}

} // namespace rdpdiag
