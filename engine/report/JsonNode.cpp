// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonNode.h"

#include <QRegularExpression>

#include <limits>

namespace rdpdiag {

void jsonFail(const QString &path, const QString &what)
{
    throw JsonReadError{QStringLiteral("%1: %2").arg(path, what)};
}

QString jsonChildPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString jsonElementPath(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

std::optional<quint32> jsonHexId(const QString &id)
{
    if (!id.startsWith(QLatin1String("0x")) || id.size() > 10)
        return std::nullopt;
    bool ok = false;
    const quint32 value = id.mid(2).toUInt(&ok, 16);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

JsonNode::JsonNode(QJsonObject object, QString path)
    : m_object(std::move(object)), m_path(std::move(path))
{}

bool JsonNode::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

bool JsonNode::isNull(const char *key) const
{
    return !has(key) || m_object.value(QLatin1String(key)).isNull();
}

QJsonValue JsonNode::raw(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

QString JsonNode::where(const char *key) const
{
    return jsonChildPath(m_path, QLatin1String(key));
}

QString JsonNode::string(const char *key, qsizetype max) const
{
    const QJsonValue value = raw(key);
    if (!value.isString())
        jsonFail(where(key),
                 has(key) ? JsonReaderText::tr("not a string") : JsonReaderText::tr("missing"));
    const QString text = value.toString();
    if (text.size() > max)
        jsonFail(where(key), JsonReaderText::tr("longer than %1 characters").arg(max));
    return text;
}

QString JsonNode::optionalString(const char *key, qsizetype max) const
{
    return isNull(key) ? QString() : string(key, max);
}

bool JsonNode::boolean(const char *key) const
{
    const QJsonValue value = raw(key);
    if (!value.isBool())
        jsonFail(where(key), has(key) ? JsonReaderText::tr("not true or false")
                                      : JsonReaderText::tr("missing"));
    return value.toBool();
}

std::optional<bool> JsonNode::optionalBoolean(const char *key) const
{
    if (isNull(key))
        return std::nullopt;
    return boolean(key);
}

qint64 JsonNode::integer(const char *key, qint64 min, qint64 max) const
{
    const QJsonValue value = raw(key);
    if (!value.isDouble())
        jsonFail(where(key),
                 has(key) ? JsonReaderText::tr("not a number") : JsonReaderText::tr("missing"));
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(sentinel);
    if (number == sentinel || number < min || number > max)
        jsonFail(where(key),
                 JsonReaderText::tr("not a whole number from %1 to %2").arg(min).arg(max));
    return number;
}

std::optional<qint64> JsonNode::optionalInteger(const char *key, qint64 min, qint64 max) const
{
    if (isNull(key))
        return std::nullopt;
    return integer(key, min, max);
}

qint64 JsonNode::duration(const char *key) const
{
    return integer(key, 0, kJsonMaxDurationMs);
}

QJsonArray JsonNode::array(const char *key, qsizetype maxItems) const
{
    const QJsonValue value = raw(key);
    if (!value.isArray())
        jsonFail(where(key),
                 has(key) ? JsonReaderText::tr("not a list") : JsonReaderText::tr("missing"));
    const QJsonArray items = value.toArray();
    if (items.size() > maxItems)
        jsonFail(where(key), JsonReaderText::tr("more than %1 entries").arg(maxItems));
    return items;
}

QStringList JsonNode::strings(const char *key, qsizetype maxItems, qsizetype maxLength) const
{
    const QJsonArray items = array(key, maxItems);
    QStringList out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            jsonFail(jsonElementPath(where(key), i), JsonReaderText::tr("not a string"));
        const QString text = items.at(i).toString();
        if (text.size() > maxLength)
            jsonFail(jsonElementPath(where(key), i),
                     JsonReaderText::tr("longer than %1 characters").arg(maxLength));
        out << text;
    }
    return out;
}

JsonNode JsonNode::object(const char *key) const
{
    const QJsonValue value = raw(key);
    if (!value.isObject())
        jsonFail(where(key),
                 has(key) ? JsonReaderText::tr("not an object") : JsonReaderText::tr("missing"));
    return JsonNode(value.toObject(), where(key));
}

std::optional<JsonNode> JsonNode::optionalObject(const char *key) const
{
    if (isNull(key))
        return std::nullopt;
    return object(key);
}

QList<JsonNode> JsonNode::objects(const char *key, qsizetype maxItems) const
{
    const QJsonArray items = array(key, maxItems);
    QList<JsonNode> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            jsonFail(jsonElementPath(where(key), i), JsonReaderText::tr("not an object"));
        out.append(JsonNode(items.at(i).toObject(), jsonElementPath(where(key), i)));
    }
    return out;
}

QDateTime JsonNode::time(const char *key) const
{
    const QString text = string(key, 64);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        jsonFail(where(key), JsonReaderText::tr("\"%1\" is not an ISO 8601 time").arg(text));
    return time.toUTC();
}

QDateTime JsonNode::optionalTime(const char *key) const
{
    return isNull(key) ? QDateTime() : time(key);
}

QByteArray JsonNode::hex(const char *key) const
{
    const QString text = string(key, kJsonMaxBlob);
    static const QRegularExpression pattern(QStringLiteral("^(?:[0-9a-fA-F]{2})*$"));
    if (!pattern.match(text).hasMatch())
        jsonFail(where(key), JsonReaderText::tr("not hexadecimal bytes"));
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray JsonNode::spacedHex(const char *key) const
{
    const QString text = string(key, kJsonMaxBlob);
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*)?$"));
    if (!pattern.match(text).hasMatch())
        jsonFail(where(key), JsonReaderText::tr("not hexadecimal bytes"));
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace rdpdiag
