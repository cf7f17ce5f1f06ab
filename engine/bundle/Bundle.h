// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The findings bundle: one zip that carries a run whole to a support ticket, and that the
 * CLI (`--read`) and the wizard open again. Layout (every file names the reference code):
 *   report.json       the JSON report, byte for byte what `--json` prints for the run
 *   report.html       a self-contained page (inline CSS, no scripts, no external fetches)
 *   summary.txt       what support pastes into a ticket (≤ ~40 lines)
 *   certificates/N-NAME-SHA.pem  the chain the server presented (not in redacted bundles);
 *                    NAME is an ASCII part of the common name, SHA a SHA-256 prefix
 *   environment.json  tool, Qt and OpenSSL versions, OS, interfaces, routes, DNS servers
 *   rdpdiag.log       the run's debug log (first line: a header with the reference code)
 *   manifest.json     every file with its size and SHA-256
 *
 * Writing is atomic: the archive is built in memory, read back whole with readBundleData()
 * (a bundle this version would refuse is never written; the error says why), and written
 * with QSaveFile, so a failure (unwritable folder, full disk, crash) leaves nothing under the
 * final name and an existing file there untouched. Redaction (BundleOptions::redact) is done here,
 * from the original report, with one Redactor for every file (bundle/Redaction.h); pass the report
 * as the run made it, never an already redacted one.
 *
 * Reading checks the archive's structure and the manifest before it inflates anything
 * else, and only ever holds bounded amounts in memory; nothing is written to disk.
 * manifest.json is an integrity check against damage and casual edits, not a signature:
 * someone who changes a file and its manifest line is not detected. So what a bundle holds
 * is data, never instructions: every text read from it is made safe to show
 * (support/SafeText.h), and its findings are shown with this version's catalogue texts and
 * commands (report/ReportReader.h). docs/bundle.md describes the format.
 */

#include "model/Report.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace rdpdiag {

/** manifest.json's "schema". */
inline constexpr char kBundleSchema[] = "rdpdiag-bundle/1";
/** Largest bundle file readBundle() accepts. */
inline constexpr qint64 kMaxBundleBytes = 32 * 1024 * 1024;
/** Largest single file inside a bundle, and all files together (uncompressed). */
inline constexpr qint64 kMaxBundleEntryBytes = 16 * 1024 * 1024;
inline constexpr qint64 kMaxBundleTotalBytes = 64 * 1024 * 1024;
/** Most files in a bundle (the certificate chain is capped at 16). */
inline constexpr int kMaxBundleEntries = 64;

struct BundleOptions
{
    bool redact = false; ///< replace names, addresses and subjects with placeholders
    QByteArray log;      ///< the run's debug log (rdpdiag.log); may be empty (LogCapture.h)
};

struct BundleWriteResult
{
    bool ok = false;
    QString path;  ///< the file written (absolute)
    QString error; ///< one line when !ok (nothing is left under the final name then)
};

/** `rdpdiag-<host>-<UTC yyyyMMddThhmmssZ>-<reference>.zip` (host redacted when asked;
 * characters other than letters, digits, '.' and '-' become '-'). */
QString defaultBundleFileName(const Report &report, bool redact);

/** Writes the bundle atomically to @p path (a file name; its folder must exist). */
BundleWriteResult writeBundle(const Report &report, const QString &path,
                              const BundleOptions &options);

struct BundleContents
{
    Report report; ///< rebuilt from report.json
    /** report.json as this version shows it (reopenedReportJson()): as stored, but every
     * string made safe and the findings those of `report`. What `--read --json` prints. */
    QByteArray reportJson;
    QJsonObject environment; ///< environment.json ("hostname", "os", … see Environment.h)
    QByteArray summaryText;  ///< summary.txt, made safe (line feeds stay)
    bool redacted = false;
    QByteArray log;       ///< rdpdiag.log, made safe (line feeds stay)
    QJsonObject manifest; ///< manifest.json ("created", "files", "withheld", …), made safe
};

struct BundleReadResult
{
    std::optional<BundleContents> contents;
    QString error; ///< one line: corrupt zip, unsafe names, too large, tampered, schema …
};

/** Opens a bundle, checks every file against the manifest first, and rebuilds the report. */
BundleReadResult readBundle(const QString &path);

/** The same for a bundle already in memory (what readBundle() does after reading the file). */
BundleReadResult readBundleData(const QByteArray &archive);

} // namespace rdpdiag
