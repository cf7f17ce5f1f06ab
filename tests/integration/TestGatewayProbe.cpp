// SPDX-License-Identifier: GPL-3.0-or-later
// The RD Gateway path against a small HTTPS server on 127.0.0.1 that answers like an RD
// Gateway (401 with its authentication schemes for RDG_OUT_DATA /remoteDesktopGateway/),
// or like a plain web server (404), with good, expired and misnamed certificates; and a
// whole run with an .rdp file whose host cannot be reached directly.
#include "TestCertificates.h"
#include "probes/GatewayProbe.h"
#include "rules/LocalRules.h"
#include "runner/Runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

/** HTTPS on 127.0.0.1:0 answering every request with a fixed response. */
class HttpsResponder
{
public:
    HttpsResponder(const TestCertificate &certificate, QByteArray gatewayAnswer)
        : m_answer(std::move(gatewayAnswer))
    {
        m_ctx = SSL_CTX_new(TLS_server_method());
        SSL_CTX_use_certificate_file(
            m_ctx, QFile::encodeName(certificate.certificatePath).constData(), SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(m_ctx, QFile::encodeName(certificate.keyPath).constData(),
                                    SSL_FILETYPE_PEM);
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 8);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~HttpsResponder()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
        SSL_CTX_free(m_ctx);
    }
    quint16 port() const { return m_port; }
    QByteArray lastRequest() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_request;
    }

private:
    void serve()
    {
        while (!m_stop) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                return;
            timeval timeout{5, 0};
            ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
            SSL *ssl = SSL_new(m_ctx);
            SSL_set_fd(ssl, client);
            if (SSL_accept(ssl) == 1) {
                QByteArray request;
                char buffer[1024];
                while (!request.contains("\r\n\r\n") && request.size() < 16384) {
                    const int n = SSL_read(ssl, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    request.append(buffer, n);
                }
                {
                    std::lock_guard<std::mutex> lock(m_mutex);
                    m_request = request;
                }
                const bool gatewayPath = request.startsWith("RDG_OUT_DATA /remoteDesktopGateway/ ");
                const QByteArray answer =
                    gatewayPath ? m_answer
                                : QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                SSL_write(ssl, answer.constData(), static_cast<int>(answer.size()));
                SSL_shutdown(ssl);
            }
            SSL_free(ssl);
            ::close(client);
        }
    }

    SSL_CTX *m_ctx = nullptr;
    int m_fd = -1;
    quint16 m_port = 0;
    QByteArray m_answer;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QByteArray m_request;
};

const QByteArray kGatewayAnswer =
    "HTTP/1.1 401 Unauthorized\r\nServer: Microsoft-IIS/10.0\r\n"
    "WWW-Authenticate: Negotiate\r\nWWW-Authenticate: NTLM\r\nContent-Length: 0\r\n\r\n";

RdpFileSettings settingsFor(quint16 port, int method = 1)
{
    RdpFileSettings settings;
    settings.fullAddress = QStringLiteral("127.0.0.1");
    settings.gatewayHostname = QStringLiteral("localhost:%1").arg(port);
    settings.gatewayUsageMethod = method;
    return settings;
}

QStringList localCodes(const GatewayFacts &gateway)
{
    Facts facts;
    facts.local = LocalFacts{};
    facts.local->gateway = gateway;
    RuleContext context;
    context.target = *parseTargetText(QStringLiteral("127.0.0.1")).target;
    context.now = QDateTime::currentDateTimeUtc();
    QStringList codes;
    for (const Finding &finding : evaluateLocalRules(facts, context))
        codes << finding.code;
    return codes;
}

} // namespace

class TestGatewayProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CertificateOptions options;
        options.commonName = QStringLiteral("localhost");
        options.subjectAltNames = {QStringLiteral("DNS:localhost")};
        m_good = makeTestCertificate(options, m_dir.path(), QStringLiteral("gw"));
        options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        options.notAfter = QDateTime(QDate(2020, 6, 1), QTime(0, 0), Qt::UTC);
        m_expired = makeTestCertificate(options, m_dir.path(), QStringLiteral("gw-expired"));
        CertificateOptions other;
        other.commonName = QStringLiteral("gateway.example.invalid");
        other.subjectAltNames = {QStringLiteral("DNS:gateway.example.invalid")};
        m_misnamed = makeTestCertificate(other, m_dir.path(), QStringLiteral("gw-other"));
        QVERIFY(m_good.isValid() && m_expired.isValid() && m_misnamed.isValid());
    }

    void answersLikeAGateway()
    {
        HttpsResponder responder(m_good, kGatewayAnswer);
        CancelToken cancel;
        const GatewayFacts facts = probeGateway(settingsFor(responder.port()), 3000ms, cancel);
        QVERIFY(facts.probed);
        QCOMPARE(facts.host, QStringLiteral("localhost"));
        QCOMPARE(facts.port, responder.port());
        QCOMPARE(facts.path, GatewayFacts::Path::Always);
        QVERIFY(!facts.connectedAddress.isEmpty());
        QCOMPARE(facts.tls->outcome, TlsAttempt::Outcome::Established);
        QCOMPARE(facts.certificate->nameMatches, std::optional<bool>(true));
        QCOMPARE(facts.httpStatus, std::optional<int>(401));
        QCOMPARE(facts.authSchemes,
                 (QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM")}));
        // Anonymous: no Authorization header, no user name.
        const QByteArray request = responder.lastRequest();
        QVERIFY(request.startsWith("RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n"));
        QVERIFY(request.contains("RDG-Connection-Id: {"));
        QVERIFY(!request.toLower().contains("authorization"));
        // Self-signed here: untrusted is the only gateway problem.
        QCOMPARE(localCodes(facts), (QStringList{QStringLiteral("gateway.path"),
                                                 QStringLiteral("gateway.cert_untrusted")}));
    }

    void expiredCertificate()
    {
        HttpsResponder responder(m_expired, kGatewayAnswer);
        CancelToken cancel;
        const GatewayFacts facts = probeGateway(settingsFor(responder.port()), 3000ms, cancel);
        QCOMPARE(facts.tls->outcome, TlsAttempt::Outcome::Established);
        QVERIFY(localCodes(facts).contains(QLatin1String("gateway.cert_expired")));
    }

    void misnamedCertificate()
    {
        HttpsResponder responder(m_misnamed, kGatewayAnswer);
        CancelToken cancel;
        const GatewayFacts facts = probeGateway(settingsFor(responder.port()), 3000ms, cancel);
        QCOMPARE(facts.certificate->nameMatches, std::optional<bool>(false));
        QVERIFY(localCodes(facts).contains(QLatin1String("gateway.cert_name_mismatch")));
    }

    void plainWebServer()
    {
        HttpsResponder responder(m_good, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        CancelToken cancel;
        const GatewayFacts facts = probeGateway(settingsFor(responder.port()), 3000ms, cancel);
        QCOMPARE(facts.httpStatus, std::optional<int>(404));
        QVERIFY(localCodes(facts).contains(QLatin1String("gateway.not_rd_gateway")));
    }

    void nothingListens()
    {
        quint16 closed = 0;
        {
            HttpsResponder responder(m_good, kGatewayAnswer);
            closed = responder.port();
        }
        CancelToken cancel;
        const GatewayFacts facts = probeGateway(settingsFor(closed), 3000ms, cancel);
        QVERIFY(facts.connectedAddress.isEmpty());
        QVERIFY(!facts.tcp.isEmpty());
        QCOMPARE(facts.tcp.last().outcome, IoOutcome::Refused);
        QVERIFY(localCodes(facts).contains(QLatin1String("gateway.unreachable")));
    }

    void wholeRunDoesNotBlameTheHost()
    {
        HttpsResponder responder(m_good, kGatewayAnswer);
        quint16 closed = 0;
        {
            HttpsResponder gone(m_good, kGatewayAnswer);
            closed = gone.port();
        }
        const QString rdp = m_dir.filePath(QStringLiteral("via-gateway.rdp"));
        QFile file(rdp);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("full address:s:127.0.0.1:%1\r\ngatewayhostname:s:localhost:%2\r\n"
                           "gatewayusagemethod:i:1\r\ngatewayprofileusagemethod:i:1\r\n")
                .arg(closed)
                .arg(responder.port())
                .toUtf8());
        file.close();
        RunRequest request;
        request.target = *loadRdpFileTarget(rdp).target;
        request.timeout = 3000ms;
        request.reported = ReportedError{0x904, std::nullopt};
        CancelToken cancel;
        const Report report = runDiagnosis(request, cancel);
        QVERIFY(report.facts.local);
        QVERIFY(report.facts.local->gateway);
        QCOMPARE(report.facts.local->gateway->httpStatus, std::optional<int>(401));
        QStringList codes;
        for (const Finding &finding : report.findings)
            codes << finding.code;
        QVERIFY2(codes.contains(QLatin1String("gateway.path")), qPrintable(codes.join(u' ')));
        QVERIFY(codes.contains(
            QLatin1String("tcp.refused"))); // the direct test, which the client never makes
        // The verdict is about the gateway path, not the host's "refused".
        QVERIFY2(report.diagnosis.primary.startsWith(QLatin1String("gateway.")),
                 qPrintable(report.diagnosis.primary));
        QVERIFY(report.diagnosis.summary.contains(QLatin1String("localhost")));
    }

private:
    QTemporaryDir m_dir;
    TestCertificate m_good;
    TestCertificate m_expired;
    TestCertificate m_misnamed;
};

QTEST_GUILESS_MAIN(TestGatewayProbe)
#include "TestGatewayProbe.moc"
