// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsTestServer.h"

#include "SocketUtil.h"
#include "wire/Bytes.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rdpdiag::test {

namespace {

using namespace std::chrono_literals;
using wire::appendLe16;
using wire::appendLe32;

/** How long a connection thread waits for the client at any point before giving up. */
constexpr auto kPeerPatience = 20s;
constexpr qint64 kFileTimeEpochOffsetSeconds = 11644473600LL;

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        appendLe16(out, c.unicode());
    return out;
}

// A DER encoder of its own (not the engine's), so the tests check the engine against an
// independent implementation.
QByteArray derLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(static_cast<char>(length));
    } else if (length < 0x100) {
        out.append(static_cast<char>(0x81));
        out.append(static_cast<char>(length));
    } else if (length < 0x10000) {
        out.append(static_cast<char>(0x82));
        out.append(static_cast<char>(length >> 8));
        out.append(static_cast<char>(length & 0xFF));
    } else {
        out.append(static_cast<char>(0x83));
        out.append(static_cast<char>(length >> 16));
        out.append(static_cast<char>((length >> 8) & 0xFF));
        out.append(static_cast<char>(length & 0xFF));
    }
    return out;
}

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    return QByteArray(1, static_cast<char>(tag)) + derLength(content.size()) + content;
}

QByteArray derUnsigned(quint32 value)
{
    QByteArray bytes;
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((value >> shift) & 0xFF));
    while (bytes.size() > 1 && bytes[0] == 0 && !(static_cast<quint8>(bytes[1]) & 0x80))
        bytes.remove(0, 1);
    if (static_cast<quint8>(bytes[0]) & 0x80)
        bytes.prepend('\0');
    return tlv(0x02, bytes);
}

bool waitReadable(int fd, const std::atomic<bool> &stopping, std::chrono::milliseconds patience)
{
    const auto end = std::chrono::steady_clock::now() + patience;
    while (!stopping.load()) {
        pollfd p{fd, POLLIN, 0};
        const int n = ::poll(&p, 1, 100);
        if (n > 0)
            return true;
        if (n < 0 && errno != EINTR)
            return false;
        if (std::chrono::steady_clock::now() >= end)
            return false;
    }
    return false;
}

bool readExact(int fd, qsizetype count, QByteArray &out, const std::atomic<bool> &stopping)
{
    while (count > 0) {
        if (!waitReadable(fd, stopping, kPeerPatience))
            return false;
        char buffer[4096];
        const ssize_t n = ::recv(fd, buffer, std::min<size_t>(sizeof buffer, count), 0);
        if (n <= 0)
            return false;
        out.append(buffer, n);
        count -= n;
    }
    return true;
}

bool sendAll(int fd, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

/** Reads one TLS record (the ClientHello), header included. */
bool readTlsRecord(int fd, QByteArray &record, const std::atomic<bool> &stopping)
{
    if (!readExact(fd, 5, record, stopping))
        return false;
    const int length = (static_cast<quint8>(record[3]) << 8) | static_cast<quint8>(record[4]);
    return readExact(fd, length, record, stopping);
}

/** Waits until the client closes (or the server stops), discarding what it sends. */
void drainUntilClosed(int fd, const std::atomic<bool> &stopping)
{
    char buffer[4096];
    while (waitReadable(fd, stopping, kPeerPatience)) {
        if (::recv(fd, buffer, sizeof buffer, 0) <= 0)
            return;
    }
}

QByteArray negotiationResponse(quint32 selected)
{
    QByteArray out = QByteArray::fromHex("030000130ed00000123400");
    out.append(static_cast<char>(0x02)); // RDP_NEG_RSP
    out.append(static_cast<char>(0x01)); // EXTENDED_CLIENT_DATA_SUPPORTED
    appendLe16(out, 8);
    appendLe32(out, selected);
    return out;
}

/** Reads one DER element over @p ssl (the client's TSRequest). */
bool readTsRequest(SSL *ssl, QByteArray &out)
{
    char buffer[4096];
    for (;;) {
        if (out.size() >= 2) {
            qsizetype need = -1;
            const quint8 first = static_cast<quint8>(out[1]);
            if (first < 0x80) {
                need = 2 + first;
            } else {
                const int count = first & 0x7F;
                if (count < 1 || count > 3)
                    return false;
                if (out.size() >= 2 + count) {
                    qsizetype length = 0;
                    for (int i = 0; i < count; ++i)
                        length = (length << 8) | static_cast<quint8>(out[2 + i]);
                    need = 2 + count + length;
                }
            }
            if (need > 0 && out.size() >= need)
                return true;
        }
        const int n = SSL_read(ssl, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        out.append(buffer, n);
    }
}

bool sslWriteAll(SSL *ssl, const QByteArray &data)
{
    return SSL_write(ssl, data.constData(), static_cast<int>(data.size())) == data.size();
}

} // namespace

QByteArray buildTestNtlmChallenge(const NtlmChallengeSpec &spec, const QDateTime &now)
{
    const bool version = spec.includeVersion;
    quint32 flags = 0x00000001 | 0x00000004 | 0x00000010 | 0x00000200 | 0x00008000 | 0x00010000 |
                    0x00080000 | 0x00800000 | 0x20000000 | 0x40000000 | 0x80000000;
    if (version)
        flags |= 0x02000000;

    QByteArray targetInfo;
    if (spec.rawTargetInfo) {
        targetInfo = *spec.rawTargetInfo;
    } else {
        QList<QPair<quint16, QByteArray>> pairs;
        const auto text = [&](quint16 id, const QString &value) {
            if (!value.isEmpty())
                pairs.append({id, utf16le(value)});
        };
        text(2, spec.netbiosDomain);
        text(1, spec.netbiosComputer);
        text(4, spec.dnsDomain);
        text(3, spec.dnsComputer);
        text(5, spec.dnsTree);
        if (spec.includeTimestamp) {
            const qint64 ms = now.addSecs(spec.clockOffsetSeconds).toMSecsSinceEpoch() +
                              kFileTimeEpochOffsetSeconds * 1000;
            const quint64 fileTime = static_cast<quint64>(ms) * 10000;
            QByteArray value;
            appendLe32(value, static_cast<quint32>(fileTime & 0xFFFFFFFF));
            appendLe32(value, static_cast<quint32>(fileTime >> 32));
            pairs.append({7, value});
        }
        if (spec.reverseOrder)
            std::reverse(pairs.begin(), pairs.end());
        for (const auto &pair : pairs) {
            appendLe16(targetInfo, pair.first);
            appendLe16(targetInfo, static_cast<quint16>(pair.second.size()));
            targetInfo += pair.second;
        }
        if (!spec.omitEol)
            appendLe32(targetInfo, 0);
    }

    const QByteArray targetName = utf16le(spec.targetName);
    const quint32 headerLength = version ? 56 : 48;
    QByteArray out("NTLMSSP\0", 8);
    appendLe32(out, 2);
    appendLe16(out, static_cast<quint16>(targetName.size()));
    appendLe16(out, static_cast<quint16>(targetName.size()));
    appendLe32(out, headerLength);
    appendLe32(out, flags);
    out.append(QByteArray::fromHex("0123456789abcdef")); // server challenge
    out.append(8, '\0');                                 // reserved
    appendLe16(out, static_cast<quint16>(targetInfo.size()));
    appendLe16(out, static_cast<quint16>(targetInfo.size()));
    appendLe32(out, headerLength + static_cast<quint32>(targetName.size()));
    if (version) {
        out.append(static_cast<char>(10));
        out.append(static_cast<char>(0));
        appendLe16(out, 20348);
        out.append(3, '\0');
        out.append(static_cast<char>(15));
    }
    out += targetName;
    out += targetInfo;
    return out;
}

QByteArray buildTestTsRequest(int version, const QByteArray &token,
                              std::optional<quint32> errorCode)
{
    QByteArray body = tlv(0xA0, derUnsigned(static_cast<quint32>(version)));
    if (!token.isEmpty())
        body += tlv(0xA1, tlv(0x30, tlv(0x30, tlv(0xA0, tlv(0x04, token)))));
    if (errorCode) {
        // NTSTATUS as a negative INTEGER when the top bit is set, as Windows encodes it.
        QByteArray bytes;
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(static_cast<char>((*errorCode >> shift) & 0xFF));
        body += tlv(0xA4, tlv(0x02, bytes));
    }
    return tlv(0x30, body);
}

struct TlsTestServer::Impl
{
    SSL_CTX *ctx = nullptr;
    ~Impl()
    {
        if (ctx)
            SSL_CTX_free(ctx);
    }
};

TlsTestServer::TlsTestServer(TlsServerOptions options)
    : m_options(std::move(options)), m_impl(std::make_unique<Impl>())
{}

TlsTestServer::~TlsTestServer()
{
    stop();
}

bool TlsTestServer::start()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    m_impl->ctx = ctx;
    if (!ctx) {
        m_error = QStringLiteral("SSL_CTX_new failed");
        return false;
    }
    if (m_options.minVersion)
        SSL_CTX_set_min_proto_version(ctx, m_options.minVersion);
    if (m_options.maxVersion)
        SSL_CTX_set_max_proto_version(ctx, m_options.maxVersion);
    if (!m_options.cipherList.isEmpty() &&
        SSL_CTX_set_cipher_list(ctx, m_options.cipherList.constData()) != 1) {
        m_error = QStringLiteral("cipher list rejected");
        return false;
    }
    if (m_options.legacy)
        SSL_CTX_set_security_level(ctx, 0);
    // No session tickets: the client must never have to read past the handshake to be done.
    SSL_CTX_set_num_tickets(ctx, 0);
    if (m_options.certificatePath.isEmpty() ||
        SSL_CTX_use_certificate_chain_file(
            ctx, m_options.certificatePath.toLocal8Bit().constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, m_options.keyPath.toLocal8Bit().constData(),
                                    SSL_FILETYPE_PEM) != 1) {
        char text[256] = {};
        ERR_error_string_n(ERR_get_error(), text, sizeof text);
        m_error = QStringLiteral("cannot load %1 / %2: %3")
                      .arg(m_options.certificatePath, m_options.keyPath, QString::fromUtf8(text));
        ERR_clear_error();
        return false;
    }

    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    if (::inet_pton(AF_INET, m_options.listenAddress.toLatin1().constData(), &address.sin_addr) !=
        1) {
        m_error = QStringLiteral("not an IPv4 address: %1").arg(m_options.listenAddress);
        return false;
    }
    if (m_listenFd < 0 ||
        ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listenFd, 64) != 0) {
        m_error = QStringLiteral("cannot listen on %1: %2")
                      .arg(m_options.listenAddress, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_port = detail::localPort(m_listenFd);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void TlsTestServer::stop()
{
    if (m_stopping.exchange(true))
        return;
    if (m_listenFd >= 0)
        ::shutdown(m_listenFd, SHUT_RDWR);
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
    {
        std::lock_guard lock(m_mutex);
        for (const int fd : m_liveFds)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (auto &thread : m_threads)
        if (thread.joinable())
            thread.join();
}

void TlsTestServer::acceptLoop()
{
    while (!m_stopping.load()) {
        if (!waitReadable(m_listenFd, m_stopping, 1h))
            return;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ++m_connections;
        std::lock_guard lock(m_mutex);
        m_liveFds.push_back(fd);
        m_threads.emplace_back([this, fd] { serve(fd); });
    }
}

void TlsTestServer::serve(int fd)
{
    // OpenSSL's socket BIO writes with write(): a client that has already closed (the engine
    // often has, by design) would raise SIGPIPE and end the whole test. In this thread only,
    // the signal stays blocked and the write fails with EPIPE instead; the engine itself
    // writes with MSG_NOSIGNAL and needs no such help.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);

    const auto release = [&](bool reset) {
        {
            std::lock_guard lock(m_mutex);
            std::erase(m_liveFds, fd);
        }
        if (reset)
            detail::setLingerZero(fd);
        ::close(fd);
    };

    // X.224: TPKT header, then the rest of the Connection Request.
    QByteArray request;
    if (!readExact(fd, 4, request, m_stopping)) {
        release(false);
        return;
    }
    const int length = (static_cast<quint8>(request[2]) << 8) | static_cast<quint8>(request[3]);
    if (length < 11 || !readExact(fd, length - 4, request, m_stopping) ||
        !sendAll(fd, negotiationResponse(m_options.selectedProtocol))) {
        release(false);
        return;
    }

    using Fault = TlsServerOptions::Fault;
    if (m_options.fault != Fault::None) {
        QByteArray hello;
        if (!readTlsRecord(fd, hello, m_stopping)) {
            release(false);
            return;
        }
        switch (m_options.fault) {
        case Fault::ResetOnClientHello:
            release(true);
            return;
        case Fault::CloseOnClientHello:
            ::shutdown(fd, SHUT_WR);
            drainUntilClosed(fd, m_stopping);
            release(false);
            return;
        case Fault::HandshakeFailureAlert:
            sendAll(fd, QByteArray::fromHex("15030300020228"));
            ::shutdown(fd, SHUT_WR);
            drainUntilClosed(fd, m_stopping);
            release(false);
            return;
        case Fault::PlaintextDisconnect:
            sendAll(fd, QByteArray::fromHex("0300000902f0802180"));
            ::shutdown(fd, SHUT_WR);
            drainUntilClosed(fd, m_stopping);
            release(false);
            return;
        case Fault::StallAfterPartialFlight: {
            SSL *ssl = SSL_new(m_impl->ctx);
            BIO *in = BIO_new(BIO_s_mem());
            BIO *out = BIO_new(BIO_s_mem());
            SSL_set_bio(ssl, in, out);
            SSL_set_accept_state(ssl);
            BIO_write(in, hello.constData(), static_cast<int>(hello.size()));
            SSL_do_handshake(ssl); // wants the client's next flight: the server's is in `out`
            char *data = nullptr;
            const long size = BIO_get_mem_data(out, &data);
            const QByteArray flight(data, size);
            int largest = m_flightSize.load();
            while (largest < flight.size() &&
                   !m_flightSize.compare_exchange_weak(largest, static_cast<int>(flight.size()))) {
            }
            const qsizetype part =
                std::min<qsizetype>(m_options.partialFlightBytes, flight.size() - 1);
            sendAll(fd, flight.left(part));
            SSL_free(ssl);
            ERR_clear_error();
            drainUntilClosed(fd, m_stopping);
            release(false);
            return;
        }
        case Fault::None:
            break;
        }
    }

    SSL *ssl = SSL_new(m_impl->ctx);
    SSL_set_fd(ssl, fd);
    timeval patience{20, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    if (SSL_accept(ssl) != 1) {
        SSL_free(ssl);
        ERR_clear_error();
        release(false);
        return;
    }
    ++m_handshakes;
    {
        std::lock_guard lock(m_mutex);
        m_versions << QString::fromLatin1(SSL_get_version(ssl));
        const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
        m_lastServerName = name ? QString::fromUtf8(name) : QString();
    }

    using Credssp = TlsServerOptions::Credssp;
    bool reset = false;
    if (m_options.credssp != Credssp::None) {
        QByteArray clientRequest;
        if (readTsRequest(ssl, clientRequest)) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            {
                std::lock_guard lock(m_mutex);
                m_lastTsRequest = clientRequest;
                m_lastChallengeTime = now;
            }
            const QByteArray challenge = buildTestTsRequest(
                m_options.tsRequestVersion, buildTestNtlmChallenge(m_options.challenge, now));
            switch (m_options.credssp) {
            case Credssp::Challenge:
                sslWriteAll(ssl, challenge);
                break;
            case Credssp::ErrorCode:
                sslWriteAll(
                    ssl, buildTestTsRequest(m_options.tsRequestVersion, {}, m_options.errorCode));
                break;
            case Credssp::Truncated:
                sslWriteAll(ssl, challenge.left(challenge.size() / 2));
                SSL_shutdown(ssl);
                break;
            case Credssp::Oversized:
                // SEQUENCE claiming 100 000 bytes, then a little of it.
                sslWriteAll(ssl, QByteArray::fromHex("30830186a0") + QByteArray(64, '\x01'));
                break;
            case Credssp::Close:
                SSL_shutdown(ssl);
                break;
            case Credssp::Reset:
                reset = true;
                break;
            case Credssp::Silent:
            case Credssp::None:
                break;
            }
        }
    }
    if (!reset) {
        if (m_options.credssp == Credssp::Close || m_options.credssp == Credssp::Truncated)
            ::shutdown(fd, SHUT_WR);
        drainUntilClosed(fd, m_stopping);
    }
    SSL_free(ssl);
    ERR_clear_error();
    release(reset);
}

QList<QString> TlsTestServer::negotiatedVersions() const
{
    std::lock_guard lock(m_mutex);
    return m_versions;
}

QString TlsTestServer::lastServerName() const
{
    std::lock_guard lock(m_mutex);
    return m_lastServerName;
}

QByteArray TlsTestServer::lastClientTsRequest() const
{
    std::lock_guard lock(m_mutex);
    return m_lastTsRequest;
}

QDateTime TlsTestServer::lastChallengeTime() const
{
    std::lock_guard lock(m_mutex);
    return m_lastChallengeTime;
}

} // namespace rdpdiag::test
