// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The zip layer of the findings bundle, on libzip (docs/bundle.md, "Why libzip"):
 * an archive is built in memory (and then written with QSaveFile by the caller, so a
 * failure never leaves a partial file under the final name), and an archive from an
 * untrusted source is opened from memory — never extracted, nothing is written to disk —
 * behind checks made before anything is inflated: the end-of-central-directory record
 * (entry count, directory size, no zip64), entry names (plain relative names only: no
 * "..", no absolute paths, no backslashes, no drive letters), duplicates, encryption and
 * compression methods, and declared sizes. Reading an entry stops at the size the caller
 * expects, so an entry that inflates to more than it declares is an error, not a memory
 * blow-up.
 */

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rdpdiag {

struct ZipEntryData
{
    QString name; ///< relative path with '/' separators
    QByteArray data;
};

/** Builds a deflate-compressed zip of @p entries in memory, entries dated @p time. */
std::optional<QByteArray> buildZipArchive(const QList<ZipEntryData> &entries, const QDateTime &time,
                                          QString *error);

/** Limits applied by ZipReader::open(). */
struct ZipLimits
{
    int maxEntries = 64;
    qint64 maxEntryBytes = 16 * 1024 * 1024;
    qint64 maxCentralDirectoryBytes = 1024 * 1024;
};

/** True when @p name is a plain relative name: 1–2 components of [A-Za-z0-9._-], not
 * starting with '.', at most 128 characters. */
bool isSafeEntryName(const QString &name);

class ZipReader
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0;           ///< uncompressed size as declared
        qint64 compressedSize = 0; ///< as declared
        quint64 index = 0;
    };

    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /** Opens @p archive (kept in memory by the reader) after the structural checks. */
    bool open(const QByteArray &archive, const ZipLimits &limits, QString *error);
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    /**
     * Inflates @p entry, expecting exactly @p expectedSize bytes: more (a lying header, a
     * bomb) or fewer, a CRC mismatch or a broken stream is an error. At most
     * @p expectedSize + 1 bytes are ever held.
     */
    std::optional<QByteArray> read(const Entry &entry, qint64 expectedSize, QString *error);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QList<Entry> m_entries;
};

} // namespace rdpdiag
