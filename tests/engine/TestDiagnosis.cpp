// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis: which finding explains the error code the user reported.
#include "diagnosis/Diagnosis.h"
#include "diagnosis/ErrorCodes.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

Finding finding(const QString &code, Severity severity = Severity::Error)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = QStringLiteral("title of ") + code;
    return f;
}

QList<Finding> findingsOf(const QStringList &codes)
{
    QList<Finding> list;
    for (const QString &code : codes)
        list << finding(code, code.startsWith(QLatin1String("security.standard")) ||
                                      code.startsWith(QLatin1String("cert."))
                                  ? Severity::Warning
                                  : Severity::Error);
    return list;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void primary_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("extended");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("primary");
        QTest::addColumn<bool>("explained");

        QTest::newRow("0x904/0x7 and a reset after the request")
            << "0x904"
            << "0x7" << QStringList{QStringLiteral("x224.reset")} << "x224.reset" << true;
        QTest::newRow("0x904/0x7 with a TLS reset names the certificate cause")
            << "0x904"
            << "0x7"
            << QStringList{QStringLiteral("security.standard_rdp_allowed"),
                           QStringLiteral("tls.reset")}
            << "tls.reset" << true;
        QTest::newRow("0x904 with no certificate on the server")
            << "0x904"
            << "" << QStringList{QStringLiteral("security.no_certificate")}
            << "security.no_certificate" << true;
        QTest::newRow("0x204 and a refused port")
            << "0x204"
            << "" << QStringList{QStringLiteral("tcp.refused")} << "tcp.refused" << true;
        QTest::newRow("0x204 given as decimal 516")
            << "516"
            << "" << QStringList{QStringLiteral("tcp.timeout")} << "tcp.timeout" << true;
        QTest::newRow("0x104 and an unknown name")
            << "0x104"
            << "" << QStringList{QStringLiteral("dns.not_found")} << "dns.not_found" << true;
        QTest::newRow("no code reported: first error")
            << ""
            << "" << QStringList{QStringLiteral("x224.closed")} << "x224.closed" << false;
        QTest::newRow("reported code not explained, another error stops the connection")
            << "0x904"
            << "0x7" << QStringList{QStringLiteral("dns.not_found")} << "dns.not_found" << false;
        QTest::newRow("nothing found") << "0x904"
                                       << "0x7" << QStringList{} << "" << false;
        QTest::newRow("only warnings")
            << ""
            << "" << QStringList{QStringLiteral("security.standard_rdp_allowed")} << "" << false;
    }
    void primary()
    {
        QFETCH(QString, code);
        QFETCH(QString, extended);
        QFETCH(QStringList, findings);
        QFETCH(QString, primary);
        QFETCH(bool, explained);
        ReportedError reported;
        if (!code.isEmpty())
            reported.code = parseClientCode(code, CodeKind::Disconnect);
        if (!extended.isEmpty())
            reported.extended = parseClientCode(extended, CodeKind::Extended);
        const Diagnosis diagnosis = diagnose(reported, findingsOf(findings), Facts{});
        QCOMPARE(diagnosis.primary, primary);
        QVERIFY(!diagnosis.summary.isEmpty());
        if (!primary.isEmpty())
            QVERIFY2(diagnosis.summary.contains(QStringLiteral("title of ") + primary),
                     qPrintable(diagnosis.summary));
        if (explained)
            QVERIFY(diagnosis.summary.contains(QStringLiteral("This explains")));
        // The answer first: the verdict starts with the finding, not with the code.
        if (!primary.isEmpty())
            QVERIFY2(diagnosis.summary.startsWith(QStringLiteral("title of ")),
                     qPrintable(diagnosis.summary));
        if (primary.isEmpty()) {
            QVERIFY(!diagnosis.unchecked.isEmpty());
            QVERIFY(diagnosis.unchecked.join(u' ').contains(QStringLiteral("licensing")));
            // One sentence; what was not checked is the list.
            QVERIFY2(!diagnosis.summary.contains(QStringLiteral("licensing")),
                     qPrintable(diagnosis.summary));
        } else {
            QVERIFY(diagnosis.unchecked.isEmpty());
        }
    }

    // "Not checked from here" leaves out what the Windows self-check (rdpdiag --server) read:
    // licensing, the connection limit and the event logs; what it could not read stays listed.
    void uncheckedLeavesOutWhatTheServerCheckRead()
    {
        const auto uncheckedWith = [](const QStringList &notCollected, bool windows) {
            Facts facts;
            facts.server = ServerFacts{};
            if (windows)
                facts.server->windows = WindowsRdpFacts{};
            facts.server->notCollected = notCollected;
            return diagnose(ReportedError{}, {}, facts).unchecked.join(u'|');
        };
        const QString none = uncheckedWith({}, false);
        QVERIFY2(none.contains(QLatin1String("licensing")), qPrintable(none));
        QVERIFY(none.contains(QLatin1String("MaxInstanceCount")));
        QVERIFY(none.contains(QLatin1String("event logs")));

        const QString all = uncheckedWith({}, true);
        QVERIFY2(!all.contains(QLatin1String("licensing")), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("MaxInstanceCount")));
        QVERIFY(!all.contains(QLatin1String("event logs")));
        QVERIFY(all.contains(QLatin1String("signing in")));

        const QString noEvents =
            uncheckedWith({QStringLiteral("the System event log (access denied)")}, true);
        QVERIFY(noEvents.contains(QLatin1String("event logs")));
        QVERIFY(!noEvents.contains(QLatin1String("licensing")));

        const QString noPolicies =
            uncheckedWith({QStringLiteral("Remote Desktop policies (HKLM\\SOFTWARE\\Policies\\"
                                          "Microsoft\\Windows NT\\Terminal Services: access "
                                          "denied)")},
                          true);
        QVERIFY(noPolicies.contains(QLatin1String("licensing")));
        QVERIFY(noPolicies.contains(QLatin1String("MaxInstanceCount")));
        QVERIFY(!noPolicies.contains(QLatin1String("event logs")));
    }

    void normalisesCodes()
    {
        ReportedError reported;
        reported.code = parseClientCode(QStringLiteral("2308"), CodeKind::Disconnect);
        reported.extended = parseClientCode(QStringLiteral("7"), CodeKind::Extended);
        const Diagnosis diagnosis = diagnose(reported, {}, Facts{});
        QCOMPARE(diagnosis.errorCode, QStringLiteral("0x904"));
        QCOMPARE(diagnosis.extendedCode, QStringLiteral("0x7"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "TestDiagnosis.moc"
