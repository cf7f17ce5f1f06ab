// SPDX-License-Identifier: GPL-3.0-or-later
// No probe-made failures: full runs against servers that allow N simultaneous connections
// (N = 1, 2, 3) and reset the rest (ConnectionLimitProxy in front of the real xrdp and of the
// OpenSSL CredSSP test server) learn every fact that a run against the same server without a
// limit learns, and report the limit as tcp.connection_limit with the count N; the run without
// a limit does not. Without the retries of runner/SideRetries the limited runs lose the TLS
// versions, Standard RDP Security and parts of the negotiation matrix.
#include "ConnectionLimitProxy.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "XrdpServer.h"
#include "model/Stages.h"
#include "report/StageJson.h"
#include "runner/Runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace rdpdiag;
using namespace rdpdiag::test;
using namespace std::chrono_literals;

namespace {

Report runThrough(quint16 port)
{
    RunRequest request;
    request.target = *parseTargetText(QStringLiteral("127.0.0.1:%1").arg(port)).target;
    request.timeout = 5000ms;
    CancelToken cancel;
    return runDiagnosis(request, cancel);
}

/**
 * What a run learned about the server: the facts of the connection stages as the JSON report
 * writes them, without what differs from run to run whatever the server's limit — times
 * (durations, the median connect time, the NTLM server time), the random bytes each handshake
 * carries (the TLS server random in first_bytes, the server random in Standard RDP Security's
 * Connect Response) — and without the record of the retries themselves ("retried",
 * tcp.side_retries) and of which handshake answered for a TLS version (a legacy version tried
 * again alone has no "from_shared_handshake"), which tell how a fact was learned, not what it
 * is. The local stage is this computer's, not the server's.
 */
QJsonValue withoutRunDetails(const QJsonValue &value)
{
    static const QStringList kSkipped{
        QStringLiteral("duration_ms"),           QStringLiteral("median_connect_ms"),
        QStringLiteral("server_time"),           QStringLiteral("clock_skew_s"),
        QStringLiteral("first_bytes"),           QStringLiteral("retried"),
        QStringLiteral("side_retries"),          QStringLiteral("received_hex"),
        QStringLiteral("from_shared_handshake"),
    };
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!kSkipped.contains(it.key()))
                out.insert(it.key(), withoutRunDetails(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(withoutRunDetails(item));
        return out;
    }
    return value;
}

QJsonObject serverFacts(const Report &report)
{
    QJsonObject facts;
    for (const FactsStage stage : kFactsStages)
        if (stage != FactsStage::Local && stage != FactsStage::Gateway &&
            stage != FactsStage::Server)
            writeStageFacts(stage, report.facts, facts);
    return withoutRunDetails(facts).toObject();
}

/** The received_hex of the negotiation matrix is no random: it is compared on its own. */
QStringList negotiationAnswers(const Report &report)
{
    QStringList answers;
    for (const NegotiationProbe &probe : report.facts.negotiation->probes)
        answers << QString::fromLatin1(probe.received.toHex());
    return answers;
}

const Finding *findingOf(const Report &report, const QString &code)
{
    for (const Finding &finding : report.findings)
        if (finding.code == code)
            return &finding;
    return nullptr;
}

QStringList codesOf(const Report &report)
{
    QStringList codes;
    for (const Finding &finding : report.findings)
        if (finding.code != QLatin1String("tcp.connection_limit"))
            codes << finding.code;
    codes.sort();
    return codes;
}

/** The first difference between two JSON values, as "path: a ≠ b" (empty when equal). */
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.isObject() && b.isObject()) {
        QStringList keys = a.toObject().keys() + b.toObject().keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const QString difference = firstDifference(a.toObject().value(key),
                                                       b.toObject().value(key), path + u'.' + key);
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i) {
            const QString difference = firstDifference(a.toArray().at(i), b.toArray().at(i),
                                                       QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (a == b)
        return {};
    const auto text = [](const QJsonValue &value) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    };
    return QStringLiteral("%1: %2 (without a limit) vs %3").arg(path, text(a), text(b));
}

} // namespace

class TestConnectionLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xrdp_data();
    void xrdp();
    void credssp_data();
    void credssp();
    void cleanupTestCase();

private:
    /** Runs through a proxy allowing @p limit connections to @p backend (0: no limit) and
     * compares with m_reference; the first call (limit 0) sets m_reference. */
    void compareWithUnlimited(quint16 backend, int limit);

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    std::unique_ptr<XrdpServer> m_xrdp;
    std::unique_ptr<TlsTestServer> m_credssp;
    std::optional<Report> m_reference;
};

void TestConnectionLimit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_xrdp = std::make_unique<XrdpServer>(); // negotiate: TLS, Standard RDP Security, no NLA
    QVERIFY2(m_xrdp->start(), qPrintable(m_xrdp->errorString()));

    CertificateOptions certificate;
    certificate.subjectAltNames = {QStringLiteral("DNS:localhost")};
    m_certificate = makeTestCertificate(certificate, m_dir.path(), QStringLiteral("server"));
    QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
    TlsServerOptions options;
    options.certificatePath = m_certificate.certificatePath;
    options.keyPath = m_certificate.keyPath;
    options.selectedProtocol = 0x02; // HYBRID: the run goes on to CredSSP
    options.credssp = TlsServerOptions::Credssp::Challenge;
    m_credssp = std::make_unique<TlsTestServer>(options);
    QVERIFY2(m_credssp->start(), qPrintable(m_credssp->errorString()));
}

void TestConnectionLimit::cleanupTestCase()
{
    m_credssp.reset();
    m_xrdp.reset();
}

void TestConnectionLimit::compareWithUnlimited(quint16 backend, int limit)
{
    ConnectionLimitProxy proxy(backend, limit);
    QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
    const Report report = runThrough(proxy.port());
    proxy.stop();
    QVERIFY(report.facts.negotiation);
    QCOMPARE(report.facts.negotiation->probes.size(), 4);

    if (limit == 0) {
        QCOMPARE(proxy.rejected(), 0);
        QVERIFY2(!findingOf(report, QStringLiteral("tcp.connection_limit")),
                 "a run without a limit reports one");
        QVERIFY(!report.facts.tcp->sideRetries);
        m_reference = report;
        return;
    }
    QVERIFY(m_reference);
    // The limit did bite: without this the comparison below would prove nothing.
    QVERIFY2(proxy.rejected() > 0, "the proxy reset no connection");
    QVERIFY(proxy.peak() <= limit);

    const QString difference =
        firstDifference(serverFacts(*m_reference), serverFacts(report), QStringLiteral("facts"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(negotiationAnswers(report), negotiationAnswers(*m_reference));
    QCOMPARE(codesOf(report), codesOf(*m_reference));

    const Finding *finding = findingOf(report, QStringLiteral("tcp.connection_limit"));
    QVERIFY2(finding, "the limited run does not report tcp.connection_limit");
    QCOMPARE(finding->severity, Severity::Info);
    QCOMPARE(finding->evidence.value(QStringLiteral("simultaneous")).toInt(-1), limit);
    QVERIFY(finding->evidence.value(QStringLiteral("recovered")).toInt() > 0);
    QVERIFY(report.facts.tcp->sideRetries);
    QCOMPARE(report.facts.tcp->sideRetries->simultaneous, std::optional<int>(limit));
}

void TestConnectionLimit::xrdp_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("no limit") << 0;
    QTest::newRow("1 at once") << 1;
    QTest::newRow("2 at once") << 2;
    QTest::newRow("3 at once") << 3;
}

void TestConnectionLimit::xrdp()
{
    QFETCH(int, limit);
    if (limit == 0)
        m_reference.reset();
    compareWithUnlimited(m_xrdp->port(), limit);
    // What the runs must have learned: Standard RDP Security's offers and the TLS versions.
    QVERIFY(m_reference->facts.rdpSecurity);
    QVERIFY(m_reference->facts.tls);
    QCOMPARE(m_reference->facts.tls->versions.size(), 4);
}

void TestConnectionLimit::credssp_data()
{
    xrdp_data();
}

void TestConnectionLimit::credssp()
{
    QFETCH(int, limit);
    if (limit == 0)
        m_reference.reset();
    compareWithUnlimited(m_credssp->port(), limit);
    QVERIFY(m_reference->facts.credssp);
    QCOMPARE(m_reference->facts.credssp->outcome, CredsspFacts::Outcome::Challenge);
}

QTEST_GUILESS_MAIN(TestConnectionLimit)
#include "TestConnectionLimit.moc"
