// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The strict, bounded reading of report JSON that every stage's reader uses
 * (report/FactsJson, TlsJson, LocalJson, GatewayJson, ServerJson, ReportReader): a JSON
 * object with its path and typed getters that throw JsonReadError naming the field
 * ("facts.local.routes[2].path_mtu: not a number"). report.json may come from anywhere
 * (a findings bundle), so every string, list and blob has a size bound.
 */

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

// Bounds for hostile input. Real reports are far below every one of them.
inline constexpr qsizetype kJsonMaxText = 64 * 1024;  ///< one title, detail, summary …
inline constexpr qsizetype kJsonMaxShort = 1024;      ///< names, addresses, ids
inline constexpr qsizetype kJsonMaxBlob = 256 * 1024; ///< a PEM, hex evidence
inline constexpr qsizetype kJsonMaxList = 256;        ///< a list of facts
inline constexpr qint64 kJsonMaxDurationMs = qint64(1) << 40;

/** A field that violates the contract; ReportReader turns it into its one-line error. */
struct JsonReadError
{
    QString message;
};

/** Throws JsonReadError "path: what". */
[[noreturn]] void jsonFail(const QString &path, const QString &what);

/** "path.key" (or "key" at the root). */
QString jsonChildPath(const QString &path, const QString &key);
/** "path[index]". */
QString jsonElementPath(const QString &path, qsizetype index);

/** The value of an id written as "0x…" (at most 8 hex digits), if it is one. */
std::optional<quint32> jsonHexId(const QString &id);

/** Translated texts of the reader (context rdpdiag::ReportReader). */
class JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::ReportReader)
};

/** A JSON object and its path, with typed getters that throw JsonReadError. */
class JsonNode
{
public:
    JsonNode(QJsonObject object, QString path);

    const QString &path() const { return m_path; }
    bool has(const char *key) const;
    /** Absent or null. */
    bool isNull(const char *key) const;
    QJsonValue raw(const char *key) const;
    QString where(const char *key) const;

    QString string(const char *key, qsizetype max = kJsonMaxText) const;
    /** Absent or null → empty. */
    QString optionalString(const char *key, qsizetype max = kJsonMaxText) const;
    bool boolean(const char *key) const;
    /** Absent or null → nullopt. */
    std::optional<bool> optionalBoolean(const char *key) const;
    qint64 integer(const char *key, qint64 min, qint64 max) const;
    /** Absent or null → nullopt. */
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max) const;
    /** A whole number from 0 to kJsonMaxDurationMs. */
    qint64 duration(const char *key) const;
    QJsonArray array(const char *key, qsizetype maxItems) const;
    QStringList strings(const char *key, qsizetype maxItems, qsizetype maxLength) const;
    JsonNode object(const char *key) const;
    /** Absent or null → nullopt. */
    std::optional<JsonNode> optionalObject(const char *key) const;
    /** Each element of the list @p key as an object. */
    QList<JsonNode> objects(const char *key, qsizetype maxItems) const;
    /** An ISO 8601 time, as UTC. */
    QDateTime time(const char *key) const;
    /** Absent or null → an invalid QDateTime. */
    QDateTime optionalTime(const char *key) const;
    /** Compact hex ("0300000b") of at most kJsonMaxBlob characters. */
    QByteArray hex(const char *key) const;
    /** Hex bytes separated by single spaces ("16 03 03"), as evidence shows them. */
    QByteArray spacedHex(const char *key) const;

    /** One of the strings that @p toString gives for @p values. */
    template <typename E, typename Values>
    E choice(const char *key, const Values &values, QString (*toString)(E)) const
    {
        const QString text = string(key, kJsonMaxShort);
        QStringList allowed;
        for (const E value : values) {
            if (toString(value) == text)
                return value;
            allowed << toString(value);
        }
        jsonFail(where(key), JsonReaderText::tr("\"%1\" is not one of %2")
                                 .arg(text.left(64), allowed.join(QStringLiteral(", "))));
    }

private:
    QJsonObject m_object;
    QString m_path;
};

} // namespace rdpdiag
