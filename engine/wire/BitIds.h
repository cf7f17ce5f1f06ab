// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Stable ids for the bits and values of wire fields ("ssl", "40bit" …), shared by the codecs
 * (X224, Gcc). A bit or value without a name stays visible in evidence as "0x…".
 */

#include <QString>
#include <QStringList>
#include <initializer_list>
#include <utility>

namespace rdpdiag::wire {

/** "0x" followed by lower-case hex digits. */
inline QString hexId(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

/** A byte as "0x" and two hex digits, for parser messages. */
inline QString hexByte(quint8 value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

/** The names of the bits set in @p mask, in the order of @p names; unknown bits one by one as
 * "0x…" after them. */
inline QStringList bitIds(quint32 mask,
                          std::initializer_list<std::pair<quint32, const char *>> names)
{
    QStringList ids;
    quint32 known = 0;
    for (const auto &[bit, name] : names) {
        known |= bit;
        if (mask & bit)
            ids.append(QString::fromLatin1(name));
    }
    const quint32 unknown = mask & ~known;
    for (int i = 0; i < 32; ++i) {
        const quint32 bit = quint32(1) << i;
        if (unknown & bit)
            ids.append(hexId(bit));
    }
    return ids;
}

} // namespace rdpdiag::wire
