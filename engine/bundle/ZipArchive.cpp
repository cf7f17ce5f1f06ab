// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/ZipArchive.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <zip.h>

#include <cstdio>

namespace rdpdiag {

namespace {

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

/** A name from an untrusted archive, fit for a one-line message. */
QString printable(QByteArrayView raw)
{
    QString out;
    for (qsizetype i = 0; i < raw.size() && out.size() < 80; ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        out += (c >= 0x20 && c < 0x7F) ? QChar(QLatin1Char(static_cast<char>(c))) : QChar(u'?');
    }
    if (raw.size() > 80)
        out += QChar(u'\u2026');
    return out;
}

quint16 le16(QByteArrayView data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.data() + at);
}

quint32 le32(QByteArrayView data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.data() + at);
}

/**
 * Checks the end-of-central-directory record before libzip reads the directory: the entry
 * count and directory size bound what libzip allocates, and zip64 (never written by
 * rdpdiag) is refused.
 */
bool checkEndRecord(QByteArrayView archive, const ZipLimits &limits, QString *error)
{
    constexpr qsizetype kRecord = 22;
    if (archive.size() < kRecord) {
        *error = QCoreApplication::translate("rdpdiag::Bundle", "not a zip archive (too short)");
        return false;
    }
    const qsizetype lowest = std::max<qsizetype>(0, archive.size() - kRecord - 0xFFFF);
    qsizetype at = -1;
    for (qsizetype i = archive.size() - kRecord; i >= lowest; --i) {
        if (archive[i] == 'P' && archive[i + 1] == 'K' && archive[i + 2] == 5 &&
            archive[i + 3] == 6) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "not a zip archive (no end of central directory)");
        return false;
    }
    const quint16 entriesOnDisk = le16(archive, at + 8);
    const quint16 entries = le16(archive, at + 10);
    const quint32 directorySize = le32(archive, at + 12);
    const quint32 directoryOffset = le32(archive, at + 16);
    const bool zip64Locator = at >= 20 && archive[at - 20] == 'P' && archive[at - 19] == 'K' &&
                              archive[at - 18] == 6 && archive[at - 17] == 7;
    if (zip64Locator || entries == 0xFFFF || directorySize == 0xFFFFFFFF ||
        directoryOffset == 0xFFFFFFFF) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "zip64 archives are not findings bundles");
        return false;
    }
    if (entries != entriesOnDisk || le16(archive, at + 4) != 0 || le16(archive, at + 6) != 0) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "multi-part zip archives are not findings bundles");
        return false;
    }
    if (entries > limits.maxEntries) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "too many files in the archive (%1, at most %2)")
                     .arg(entries)
                     .arg(limits.maxEntries);
        return false;
    }
    if (directorySize > limits.maxCentralDirectoryBytes ||
        qint64(directoryOffset) + directorySize > at) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "the archive's central directory is damaged");
        return false;
    }
    return true;
}

} // namespace

bool isSafeEntryName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)?$"));
    return name.size() <= 128 && pattern.match(name).hasMatch() &&
           !name.contains(QLatin1String(".."));
}

std::optional<QByteArray> buildZipArchive(const QList<ZipEntryData> &entries, const QDateTime &time,
                                          QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!buffer) {
        *error = zipErrorText(&zipError);
        zip_error_fini(&zipError);
        return std::nullopt;
    }
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        *error = zipErrorText(&zipError);
        zip_source_free(buffer);
        zip_error_fini(&zipError);
        return std::nullopt;
    }
    zip_error_fini(&zipError);
    zip_source_keep(buffer); // it must outlive zip_close(): the archive is read back from it

    const auto fail = [&](const QString &message) {
        *error = message;
        zip_discard(archive);
        zip_source_free(buffer);
        return std::nullopt;
    };
    const time_t mtime = time.isValid() ? static_cast<time_t>(time.toSecsSinceEpoch())
                                        : static_cast<time_t>(QDateTime::currentSecsSinceEpoch());
    for (const ZipEntryData &entry : entries) {
        zip_source_t *source = zip_source_buffer(archive, entry.data.constData(),
                                                 static_cast<zip_uint64_t>(entry.data.size()), 0);
        if (!source)
            return fail(QString::fromUtf8(zip_strerror(archive)));
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index = zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(QString::fromUtf8(zip_strerror(archive)));
        }
        if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE,
                                     9) != 0 ||
            zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), mtime, 0) != 0)
            return fail(QString::fromUtf8(zip_strerror(archive)));
    }
    if (zip_close(archive) != 0)
        return fail(QString::fromUtf8(zip_strerror(archive)));

    // Read the finished archive back out of the buffer source.
    QByteArray out;
    if (zip_source_open(buffer) != 0) {
        *error = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
        zip_source_free(buffer);
        return std::nullopt;
    }
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    if (size > 0) {
        out.resize(static_cast<qsizetype>(size));
        const zip_int64_t got =
            zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
        if (got != size) {
            *error = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
            zip_source_close(buffer);
            zip_source_free(buffer);
            return std::nullopt;
        }
    }
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

struct ZipReader::Impl
{
    QByteArray data; ///< the archive; libzip's buffer source points into it
    zip_t *archive = nullptr;

    ~Impl()
    {
        if (archive)
            zip_discard(archive);
    }
};

ZipReader::ZipReader() : m_impl(std::make_unique<Impl>()) {}

ZipReader::~ZipReader() = default;

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &entry : m_entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

bool ZipReader::open(const QByteArray &archive, const ZipLimits &limits, QString *error)
{
    if (!checkEndRecord(archive, limits, error))
        return false;
    m_impl->data = archive;
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(
        m_impl->data.constData(), static_cast<zip_uint64_t>(m_impl->data.size()), 0, &zipError);
    if (!source) {
        *error = zipErrorText(&zipError);
        zip_error_fini(&zipError);
        return false;
    }
    m_impl->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zipError);
    if (!m_impl->archive) {
        *error = QCoreApplication::translate("rdpdiag::Bundle", "damaged zip archive (%1)")
                     .arg(zipErrorText(&zipError));
        zip_source_free(source);
        zip_error_fini(&zipError);
        return false;
    }
    zip_error_fini(&zipError);

    const zip_int64_t count = zip_get_num_entries(m_impl->archive, 0);
    if (count < 0 || count > limits.maxEntries) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "too many files in the archive (%1, at most %2)")
                     .arg(count)
                     .arg(limits.maxEntries);
        return false;
    }
    QSet<QString> seen;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        const auto index = static_cast<zip_uint64_t>(i);
        if (zip_stat_index(m_impl->archive, index, ZIP_FL_ENC_RAW, &stat) != 0 || !stat.name ||
            !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE)) {
            *error = QCoreApplication::translate("rdpdiag::Bundle",
                                                 "damaged zip archive (entry %1 unreadable)")
                         .arg(i);
            return false;
        }
        const QByteArray raw(stat.name);
        const QString name = QString::fromLatin1(raw);
        if (!isSafeEntryName(name)) {
            *error = QCoreApplication::translate("rdpdiag::Bundle",
                                                 "unsafe file name in the archive: \"%1\"")
                         .arg(printable(raw));
            return false;
        }
        if (seen.contains(name)) {
            *error =
                QCoreApplication::translate("rdpdiag::Bundle", "the archive holds \"%1\" twice")
                    .arg(name);
            return false;
        }
        seen.insert(name);
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
            *error =
                QCoreApplication::translate("rdpdiag::Bundle", "\"%1\" is encrypted").arg(name);
            return false;
        }
        if (!(stat.valid & ZIP_STAT_COMP_METHOD) ||
            (stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)) {
            *error = QCoreApplication::translate("rdpdiag::Bundle",
                                                 "\"%1\" uses an unsupported compression method")
                         .arg(name);
            return false;
        }
        if (stat.size > static_cast<zip_uint64_t>(limits.maxEntryBytes)) {
            *error = QCoreApplication::translate(
                         "rdpdiag::Bundle", "\"%1\" is too large (%2 bytes declared, at most %3)")
                         .arg(name)
                         .arg(stat.size)
                         .arg(limits.maxEntryBytes);
            return false;
        }
        m_entries.append(
            {name, static_cast<qint64>(stat.size), static_cast<qint64>(stat.comp_size), index});
    }
    return true;
}

std::optional<QByteArray> ZipReader::read(const Entry &entry, qint64 expectedSize, QString *error)
{
    zip_file_t *file = zip_fopen_index(m_impl->archive, entry.index, 0);
    if (!file) {
        *error = QCoreApplication::translate("rdpdiag::Bundle", "\"%1\" cannot be read (%2)")
                     .arg(entry.name, QString::fromUtf8(zip_strerror(m_impl->archive)));
        return std::nullopt;
    }
    QByteArray data;
    data.reserve(static_cast<qsizetype>(std::min<qint64>(expectedSize, 1 << 20)));
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
        if (got < 0) {
            *error = QCoreApplication::translate("rdpdiag::Bundle", "\"%1\" is damaged (%2)")
                         .arg(entry.name, QString::fromUtf8(zip_file_strerror(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        if (got == 0)
            break;
        if (data.size() + got > expectedSize) {
            *error = QCoreApplication::translate(
                         "rdpdiag::Bundle", "\"%1\" inflates to more than its declared %2 bytes")
                         .arg(entry.name)
                         .arg(expectedSize);
            zip_fclose(file);
            return std::nullopt;
        }
        data.append(chunk, static_cast<qsizetype>(got));
    }
    if (zip_fclose(file) != 0 || data.size() != expectedSize) {
        *error = QCoreApplication::translate("rdpdiag::Bundle",
                                             "\"%1\" is damaged (%2 bytes instead of %3)")
                     .arg(entry.name)
                     .arg(data.size())
                     .arg(expectedSize);
        return std::nullopt;
    }
    return data;
}

} // namespace rdpdiag
