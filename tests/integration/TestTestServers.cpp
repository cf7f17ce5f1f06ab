// SPDX-License-Identifier: GPL-3.0-or-later
// Proves that the test servers of rdpdiag_testsupport behave as documented, using plain
// POSIX client sockets (not the engine), so that the engine's integration tests can trust
// them: FIN is a FIN, RST is an RST, silence is silence, SYN drop is a pending connect.

#include "FaultServer.h"
#include "FreePort.h"
#include "Preconditions.h"
#include "SocketUtil.h"
#include "SynDropServer.h"
#include "TestCertificates.h"
#include "XrdpServer.h"
#include "wire/X224.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <memory>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace rdpdiag::test;
using rdpdiag::test::detail::SocketAddress;
using rdpdiag::test::detail::UniqueFd;

Q_DECLARE_METATYPE(rdpdiag::test::PolicyStyle)

namespace {

// ---- plain POSIX client helpers ------------------------------------------------------

/** Result of a connect attempt: the socket and errno (0 on success). */
struct Connected
{
    UniqueFd fd;
    int error = 0;
};

Connected connectTo(const QHostAddress &address, quint16 port, int timeoutMs = 2000)
{
    Connected result;
    const SocketAddress target = SocketAddress::make(address, port);
    result.fd.reset(::socket(target.family(), SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (::connect(result.fd.get(), target.data(), target.length()) != 0) {
        if (errno != EINPROGRESS) {
            result.error = errno;
            return result;
        }
        pollfd pfd{result.fd.get(), POLLOUT, 0};
        if (::poll(&pfd, 1, timeoutMs) != 1) {
            result.error = ETIMEDOUT;
            return result;
        }
        socklen_t length = sizeof result.error;
        ::getsockopt(result.fd.get(), SOL_SOCKET, SO_ERROR, &result.error, &length);
    }
    const int one = 1;
    ::setsockopt(result.fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return result;
}

Connected connectLocal(quint16 port)
{
    return connectTo(QHostAddress(QHostAddress::LocalHost), port);
}

bool sendAll(int fd, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        pollfd pfd{fd, POLLOUT, 0};
        if (::poll(&pfd, 1, 2000) != 1) {
            return false;
        }
        const ssize_t n = ::send(fd, data.constData() + sent,
                                 static_cast<size_t>(data.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            return false;
        }
        sent += std::max<ssize_t>(n, 0);
    }
    return true;
}

/** What one recv() after waiting up to timeoutMs gave. */
struct Received
{
    enum class Kind { Data, Eof, Error, Timeout } kind = Kind::Timeout;
    QByteArray data;
    int error = 0;
};

Received receiveOnce(int fd, int timeoutMs, size_t maxBytes = 65536)
{
    Received result;
    pollfd pfd{fd, POLLIN, 0};
    if (::poll(&pfd, 1, timeoutMs) != 1) {
        return result;
    }
    QByteArray buffer(static_cast<qsizetype>(maxBytes), Qt::Uninitialized);
    const ssize_t n = ::recv(fd, buffer.data(), maxBytes, 0);
    if (n > 0) {
        result.kind = Received::Kind::Data;
        result.data = buffer.left(n);
    } else if (n == 0) {
        result.kind = Received::Kind::Eof;
    } else {
        result.kind = Received::Kind::Error;
        result.error = errno;
    }
    return result;
}

/** Reads until @p count bytes arrived, the peer closed, or the time is up. */
QByteArray receiveExactly(int fd, qsizetype count, int timeoutMs = 5000)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (data.size() < count && timer.elapsed() < timeoutMs) {
        const Received r = receiveOnce(fd, static_cast<int>(timeoutMs - timer.elapsed()),
                                       static_cast<size_t>(count - data.size()));
        if (r.kind != Received::Kind::Data) {
            break;
        }
        data += r.data;
    }
    return data;
}

/** A 19-byte Connection Request with RDP_NEG_REQ, built by hand (independent of the codec). */
QByteArray connectionRequest(quint32 requestedProtocols)
{
    QByteArray cr = QByteArray::fromHex("030000130ee000000000000100080000000000");
    cr[15] = static_cast<char>(requestedProtocols & 0xff);
    cr[16] = static_cast<char>((requestedProtocols >> 8) & 0xff);
    cr[17] = static_cast<char>((requestedProtocols >> 16) & 0xff);
    cr[18] = static_cast<char>((requestedProtocols >> 24) & 0xff);
    return cr;
}

/** A legacy Connection Request: cookie, no RDP_NEG_REQ. */
QByteArray legacyRequest()
{
    const QByteArray cookie = QByteArrayLiteral("Cookie: mstshash=probe\r\n");
    QByteArray x224 = QByteArray::fromHex("e00000000000") + cookie;
    x224.prepend(static_cast<char>(x224.size()));
    QByteArray tpkt = QByteArray::fromHex("0300");
    const int length = 4 + static_cast<int>(x224.size());
    tpkt.append(static_cast<char>(length >> 8));
    tpkt.append(static_cast<char>(length & 0xff));
    return tpkt + x224;
}

bool hasIpv6Loopback()
{
    QFile file(QStringLiteral("/proc/net/if_inet6"));
    return file.open(QIODevice::ReadOnly) &&
           file.readAll().contains("00000000000000000000000000000001");
}

// ---- OpenSSL helpers to parse certificates back -----------------------------------------

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

X509Ptr parseCertificate(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509Ptr cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

PkeyPtr parseKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    PkeyPtr key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}

QString commonNameOf(X509 *cert)
{
    char buffer[256] = {};
    const int n = X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buffer,
                                            sizeof buffer);
    return n < 0 ? QString() : QString::fromUtf8(buffer, n);
}

QStringList subjectAltNamesOf(X509 *cert)
{
    QStringList names;
    auto *sans = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(sans, i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING *s = name->d.dNSName;
            names.append(
                QStringLiteral("DNS:") +
                QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                    ASN1_STRING_length(s)));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            if (ASN1_STRING_length(ip) == 4) {
                const unsigned char *b = ASN1_STRING_get0_data(ip);
                names.append(
                    QStringLiteral("IP:%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]));
            }
        }
    }
    GENERAL_NAMES_free(sans);
    return names;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    tm t{};
    if (ASN1_TIME_to_tm(time, &t) != 1) {
        return {};
    }
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

bool verifiesAgainst(X509 *leaf, X509 *ca)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf, nullptr);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    return ok;
}

/** Seconds since the epoch, truncated to whole seconds as a certificate stores them. */
QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

class TestTestServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // FreePort
    void freePortIsBindableLoopback();
    void refusedPortIsRefused();

    // FaultServer: helpers and policy
    void answerHelpersMatchMeasuredBytes();
    void requestedProtocolsOf_data();
    void requestedProtocolsOf();
    void policyAnswers_data();
    void policyAnswers();

    // FaultServer: fault kinds over real sockets
    void respondKeepsConnectionOpen();
    void closeSendsFin();
    void resetSendsRst();
    void silentNeverAnswers();
    void trickleSpacesBytes();
    void bannerArrivesBeforeRequest();
    void endlessFloodsUntilPeerLeaves();
    void endlessAtAcceptNeedsNoRequest();
    void resetOnAcceptResetsEstablishedConnection();
    void incompleteRequestTimesOut();
    void splitRequestIsReassembled();
    void nonTpktBytesCountAsRequest();
    void scriptSeesTheRequest();
    void connectionsAreServedConcurrently();
    void stopIsPromptAndClosesEverything();
    void movedServerKeepsServing();
    void refusesNonLoopbackAddresses();
    void servesOnIpv6Loopback();

    // SynDropServer
    void synDropLeavesConnectPending();

    // TestCertificates
    void certificates_data();
    void certificates();
    void caIssuedCertificateVerifies();
    void rsaKeysAreCachedPerRole();
    void badSubjectAltNameIsReported();

    // XrdpServer
    void xrdpConfigRewritesOnlyTheListener();
    void xrdpConfigRejectsIncompleteTemplate();
    void xrdpAnswersLikeMeasured_data();
    void xrdpAnswersLikeMeasured();
    void xrdpReportsWhyItCannotStart();

private:
    QTemporaryDir m_dir;
};

void TestTestServers::initTestCase()
{
    // A client writing to a socket the server reset must not kill the test.
    ::signal(SIGPIPE, SIG_IGN);
    QVERIFY(m_dir.isValid());
}

// ---- FreePort ---------------------------------------------------------------------------

void TestTestServers::freePortIsBindableLoopback()
{
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    const SocketAddress address = SocketAddress::make(QHostAddress(QHostAddress::LocalHost), port);
    UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    QCOMPARE(::bind(fd.get(), address.data(), address.length()), 0);
    QCOMPARE(detail::localPort(fd.get()), port);

    // Only loopback addresses are handed out; nothing is bound for any other address.
    QCOMPARE(freeLoopbackPort(QHostAddress(QStringLiteral("192.0.2.1"))), quint16(0));
    QCOMPARE(freeLoopbackPort(QHostAddress(QHostAddress::AnyIPv4)), quint16(0));
}

void TestTestServers::refusedPortIsRefused()
{
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    const Connected c = connectLocal(port);
    QCOMPARE(c.error, ECONNREFUSED);
}

// ---- FaultServer helpers ------------------------------------------------------------------

void TestTestServers::answerHelpersMatchMeasuredBytes()
{
    // Raw answers of xrdp 0.9.21 from docs/protocol-notes.md.
    QCOMPARE(FaultServer::negResponse(0x1),
             QByteArray::fromHex("030000130ed000001234000201080001000000"));
    QCOMPARE(FaultServer::negResponse(0x0),
             QByteArray::fromHex("030000130ed000001234000201080000000000"));
    QCOMPARE(FaultServer::negResponse(0x2, 0x03),
             QByteArray::fromHex("030000130ed000001234000203080002000000"));
    QCOMPARE(FaultServer::negFailure(1),
             QByteArray::fromHex("030000130ed000001234000300080001000000"));
    QCOMPARE(FaultServer::negFailure(0x01020305),
             QByteArray::fromHex("030000130ed000001234000300080005030201"));
    const QByteArray legacy = FaultServer::legacyConfirm();
    QCOMPARE(legacy.size(), 11);
    QCOMPARE(legacy, QByteArray::fromHex("0300000b06d00000123400"));

    // The engine's codec reads them as intended (cross-check of both sides).
    const auto rsp = rdpdiag::wire::parseConnectionConfirm(FaultServer::negResponse(0x1));
    QVERIFY2(rsp.confirm, qPrintable(rsp.error));
    QCOMPARE(rsp.confirm->kind, rdpdiag::wire::ConnectionConfirm::Kind::Response);
    QCOMPARE(rsp.confirm->selectedProtocol, quint32(1));
    const auto fail = rdpdiag::wire::parseConnectionConfirm(FaultServer::negFailure(5));
    QVERIFY2(fail.confirm, qPrintable(fail.error));
    QCOMPARE(fail.confirm->kind, rdpdiag::wire::ConnectionConfirm::Kind::Failure);
    QCOMPARE(fail.confirm->failureCode, quint32(5));
    const auto old = rdpdiag::wire::parseConnectionConfirm(FaultServer::legacyConfirm());
    QVERIFY2(old.confirm, qPrintable(old.error));
    QCOMPARE(old.confirm->kind, rdpdiag::wire::ConnectionConfirm::Kind::NoNegData);
}

void TestTestServers::requestedProtocolsOf_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("rdp") << connectionRequest(0) << qint64(0);
    QTest::newRow("ssl") << connectionRequest(1) << qint64(1);
    QTest::newRow("ssl|hybrid") << connectionRequest(3) << qint64(3);
    QTest::newRow("0xb") << connectionRequest(0xb) << qint64(0xb);
    QTest::newRow("high bits") << connectionRequest(0x80000010u) << qint64(0x80000010u);
    QTest::newRow("codec-built") << rdpdiag::wire::buildConnectionRequest(3) << qint64(3);
    {
        // x224probe.py style: cookie followed by RDP_NEG_REQ.
        QByteArray x224 = QByteArray::fromHex("e00000000000") +
                          QByteArrayLiteral("Cookie: mstshash=probe\r\n") +
                          QByteArray::fromHex("0100080002000000");
        x224.prepend(static_cast<char>(x224.size()));
        QByteArray pdu = QByteArray::fromHex("0300") + QByteArray(1, static_cast<char>(0)) +
                         QByteArray(1, static_cast<char>(4 + x224.size()));
        QTest::newRow("cookie+neg") << pdu + x224 << qint64(2);
    }
    QTest::newRow("legacy with cookie") << legacyRequest() << qint64(-1);
    QTest::newRow("legacy bare") << QByteArray::fromHex("0300000b06e00000000000") << qint64(-1);
    QTest::newRow("truncated") << connectionRequest(1).left(15) << qint64(-1);
    QTest::newRow("wrong tpkt length")
        << QByteArray::fromHex("030000200ee000000000000100080001000000") << qint64(-1);
    QTest::newRow("confirm, not request") << FaultServer::negResponse(1) << qint64(-1);
    QTest::newRow("neg length not 8")
        << QByteArray::fromHex("030000130ee000000000000100090001000000") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("http") << QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n") << qint64(-1);
}

void TestTestServers::requestedProtocolsOf()
{
    QFETCH(QByteArray, request);
    QFETCH(qint64, expected);
    QCOMPARE(FaultServer::requestedProtocolsOf(request), expected);
}

void TestTestServers::policyAnswers_data()
{
    QTest::addColumn<quint32>("mask");
    QTest::addColumn<PolicyStyle>("style");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("answer"); // empty: the server closes (FIN)

    const auto rsp = [](quint32 p) {
        return FaultServer::negResponse(p);
    };
    const auto failure = [](quint32 c) {
        return FaultServer::negFailure(c);
    };
    const PolicyStyle strict = PolicyStyle::Strict;
    const PolicyStyle fallback = PolicyStyle::FallBackToRdp;

    // NLA only, like freerdp-shadow-cli /sec:nla (docs/protocol-notes.md).
    QTest::newRow("nla-only 0") << 2u << strict << connectionRequest(0) << failure(5);
    QTest::newRow("nla-only 1") << 2u << strict << connectionRequest(1) << failure(5);
    QTest::newRow("nla-only 2") << 2u << strict << connectionRequest(2) << rsp(2);
    QTest::newRow("nla-only 3") << 2u << strict << connectionRequest(3) << rsp(2);
    QTest::newRow("nla-only 8") << 2u << strict << connectionRequest(8) << failure(5);
    QTest::newRow("nla-only legacy") << 2u << strict << legacyRequest() << failure(5);
    QTest::newRow("nla+ex 0xb") << 10u << strict << connectionRequest(0xb) << rsp(8);
    // TLS required, like xrdp security_layer=tls.
    QTest::newRow("tls-required 0") << 1u << strict << connectionRequest(0) << failure(1);
    QTest::newRow("tls-required 1") << 1u << strict << connectionRequest(1) << rsp(1);
    QTest::newRow("tls-required 2") << 1u << strict << connectionRequest(2) << failure(1);
    QTest::newRow("tls-required 3") << 1u << strict << connectionRequest(3) << rsp(1);
    QTest::newRow("tls-required legacy") << 1u << strict << legacyRequest() << failure(1);
    // RDP only by the specification.
    QTest::newRow("rdp-only 0") << 0u << strict << connectionRequest(0) << rsp(0);
    QTest::newRow("rdp-only 1") << 0u << strict << connectionRequest(1) << failure(2);
    QTest::newRow("rdp-only 3") << 0u << strict << connectionRequest(3) << failure(2);
    QTest::newRow("rdp-only legacy")
        << 0u << strict << legacyRequest() << FaultServer::legacyConfirm();
    // xrdp negotiate / rdp: silent downgrade to Standard RDP Security.
    QTest::newRow("xrdp-negotiate 0") << 1u << fallback << connectionRequest(0) << rsp(0);
    QTest::newRow("xrdp-negotiate 1") << 1u << fallback << connectionRequest(1) << rsp(1);
    QTest::newRow("xrdp-negotiate 2") << 1u << fallback << connectionRequest(2) << rsp(0);
    QTest::newRow("xrdp-negotiate 0xb") << 1u << fallback << connectionRequest(0xb) << rsp(1);
    QTest::newRow("xrdp-negotiate legacy")
        << 1u << fallback << legacyRequest() << FaultServer::legacyConfirm();
    QTest::newRow("xrdp-rdp 1") << 0u << fallback << connectionRequest(1) << rsp(0);
    QTest::newRow("xrdp-rdp 3") << 0u << fallback << connectionRequest(3) << rsp(0);
    // Not RDP at all: a real server drops the connection.
    QTest::newRow("garbage") << 1u << strict << QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n")
                             << QByteArray();
}

void TestTestServers::policyAnswers()
{
    QFETCH(quint32, mask);
    QFETCH(PolicyStyle, style);
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, answer);

    FaultServer server = FaultServer::policy(mask, style);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), request));
    if (answer.isEmpty()) {
        QCOMPARE(receiveOnce(c.fd.get(), 2000).kind, Received::Kind::Eof);
    } else {
        QCOMPARE(receiveExactly(c.fd.get(), answer.size()).toHex(), answer.toHex());
    }
    QCOMPARE(server.requests(), QList<QByteArray>{request});
}

// ---- FaultServer fault kinds --------------------------------------------------------------

void TestTestServers::respondKeepsConnectionOpen()
{
    FaultServer server = FaultServer::always(FaultAction::respond(FaultServer::negResponse(1)));
    QCOMPARE(server.port(), quint16(0));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.isRunning());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));

    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(3)));
    QCOMPARE(receiveExactly(c.fd.get(), 19), FaultServer::negResponse(1));
    // No EOF after the answer: the server keeps the connection until the client closes.
    QCOMPARE(receiveOnce(c.fd.get(), 200).kind, Received::Kind::Timeout);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.openConnectionCount(), 1);
    QCOMPARE(server.requests(), QList<QByteArray>{connectionRequest(3)});

    c.fd.reset();
    QVERIFY(server.waitForNoOpenConnections(2000));
    QCOMPARE(server.connectionCount(), 1);
}

void TestTestServers::closeSendsFin()
{
    FaultServer server = FaultServer::always(FaultAction::close());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(1) + QByteArrayLiteral("trailing bytes")));
    const Received r = receiveOnce(c.fd.get(), 2000);
    QCOMPARE(r.kind, Received::Kind::Eof);
    QVERIFY(server.waitForRequestCount(1, 2000));
    QCOMPARE(server.requests().constFirst(), connectionRequest(1));

    // The server only half-closed: it keeps reading, so bytes the client still sends are
    // swallowed instead of being answered with an RST (which close() would cause), and it
    // closes its side only after the client has.
    QVERIFY(sendAll(c.fd.get(), QByteArrayLiteral("late bytes")));
    QVERIFY(!server.waitForNoOpenConnections(200));
    QCOMPARE(server.openConnectionCount(), 1);
    // After an RST this second send would fail with EPIPE.
    QVERIFY(sendAll(c.fd.get(), QByteArrayLiteral("more late bytes")));
    c.fd.reset();
    QVERIFY(server.waitForNoOpenConnections(2000));
}

void TestTestServers::resetSendsRst()
{
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(3)));
    const Received r = receiveOnce(c.fd.get(), 2000);
    QCOMPARE(r.kind, Received::Kind::Error);
    QCOMPARE(r.error, ECONNRESET);
    QVERIFY(server.waitForNoOpenConnections(2000));
}

void TestTestServers::silentNeverAnswers()
{
    FaultServer server = FaultServer::always(FaultAction::silent());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(3)));
    QVERIFY(server.waitForRequestCount(1, 2000));
    QCOMPARE(receiveOnce(c.fd.get(), 300).kind, Received::Kind::Timeout);
    // More bytes are swallowed, still no answer and no close.
    QVERIFY(sendAll(c.fd.get(), QByteArray(1000, 'x')));
    QCOMPARE(receiveOnce(c.fd.get(), 100).kind, Received::Kind::Timeout);
    QCOMPARE(server.openConnectionCount(), 1);
}

void TestTestServers::trickleSpacesBytes()
{
    const QByteArray payload = FaultServer::negResponse(1).left(4);
    const int intervalMs = 120;
    FaultServer server = FaultServer::always(FaultAction::trickle(payload, intervalMs));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sendAll(c.fd.get(), connectionRequest(1)));

    QByteArray received;
    QList<qint64> arrivals;
    while (received.size() < payload.size() && timer.elapsed() < 5000) {
        const Received r = receiveOnce(c.fd.get(), 2000);
        QCOMPARE(r.kind, Received::Kind::Data);
        received += r.data;
        arrivals.append(timer.elapsed());
    }
    QCOMPARE(received, payload);
    // The server sends the last byte (n-1) intervals after the request at the earliest, so
    // this bound holds however late the client reads; and the bytes did not come in one go.
    const qint64 total = arrivals.constLast();
    QVERIFY2(total >= (payload.size() - 1) * intervalMs - 5,
             qPrintable(QStringLiteral("all bytes after %1 ms").arg(total)));
    QVERIFY2(arrivals.size() >= 2, "the bytes arrived all at once");
    // After the last byte the connection stays open.
    QCOMPARE(receiveOnce(c.fd.get(), intervalMs * 2).kind, Received::Kind::Timeout);
}

void TestTestServers::bannerArrivesBeforeRequest()
{
    const QByteArray banner = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    FaultServer server = FaultServer::always(FaultAction::banner(banner));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    // Nothing sent yet: the banner comes anyway.
    QCOMPARE(receiveExactly(c.fd.get(), banner.size(), 2000), banner);
    // A request sent afterwards is still recorded, and the connection stays open.
    QVERIFY(sendAll(c.fd.get(), connectionRequest(3)));
    QVERIFY(server.waitForRequestCount(1, 2000));
    QCOMPARE(server.requests().constFirst(), connectionRequest(3));
    QCOMPARE(receiveOnce(c.fd.get(), 200).kind, Received::Kind::Timeout);
}

void TestTestServers::endlessFloodsUntilPeerLeaves()
{
    FaultServer server = FaultServer::always(FaultAction::endless());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(3)));
    const qsizetype want = 2 * 1024 * 1024;
    const QByteArray data = receiveExactly(c.fd.get(), want, 10000);
    QCOMPARE(data.size(), want);
    QVERIFY(static_cast<quint8>(data.at(0)) != 0x03); // not a TPKT
    c.fd.reset();
    QVERIFY(server.waitForNoOpenConnections(3000));
}

void TestTestServers::endlessAtAcceptNeedsNoRequest()
{
    FaultServer server =
        FaultServer::always(FaultAction::endless(QByteArrayLiteral("ab")).atAccept());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    const QByteArray data = receiveExactly(c.fd.get(), 100000, 5000);
    QCOMPARE(data.size(), 100000);
    QCOMPARE(data.left(6), QByteArrayLiteral("ababab"));
    QVERIFY(server.requests().isEmpty());
}

void TestTestServers::resetOnAcceptResetsEstablishedConnection()
{
    FaultServer server = FaultServer::always(FaultAction::resetOnAccept());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    // The kernel completes the handshake before accept(), so the connection is never refused.
    // On a busy machine the reset can overtake the client's look at the connect result, which
    // then reports it (SO_ERROR); otherwise the first read does.
    if (c.error != ECONNRESET) {
        QCOMPARE(c.error, 0);
        const Received r = receiveOnce(c.fd.get(), 2000);
        QCOMPARE(r.kind, Received::Kind::Error);
        QCOMPARE(r.error, ECONNRESET);
    }
    QCOMPARE(server.connectionCount(), 1);
    QVERIFY(server.requests().isEmpty());
}

void TestTestServers::incompleteRequestTimesOut()
{
    FaultServer server = FaultServer::always(FaultAction::respond(FaultServer::negResponse(1)));
    server.setRequestTimeout(300);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QElapsedTimer timer;
    timer.start(); // before connect: the server's clock starts at accept, which is later
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(1).left(10)));
    const Received r = receiveOnce(c.fd.get(), 3000);
    QCOMPARE(r.kind, Received::Kind::Eof);
    QVERIFY2(timer.elapsed() >= 295, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(server.requests().isEmpty()); // the script never saw a partial request
}

void TestTestServers::splitRequestIsReassembled()
{
    FaultServer server = FaultServer::always(FaultAction::respond(FaultServer::negResponse(2)));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    const QByteArray cr = connectionRequest(2);
    // The pauses are the stimulus (separate TCP segments), not synchronisation.
    QVERIFY(sendAll(c.fd.get(), cr.left(2)));
    QThread::msleep(30);
    QVERIFY(sendAll(c.fd.get(), cr.mid(2, 9)));
    QCOMPARE(receiveOnce(c.fd.get(), 50).kind, Received::Kind::Timeout); // not complete yet
    QVERIFY(sendAll(c.fd.get(), cr.mid(11) + QByteArrayLiteral("\x16\x03\x01")));
    QCOMPARE(receiveExactly(c.fd.get(), 19), FaultServer::negResponse(2));
    QCOMPARE(server.requests(), QList<QByteArray>{cr}); // bytes after the PDU are not in it
}

void TestTestServers::nonTpktBytesCountAsRequest()
{
    FaultServer server =
        FaultServer::always(FaultAction::respond(QByteArrayLiteral("HTTP/1.0 400\r\n")));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectLocal(server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n")));
    QCOMPARE(receiveExactly(c.fd.get(), 14), QByteArrayLiteral("HTTP/1.0 400\r\n"));
    QCOMPARE(server.requests(), QList<QByteArray>{QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n")});
}

void TestTestServers::scriptSeesTheRequest()
{
    // Echoes requestedProtocols back as selectedProtocol; the accept-time call sees a null
    // request.
    auto acceptCalls = std::make_shared<std::atomic<int>>(0);
    FaultServer server([acceptCalls](const QByteArray &request) {
        if (request.isNull()) {
            ++*acceptCalls;
            return FaultAction::silent();
        }
        const qint64 requested = FaultServer::requestedProtocolsOf(request);
        return FaultAction::respond(FaultServer::negResponse(static_cast<quint32>(requested)));
    });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    for (const quint32 requested : {0u, 1u, 3u, 0xbu}) {
        Connected c = connectLocal(server.port());
        QCOMPARE(c.error, 0);
        QVERIFY(sendAll(c.fd.get(), connectionRequest(requested)));
        QCOMPARE(receiveExactly(c.fd.get(), 19), FaultServer::negResponse(requested));
    }
    QCOMPARE(server.connectionCount(), 4);
    QCOMPARE(acceptCalls->load(), 4);
    QCOMPARE(server.requests().size(), 4);
}

void TestTestServers::connectionsAreServedConcurrently()
{
    FaultServer server = FaultServer::always(FaultAction::respond(FaultServer::negResponse(1)));
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    // A client that never completes its request must not hold up anybody else.
    Connected stalled = connectLocal(server.port());
    QCOMPARE(stalled.error, 0);
    QVERIFY(sendAll(stalled.fd.get(), connectionRequest(1).left(5)));

    std::vector<Connected> clients;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(connectLocal(server.port()));
        QCOMPARE(clients.back().error, 0);
    }
    for (const Connected &c : clients) {
        QVERIFY(sendAll(c.fd.get(), connectionRequest(3)));
    }
    QElapsedTimer timer;
    timer.start();
    for (const Connected &c : clients) {
        QCOMPARE(receiveExactly(c.fd.get(), 19, 2000), FaultServer::negResponse(1));
    }
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(server.connectionCount(), 9);
    QCOMPARE(server.requests().size(), 8);
    QCOMPARE(server.openConnectionCount(), 9);
}

void TestTestServers::stopIsPromptAndClosesEverything()
{
    auto server = std::make_unique<FaultServer>(FaultServer::always(FaultAction::endless()));
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    const quint16 port = server->port();
    // One client floods-but-never-reads (server blocked on a full send buffer), one silent.
    Connected flooded = connectLocal(port);
    QCOMPARE(flooded.error, 0);
    QVERIFY(sendAll(flooded.fd.get(), connectionRequest(1)));
    Connected idle = connectLocal(port);
    QCOMPARE(idle.error, 0);
    QVERIFY(server->waitForConnectionCount(2, 2000));
    QVERIFY(server->waitForRequestCount(1, 2000));

    QElapsedTimer timer;
    timer.start();
    server.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // The idle client sees its connection end; the port now refuses.
    const Received r = receiveOnce(idle.fd.get(), 2000);
    QVERIFY(r.kind == Received::Kind::Eof || r.kind == Received::Kind::Error);
    QCOMPARE(connectLocal(port).error, ECONNREFUSED);
}

void TestTestServers::movedServerKeepsServing()
{
    FaultServer first = FaultServer::always(FaultAction::respond(FaultServer::negResponse(0)));
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const quint16 port = first.port();
    FaultServer moved = std::move(first);
    QCOMPARE(moved.port(), port);
    Connected c = connectLocal(port);
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(0)));
    QCOMPARE(receiveExactly(c.fd.get(), 19), FaultServer::negResponse(0));
    QCOMPARE(moved.requests().size(), 1);
}

void TestTestServers::refusesNonLoopbackAddresses()
{
    FaultServer fault =
        FaultServer::always(FaultAction::close(), QHostAddress(QStringLiteral("192.0.2.1")));
    QVERIFY(!fault.start());
    QVERIFY(fault.errorString().contains(QLatin1String("192.0.2.1")));
    QVERIFY(!fault.isRunning());

    FaultServer any =
        FaultServer::always(FaultAction::close(), QHostAddress(QHostAddress::AnyIPv4));
    QVERIFY(!any.start());

    SynDropServer drop{QHostAddress(QHostAddress::Any)};
    QVERIFY(!drop.start());
    QVERIFY(!drop.errorString().isEmpty());
}

void TestTestServers::servesOnIpv6Loopback()
{
    RDPDIAG_REQUIRE(hasIpv6Loopback(), "this machine has no ::1");
    const QHostAddress v6(QHostAddress::LocalHostIPv6);
    QVERIFY(freeLoopbackPort(v6) != 0);
    FaultServer server = FaultServer::policy(1, PolicyStyle::Strict, 0x01, v6);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connected c = connectTo(v6, server.port());
    QCOMPARE(c.error, 0);
    QVERIFY(sendAll(c.fd.get(), connectionRequest(0)));
    QCOMPARE(receiveExactly(c.fd.get(), 19), FaultServer::negFailure(1));
    // Bound to ::1 only: the same port on 127.0.0.1 is refused.
    QCOMPARE(connectLocal(server.port()).error, ECONNREFUSED);
}

// ---- SynDropServer ------------------------------------------------------------------------

void TestTestServers::synDropLeavesConnectPending()
{
    auto server = std::make_unique<SynDropServer>();
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QVERIFY(server->port() != 0);
    QVERIFY(server->fillerCount() >= 1);

    const SocketAddress target =
        SocketAddress::make(QHostAddress(QHostAddress::LocalHost), server->port());
    UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    QCOMPARE(::connect(fd.get(), target.data(), target.length()), -1);
    QCOMPARE(errno, EINPROGRESS);
    pollfd pfd{fd.get(), POLLOUT, 0};
    // Neither connected nor refused after a second: the SYN (and its retry) was dropped.
    QCOMPARE(::poll(&pfd, 1, 1000), 0);
    int error = -1;
    socklen_t length = sizeof error;
    QCOMPARE(::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &error, &length), 0);
    QCOMPARE(error, 0);
}

// ---- TestCertificates ---------------------------------------------------------------------

void TestTestServers::certificates_data()
{
    using O = CertificateOptions;
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("sans");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");
    QTest::addColumn<int>("keyType"); // O::KeyType
    QTest::addColumn<int>("rsaBits");
    QTest::addColumn<int>("digest"); // O::Digest
    QTest::addColumn<int>("eku");    // O::ExtendedKeyUsage
    QTest::addColumn<int>("signatureNid");
    QTest::addColumn<int>("validNow"); // X509_cmp_current_time sense: -1 expired, 0 valid, 1 future

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList local = {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")};
    const int rsa = int(O::KeyType::Rsa);
    const int sha256 = int(O::Digest::Sha256);
    const int server = int(O::ExtendedKeyUsage::ServerAuth);

    QTest::newRow("rsa2048 sha256 server")
        << QStringLiteral("localhost") << local << now.addDays(-1) << now.addDays(365) << rsa
        << 2048 << sha256 << server << int(NID_sha256WithRSAEncryption) << 0;
    QTest::newRow("weak rsa1024 sha1")
        << QStringLiteral("WIN-ABC123") << QStringList() << now.addDays(-1) << now.addDays(365)
        << rsa << 1024 << int(O::Digest::Sha1) << server << int(NID_sha1WithRSAEncryption) << 0;
    QTest::newRow("ec p-256") << QStringLiteral("ec.example.test")
                              << QStringList{QStringLiteral("DNS:ec.example.test")}
                              << now.addDays(-1) << now.addDays(90) << int(O::KeyType::EcP256) << 0
                              << sha256 << server << int(NID_ecdsa_with_SHA256) << 0;
    QTest::newRow("expired 2020") << QStringLiteral("localhost") << local
                                  << QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)
                                  << QDateTime(QDate(2020, 1, 31), QTime(0, 0), Qt::UTC) << rsa
                                  << 2048 << sha256 << server << int(NID_sha256WithRSAEncryption)
                                  << -1;
    QTest::newRow("not yet valid")
        << QStringLiteral("localhost") << local << now.addDays(10) << now.addDays(400) << rsa
        << 2048 << sha256 << server << int(NID_sha256WithRSAEncryption) << 1;
    QTest::newRow("expires in a week")
        << QStringLiteral("localhost") << local << now.addDays(-300) << now.addDays(7) << rsa
        << 2048 << sha256 << server << int(NID_sha256WithRSAEncryption) << 0;
    QTest::newRow("client auth only")
        << QStringLiteral("client") << QStringList() << now.addDays(-1) << now.addDays(30) << rsa
        << 2048 << int(O::Digest::Sha384) << int(O::ExtendedKeyUsage::ClientAuth)
        << int(NID_sha384WithRSAEncryption) << 0;
    QTest::newRow("no eku, san only, beyond 2049")
        << QString() << QStringList{QStringLiteral("DNS:rdp.example.test")} << now.addDays(-1)
        << QDateTime(QDate(2060, 6, 1), QTime(12, 0), Qt::UTC) << rsa << 2048 << sha256
        << int(O::ExtendedKeyUsage::None) << int(NID_sha256WithRSAEncryption) << 0;
}

void TestTestServers::certificates()
{
    QFETCH(QString, commonName);
    QFETCH(QStringList, sans);
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);
    QFETCH(int, keyType);
    QFETCH(int, rsaBits);
    QFETCH(int, digest);
    QFETCH(int, eku);
    QFETCH(int, signatureNid);
    QFETCH(int, validNow);

    CertificateOptions options;
    options.commonName = commonName;
    options.subjectAltNames = sans;
    options.notBefore = notBefore;
    options.notAfter = notAfter;
    options.keyType = static_cast<CertificateOptions::KeyType>(keyType);
    options.rsaBits = rsaBits;
    options.digest = static_cast<CertificateOptions::Digest>(digest);
    options.extendedKeyUsage = static_cast<CertificateOptions::ExtendedKeyUsage>(eku);
    const QString base =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    const TestCertificate made = makeTestCertificate(options, m_dir.path(), base);
    QVERIFY2(made.isValid(), qPrintable(made.error));
    QVERIFY(made.chainPath.isEmpty());

    // Parse back what is on disk, not what is in memory.
    QCOMPARE(readFile(made.certificatePath), made.certificatePem);
    QCOMPARE(readFile(made.keyPath), made.keyPem);
    X509Ptr cert = parseCertificate(readFile(made.certificatePath));
    PkeyPtr key = parseKey(readFile(made.keyPath));
    QVERIFY(cert);
    QVERIFY(key);
    QCOMPARE(X509_check_private_key(cert.get(), key.get()), 1);
    QCOMPARE(X509_get_version(cert.get()), long(X509_VERSION_3));

    QCOMPARE(commonNameOf(cert.get()), commonName);
    QCOMPARE(subjectAltNamesOf(cert.get()), sans);
    QCOMPARE(toDateTime(X509_get0_notBefore(cert.get())), wholeSeconds(notBefore));
    QCOMPARE(toDateTime(X509_get0_notAfter(cert.get())), wholeSeconds(notAfter));
    const int notBeforeCmp = X509_cmp_current_time(X509_get0_notBefore(cert.get()));
    const int notAfterCmp = X509_cmp_current_time(X509_get0_notAfter(cert.get()));
    const int state = notAfterCmp < 0 ? -1 : (notBeforeCmp > 0 ? 1 : 0);
    QCOMPARE(state, validNow);

    EVP_PKEY *pub = X509_get0_pubkey(cert.get());
    if (options.keyType == CertificateOptions::KeyType::Rsa) {
        QCOMPARE(EVP_PKEY_get_base_id(pub), EVP_PKEY_RSA);
        QCOMPARE(EVP_PKEY_get_bits(pub), rsaBits);
    } else {
        QCOMPARE(EVP_PKEY_get_base_id(pub), EVP_PKEY_EC);
        char group[64] = {};
        size_t groupLength = 0;
        QCOMPARE(EVP_PKEY_get_utf8_string_param(pub, "group", group, sizeof group, &groupLength),
                 1);
        QCOMPARE(QByteArray(group), QByteArrayLiteral("prime256v1"));
    }
    QCOMPARE(X509_get_signature_nid(cert.get()), signatureNid);
    QCOMPARE(X509_self_signed(cert.get(), 0), 1);
    QCOMPARE(X509_check_ca(cert.get()), 0);

    const uint32_t flags = X509_get_extension_flags(cert.get());
    const uint32_t xku = X509_get_extended_key_usage(cert.get());
    switch (options.extendedKeyUsage) {
    case CertificateOptions::ExtendedKeyUsage::ServerAuth:
        QVERIFY(flags & EXFLAG_XKUSAGE);
        QCOMPARE(xku & (XKU_SSL_SERVER | XKU_SSL_CLIENT), uint32_t(XKU_SSL_SERVER));
        break;
    case CertificateOptions::ExtendedKeyUsage::ClientAuth:
        QVERIFY(flags & EXFLAG_XKUSAGE);
        QCOMPARE(xku & (XKU_SSL_SERVER | XKU_SSL_CLIENT), uint32_t(XKU_SSL_CLIENT));
        break;
    case CertificateOptions::ExtendedKeyUsage::ServerAndClientAuth:
        QVERIFY(flags & EXFLAG_XKUSAGE);
        QCOMPARE(xku & (XKU_SSL_SERVER | XKU_SSL_CLIENT),
                 uint32_t(XKU_SSL_SERVER | XKU_SSL_CLIENT));
        break;
    case CertificateOptions::ExtendedKeyUsage::None:
        QVERIFY(!(flags & EXFLAG_XKUSAGE));
        break;
    }
    // Default key usage for a leaf: digitalSignature (+ keyEncipherment for RSA).
    QVERIFY(flags & EXFLAG_KUSAGE);
    const uint32_t ku = X509_get_key_usage(cert.get());
    QVERIFY(ku & KU_DIGITAL_SIGNATURE);
    QCOMPARE(bool(ku & KU_KEY_ENCIPHERMENT), options.keyType == CertificateOptions::KeyType::Rsa);
    QVERIFY(!(ku & KU_KEY_CERT_SIGN));
}

void TestTestServers::caIssuedCertificateVerifies()
{
    CertificateOptions caOptions;
    caOptions.commonName = QStringLiteral("rdpdiag test CA");
    caOptions.organization = QStringLiteral("rdpdiag tests");
    caOptions.certificateAuthority = true;
    caOptions.extendedKeyUsage = CertificateOptions::ExtendedKeyUsage::None;
    const TestCertificate ca = makeTestCertificate(caOptions, m_dir.path(), QStringLiteral("ca"));
    QVERIFY2(ca.isValid(), qPrintable(ca.error));

    CertificateOptions leafOptions;
    leafOptions.commonName = QStringLiteral("rdp.example.test");
    leafOptions.subjectAltNames = {QStringLiteral("DNS:rdp.example.test"),
                                   QStringLiteral("DNS:*.corp.example.test")};
    leafOptions.issuer = &ca;
    const TestCertificate leaf =
        makeTestCertificate(leafOptions, m_dir.path(), QStringLiteral("leaf"));
    QVERIFY2(leaf.isValid(), qPrintable(leaf.error));
    QCOMPARE(readFile(leaf.chainPath), leaf.certificatePem + ca.certificatePem);

    X509Ptr caCert = parseCertificate(ca.certificatePem);
    X509Ptr leafCert = parseCertificate(readFile(leaf.certificatePath));
    QVERIFY(caCert && leafCert);
    QVERIFY(X509_check_ca(caCert.get()) > 0);
    QVERIFY(X509_get_key_usage(caCert.get()) & KU_KEY_CERT_SIGN);
    QCOMPARE(X509_self_signed(caCert.get(), 0), 1);
    QCOMPARE(X509_self_signed(leafCert.get(), 0), 0);
    QCOMPARE(
        X509_NAME_cmp(X509_get_issuer_name(leafCert.get()), X509_get_subject_name(caCert.get())),
        0);
    QVERIFY(verifiesAgainst(leafCert.get(), caCert.get()));
    QCOMPARE(X509_check_host(leafCert.get(), "x.corp.example.test", 0, 0, nullptr), 1);

    // Another CA with the same name but another key does not verify the leaf.
    CertificateOptions otherOptions = caOptions;
    otherOptions.freshKey = true;
    const TestCertificate other =
        makeTestCertificate(otherOptions, m_dir.path(), QStringLiteral("other-ca"));
    QVERIFY2(other.isValid(), qPrintable(other.error));
    X509Ptr otherCert = parseCertificate(other.certificatePem);
    QVERIFY(!verifiesAgainst(leafCert.get(), otherCert.get()));
}

void TestTestServers::rsaKeysAreCachedPerRole()
{
    const auto publicKeyOf = [this](const CertificateOptions &options, const QString &name) {
        const TestCertificate made = makeTestCertificate(options, m_dir.path(), name);
        return made.isValid() ? parseKey(made.keyPem) : PkeyPtr();
    };
    CertificateOptions leaf;
    const PkeyPtr a = publicKeyOf(leaf, QStringLiteral("cache-a"));
    const PkeyPtr b = publicKeyOf(leaf, QStringLiteral("cache-b"));
    CertificateOptions fresh;
    fresh.freshKey = true;
    const PkeyPtr c = publicKeyOf(fresh, QStringLiteral("cache-c"));
    CertificateOptions ca;
    ca.certificateAuthority = true;
    const PkeyPtr d = publicKeyOf(ca, QStringLiteral("cache-d"));
    QVERIFY(a && b && c && d);
    QCOMPARE(EVP_PKEY_eq(a.get(), b.get()), 1);
    QVERIFY(EVP_PKEY_eq(a.get(), c.get()) != 1);
    QVERIFY(EVP_PKEY_eq(a.get(), d.get()) != 1);
}

void TestTestServers::badSubjectAltNameIsReported()
{
    CertificateOptions options;
    options.subjectAltNames = {QStringLiteral("BOGUS:thing")};
    const TestCertificate made = makeTestCertificate(options, m_dir.path(), QStringLiteral("bad"));
    QVERIFY(!made.isValid());
    QVERIFY(made.error.contains(QLatin1String("subjectAltName")));

    options.subjectAltNames.clear();
    options.rsaBits = 100;
    QVERIFY(!makeTestCertificate(options, m_dir.path(), QStringLiteral("bad")).isValid());

    CertificateOptions unwritable;
    QVERIFY(!makeTestCertificate(unwritable, QStringLiteral("/nonexistent/dir")).isValid());
}

// ---- XrdpServer ---------------------------------------------------------------------------

void TestTestServers::xrdpConfigRewritesOnlyTheListener()
{
    QFile stockFile(QStringLiteral("/etc/xrdp/xrdp.ini"));
    QVERIFY2(stockFile.open(QIODevice::ReadOnly), "xrdp is not installed (/etc/xrdp/xrdp.ini)");
    const QByteArray stock = stockFile.readAll();

    XrdpOptions options;
    options.securityLayer = QStringLiteral("tls");
    options.certificatePath = QStringLiteral("/tmp/c.pem");
    options.keyPath = QStringLiteral("/tmp/k.pem");
    options.sslProtocols = QStringLiteral("TLSv1.3");
    options.cryptLevel = QStringLiteral("fips");
    options.tlsCiphers = QStringLiteral("DEFAULT:@SECLEVEL=0");
    QString error;
    const QByteArray config =
        XrdpServer::makeConfig(stock, options, 34567, QStringLiteral("/tmp/x.log"), &error);
    QVERIFY2(!config.isEmpty(), qPrintable(error));

    const QList<QByteArray> stockLines = stock.split('\n');
    const QList<QByteArray> lines = config.split('\n');
    QCOMPARE(lines.size(), stockLines.size());
    QList<QByteArray> ports;
    for (const QByteArray &line : lines) {
        if (line.startsWith("port=")) {
            ports.append(line);
        }
    }
    QList<QByteArray> stockPorts;
    for (const QByteArray &line : stockLines) {
        if (line.startsWith("port=")) {
            stockPorts.append(line);
        }
    }
    QVERIFY(stockPorts.size() > 1); // the session sections have port= keys too
    QCOMPARE(ports.constFirst(), QByteArrayLiteral("port=tcp://127.0.0.1:34567"));
    QCOMPARE(ports.mid(1), stockPorts.mid(1));
    for (const QByteArray &expected :
         {QByteArrayLiteral("security_layer=tls"), QByteArrayLiteral("crypt_level=fips"),
          QByteArrayLiteral("certificate=/tmp/c.pem"), QByteArrayLiteral("key_file=/tmp/k.pem"),
          QByteArrayLiteral("ssl_protocols=TLSv1.3"),
          QByteArrayLiteral("tls_ciphers=DEFAULT:@SECLEVEL=0"),
          QByteArrayLiteral("LogFile=/tmp/x.log"), QByteArrayLiteral("LogLevel=DEBUG"),
          QByteArrayLiteral("EnableSyslog=false")}) {
        QVERIFY2(lines.contains(expected), expected.constData());
    }
    // Without tls_ciphers the stock commented line stays.
    const QByteArray plain =
        XrdpServer::makeConfig(stock, XrdpOptions(), 1, QStringLiteral("/tmp/x.log"), &error);
    QVERIFY(plain.contains("\n#tls_ciphers="));
}

void TestTestServers::xrdpConfigRejectsIncompleteTemplate()
{
    QString error;
    const QByteArray noGlobalsPort = "[Globals]\nsecurity_layer=negotiate\n[Xorg]\nport=-1\n";
    QVERIFY(
        XrdpServer::makeConfig(noGlobalsPort, XrdpOptions(), 1, QStringLiteral("/tmp/x"), &error)
            .isEmpty());
    QVERIFY(error.contains(QLatin1String("[Xorg]")));
    const QByteArray missingKeys = "[Globals]\nport=3389\n";
    QVERIFY(XrdpServer::makeConfig(missingKeys, XrdpOptions(), 1, QStringLiteral("/tmp/x"), &error)
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("security_layer")));
}

void TestTestServers::xrdpAnswersLikeMeasured_data()
{
    QTest::addColumn<QString>("securityLayer");
    QTest::addColumn<QList<QByteArray>>("answers"); // for requestedProtocols 1, 0, 2, 3

    const auto rsp = [](quint32 p) {
        return FaultServer::negResponse(p);
    };
    // docs/protocol-notes.md; requestedProtocols=1 first, the case the brief names.
    QTest::newRow("negotiate") << QStringLiteral("negotiate")
                               << QList<QByteArray>{rsp(1), rsp(0), rsp(0), rsp(1)};
    QTest::newRow("rdp") << QStringLiteral("rdp")
                         << QList<QByteArray>{rsp(0), rsp(0), rsp(0), rsp(0)};
    QTest::newRow("tls") << QStringLiteral("tls")
                         << QList<QByteArray>{rsp(1), FaultServer::negFailure(1),
                                              FaultServer::negFailure(1), rsp(1)};
}

void TestTestServers::xrdpAnswersLikeMeasured()
{
    QFETCH(QString, securityLayer);
    QFETCH(QList<QByteArray>, answers);

    XrdpOptions options;
    options.securityLayer = securityLayer;
    auto server = std::make_unique<XrdpServer>(options);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QVERIFY(server->isRunning());
    const quint16 port = server->port();
    const qint64 pid = server->processId();
    QVERIFY(port != 0);
    QVERIFY(pid > 0);
    QCOMPARE(server->listeningAddresses(), QStringList{QStringLiteral("127.0.0.1:%1").arg(port)});
    if (hasIpv6Loopback()) {
        QCOMPARE(connectTo(QHostAddress(QHostAddress::LocalHostIPv6), port).error, ECONNREFUSED);
    }

    const quint32 requests[] = {1, 0, 2, 3};
    for (int i = 0; i < 4; ++i) {
        Connected c = connectLocal(port);
        QCOMPARE(c.error, 0);
        QVERIFY(sendAll(c.fd.get(), connectionRequest(requests[i])));
        const QByteArray answer = receiveExactly(c.fd.get(), 19);
        QVERIFY2(
            answer == answers.at(i),
            qPrintable(QStringLiteral("requestedProtocols=%1: got %2, expected %3\n%4")
                           .arg(requests[i])
                           .arg(QString::fromLatin1(answer.toHex()),
                                QString::fromLatin1(answers.at(i).toHex()), server->logTail())));
    }
    const QByteArray log = server->logContents();
    QVERIFY(log.contains("listening to port " + QByteArray::number(port) + " on 127.0.0.1"));
    QVERIFY(log.contains("security_layer, value " + securityLayer.toLatin1()));

    // Stopping leaves no process behind and frees the port.
    server.reset();
    QCOMPARE(::kill(static_cast<pid_t>(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
    QCOMPARE(::kill(-static_cast<pid_t>(pid), 0), -1); // the whole process group is gone
    QCOMPARE(connectLocal(port).error, ECONNREFUSED);
}

void TestTestServers::xrdpReportsWhyItCannotStart()
{
    XrdpOptions missingBinary;
    missingBinary.executable = QStringLiteral("/nonexistent/xrdp");
    XrdpServer a(missingBinary);
    QVERIFY(!a.start());
    QVERIFY2(a.errorString().contains(QLatin1String("/nonexistent/xrdp")),
             qPrintable(a.errorString()));
    QVERIFY(!a.isRunning());

    XrdpOptions missingTemplate;
    missingTemplate.iniTemplate = QStringLiteral("/nonexistent/xrdp.ini");
    XrdpServer b(missingTemplate);
    QVERIFY(!b.start());
    QVERIFY2(b.errorString().contains(QLatin1String("/nonexistent/xrdp.ini")),
             qPrintable(b.errorString()));

    // A daemon that exits at once (/bin/false in place of xrdp): start() must say that it
    // exited and show the log tail instead of waiting for the timeout.
    XrdpOptions exitsAtOnce;
    exitsAtOnce.executable = QStringLiteral("/bin/false");
    XrdpServer c(exitsAtOnce);
    QVERIFY(!c.start());
    QVERIFY2(c.errorString().contains(QLatin1String("exited")), qPrintable(c.errorString()));
}

QTEST_GUILESS_MAIN(TestTestServers)
#include "TestTestServers.moc"
