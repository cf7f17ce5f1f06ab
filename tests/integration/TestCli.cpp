// SPDX-License-Identifier: GPL-3.0-or-later
// The `rdpdiag` program as users and scripts run it: options, exit codes, the JSON report
// and the summary, against real servers on 127.0.0.1.
#include "CliProcess.h"
#include "FaultServer.h"
#include "FreePort.h"
#include "XrdpServer.h"
#include "wire/X224.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace rdpdiag::test;

namespace {

QStringList findingCodes(const QJsonObject &report)
{
    QStringList codes;
    for (const auto &finding : report.value(QStringLiteral("findings")).toArray())
        codes << finding.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFileInfo::exists(qEnvironmentVariable("RDPDIAG_CLI"))); }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{} << "no target";
        QTest::newRow("empty target") << QStringList{QStringLiteral("")} << "";
        QTest::newRow("space in host") << QStringList{QStringLiteral("bad host")} << "";
        QTest::newRow("port 0") << QStringList{QStringLiteral("rdp.example:0")} << "0";
        QTest::newRow("port too large")
            << QStringList{QStringLiteral("rdp.example:70000")} << "70000";
        QTest::newRow("unbalanced bracket") << QStringList{QStringLiteral("[::1:3389")} << "";
        QTest::newRow("missing .rdp file")
            << QStringList{QStringLiteral("/nonexistent/dir/x.rdp")} << "x.rdp";
        QTest::newRow("two targets") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "";
        QTest::newRow("bad timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("abc"),
                           QStringLiteral("127.0.0.1")}
            << "--timeout";
        QTest::newRow("zero timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                           QStringLiteral("127.0.0.1")}
            << "--timeout";
        QTest::newRow("bad port option")
            << QStringList{QStringLiteral("--port"), QStringLiteral("99999"),
                           QStringLiteral("127.0.0.1")}
            << "--port";
        QTest::newRow("bad error code")
            << QStringList{QStringLiteral("--error-code"), QStringLiteral("zz"),
                           QStringLiteral("127.0.0.1")}
            << "--error-code";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("127.0.0.1")}
            << "frobnicate";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("rdpdiag: ")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void versionAndHelp()
    {
        CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("rdpdiag 0."));
        run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--json", "--timeout", "--port", "--error-code",
                                   "--extended-code", "--verbose", "--log"})
            QVERIFY2(run.out.contains(option), option);
    }

    void jsonReportOfAReset()
    {
        FaultServer server = FaultServer::always(FaultAction::reset());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const CliRun run =
            runCli({QStringLiteral("--json"), QStringLiteral("--error-code"),
                    QStringLiteral("0x904"), QStringLiteral("--extended-code"), QStringLiteral("7"),
                    QStringLiteral("127.0.0.1:%1").arg(server.port())});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("rdpdiag-report/1"));
        QCOMPARE(report.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")),
                 QStringLiteral("rdpdiag"));
        const QJsonObject target = report.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(target.value(QStringLiteral("port")).toInt(), server.port());
        QCOMPARE(target.value(QStringLiteral("source")).toString(), QStringLiteral("argument"));
        QCOMPARE(target.value(QStringLiteral("addresses")).toArray().first().toString(),
                 QStringLiteral("127.0.0.1"));
        QVERIFY(findingCodes(report).contains(QStringLiteral("x224.reset")));
        const QJsonObject diagnosis = report.value(QStringLiteral("diagnosis")).toObject();
        QCOMPARE(diagnosis.value(QStringLiteral("primary")).toString(),
                 QStringLiteral("x224.reset"));
        QCOMPARE(diagnosis.value(QStringLiteral("error_code")).toString(), QStringLiteral("0x904"));
        QCOMPARE(diagnosis.value(QStringLiteral("extended_code")).toString(),
                 QStringLiteral("0x7"));
        const QJsonArray stages = report.value(QStringLiteral("stages")).toArray();
        QStringList ids;
        for (const auto &stage : stages)
            ids << stage.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("input"), QStringLiteral("dns"),
                                   QStringLiteral("tcp"), QStringLiteral("x224"),
                                   QStringLiteral("tls"), QStringLiteral("credssp"),
                                   QStringLiteral("local")})); // "local" is an addition
        const QJsonObject finding =
            report.value(QStringLiteral("findings")).toArray().first().toObject();
        for (const char *key :
             {"code", "severity", "category", "title", "detail", "evidence", "remediation"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);
        const QJsonObject negotiation = report.value(QStringLiteral("facts"))
                                            .toObject()
                                            .value(QStringLiteral("negotiation"))
                                            .toObject();
        QCOMPARE(negotiation.value(QStringLiteral("probes")).toArray().size(), 4);
        QCOMPARE(negotiation.value(QStringLiteral("probes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("reset"));
    }

    void summaryOfARefusedPort()
    {
        const CliRun run = runCli({QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort())});
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("tcp.refused")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Verdict")));
        QVERIFY(!out.contains(QLatin1Char('\x1b'))); // no colours when not a terminal
    }

    void healthyXrdpExitsZero()
    {
        XrdpServer xrdp;
        QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("run.log"));
        const CliRun run =
            runCli({QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("--log"),
                    log, QStringLiteral("127.0.0.1:%1").arg(xrdp.port())});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        for (const auto &finding : report.value(QStringLiteral("findings")).toArray())
            QVERIFY(finding.toObject().value(QStringLiteral("severity")).toString() !=
                    QLatin1String("error"));
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logText = logFile.readAll();
        QVERIFY(logText.contains("x224 request"));

        // --verbose: every line carries the time since start, and the run ends with its
        // connection timeline (net/ConnectionTimeline.h), one row per connection it made.
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(QRegularExpression(QStringLiteral("^rdpdiag: \\+\\d+\\.\\d \\[info\\] run "),
                                    QRegularExpression::MultilineOption)
                     .match(err)
                     .hasMatch(),
                 qPrintable(err.left(2000)));
        const QRegularExpressionMatch header =
            QRegularExpression(QStringLiteral("timeline: (\\d+) connections")).match(err);
        QVERIFY2(header.hasMatch(), qPrintable(err.right(3000)));
        QVERIFY(logText.contains("timeline: "));
        // The primary connection, the other X.224 requests, the TLS version matrix, the
        // weak-cipher probe and Standard RDP Security's four offers (xrdp negotiates). TLS 1.3
        // has no connection of its own: the main handshake negotiated it, and the matrix
        // entry is taken from there; TLS 1.0 and 1.1 share one handshake, which xrdp refuses
        // (probes/TlsProbe.h).
        const QStringList purposes = {QStringLiteral("primary"),
                                      QStringLiteral("x224 0x01"),
                                      QStringLiteral("x224 0x02"),
                                      QStringLiteral("x224 0x00"),
                                      QStringLiteral("tls 1.0/1.1"),
                                      QStringLiteral("tls 1.2"),
                                      QStringLiteral("tls weak ciphers"),
                                      QStringLiteral("rdp security 40bit"),
                                      QStringLiteral("rdp security 56bit"),
                                      QStringLiteral("rdp security 128bit"),
                                      QStringLiteral("rdp security fips")};
        QVERIFY2(!err.contains(QStringLiteral(" tls 1.3 (127.0.0.1")), qPrintable(err.right(3000)));
        const QJsonObject tls = report.value(QStringLiteral("facts"))
                                    .toObject()
                                    .value(QStringLiteral("tls"))
                                    .toObject();
        QCOMPARE(tls.value(QStringLiteral("main"))
                     .toObject()
                     .value(QStringLiteral("negotiated_version"))
                     .toString(),
                 QStringLiteral("TLSv1.3"));
        const QJsonArray attempts = tls.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 4);
        for (const auto &entry : attempts) {
            const QJsonObject version = entry.toObject();
            const QString key = version.value(QStringLiteral("version")).toString();
            const bool is13 = key == QStringLiteral("1.3");
            const bool legacy = key == QStringLiteral("1.0") || key == QStringLiteral("1.1");
            QCOMPARE(version.value(QStringLiteral("from_main_handshake")).toBool(), is13);
            QCOMPARE(version.value(QStringLiteral("from_shared_handshake")).toBool(), legacy);
            QCOMPARE(version.value(QStringLiteral("outcome")).toString(),
                     is13 || key == QStringLiteral("1.2") ? QStringLiteral("established")
                                                          : QStringLiteral("alert"));
        }
        // One row per connection, named by what used it: a side request's connection that
        // xrdp answered goes on to a TLS handshake or an offer ("x224 0x01 + tls 1.0",
        // probes/SpareConnections.h). Every purpose is on exactly one row.
        QStringList rowNames;
        const QRegularExpression rowPattern(
            QStringLiteral("\\] +\\d+ (\\S.*?) +\\d+\\.\\d +\\d+\\.\\d \\|[ =#.-]+\\|"));
        for (auto it = rowPattern.globalMatch(err); it.hasNext();)
            rowNames << it.next().captured(1);
        QCOMPARE(rowNames.size(), header.captured(1).toInt());
        QStringList used;
        for (const QString &name : rowNames)
            used << name.split(QStringLiteral(" + "));
        for (const QString &purpose : purposes)
            QVERIFY2(used.count(purpose) == 1,
                     qPrintable(purpose + QLatin1Char('\n') + rowNames.join(QLatin1Char('\n'))));
        QCOMPARE(used.size(), purposes.size());
        // xrdp selects TLS for the TLS-only request and Standard RDP Security for the RDP-only
        // one: both connections are used again, so the run makes fewer than one per purpose.
        QVERIFY2(
            rowNames.filter(QRegularExpression(QStringLiteral("^x224 0x01 \\+ tls "))).size() == 1,
            qPrintable(rowNames.join(QLatin1Char('\n'))));
        QVERIFY2(rowNames.filter(QRegularExpression(QStringLiteral("^x224 0x00 \\+ rdp security ")))
                         .size() == 1,
                 qPrintable(rowNames.join(QLatin1Char('\n'))));
        QVERIFY2(err.contains(QStringLiteral("primary (127.0.0.1 %1): connect +").arg(xrdp.port())),
                 qPrintable(err.right(3000)));
    }

    void rdpFileWithPasswordNeverLeaks()
    {
        FaultServer server = FaultServer::always(FaultAction::reset());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("work.rdp"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("full address:s:127.0.0.1:%1\r\npassword 51:b:"
                                  "01000000D08C9DDF0115D1118C7A00C04FC297EB0100000052A9\r\n")
                       .arg(server.port())
                       .toUtf8());
        file.close();
        const QString log = dir.filePath(QStringLiteral("run.log"));
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("--verbose"),
                                   QStringLiteral("--log"), log, path});
        QCOMPARE(run.exitCode, 1);
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        for (const QByteArray &text : {run.out, run.err, logFile.readAll()})
            QVERIFY(!text.contains("D08C9DDF0115D1118C7A00C04FC297EB"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
