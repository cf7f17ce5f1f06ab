// SPDX-License-Identifier: GPL-3.0-or-later
// The whole runner against hostile servers on 127.0.0.1: one byte per second, a TPKT
// length of 65535 followed by garbage, endless data, a reset at every stage, a huge
// certificate chain, and thousands of refused connections at once (fleet mode). Whatever
// comes back, every step ends at its deadline, peak memory stays bounded and no file
// descriptor is left open. The bounds are generous: the machine may be busy.
#include "FaultServer.h"
#include "SocketUtil.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "report/FactsJson.h"
#include "runner/Fleet.h"
#include "runner/Runner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <netinet/in.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(rdpdiag::test::FaultAction)

namespace {

/** The budget of each network step in these tests. */
constexpr auto kTimeout = 2000ms;
/** The step budget of the thousands-refused run (see thousandsRefusedAtOnce). */
constexpr auto kRefusedTimeout = 30000ms;
/** What a step may take beyond its deadline on a busy machine (thread start-up, poll). */
constexpr qint64 kLateMs = 2500;
/** Peak resident memory a single run may add (its buffers are a few hundred KiB). */
constexpr qint64 kRunMemoryKiB = 64 * 1024;
#ifdef __SANITIZE_ADDRESS__
/** Under AddressSanitizer freed memory stays in its quarantine (256 MiB by default) and
 * every allocation carries redzones and shadow: hundreds of runs at once then grow the
 * peak by a few hundred MiB that a normal build does not use. */
constexpr qint64 kSanitizerSlackKiB = 768 * 1024;
#else
constexpr qint64 kSanitizerSlackKiB = 0;
#endif

/** Descriptors this process has open (entries of /proc/self/fd). */
int openDescriptors()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd"))
                                .entryList(QDir::NoDotAndDotDot | QDir::System)
                                .size());
}

/** "fd → what it is" for every open descriptor (for the message when counts differ). */
QStringList describeDescriptors()
{
    QStringList out;
    const QDir dir(QStringLiteral("/proc/self/fd"));
    for (const QString &name : dir.entryList(QDir::NoDotAndDotDot | QDir::System))
        out << name + QStringLiteral("→") + QFile::symLinkTarget(dir.filePath(name));
    return out;
}

/** A field of /proc/self/status in KiB ("VmHWM", "VmRSS"), -1 when unreadable. */
qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/** Resets the peak (VmHWM) to the current resident size, so that the next reading is the
 * peak of what follows (Linux: "5" to /proc/self/clear_refs). False when not possible. */
bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

/** Watches one hostile run: descriptors and peak memory before and after. */
class ResourceWatch
{
public:
    ResourceWatch()
    {
        m_descriptors = openDescriptors();
        m_described = describeDescriptors();
        m_peakReset = resetPeakMemory();
        m_baseKiB = statusKiB(m_peakReset ? "VmRSS" : "VmHWM");
    }
    /** Peak resident memory added since construction. */
    qint64 peakGrowthKiB() const { return statusKiB("VmHWM") - m_baseKiB; }
    /** Open descriptors now; waits up to @p waitMs for helper threads to close theirs. */
    int descriptorsAfter(int waitMs = 3000) const
    {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
        int now = openDescriptors();
        while (now > m_descriptors && std::chrono::steady_clock::now() < end) {
            std::this_thread::sleep_for(20ms);
            now = openDescriptors();
        }
        return now;
    }
    /** No descriptor more than at construction (after the wait of descriptorsAfter()). */
    bool descriptorsBalanced() const { return descriptorsAfter() == m_descriptors; }
    /** "N before, M after; new: …", the message for a failed descriptorsBalanced(). */
    QString descriptorReport() const
    {
        return QStringLiteral("%1 before, %2 after; new: %3")
            .arg(m_descriptors)
            .arg(descriptorsAfter())
            .arg(newDescriptors());
    }
    /** Descriptors open now that were not open at construction. */
    QString newDescriptors() const
    {
        QStringList added;
        for (const QString &entry : describeDescriptors())
            if (!m_described.contains(entry))
                added << entry;
        return added.join(QLatin1Char(' '));
    }

private:
    QStringList m_described;
    int m_descriptors = 0;
    bool m_peakReset = false;
    qint64 m_baseKiB = 0;
};

Report runAgainst(quint16 port, std::chrono::milliseconds timeout = kTimeout)
{
    RunRequest request;
    const TargetParse parsed = parseTargetText(QStringLiteral("127.0.0.1:%1").arg(port));
    Q_ASSERT(parsed.target);
    request.target = *parsed.target;
    request.timeout = timeout;
    CancelToken cancel;
    return runDiagnosis(request, cancel);
}

/** Codes, and the TCP and X.224 facts, for failure messages. */
QByteArray explain(const Report &report)
{
    QStringList codes;
    for (const auto &finding : report.findings)
        codes << finding.code;
    QByteArray text = codes.join(QLatin1Char(' ')).toUtf8();
    if (report.facts.tcp)
        text += " tcp=" +
                QJsonDocument(tcpFactsToJson(*report.facts.tcp)).toJson(QJsonDocument::Compact);
    return text;
}

QStringList codesOf(const Report &report)
{
    QStringList codes;
    for (const auto &finding : report.findings)
        codes << finding.code;
    return codes;
}

/** Fails the test when a stage took longer than its deadline allows. Stages that run
 * several steps one after another (the TLS stage's main handshake, then the version
 * matrix side by side, then the weak-cipher probe) get one budget per step. */
void verifyStagesEndAtDeadlines(const Report &report, std::chrono::milliseconds timeout)
{
    for (const StageResult &stage : report.stages) {
        const int steps = stage.id == StageId::Tls ? 3 : stage.id == StageId::X224 ? 2 : 1;
        const qint64 bound = steps * timeout.count() + kLateMs;
        QVERIFY2(stage.durationMs <= bound,
                 qPrintable(QStringLiteral("stage %1 took %2 ms, bound %3 ms")
                                .arg(static_cast<int>(stage.id))
                                .arg(stage.durationMs)
                                .arg(bound)));
    }
}

/**
 * A server for faults inside the TLS stage: it answers the X.224 request at once with
 * RDP_NEG_RSP selecting TLS, and then, instead of a ServerHello, either trickles @p bytes one
 * per interval (endlessly, repeating them) or floods them as fast as the client reads. One
 * thread, one poll() loop, every connection served side by side.
 */
class TlsStageFaultServer
{
public:
    enum class Mode { Trickle, Flood };

    TlsStageFaultServer(Mode mode, QByteArray bytes, int intervalMs = 1000)
        : m_mode(mode), m_bytes(std::move(bytes)), m_intervalMs(intervalMs)
    {}
    TlsStageFaultServer(const TlsStageFaultServer &) = delete;
    TlsStageFaultServer &operator=(const TlsStageFaultServer &) = delete;
    ~TlsStageFaultServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    bool start()
    {
        m_listener.reset(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        const auto address = detail::SocketAddress::make(QHostAddress::LocalHost, 0);
        if (!m_listener.isValid() ||
            ::bind(m_listener.get(), address.data(), address.length()) != 0 ||
            ::listen(m_listener.get(), 64) != 0 || !detail::setNonBlocking(m_listener.get()))
            return false;
        m_port = detail::localPort(m_listener.get());
        m_thread = std::thread([this] { serve(); });
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    /** Bytes sent after the confirm, over all connections. */
    qint64 bytesSent() const { return m_sent.load(); }

private:
    struct Client
    {
        detail::UniqueFd fd;
        QByteArray request;
        bool confirmed = false;
        qsizetype position = 0;
        std::chrono::steady_clock::time_point nextByte;
    };

    void serve()
    {
        std::vector<Client> clients;
        const QByteArray flood =
            m_bytes.repeated(qMax<qsizetype>(1, 16384 / qMax<qsizetype>(1, m_bytes.size())));
        while (!m_stop) {
            std::vector<pollfd> fds;
            fds.push_back({m_listener.get(), POLLIN, 0});
            for (const Client &client : clients) {
                short events = POLLIN;
                if (client.confirmed && m_mode == Mode::Flood)
                    events |= POLLOUT;
                fds.push_back({client.fd.get(), events, 0});
            }
            ::poll(fds.data(), fds.size(), 20);
            if (fds[0].revents & POLLIN) {
                const int fd =
                    ::accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (fd >= 0)
                    clients.push_back({detail::UniqueFd(fd), {}, false, 0, {}});
            }
            const auto now = std::chrono::steady_clock::now();
            for (size_t i = 0; i < clients.size(); ++i) {
                Client &client = clients[i];
                const short revents = i + 1 < fds.size() ? fds[i + 1].revents : 0;
                bool closed = false;
                if (revents & (POLLIN | POLLHUP | POLLERR)) {
                    char buffer[4096];
                    const ssize_t n = ::recv(client.fd.get(), buffer, sizeof buffer, 0);
                    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
                        closed = true;
                    else if (n > 0 && !client.confirmed)
                        client.request.append(buffer, n);
                }
                if (!closed && !client.confirmed &&
                    FaultServer::isConnectionRequest(client.request)) {
                    const QByteArray confirm = FaultServer::negResponse(0x01);
                    ::send(client.fd.get(), confirm.constData(), confirm.size(), MSG_NOSIGNAL);
                    client.confirmed = true;
                    client.nextByte = now;
                }
                if (!closed && client.confirmed && m_mode == Mode::Trickle &&
                    now >= client.nextByte) {
                    const char byte = m_bytes.at(client.position % m_bytes.size());
                    if (::send(client.fd.get(), &byte, 1, MSG_NOSIGNAL) == 1) {
                        ++client.position;
                        ++m_sent;
                    }
                    client.nextByte = now + std::chrono::milliseconds(m_intervalMs);
                }
                if (!closed && client.confirmed && m_mode == Mode::Flood && (revents & POLLOUT)) {
                    const ssize_t n =
                        ::send(client.fd.get(), flood.constData(), flood.size(), MSG_NOSIGNAL);
                    if (n > 0)
                        m_sent += n;
                    else if (errno != EAGAIN && errno != EWOULDBLOCK)
                        closed = true;
                }
                if (closed) {
                    clients.erase(clients.begin() + static_cast<std::ptrdiff_t>(i));
                    --i;
                }
            }
        }
    }

    const Mode m_mode;
    const QByteArray m_bytes;
    const int m_intervalMs;
    detail::UniqueFd m_listener;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_sent{0};
    std::thread m_thread;
};

/** A TLS record header announcing a 16 KiB handshake record, then filler: what a server
 * that floods or trickles "TLS" looks like. */
QByteArray fakeTlsRecord()
{
    return QByteArray::fromHex("1603034000") + QByteArray(16384, '\x42');
}

} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void x224Answers_data();
    void x224Answers();
    void tlsStageFaults_data();
    void tlsStageFaults();
    void resetDuringTls();
    void resetDuringCredssp();
    void hugeCertificateChain_data();
    void hugeCertificateChain();
    void thousandsRefusedAtOnce();

private:
    /** A server that resets at @p stage: @p code follows at once, not at a deadline. */
    void verifyResetIsAnAnswer(TlsServerOptions options, const QString &name, StageId stage,
                               const QString &code);

    QTemporaryDir m_dir;
};

void TestHostileServers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Warm up what a first run opens once per process (OpenSSL's tables, Qt's time zone),
    // so that the descriptor counts compare like with like.
    FaultServer server = FaultServer::always(FaultAction::close());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    (void)runAgainst(server.port(), 500ms);
}

void TestHostileServers::x224Answers_data()
{
    QTest::addColumn<FaultAction>("action");
    QTest::addColumn<QString>("code");

    // 19 bytes of a valid confirm at one byte per second: only the deadline can end it.
    QTest::newRow("one byte per second")
        << FaultAction::trickle(FaultServer::negResponse(0x01), 1000) << "x224.timeout";
    QTest::newRow("one byte per second at accept")
        << FaultAction::trickle(FaultServer::negResponse(0x01), 1000).atAccept() << "x224.timeout";
    // A TPKT header announcing 65535 bytes, then that much garbage.
    QByteArray full = QByteArray::fromHex("0300ffff") + QByteArray(65531, '\xA5');
    QTest::newRow("tpkt 65535 then garbage") << FaultAction::respond(full) << "x224.malformed";
    // The same header and only some garbage, then silence.
    QTest::newRow("tpkt 65535 then silence")
        << FaultAction::respond(QByteArray::fromHex("0300ffff0ed0") + QByteArray(1000, '\x5A'))
        << "x224.malformed";
    QTest::newRow("endless non-rdp data") << FaultAction::endless() << "x224.not_rdp";
    QTest::newRow("endless data at accept") << FaultAction::endless().atAccept() << "x224.not_rdp";
    QTest::newRow("endless tpkt 65535 headers")
        << FaultAction::endless(QByteArray::fromHex("0300ffff") + QByteArray(4092, '\x00'))
        << "x224.malformed";
    QTest::newRow("reset at accept") << FaultAction::resetOnAccept() << "x224.reset";
    QTest::newRow("reset after the x224 request") << FaultAction::reset() << "x224.reset";
}

void TestHostileServers::x224Answers()
{
    QFETCH(FaultAction, action);
    QFETCH(QString, code);

    // Watch from before the server starts: it lives in this process, and its descriptors
    // are gone again once it stopped.
    const ResourceWatch watch;
    FaultServer server = FaultServer::always(action);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QElapsedTimer timer;
    timer.start();
    const Report report = runAgainst(server.port());
    const qint64 elapsed = timer.elapsed();

    verifyStagesEndAtDeadlines(report, kTimeout);
    // The whole run: TCP, then the X.224 matrix; nothing after a failed negotiation.
    QVERIFY2(elapsed <= 3 * kTimeout.count() + kLateMs, qPrintable(QString::number(elapsed)));
    const QStringList codes = codesOf(report);
    // The exact class is TestNegotiation's business; here any error of the stage the fault
    // hits will do (a reset right at accept may already fail a side connection, a tcp sample).
    const QString stagePrefix = code.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    QVERIFY2(codes.contains(code) || std::any_of(codes.cbegin(), codes.cend(),
                                                 [&](const QString &c) {
                                                     return c.startsWith(stagePrefix) ||
                                                            (code == QLatin1String("x224.reset") &&
                                                             c.startsWith(QLatin1String("tcp.")));
                                                 }),
             explain(report).constData());
    QVERIFY2(watch.peakGrowthKiB() < kRunMemoryKiB,
             qPrintable(QStringLiteral("peak grew by %1 KiB").arg(watch.peakGrowthKiB())));
    server.stop();
    QVERIFY2(watch.descriptorsBalanced(), qPrintable(watch.descriptorReport()));
}

void TestHostileServers::tlsStageFaults_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("tls one byte per second")
        << int(TlsStageFaultServer::Mode::Trickle) << fakeTlsRecord();
    QTest::newRow("tls endless records")
        << int(TlsStageFaultServer::Mode::Flood) << fakeTlsRecord();
    QTest::newRow("tls endless garbage")
        << int(TlsStageFaultServer::Mode::Flood) << QByteArray(4096, '\xEE');
}

void TestHostileServers::tlsStageFaults()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, bytes);

    const ResourceWatch watch;
    auto server =
        std::make_unique<TlsStageFaultServer>(static_cast<TlsStageFaultServer::Mode>(mode), bytes);
    QVERIFY(server->start());
    QElapsedTimer timer;
    timer.start();
    const Report report = runAgainst(server->port());
    const qint64 elapsed = timer.elapsed();
    const qint64 sent = server->bytesSent();
    server.reset();

    verifyStagesEndAtDeadlines(report, kTimeout);
    QVERIFY2(elapsed <= 6 * kTimeout.count() + kLateMs, qPrintable(QString::number(elapsed)));
    const QStringList codes = codesOf(report);
    QVERIFY2(std::any_of(codes.cbegin(), codes.cend(),
                         [](const QString &c) { return c.startsWith(QLatin1String("tls.")); }),
             qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY(sent > 0);
    QVERIFY2(watch.peakGrowthKiB() < kRunMemoryKiB,
             qPrintable(QStringLiteral("peak grew by %1 KiB").arg(watch.peakGrowthKiB())));
    QVERIFY2(watch.descriptorsBalanced(), qPrintable(watch.descriptorReport()));
}

void TestHostileServers::resetDuringTls()
{
    TlsServerOptions options;
    options.fault = TlsServerOptions::Fault::ResetOnClientHello;
    verifyResetIsAnAnswer(options, QStringLiteral("rst"), StageId::Tls,
                          QStringLiteral("tls.reset"));
}

void TestHostileServers::resetDuringCredssp()
{
    TlsServerOptions options;
    options.selectedProtocol = 0x02; // HYBRID: CredSSP follows the handshake
    options.credssp = TlsServerOptions::Credssp::Reset;
    verifyResetIsAnAnswer(options, QStringLiteral("nla"), StageId::Credssp,
                          QStringLiteral("credssp.failed"));
}

void TestHostileServers::verifyResetIsAnAnswer(TlsServerOptions options, const QString &name,
                                               StageId stage, const QString &code)
{
    const TestCertificate certificate = makeTestCertificate({}, m_dir.path(), name);
    QVERIFY2(certificate.isValid(), qPrintable(certificate.error));
    options.certificatePath = certificate.certificatePath;
    options.keyPath = certificate.keyPath;
    const ResourceWatch watch;
    TlsTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Report report = runAgainst(server.port());
    verifyStagesEndAtDeadlines(report, kTimeout);
    QVERIFY2(codesOf(report).contains(code), qPrintable(codesOf(report).join(QLatin1Char(' '))));
    // A reset is an answer: the stage must not wait for any deadline.
    for (const StageResult &result : report.stages)
        if (result.id == stage)
            QVERIFY2(result.durationMs < kTimeout.count(),
                     qPrintable(QString::number(result.durationMs)));
    server.stop();
    QVERIFY2(watch.descriptorsBalanced(), qPrintable(watch.descriptorReport()));
}

void TestHostileServers::hugeCertificateChain_data()
{
    QTest::addColumn<int>("copies");
    QTest::addColumn<bool>("withinTlsLimit");
    // OpenSSL clients accept a certificate list of up to 100 KiB by default: a long chain
    // just under it is inspected, a much larger one ends the handshake.
    QTest::newRow("80 certificates") << 80 << true;
    QTest::newRow("800 certificates") << 800 << false;
}

void TestHostileServers::hugeCertificateChain()
{
    QFETCH(int, copies);
    QFETCH(bool, withinTlsLimit);

    CertificateOptions caOptions;
    caOptions.commonName = QStringLiteral("Hostile Intermediate");
    caOptions.certificateAuthority = true;
    const TestCertificate ca = makeTestCertificate(caOptions, m_dir.path(), QStringLiteral("ca"));
    QVERIFY2(ca.isValid(), qPrintable(ca.error));
    CertificateOptions leafOptions;
    leafOptions.subjectAltNames = {QStringLiteral("IP:127.0.0.1")};
    leafOptions.issuer = &ca;
    const TestCertificate leaf =
        makeTestCertificate(leafOptions, m_dir.path(), QStringLiteral("leaf"));
    QVERIFY2(leaf.isValid(), qPrintable(leaf.error));

    // The leaf, then the intermediate again and again: a chain file of up to ~1 MB.
    const QString chainPath = m_dir.filePath(QStringLiteral("huge-%1.pem").arg(copies));
    QFile chain(chainPath);
    QVERIFY(chain.open(QIODevice::WriteOnly));
    chain.write(leaf.certificatePem);
    for (int i = 0; i < copies; ++i)
        chain.write(ca.certificatePem);
    chain.close();

    TlsServerOptions options;
    options.certificatePath = chainPath;
    options.keyPath = leaf.keyPath;
    const ResourceWatch watch;
    TlsTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Report report = runAgainst(server.port());
    verifyStagesEndAtDeadlines(report, kTimeout);
    if (withinTlsLimit) {
        QVERIFY2(report.facts.certificate.has_value(), qPrintable(codesOf(report).join(u' ')));
        QCOMPARE(report.facts.certificate->chainPem.size(), copies + 1);
    } else {
        const QStringList codes = codesOf(report);
        QVERIFY2(std::any_of(codes.cbegin(), codes.cend(),
                             [](const QString &c) { return c.startsWith(QLatin1String("tls.")); }),
                 qPrintable(codes.join(QLatin1Char(' '))));
    }
    // The chain is held a few times over (DER, PEM, the report): far below this bound.
    QVERIFY2(watch.peakGrowthKiB() < 2 * kRunMemoryKiB,
             qPrintable(QStringLiteral("peak grew by %1 KiB").arg(watch.peakGrowthKiB())));
    server.stop();
    QVERIFY2(watch.descriptorsBalanced(), qPrintable(watch.descriptorReport()));
}

void TestHostileServers::thousandsRefusedAtOnce()
{
    // Ports that refuse for sure: bound on 127.0.0.1 but never listening, held for the test.
    constexpr int kPorts = 100;
    constexpr int kTargets = 2000;
    std::vector<detail::UniqueFd> holders;
    QList<quint16> ports;
    for (int i = 0; i < kPorts; ++i) {
        detail::UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        const auto address = detail::SocketAddress::make(QHostAddress::LocalHost, 0);
        QVERIFY(fd.isValid());
        QVERIFY(::bind(fd.get(), address.data(), address.length()) == 0);
        ports << detail::localPort(fd.get());
        holders.push_back(std::move(fd));
    }
    QByteArray hosts;
    for (int i = 0; i < kTargets; ++i)
        hosts += "127.0.0.1:" + QByteArray::number(ports.at(i % kPorts)) + '\n';
    const HostsFileParse parsed = parseHostsFile(hosts);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.targets.size(), kTargets);

    class Collect : public FleetObserver
    {
    public:
        void targetFinished(int index, const Report &report) override
        {
            qint64 tcpMs = -1;
            for (const StageResult &stage : report.stages)
                if (stage.id == StageId::Tcp)
                    tcpMs = stage.durationMs;
            const std::lock_guard lock(mutex);
            refused[index] = codesOf(report).contains(QStringLiteral("tcp.refused"));
            slowestTcpMs = std::max(slowestTcpMs, tcpMs);
        }
        std::mutex mutex;
        QHash<int, bool> refused;
        qint64 slowestTcpMs = -1;
    } collect;

    const ResourceWatch watch;
    FleetOptions options;
    options.concurrency = 256;
    // A long step budget, so that "waited for a deadline" and "a busy machine (sanitizers,
    // hundreds of runs on two cores) was slow" cannot be mistaken for each other.
    options.timeout = kRefusedTimeout;
    QElapsedTimer timer;
    timer.start();
    FleetSummary summary;
    {
        // (Scoped: the token's own eventfd must be closed again before the count.)
        CancelToken cancel;
        summary = runFleet(parsed.targets, options, cancel, &collect);
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("%d refused targets in %lld ms with %d workers, slowest TCP stage %lld ms, peak "
          "memory +%lld KiB",
          kTargets, elapsed, summary.concurrency, collect.slowestTcpMs, watch.peakGrowthKiB());

    QCOMPARE(summary.finished, kTargets);
    QCOMPARE(summary.withErrors, kTargets);
    QCOMPARE(collect.refused.size(), kTargets);
    for (auto it = collect.refused.cbegin(); it != collect.refused.cend(); ++it)
        QVERIFY2(it.value(), qPrintable(QStringLiteral("target %1 not refused").arg(it.key())));
    QVERIFY(!summary.codes.isEmpty());
    QCOMPARE(summary.codes.first().code, QStringLiteral("tcp.refused"));
    QCOMPARE(summary.codes.first().targets, kTargets);
    // A refusal is an answer: no TCP stage waits for its deadline, even with hundreds of
    // connection attempts at once. (The whole run also reads this computer's network and
    // firewall set-up with system tools, which dominates the wall time here; it only has
    // to end.)
    QVERIFY2(collect.slowestTcpMs >= 0 && collect.slowestTcpMs < kRefusedTimeout.count() / 2,
             qPrintable(QString::number(collect.slowestTcpMs)));
    QVERIFY2(elapsed < 600000, qPrintable(QString::number(elapsed)));
    QVERIFY2(watch.peakGrowthKiB() < 4 * kRunMemoryKiB + kSanitizerSlackKiB,
             qPrintable(QStringLiteral("peak grew by %1 KiB").arg(watch.peakGrowthKiB())));
    QVERIFY2(watch.descriptorsBalanced(), qPrintable(watch.descriptorReport()));
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "TestHostileServers.moc"
