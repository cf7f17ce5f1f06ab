// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The small conversions the stage writers share: a fact not learned is written as null
 * (docs/findings.md), and the readers (report/JsonNode) read null back as "not learned".
 */

#include <QJsonValue>
#include <QString>
#include <optional>

namespace rdpdiag {

/** null for an empty text. */
inline QJsonValue jsonOptionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/** null for nullopt. */
template <typename T> QJsonValue jsonOptional(const std::optional<T> &value)
{
    if (!value)
        return QJsonValue();
    if constexpr (std::is_same_v<T, bool>)
        return QJsonValue(*value);
    else
        return QJsonValue(static_cast<qint64>(*value));
}

} // namespace rdpdiag
