// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SafeText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rdpdiag {

namespace {

QString replaceUnsafe(QStringView text, bool keepLineFeeds)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (isUnsafeTextCharacter(c.unicode()) && !(keepLineFeeds && c == u'\n'))
            c = QChar(kReplacementCharacter);
    }
    return out;
}

QJsonValue safeJsonValue(const QJsonValue &value, const QStringList &multilineKeys, bool multiline)
{
    if (value.isString())
        return replaceUnsafe(value.toString(), multiline);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(safeJsonValue(item, multilineKeys, multiline));
        return out;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(safeText(it.key()),
                       safeJsonValue(it.value(), multilineKeys, multilineKeys.contains(it.key())));
        return out;
    }
    return value;
}

} // namespace

bool isUnsafeTextCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString safeText(QStringView text)
{
    return replaceUnsafe(text, false);
}

QString safeMultilineText(QStringView text)
{
    return replaceUnsafe(text, true);
}

QJsonValue safeJson(const QJsonValue &value, const QStringList &multilineKeys)
{
    return safeJsonValue(value, multilineKeys, false);
}

} // namespace rdpdiag
