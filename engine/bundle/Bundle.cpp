// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Bundle.h"

#include "bundle/Environment.h"
#include "bundle/Redaction.h"
#include "bundle/ZipArchive.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/ReportReader.h"
#include "report/TicketSummary.h"
#include "runner/ReferenceCode.h"
#include "support/SafeText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSslCertificate>

namespace rdpdiag {

namespace {

class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Bundle)
};

const QString kManifestName = QStringLiteral("manifest.json");
const QString kReportName = QStringLiteral("report.json");
const QString kHtmlName = QStringLiteral("report.html");
const QString kSummaryName = QStringLiteral("summary.txt");
const QString kEnvironmentName = QStringLiteral("environment.json");
const QString kLogName = QStringLiteral("rdpdiag.log");
constexpr int kMaxChainFiles = 16;
constexpr qint64 kMaxManifestBytes = 1024 * 1024;
/** Deflate reaches ~1000:1 on constant data; real bundle files stay far below this. */
constexpr qint64 kMaxRatio = 500;

/** ASCII letters, digits, '.', '-' only; other runs become one '-', runs of '.' one '.'
 * (never ".."); no '.' or '-' at either end; at most @p max characters. */
QString fileNamePart(const QString &text, int max)
{
    QString out;
    for (const QChar c : text) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('.') || c == QLatin1Char('-');
        if (plain && !(c == QLatin1Char('.') && out.endsWith(QLatin1Char('.'))))
            out += c;
        else if (!plain && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    out = out.left(max);
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

QString endpoint(const Target &target)
{
    return target.host.contains(QLatin1Char(':'))
               ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
               : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/** certificates/<n>-<common name>-<SHA-256 prefix>.pem, each with a comment header naming
 * the run. The name is made from the common name the server chose, so only a bounded ASCII
 * part of it is used (fileNamePart()): whatever the name, the entry name is one the reader
 * accepts (isSafeEntryName()), and the SHA-256 prefix tells certificates with the same name
 * apart. */
QList<ZipEntryData> certificateFiles(const Report &report)
{
    QList<ZipEntryData> files;
    if (!report.facts.certificate)
        return files;
    const CertificateFacts &certificate = *report.facts.certificate;
    QList<QByteArray> chain = certificate.chainPem;
    if (chain.isEmpty() && !certificate.pem.isEmpty())
        chain << certificate.pem;
    const qsizetype count = std::min<qsizetype>(chain.size(), kMaxChainFiles);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray &pem = chain.at(i);
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(pem, QSsl::Pem);
        QString commonName;
        QString subject;
        QString issuer;
        QByteArray der = pem;
        if (!parsed.isEmpty()) {
            commonName = parsed.first().subjectInfo(QSslCertificate::CommonName).value(0);
            subject = safeText(parsed.first().subjectDisplayName());
            issuer = safeText(parsed.first().issuerDisplayName());
            der = parsed.first().toDer();
        }
        QString base = fileNamePart(commonName, 64);
        if (base.isEmpty())
            base = QStringLiteral("certificate");
        QByteArray content;
        content += "# rdpdiag reference " + report.reference.toUtf8() + ": certificate " +
                   QByteArray::number(i + 1) + " of " + QByteArray::number(chain.size()) +
                   (i == 0 ? " (the server's own)" : "") + " as presented by " +
                   oneLine(endpoint(report.target)).toUtf8() + "\n";
        if (!subject.isEmpty())
            content += "# subject: " + oneLine(subject).toUtf8() + "\n";
        if (!issuer.isEmpty())
            content += "# issuer: " + oneLine(issuer).toUtf8() + "\n";
        content += pem;
        if (!content.endsWith('\n'))
            content += '\n';
        files.append(
            {QStringLiteral("certificates/%1-%2-%3.pem").arg(i).arg(base, sha256Hex(der).left(12)),
             content});
    }
    return files;
}

QByteArray logFile(const Report &shown, const QByteArray &log)
{
    QByteArray out = QStringLiteral("# rdpdiag %1 debug log, reference %2, target %3, run of %4\n")
                         .arg(shown.toolVersion, shown.reference, oneLine(endpoint(shown.target)),
                              shown.started.toUTC().toString(Qt::ISODate))
                         .toUtf8();
    if (log.isEmpty())
        out += "# (no debug log was captured for this run)\n";
    else
        out += log;
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

BundleReadResult readFailure(const QString &message)
{
    BundleReadResult result;
    result.error = oneLine(message);
    return result;
}

} // namespace

QString defaultBundleFileName(const Report &report, bool redact)
{
    const Report shown = redact ? redactReport(report).report : report;
    QString host = fileNamePart(shown.target.host, 64);
    if (host.isEmpty())
        host = QStringLiteral("target");
    QString reference = fileNamePart(report.reference, 16);
    if (reference.isEmpty())
        reference = QStringLiteral("run");
    const QDateTime started =
        report.started.isValid() ? report.started.toUTC() : QDateTime::currentDateTimeUtc();
    return QStringLiteral("rdpdiag-%1-%2-%3.zip")
        .arg(host, started.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")), reference);
}

BundleWriteResult writeBundle(const Report &report, const QString &path,
                              const BundleOptions &options)
{
    BundleWriteResult result;
    const auto failed = [&result](const QString &message) {
        result.error = oneLine(message);
        return result;
    };
    if (path.isEmpty())
        return failed(BundleText::tr("no file name given for the bundle"));
    const QFileInfo info(path);
    result.path = info.absoluteFilePath();
    if (info.isDir())
        return failed(BundleText::tr("%1 is a folder, not a file name").arg(path));
    if (!info.absoluteDir().exists())
        return failed(BundleText::tr("cannot write %1: the folder %2 does not exist")
                          .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    if (!isReferenceCode(report.reference))
        return failed(BundleText::tr("the report has no valid reference code"));

    // One Redactor for every file, so that host-1 is the same machine everywhere.
    Redactor redactor;
    Report shown = report;
    QByteArray reportJson;
    if (options.redact) {
        // Every name is learned before the first file is made: the report's, then this
        // computer's own (host name, search domains), which the report may mention anywhere.
        Redactor::Redacted redacted = redactor.redact(report, thisComputerNames());
        shown = redacted.report;
        reportJson = redacted.jsonBytes();
    } else {
        reportJson = reportToJsonBytes(report);
    }
    QList<ZipEntryData> files;
    const QList<ZipEntryData> certificates = certificateFiles(report);
    QStringList withheldNotes;
    QJsonArray withheld;
    if (options.redact && !certificates.isEmpty()) {
        const QString reason =
            BundleText::tr(
                "The server's certificates (%1 PEM files) are not in this redacted bundle: a "
                "certificate carries its subject and issuer names, which cannot be replaced "
                "without breaking its signature. The SHA-1 and SHA-256 thumbprints in the report "
                "identify it.")
                .arg(certificates.size());
        withheldNotes << reason;
        withheld.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("certificates/*.pem")},
                                    {QStringLiteral("count"), certificates.size()},
                                    {QStringLiteral("reason"), reason}});
    }
    HtmlReportOptions htmlOptions;
    htmlOptions.redacted = options.redact;
    htmlOptions.withheld = withheldNotes;

    QJsonObject environment = collectEnvironment(report.reference);
    environment.insert(QStringLiteral("redacted"), options.redact);
    if (options.redact)
        environment = redactor.json(environment);

    files.append({kReportName, reportJson});
    files.append({kHtmlName, renderHtmlReport(shown, htmlOptions).toUtf8()});
    files.append({kSummaryName, renderTicketSummary(shown, options.redact).toUtf8()});
    files.append({kEnvironmentName, QJsonDocument(environment).toJson(QJsonDocument::Indented)});
    files.append(
        {kLogName, logFile(shown, options.redact ? redactor.utf8(options.log) : options.log)});
    if (!options.redact)
        files.append(certificates);

    QJsonArray manifestFiles;
    qint64 total = 0;
    for (const ZipEntryData &file : std::as_const(files)) {
        if (file.data.size() > kMaxBundleEntryBytes)
            return failed(BundleText::tr("%1 is too large for a bundle (%2 bytes)")
                              .arg(file.name)
                              .arg(file.data.size()));
        total += file.data.size();
        manifestFiles.append(QJsonObject{{QStringLiteral("name"), file.name},
                                         {QStringLiteral("size"), file.data.size()},
                                         {QStringLiteral("sha256"), sha256Hex(file.data)}});
    }
    if (total > kMaxBundleTotalBytes)
        return failed(
            BundleText::tr("the bundle's files are too large together (%1 bytes)").arg(total));
    const QJsonObject manifest{
        {QStringLiteral("schema"), QLatin1String(kBundleSchema)},
        {QStringLiteral("reference"), report.reference},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("rdpdiag")},
                                             {QStringLiteral("version"), shown.toolVersion}}},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("run_started"), shown.started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("target"), endpoint(shown.target)},
        {QStringLiteral("redacted"), options.redact},
        {QStringLiteral("files"), manifestFiles},
        {QStringLiteral("withheld"), withheld},
    };
    // The manifest first: a reader (and a person listing the zip) meets it first.
    files.prepend({kManifestName, QJsonDocument(manifest).toJson(QJsonDocument::Indented)});

    QString zipError;
    const std::optional<QByteArray> archive = buildZipArchive(files, shown.started, &zipError);
    if (!archive)
        return failed(BundleText::tr("cannot build the zip archive: %1").arg(zipError));
    if (archive->size() > kMaxBundleBytes)
        return failed(BundleText::tr("the bundle is too large (%1 bytes)").arg(archive->size()));
    // Never write what this version could not open again: the whole archive, read back by
    // the same reader that opens bundles, before anything is written.
    const BundleReadResult check = readBundleData(*archive);
    if (!check.contents)
        return failed(
            BundleText::tr("the bundle was not written because it would not open again: %1")
                .arg(check.error));

    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write in place: all or nothing
    // Unbuffered: with Qt's write buffer, a write that fails only when the buffer is flushed
    // at commit() (a full disk with a small bundle) was not reported, and commit() renamed
    // a truncated file into place.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(BundleText::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(*archive) != archive->size() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(BundleText::tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return failed(BundleText::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (QFileInfo(path).size() != archive->size()) {
        // Should never happen; never leave a damaged bundle that looks complete.
        QFile::remove(path);
        return failed(
            BundleText::tr("cannot write %1: the file was not written completely").arg(path));
    }
    result.ok = true;
    return result;
}

BundleReadResult readBundle(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return readFailure(BundleText::tr("%1 does not exist").arg(path));
    if (!info.isFile())
        return readFailure(BundleText::tr("%1 is not a file").arg(path));
    if (info.size() > kMaxBundleBytes)
        return readFailure(BundleText::tr("%1 is too large for a findings bundle (%2 bytes, at "
                                          "most %3)")
                               .arg(path)
                               .arg(info.size())
                               .arg(kMaxBundleBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readFailure(BundleText::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(kMaxBundleBytes + 1);
    if (data.size() > kMaxBundleBytes)
        return readFailure(BundleText::tr("%1 is too large for a findings bundle").arg(path));
    return readBundleData(data);
}

BundleReadResult readBundleData(const QByteArray &archive)
{
    if (archive.size() > kMaxBundleBytes)
        return readFailure(BundleText::tr("too large for a findings bundle"));
    ZipReader zip;
    ZipLimits limits;
    limits.maxEntries = kMaxBundleEntries;
    limits.maxEntryBytes = kMaxBundleEntryBytes;
    QString error;
    if (!zip.open(archive, limits, &error))
        return readFailure(BundleText::tr("not a valid findings bundle: %1").arg(error));

    // 1. The manifest, before anything else is inflated.
    const ZipReader::Entry *manifestEntry = zip.find(kManifestName);
    if (!manifestEntry)
        return readFailure(BundleText::tr("not a findings bundle: it has no manifest.json"));
    if (manifestEntry->size > kMaxManifestBytes)
        return readFailure(BundleText::tr("manifest.json is too large"));
    const std::optional<QByteArray> manifestBytes =
        zip.read(*manifestEntry, manifestEntry->size, &error);
    if (!manifestBytes)
        return readFailure(error);
    QJsonParseError parseError;
    const QJsonDocument manifestDocument = QJsonDocument::fromJson(*manifestBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !manifestDocument.isObject())
        return readFailure(BundleText::tr("manifest.json is not a JSON object"));
    const QJsonObject manifest = manifestDocument.object();
    const QString schema = manifest.value(QStringLiteral("schema")).toString().left(64);
    if (schema != QLatin1String(kBundleSchema)) {
        const QString family = QStringLiteral("rdpdiag-bundle/");
        bool ok = false;
        const int version = schema.startsWith(family) ? schema.mid(family.size()).toInt(&ok) : 0;
        if (ok && version > 1)
            return readFailure(BundleText::tr("the bundle has format %1, made by a newer rdpdiag; "
                                              "this version reads %2")
                                   .arg(schema, QLatin1String(kBundleSchema)));
        return readFailure(
            BundleText::tr("not a findings bundle (manifest schema \"%1\")").arg(schema));
    }

    // 2. The manifest's list against the archive's: same names, same declared sizes.
    const QJsonValue filesValue = manifest.value(QStringLiteral("files"));
    if (!filesValue.isArray() || filesValue.toArray().size() > kMaxBundleEntries)
        return readFailure(BundleText::tr("manifest.json has no valid file list"));
    struct Listed
    {
        QString name;
        qint64 size;
        QString sha256;
    };
    QList<Listed> listed;
    QSet<QString> listedNames;
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    qint64 total = 0;
    for (const QJsonValue &value : filesValue.toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QJsonValue size = object.value(QStringLiteral("size"));
        const QString sha256 = object.value(QStringLiteral("sha256")).toString();
        if (!isSafeEntryName(name) || name == kManifestName || listedNames.contains(name) ||
            !size.isDouble() || size.toInteger(-1) < 0 ||
            size.toInteger(-1) > kMaxBundleEntryBytes || !hashPattern.match(sha256).hasMatch())
            return readFailure(
                BundleText::tr("manifest.json has an invalid entry (\"%1\")").arg(name.left(80)));
        listedNames.insert(name);
        listed.append({name, size.toInteger(), sha256});
        total += size.toInteger();
    }
    if (total > kMaxBundleTotalBytes)
        return readFailure(
            BundleText::tr("the bundle's files are too large together (%1 bytes)").arg(total));
    for (const ZipReader::Entry &entry : zip.entries())
        if (entry.name != kManifestName && !listedNames.contains(entry.name))
            return readFailure(BundleText::tr("%1 is in the bundle but not in its manifest: the "
                                              "bundle was changed")
                                   .arg(entry.name));
    for (const Listed &file : std::as_const(listed)) {
        const ZipReader::Entry *entry = zip.find(file.name);
        if (!entry)
            return readFailure(
                BundleText::tr("the manifest lists %1, but the bundle lacks it").arg(file.name));
        if (entry->size != file.size)
            return readFailure(BundleText::tr("%1 is %2 bytes, the manifest says %3: the bundle "
                                              "was changed or damaged")
                                   .arg(file.name)
                                   .arg(entry->size)
                                   .arg(file.size));
        if (entry->size > 1024 * 1024 &&
            entry->size / std::max<qint64>(1, entry->compressedSize) > kMaxRatio)
            return readFailure(BundleText::tr("%1 expands %2 times: not a findings bundle (a "
                                              "zip bomb?)")
                                   .arg(file.name)
                                   .arg(entry->size / std::max<qint64>(1, entry->compressedSize)));
    }

    // 3. Each file inflated (never beyond its declared size) and hashed.
    BundleContents contents;
    for (const Listed &file : std::as_const(listed)) {
        const std::optional<QByteArray> data = zip.read(*zip.find(file.name), file.size, &error);
        if (!data)
            return readFailure(error);
        if (sha256Hex(*data) != file.sha256)
            return readFailure(BundleText::tr("%1 does not match its SHA-256 in the manifest: "
                                              "the bundle was changed or damaged")
                                   .arg(file.name));
        // Every text made safe to show where it enters (support/SafeText.h).
        if (file.name == kReportName)
            contents.reportJson = *data;
        else if (file.name == kSummaryName)
            contents.summaryText = safeMultilineText(QString::fromUtf8(*data)).toUtf8();
        else if (file.name == kLogName)
            contents.log = safeMultilineText(QString::fromUtf8(*data)).toUtf8();
        else if (file.name == kEnvironmentName) {
            const QJsonDocument environment = QJsonDocument::fromJson(*data, &parseError);
            if (parseError.error != QJsonParseError::NoError || !environment.isObject())
                return readFailure(BundleText::tr("environment.json is not a JSON object"));
            contents.environment = safeJson(environment.object()).toObject();
        }
    }

    // 4. The report itself.
    if (!listedNames.contains(kReportName))
        return readFailure(BundleText::tr("the bundle has no report.json"));
    const ReportRead report = readReportJson(contents.reportJson);
    if (!report.report)
        return readFailure(QStringLiteral("report.json: %1").arg(report.error));
    if (manifest.value(QStringLiteral("reference")).toString() != report.report->reference)
        return readFailure(BundleText::tr("manifest.json and report.json name different runs"));
    contents.report = *report.report;
    contents.reportJson = reopenedReportJson(contents.reportJson, contents.report);
    contents.redacted = manifest.value(QStringLiteral("redacted")).toBool();
    contents.manifest = safeJson(manifest).toObject();
    BundleReadResult result;
    result.contents = contents;
    return result;
}

} // namespace rdpdiag
