// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Reading and writing fixed-size integers in wire byte order, shared by the codecs (X.224,
 * NTLM, …). The readers do not check bounds: callers check the length first, as every codec
 * does before it reads a field.
 */

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace rdpdiag::wire {

inline quint8 byteAt(QByteArrayView data, qsizetype index)
{
    return static_cast<quint8>(data[index]);
}

inline quint16 readBe16(QByteArrayView data, qsizetype index)
{
    return static_cast<quint16>((byteAt(data, index) << 8) | byteAt(data, index + 1));
}

inline quint16 readLe16(QByteArrayView data, qsizetype index)
{
    return static_cast<quint16>(byteAt(data, index) | (byteAt(data, index + 1) << 8));
}

inline quint32 readLe32(QByteArrayView data, qsizetype index)
{
    return static_cast<quint32>(readLe16(data, index)) |
           (static_cast<quint32>(readLe16(data, index + 2)) << 16);
}

inline quint64 readLe64(QByteArrayView data, qsizetype index)
{
    return static_cast<quint64>(readLe32(data, index)) |
           (static_cast<quint64>(readLe32(data, index + 4)) << 32);
}

inline void appendLe16(QByteArray &out, quint16 value)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>(value >> 8));
}

inline void appendLe32(QByteArray &out, quint32 value)
{
    appendLe16(out, static_cast<quint16>(value & 0xFFFF));
    appendLe16(out, static_cast<quint16>(value >> 16));
}

} // namespace rdpdiag::wire
