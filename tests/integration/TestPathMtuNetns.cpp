// SPDX-License-Identifier: GPL-3.0-or-later
// A path-MTU black hole for real (issue 13, item 2): three network namespaces (NetnsLab::
// createRouted) — the client, a router whose link toward the client carries at most 576
// bytes, and the TLS test server behind it with a certificate chain whose flight is far
// larger. The router drops the ICMP "fragmentation needed" it would send to the server
// (nftables), so the server never learns to send smaller packets: small packets pass (TCP,
// X.224), the TLS handshake stalls. The rdpdiag CLI runs in the client namespace and must
// prove the black hole with its small-MSS handshake: net.small_mtu, an error, the primary
// cause of 0x904 / 0x7, with the evidence. Without the drop rule the server learns the path
// MTU, the handshake completes and net.small_mtu must not be reported.
#include "NetnsLab.h"
#include "Preconditions.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace rdpdiag::test;

namespace {

constexpr int kClientLinkMtu = 576;

using Run = NetnsLab::CliReport;

Run run(NetnsLab &lab, quint16 port)
{
    return lab.runClientJson(
        {QStringLiteral("--error-code"), QStringLiteral("0x904"), QStringLiteral("--extended-code"),
         QStringLiteral("0x7"),
         QStringLiteral("%1:%2").arg(QLatin1String(NetnsLab::kRoutedServerAddress)).arg(port)});
}

QJsonObject stage(const Run &run, const char *id)
{
    for (const QJsonValue &stage : run.report.value(QStringLiteral("stages")).toArray())
        if (stage.toObject().value(QStringLiteral("id")).toString() == QLatin1String(id))
            return stage.toObject();
    return {};
}

QString stageSummary(const Run &run, const char *id)
{
    return stage(run, id).value(QStringLiteral("summary")).toString();
}

/** How many packets the router's drop rule has dropped (its counter). */
int droppedByRouter(NetnsLab &lab)
{
    QString ruleset;
    if (!lab.exec(lab.router(),
                  {QStringLiteral("nft"), QStringLiteral("list"), QStringLiteral("table"),
                   QStringLiteral("inet"), QStringLiteral("rdpdiagtest")},
                  &ruleset))
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("counter packets (\\d+)")).match(ruleset);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

const QString kDropFragmentationNeeded = QStringLiteral(
    "table inet rdpdiagtest {\n chain out {\n  type filter hook output priority 0; policy accept;\n"
    "  icmp type destination-unreachable icmp code frag-needed counter drop\n }\n}\n");

} // namespace

class TestPathMtuNetns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        RDPDIAG_REQUIRE(::geteuid() == 0, "network namespaces need root");
        QVERIFY2(!qEnvironmentVariableIsEmpty("RDPDIAG_CLI"),
                 "RDPDIAG_CLI is set by rdpdiag_add_test");
        QProcess nft;
        nft.start(QStringLiteral("nft"), {QStringLiteral("--version")});
        RDPDIAG_REQUIRE(nft.waitForFinished(10000) && nft.exitCode() == 0,
                        "nft (nftables) is not installed");
        QVERIFY(m_dir.isValid());
        // A chain (CA + leaf, RSA 2048 each): the server's flight is well above 576 bytes.
        CertificateOptions ca;
        ca.commonName = QStringLiteral("rdpdiag test CA");
        ca.certificateAuthority = true;
        m_ca = makeTestCertificate(ca, m_dir.path(), QStringLiteral("ca"));
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error));
        CertificateOptions leaf;
        leaf.commonName = QString::fromLatin1(NetnsLab::kRoutedServerAddress);
        leaf.subjectAltNames = {QStringLiteral("IP:%1").arg(leaf.commonName)};
        leaf.issuer = &m_ca;
        m_leaf = makeTestCertificate(leaf, m_dir.path(), QStringLiteral("leaf"));
        QVERIFY2(m_leaf.isValid(), qPrintable(m_leaf.error));
    }

    void blackHoleProvenThenGoneWithoutTheDropRule()
    {
        NetnsLab lab;
        QVERIFY2(lab.createRouted(kClientLinkMtu), qPrintable(lab.errorString()));
        TlsServerOptions options;
        options.listenAddress = QString::fromLatin1(NetnsLab::kRoutedServerAddress);
        options.certificatePath = m_leaf.chainPath;
        options.keyPath = m_leaf.keyPath;
        TlsTestServer server(options);
        {
            const NetnsLab::ThreadInside inside(lab.server());
            QVERIFY(inside.ok());
            QVERIFY2(server.start(), qPrintable(server.errorString()));
        }
        QVERIFY2(lab.nft(lab.router(), kDropFragmentationNeeded), qPrintable(lab.errorString()));

        // 1. The black hole: proven, the cause, with the evidence.
        const Run hole = run(lab, server.port());
        QCOMPARE(hole.exitCode, 1);
        QVERIFY2(droppedByRouter(lab) > 0, "the router dropped no ICMP: no black hole was made");
        QVERIFY2(hole.codes.contains(QLatin1String("net.small_mtu")),
                 qPrintable(hole.codes.join(u' ')));
        QVERIFY2(hole.codes.contains(QLatin1String("tls.timeout")),
                 qPrintable(hole.codes.join(u' ')));
        QCOMPARE(hole.primary(), QStringLiteral("net.small_mtu"));
        QCOMPARE(hole.codes.first(), QStringLiteral("net.small_mtu"));
        const QJsonObject finding = hole.finding("net.small_mtu");
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const QJsonObject evidence = finding.value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("proven")), QJsonValue(true));
        QCOMPARE(evidence.value(QStringLiteral("max_segment")), QJsonValue(536));
        QVERIFY(evidence.contains(QStringLiteral("bytes_received")));
        QCOMPARE(evidence.value(QStringLiteral("small_mss_handshake"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("established"));
        bool clamping = false;
        for (const QJsonValue &step : finding.value(QStringLiteral("remediation")).toArray())
            clamping |= step.toObject()
                            .value(QStringLiteral("command"))
                            .toString()
                            .contains(QLatin1String("--clamp-mss-to-pmtu"));
        QVERIFY(clamping);
        const QJsonObject path = hole.facts("tls").value(QStringLiteral("path_mtu")).toObject();
        QCOMPARE(path.value(QStringLiteral("black_hole")), QJsonValue(true));
        QCOMPARE(path.value(QStringLiteral("max_segment")), QJsonValue(536));
        // The small-MSS handshake got the whole flight, larger than the link carries at once.
        QVERIFY(path.value(QStringLiteral("attempt"))
                    .toObject()
                    .value(QStringLiteral("bytes_received"))
                    .toInt() > kClientLinkMtu);
        QVERIFY2(stageSummary(hole, "tls").contains(QLatin1String("at most 536 bytes completed")),
                 qPrintable(stageSummary(hole, "tls")));
        QCOMPARE(hole.facts("tls")
                     .value(QStringLiteral("main"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("timeout"));
        // The small-MSS handshake ran alongside the stalled one (probes/PathMtuProbe.h): the
        // stage ended with the stalled handshake's step timeout (1500 ms here).
        const int tlsMs = stage(hole, "tls").value(QStringLiteral("duration_ms")).toInt();
        QVERIFY2(tlsMs >= 1400 && tlsMs < 2 * NetnsLab::kClientTimeoutMs - 200,
                 qPrintable(QString::number(tlsMs)));

        // 2. The same run without the drop rule: the server learns the path MTU from the
        // router's ICMP, the handshake completes, nothing is proven or reported.
        QVERIFY(lab.nft(lab.router(), QStringLiteral("delete table inet rdpdiagtest\n")));
        const Run open = run(lab, server.port());
        QVERIFY2(!open.codes.contains(QLatin1String("net.small_mtu")),
                 qPrintable(open.codes.join(u' ')));
        QVERIFY2(!open.codes.contains(QLatin1String("tls.timeout")),
                 qPrintable(open.codes.join(u' ')));
        QCOMPARE(open.facts("tls")
                     .value(QStringLiteral("main"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("established"));
        QVERIFY(!open.facts("tls").contains(QStringLiteral("path_mtu")));
        QVERIFY(open.primary() != QLatin1String("net.small_mtu"));
    }

private:
    QTemporaryDir m_dir;
    TestCertificate m_ca;
    TestCertificate m_leaf;
};

QTEST_GUILESS_MAIN(TestPathMtuNetns)
#include "TestPathMtuNetns.moc"
