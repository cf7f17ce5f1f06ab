// SPDX-License-Identifier: GPL-3.0-or-later
// Fleet mode: runFleet() over fault servers on 127.0.0.1 (every target exactly once, the
// tally, the concurrency bound, cancellation), the CSV / JSON Lines renderers and the
// closing table, and `rdpdiag --hosts FILE` as scripts run it (output order, exit codes,
// bad input).
#include "CliProcess.h"
#include "FaultServer.h"
#include "FleetCommand.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "platform/Sockets.h"
#include "runner/Fleet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

/** A port on 127.0.0.1 that refuses: bound, never listening, held by the returned fd. */
class RefusedPort
{
public:
    RefusedPort()
    {
        // A bound socket that does not listen answers SYNs with RST.
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~RefusedPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RefusedPort(const RefusedPort &) = delete;
    RefusedPort &operator=(const RefusedPort &) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

QList<FleetTarget> targetsFor(const QList<quint16> &ports)
{
    QByteArray hosts;
    for (const quint16 port : ports)
        hosts += "127.0.0.1:" + QByteArray::number(port) + '\n';
    return parseHostsFile(hosts).targets;
}

QStringList codesOf(const Report &report)
{
    QStringList codes;
    for (const Finding &finding : report.findings)
        codes << finding.code;
    return codes;
}

class Recorder : public FleetObserver
{
public:
    void targetStarted(int) override
    {
        const int now = ++m_running;
        int seen = m_maxRunning.load();
        while (now > seen && !m_maxRunning.compare_exchange_weak(seen, now)) {
        }
    }
    void targetFinished(int index, const Report &report) override
    {
        --m_running;
        const std::lock_guard lock(m_mutex);
        m_codes.insert(index, codesOf(report));
        ++m_calls[index];
        m_cancelled += report.cancelled ? 1 : 0;
    }
    std::mutex m_mutex;
    QHash<int, QStringList> m_codes;
    QHash<int, int> m_calls;
    int m_cancelled = 0;
    std::atomic<int> m_running{0};
    std::atomic<int> m_maxRunning{0};
};

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTargetOnceWithTally();
    void concurrencyIsBounded();
    void cancelStopsEveryRun();
    void concurrencyFollowsDescriptors();
    void csvRow();
    void summaryTable();
    void cliCsvInFileOrder();
    void cliJsonLines();
    void cliCleanFleetExitsZero();
    void cliReadsStandardInput();
    void cliBadInput_data();
    void cliBadInput();

private:
    QTemporaryDir m_dir;
    QString writeHosts(const QString &name, const QByteArray &content);
};

void TestFleet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RDPDIAG_CLI")));
}

QString TestFleet::writeHosts(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestFleet::everyTargetOnceWithTally()
{
    // RDP-only servers (security.rdp_only, an error) and refused ports (tcp.refused).
    FaultServer rdpOnly = FaultServer::policy(0, PolicyStyle::Strict);
    QVERIFY2(rdpOnly.start(), qPrintable(rdpOnly.errorString()));
    RefusedPort refused;
    QVERIFY(refused.port() != 0);
    QList<quint16> ports;
    for (int i = 0; i < 30; ++i)
        ports << (i % 3 == 0 ? refused.port() : rdpOnly.port());
    const QList<FleetTarget> targets = targetsFor(ports);
    QCOMPARE(targets.size(), 30);

    Recorder recorder;
    FleetOptions options;
    options.concurrency = 8;
    options.timeout = 3000ms;
    CancelToken cancel;
    const FleetSummary summary = runFleet(targets, options, cancel, &recorder);

    QCOMPARE(summary.targets, 30);
    QCOMPARE(summary.finished, 30);
    QCOMPARE(summary.notRun(), 0);
    QCOMPARE(summary.cancelled, 0);
    QCOMPARE(summary.concurrency, 8);
    QCOMPARE(recorder.m_calls.size(), 30);
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(recorder.m_calls.value(i), 1);
        const QString expected =
            i % 3 == 0 ? QStringLiteral("tcp.refused") : QStringLiteral("security.rdp_only");
        QVERIFY2(
            recorder.m_codes.value(i).contains(expected),
            qPrintable(QStringLiteral("%1: %2").arg(i).arg(recorder.m_codes.value(i).join(u' '))));
    }
    QCOMPARE(summary.withErrors, 30);
    // The table: every code once, errors first, counted per target.
    QHash<QString, int> counts;
    for (const FleetCodeCount &count : summary.codes)
        counts.insert(count.code, count.targets);
    QCOMPARE(counts.value(QStringLiteral("tcp.refused")), 10);
    QCOMPARE(counts.value(QStringLiteral("security.rdp_only")), 20);
    QCOMPARE(summary.codes.first().severity, Severity::Error);
    for (qsizetype i = 1; i < summary.codes.size(); ++i)
        QVERIFY(summary.codes.at(i - 1).severity >= summary.codes.at(i).severity);
}

void TestFleet::concurrencyIsBounded()
{
    // Silent servers keep every run busy until its deadline: the pool must never run more
    // at once than asked.
    FaultServer silent = FaultServer::always(FaultAction::silent());
    QVERIFY2(silent.start(), qPrintable(silent.errorString()));
    const QList<FleetTarget> targets = targetsFor(QList<quint16>(9, silent.port()));
    Recorder recorder;
    FleetOptions options;
    options.concurrency = 3;
    options.timeout = 300ms;
    CancelToken cancel;
    const FleetSummary summary = runFleet(targets, options, cancel, &recorder);
    QCOMPARE(summary.finished, 9);
    QCOMPARE(summary.concurrency, 3);
    QCOMPARE(recorder.m_maxRunning.load(), 3);
}

void TestFleet::cancelStopsEveryRun()
{
    FaultServer silent = FaultServer::always(FaultAction::silent());
    QVERIFY2(silent.start(), qPrintable(silent.errorString()));
    const QList<FleetTarget> targets = targetsFor(QList<quint16>(40, silent.port()));
    Recorder recorder;
    FleetOptions options;
    options.concurrency = 4;
    options.timeout = 20000ms;
    CancelToken cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(500ms);
        cancel.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const FleetSummary summary = runFleet(targets, options, cancel, &recorder);
    canceller.join();
    // Far less than one 20 s deadline: every wait ends when the token fires.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(summary.finished >= 1);
    QVERIFY(summary.finished <= 4 + 4); // the runs under way, no new ones
    QVERIFY(summary.notRun() >= 32);
    QCOMPARE(summary.cancelled, recorder.m_cancelled);
    QVERIFY(summary.cancelled >= 1);
}

void TestFleet::concurrencyFollowsDescriptors()
{
    QCOMPARE(concurrencyForDescriptors(1024), (1024 - kReservedDescriptors) / kSocketsPerRun);
    QCOMPARE(concurrencyForDescriptors(10), 1);
    QCOMPARE(concurrencyForDescriptors(1 << 30), kMaxFleetConcurrency);
    bool capped = false;
    QCOMPARE(cli::chooseFleetConcurrency(0, 1000, 1024, capped), kDefaultFleetConcurrency);
    QVERIFY(!capped);
    QCOMPARE(cli::chooseFleetConcurrency(0, 5, 1024, capped), 5);
    QCOMPARE(cli::chooseFleetConcurrency(500, 1000, 1024, capped), 120);
    QVERIFY(capped);
    QCOMPARE(cli::chooseFleetConcurrency(0, 1000, 256, capped), 24);
    QVERIFY(!capped); // the default is lowered silently
    // The process limit is readable and can be raised up to the hard limit.
    const qint64 before = platform::descriptorLimit();
    QVERIFY(before > 0);
    QVERIFY(platform::raiseDescriptorLimit(before) >= before);
}

void TestFleet::csvRow()
{
    FleetTarget entry;
    entry.line = 7;
    entry.target = *parseTargetText(QStringLiteral("[::1]:3390")).target;
    Report report;
    report.reference = QStringLiteral("RD-ABCD-1234");
    report.durationMs = 42;
    report.diagnosis.primary = QStringLiteral("tcp.refused");
    Finding refused;
    refused.code = QStringLiteral("tcp.refused");
    refused.severity = Severity::Error;
    Finding slow;
    slow.code = QStringLiteral("tcp.slow");
    slow.severity = Severity::Warning;
    report.findings = {refused, slow, refused};
    QCOMPARE(
        cli::fleetCsvRow(entry, report),
        QByteArray(
            "7,[::1]:3390,::1,3390,error,2,1,tcp.refused,tcp.refused tcp.slow,42,RD-ABCD-1234\n"));
    QCOMPARE(cli::fleetCsvHeader().count(','), cli::fleetCsvRow(entry, report).count(','));

    report.findings = {slow};
    QVERIFY(cli::fleetCsvRow(entry, report).contains(",warning,0,1,"));
    report.findings.clear();
    QVERIFY(cli::fleetCsvRow(entry, report).contains(",ok,0,0,"));
    report.cancelled = true;
    QVERIFY(cli::fleetCsvRow(entry, report).contains(",cancelled,"));
    // A field with a separator or a quote is quoted (RFC 4180).
    report.reference = QStringLiteral("a,\"b\"");
    QVERIFY(cli::fleetCsvRow(entry, report).endsWith(",\"a,\"\"b\"\"\"\n"));

    const QByteArray line = cli::fleetJsonLine(report);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(QJsonDocument::fromJson(line).isObject());
}

void TestFleet::summaryTable()
{
    FleetSummary summary;
    summary.targets = 12;
    summary.finished = 10;
    summary.cancelled = 1;
    summary.withErrors = 4;
    summary.withWarnings = 3;
    summary.concurrency = 8;
    summary.durationMs = 2500;
    summary.codes = {{QStringLiteral("tcp.refused"), Severity::Error, 4},
                     {QStringLiteral("cert.self_signed"), Severity::Info, 6}};
    const QString text = cli::renderFleetSummary(summary, QStringLiteral("hosts.txt"));
    QVERIFY2(text.contains(QStringLiteral("12 targets from hosts.txt in 2.5 s (8 at once): 4 with "
                                          "errors, 3 with warnings only, 2 without either")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 runs cut short, 2 targets not checked")),
             qPrintable(text));
    QVERIFY(QRegularExpression(QStringLiteral("tcp\\.refused +error +4\n")).match(text).hasMatch());
    QVERIFY(
        QRegularExpression(QStringLiteral("cert\\.self_signed +info +6\n")).match(text).hasMatch());
    QVERIFY(text.indexOf(QStringLiteral("tcp.refused")) <
            text.indexOf(QStringLiteral("cert.self_signed")));
    // A placeholder in the file name is not substituted.
    QVERIFY(cli::renderFleetSummary(summary, QStringLiteral("farm%3.txt"))
                .contains(QStringLiteral("12 targets from farm%3.txt in 2.5 s")));
}

void TestFleet::cliCsvInFileOrder()
{
    FaultServer rdpOnly = FaultServer::policy(0, PolicyStyle::Strict);
    QVERIFY2(rdpOnly.start(), qPrintable(rdpOnly.errorString()));
    FaultServer slow = FaultServer::always(FaultAction::silent());
    QVERIFY2(slow.start(), qPrintable(slow.errorString()));
    RefusedPort refused;
    // The slow target first: the rows after it must still come out in file order.
    const QString hosts =
        writeHosts(QStringLiteral("order.txt"),
                   "# order test\n127.0.0.1:" + QByteArray::number(slow.port()) +
                       "\n127.0.0.1:" + QByteArray::number(rdpOnly.port()) +
                       "\n\n127.0.0.1:" + QByteArray::number(refused.port()) + "\n");
    const CliRun run =
        runCli({QStringLiteral("--hosts"), hosts, QStringLiteral("--timeout"),
                QStringLiteral("1000"), QStringLiteral("--concurrency"), QStringLiteral("3")});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), cli::fleetCsvHeader().trimmed());
    QVERIFY2(lines.at(1).startsWith("2,127.0.0.1:" + QByteArray::number(slow.port()) + ','),
             lines.at(1));
    QVERIFY2(lines.at(1).contains("x224.timeout"), lines.at(1));
    QVERIFY2(lines.at(2).startsWith("3,") && lines.at(2).contains("security.rdp_only"),
             lines.at(2));
    QVERIFY2(lines.at(3).startsWith("5,") && lines.at(3).contains(",error,") &&
                 lines.at(3).contains("tcp.refused"),
             lines.at(3));
    // The closing table on stderr.
    QVERIFY2(run.err.contains("3 targets from"), run.err);
    QVERIFY2(QRegularExpression(QStringLiteral("tcp\\.refused +error +1\n"))
                 .match(QString::fromUtf8(run.err))
                 .hasMatch(),
             run.err);
    // Not a terminal: no progress line.
    QVERIFY(!run.err.contains('\r'));
}

void TestFleet::cliJsonLines()
{
    FaultServer rdpOnly = FaultServer::policy(0, PolicyStyle::Strict);
    QVERIFY2(rdpOnly.start(), qPrintable(rdpOnly.errorString()));
    RefusedPort refused;
    const QString hosts =
        writeHosts(QStringLiteral("json.csv"),
                   "name,host,port\na,127.0.0.1," + QByteArray::number(rdpOnly.port()) +
                       "\nb,127.0.0.1," + QByteArray::number(refused.port()) + "\n");
    const CliRun run = runCli({QStringLiteral("--hosts"), hosts, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QList<quint16> ports{rdpOnly.port(), refused.port()};
    for (int i = 0; i < 2; ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        const QJsonObject report = document.object();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("rdpdiag-report/1"));
        QCOMPARE(
            report.value(QStringLiteral("target")).toObject().value(QStringLiteral("port")).toInt(),
            int(ports.at(i)));
    }
}

void TestFleet::cliCleanFleetExitsZero()
{
    const TestCertificate certificate = makeTestCertificate({}, m_dir.path(), QStringLiteral("ok"));
    QVERIFY2(certificate.isValid(), qPrintable(certificate.error));
    TlsServerOptions options;
    options.certificatePath = certificate.certificatePath;
    options.keyPath = certificate.keyPath;
    TlsTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString hosts =
        writeHosts(QStringLiteral("clean.txt"),
                   QByteArray("127.0.0.1:" + QByteArray::number(server.port()) + "\n").repeated(3));
    const CliRun run = runCli({QStringLiteral("--hosts"), hosts, QStringLiteral("--csv")});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.out.count('\n'), 4);
    QVERIFY2(!run.out.contains(",error,"), run.out);
}

void TestFleet::cliReadsStandardInput()
{
    RefusedPort refused;
    CliRunOptions options;
    options.input = "127.0.0.1:" + QByteArray::number(refused.port()) + "\n";
    const CliRun run = runCli({QStringLiteral("--hosts"), QStringLiteral("-")}, options);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count('\n'), 2);
    QVERIFY2(run.err.contains("standard input"), run.err);
}

void TestFleet::cliBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("hosts");
    QTest::addColumn<QByteArray>("errorPart");
    const QString file = QStringLiteral("@hosts");
    QTest::newRow("bad line") << QStringList{QStringLiteral("--hosts"), file}
                              << QByteArray("rdp1\nbad host!\n") << QByteArray("line 2:");
    QTest::newRow("empty file") << QStringList{QStringLiteral("--hosts"), file}
                                << QByteArray("# none\n") << QByteArray("names no target");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--hosts"),
                                                 QStringLiteral("/nonexistent/hosts.txt")}
                                  << QByteArray() << QByteArray("cannot read the hosts file");
    QTest::newRow("hosts and a target")
        << QStringList{QStringLiteral("--hosts"), file, QStringLiteral("rdp1")}
        << QByteArray("rdp1\n") << QByteArray("--hosts");
    QTest::newRow("concurrency without hosts")
        << QStringList{QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("rdp1")}
        << QByteArray() << QByteArray("--concurrency");
    QTest::newRow("csv without hosts")
        << QStringList{QStringLiteral("--csv"), QStringLiteral("rdp1")} << QByteArray()
        << QByteArray("--csv");
    QTest::newRow("csv and json") << QStringList{QStringLiteral("--hosts"), file,
                                                 QStringLiteral("--csv"), QStringLiteral("--json")}
                                  << QByteArray("rdp1\n") << QByteArray("--csv");
    QTest::newRow("concurrency 0")
        << QStringList{QStringLiteral("--hosts"), file, QStringLiteral("--concurrency"),
                       QStringLiteral("0")}
        << QByteArray("rdp1\n") << QByteArray("--concurrency");
}

void TestFleet::cliBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, hosts);
    QFETCH(QByteArray, errorPart);
    const QString path = writeHosts(
        QStringLiteral("bad-%1.txt").arg(QString::fromLatin1(QTest::currentDataTag())), hosts);
    arguments.replaceInStrings(QStringLiteral("@hosts"), path);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(errorPart), run.err);
    QCOMPARE(run.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestFleet)
#include "TestFleet.moc"
