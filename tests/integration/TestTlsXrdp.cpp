// SPDX-License-Identifier: GPL-3.0-or-later
// The tls stage against the real xrdp daemon (Debian 0.9.21) on 127.0.0.1: TLS 1.2 only
// with a generated certificate, an expired certificate, and a certificate xrdp's own
// OpenSSL refuses at handshake time (1024-bit RSA).

#include "probes/NegotiationProbe.h"
#include "probes/TlsProbe.h"
#include "report/TlsJson.h"
#include "rules/CertificateRules.h"
#include "rules/TlsRules.h"

#include "TestCertificates.h"
#include "XrdpServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;
using Outcome = TlsAttempt::Outcome;

namespace {

struct Run
{
    NegotiationFacts negotiation;
    TlsStageResult result;
    qint64 elapsedMs = 0;
};

Run runStage(quint16 port)
{
    static CancelToken cancel;
    Run run;
    std::unique_ptr<TcpConnection> primary;
    run.negotiation.probes << connectAndNegotiate(QStringLiteral("127.0.0.1"), port, 0x0B, 5000ms,
                                                  cancel, primary);
    Target target;
    target.host = QStringLiteral("localhost");
    target.port = port;
    QElapsedTimer timer;
    timer.start();
    run.result =
        runTlsStage(primary, target, QStringLiteral("127.0.0.1"), run.negotiation, 5000ms, cancel);
    run.elapsedMs = timer.elapsed();
    return run;
}

QStringList findingsOf(const Run &run)
{
    Facts facts;
    facts.negotiation = run.negotiation;
    facts.tls = run.result.tls;
    facts.certificate = run.result.certificate;
    RuleContext context;
    context.target.host = QStringLiteral("localhost");
    context.now = QDateTime::currentDateTimeUtc();
    QStringList out;
    for (const Finding &f :
         evaluateTlsRules(facts, context) + evaluateCertificateRules(facts, context))
        out << f.code;
    out.sort();
    return out;
}

} // namespace

class TestTlsXrdp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tls12Only();
    void expiredCertificate();
    void certificateXrdpCannotUse();

private:
    TestCertificate make(const CertificateOptions &options, const QString &name)
    {
        const TestCertificate made = makeTestCertificate(options, m_dir.path(), name);
        if (!made.isValid())
            qFatal("certificate %s: %s", qPrintable(name), qPrintable(made.error));
        return made;
    }
    QTemporaryDir m_dir;
};

void TestTlsXrdp::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTlsXrdp::tls12Only()
{
    CertificateOptions options;
    options.subjectAltNames = {QStringLiteral("DNS:localhost")};
    const TestCertificate certificate = make(options, QStringLiteral("xrdp"));
    XrdpOptions xrdpOptions;
    xrdpOptions.securityLayer = QStringLiteral("tls");
    xrdpOptions.sslProtocols = QStringLiteral("TLSv1.2");
    xrdpOptions.certificatePath = certificate.certificatePath;
    xrdpOptions.keyPath = certificate.keyPath;
    XrdpServer xrdp(xrdpOptions);
    QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString())); // must fail, never skip

    QList<qint64> durations;
    Run run;
    for (int i = 0; i < 5; ++i) {
        run = runStage(xrdp.port());
        QVERIFY2(run.result.tls.main.outcome == Outcome::Established,
                 qPrintable(run.result.tls.main.detail + QLatin1Char('\n') + xrdp.logTail()));
        durations << run.elapsedMs;
    }
    const TlsFacts &tls = run.result.tls;
    QCOMPARE(tls.main.negotiatedVersion, QStringLiteral("TLSv1.2"));
    const QJsonObject versions = tlsFactsToJson(tls).value(QStringLiteral("versions")).toObject();
    QCOMPARE(versions.value(QStringLiteral("1.0")), QJsonValue(false));
    QCOMPARE(versions.value(QStringLiteral("1.1")), QJsonValue(false));
    QCOMPARE(versions.value(QStringLiteral("1.2")), QJsonValue(true));
    QCOMPARE(versions.value(QStringLiteral("1.3")), QJsonValue(false));
    QVERIFY(run.result.certificate);
    QCOMPARE(run.result.certificate->pem, certificate.certificatePem);
    QCOMPARE(run.result.certificate->nameMatches, std::optional<bool>(true));
    QVERIFY(tls.weakCipherProbeRan);
    QVERIFY(tls.weakCiphersAccepted.isEmpty());
    QCOMPARE(findingsOf(run), QStringList{QStringLiteral("cert.self_signed")});
    std::sort(durations.begin(), durations.end());
    qInfo("xrdp TLS 1.2 only: tls stage %lld ms median (min %lld, max %lld) over 5 runs",
          durations.at(2), durations.first(), durations.last());
}

void TestTlsXrdp::expiredCertificate()
{
    CertificateOptions options;
    options.subjectAltNames = {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")};
    options.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    options.notAfter = QDateTime(QDate(2020, 1, 31), QTime(0, 0), Qt::UTC);
    const TestCertificate certificate = make(options, QStringLiteral("expired"));
    XrdpOptions xrdpOptions;
    xrdpOptions.certificatePath = certificate.certificatePath;
    xrdpOptions.keyPath = certificate.keyPath;
    XrdpServer xrdp(xrdpOptions);
    QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
    const Run run = runStage(xrdp.port());
    QCOMPARE(run.result.tls.main.outcome, Outcome::Established);
    QVERIFY(run.result.certificate);
    QCOMPARE(run.result.certificate->notAfter, options.notAfter);
    QCOMPARE(findingsOf(run),
             (QStringList{QStringLiteral("cert.expired"), QStringLiteral("cert.self_signed")}));
}

void TestTlsXrdp::certificateXrdpCannotUse()
{
    // docs/protocol-notes.md: xrdp selects SSL, then its OpenSSL refuses the 1024-bit key at
    // accept time and drops the connection. The main handshake must show the server ending
    // it, not our client refusing.
    CertificateOptions options;
    options.rsaBits = 1024;
    options.digest = CertificateOptions::Digest::Sha1;
    const TestCertificate certificate = make(options, QStringLiteral("weak"));
    XrdpOptions xrdpOptions;
    xrdpOptions.certificatePath = certificate.certificatePath;
    xrdpOptions.keyPath = certificate.keyPath;
    XrdpServer xrdp(xrdpOptions);
    QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
    const Run run = runStage(xrdp.port());
    const TlsAttempt &main = run.result.tls.main;
    // xrdp answers the ClientHello with a plaintext MCS Disconnect Provider Ultimatum
    // (03 00 00 09 02 f0 80 21 80) and a reset; depending on timing the reset may overtake it.
    QVERIFY2(main.outcome == Outcome::Closed || main.outcome == Outcome::Reset,
             qPrintable(tlsOutcomeString(main.outcome) + QLatin1Char(' ') + main.detail));
    if (main.outcome == Outcome::Closed)
        QVERIFY2(main.firstBytes.startsWith(QByteArray::fromHex("0300")),
                 qPrintable(QString::fromLatin1(main.firstBytes.toHex(' '))));
    QVERIFY(!run.result.certificate);
    const QStringList codes = findingsOf(run);
    QVERIFY2(codes.contains(QStringLiteral("tls.closed")) ||
                 codes.contains(QStringLiteral("tls.reset")),
             qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY(!codes.contains(QStringLiteral("tls.no_modern_version")));
    qInfo("xrdp with a 1024-bit certificate: main handshake %s (%s), findings %s",
          qPrintable(tlsOutcomeString(main.outcome)), qPrintable(main.detail),
          qPrintable(codes.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestTlsXrdp)
#include "TestTlsXrdp.moc"
