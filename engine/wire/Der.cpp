// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/Der.h"

namespace rdpdiag::wire::der {

namespace {

/** Longest length field accepted: 4 bytes covers any message a probe keeps (≤ 64 KiB). */
constexpr int kMaxLengthBytes = 4;

struct Header
{
    LengthPeek::Status status = LengthPeek::Status::NeedMore;
    quint8 tag = 0;
    qsizetype headerLength = 0;
    qint64 contentLength = 0;
    QString error;
};

Header readHeader(QByteArrayView data)
{
    Header header;
    if (data.size() < 2)
        return header;
    header.tag = static_cast<quint8>(data[0]);
    if ((header.tag & 0x1F) == 0x1F) {
        header.status = LengthPeek::Status::Invalid;
        header.error = QStringLiteral("high tag numbers are not supported");
        return header;
    }
    const quint8 first = static_cast<quint8>(data[1]);
    if (first < 0x80) {
        header.status = LengthPeek::Status::Ok;
        header.headerLength = 2;
        header.contentLength = first;
        return header;
    }
    const int count = first & 0x7F;
    if (count == 0) {
        header.status = LengthPeek::Status::Invalid;
        header.error = QStringLiteral("indefinite length is not DER");
        return header;
    }
    if (count > kMaxLengthBytes) {
        header.status = LengthPeek::Status::Invalid;
        header.error = QStringLiteral("length field of %1 bytes is too long").arg(count);
        return header;
    }
    if (data.size() < 2 + count)
        return header;
    qint64 length = 0;
    for (int i = 0; i < count; ++i)
        length = (length << 8) | static_cast<quint8>(data[2 + i]);
    header.status = LengthPeek::Status::Ok;
    header.headerLength = 2 + count;
    header.contentLength = length;
    return header;
}

} // namespace

LengthPeek peekLength(QByteArrayView data)
{
    const Header header = readHeader(data);
    LengthPeek peek;
    peek.status = header.status;
    peek.error = header.error;
    if (header.status == LengthPeek::Status::Ok)
        peek.totalLength = header.headerLength + header.contentLength;
    return peek;
}

std::optional<Element> Reader::next()
{
    if (failed() || atEnd())
        return std::nullopt;
    const QByteArrayView rest = m_data.sliced(m_position);
    const Header header = readHeader(rest);
    switch (header.status) {
    case LengthPeek::Status::NeedMore:
        m_error = QStringLiteral("truncated element header at offset %1").arg(m_position);
        return std::nullopt;
    case LengthPeek::Status::Invalid:
        m_error = QStringLiteral("%1 at offset %2").arg(header.error).arg(m_position);
        return std::nullopt;
    case LengthPeek::Status::Ok:
        break;
    }
    if (header.contentLength > rest.size() - header.headerLength) {
        m_error = QStringLiteral("element at offset %1 claims %2 bytes, %3 available")
                      .arg(m_position)
                      .arg(header.contentLength)
                      .arg(rest.size() - header.headerLength);
        return std::nullopt;
    }
    Element element;
    element.tag = header.tag;
    element.headerLength = header.headerLength;
    element.content =
        rest.sliced(header.headerLength, static_cast<qsizetype>(header.contentLength));
    m_position += element.totalLength();
    return element;
}

std::optional<Reader> Reader::enter(const Element &element)
{
    if (failed())
        return std::nullopt;
    if (!element.constructed()) {
        m_error = QStringLiteral("element 0x%1 is not constructed")
                      .arg(element.tag, 2, 16, QLatin1Char('0'));
        return std::nullopt;
    }
    if (m_depth + 1 > kMaxDepth) {
        m_error = QStringLiteral("nesting deeper than %1 levels").arg(kMaxDepth);
        return std::nullopt;
    }
    return Reader(element.content, m_depth + 1);
}

std::optional<qint64> decodeInteger(QByteArrayView content)
{
    if (content.isEmpty() || content.size() > 8)
        return std::nullopt;
    // Sign-extend from the first byte, then shift the rest in.
    quint64 value = (static_cast<quint8>(content[0]) & 0x80) ? ~quint64(0) : 0;
    for (const char byte : content)
        value = (value << 8) | static_cast<quint8>(byte);
    return static_cast<qint64>(value);
}

QByteArray encodeLength(qsizetype length)
{
    QByteArray out;
    if (length < 0x80) {
        out.append(static_cast<char>(length));
        return out;
    }
    QByteArray bytes;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        bytes.prepend(static_cast<char>(rest & 0xFF));
    out.append(static_cast<char>(0x80 | bytes.size()));
    out.append(bytes);
    return out;
}

QByteArray encodeElement(quint8 tag, QByteArrayView content)
{
    QByteArray out;
    out.append(static_cast<char>(tag));
    out.append(encodeLength(content.size()));
    out.append(content.data(), content.size());
    return out;
}

QByteArray encodeInteger(qint64 value)
{
    QByteArray bytes;
    for (int i = 7; i >= 0; --i)
        bytes.append(static_cast<char>((static_cast<quint64>(value) >> (i * 8)) & 0xFF));
    // Drop leading bytes that only repeat the sign (minimal two's complement).
    while (bytes.size() > 1) {
        const quint8 first = static_cast<quint8>(bytes[0]);
        const quint8 second = static_cast<quint8>(bytes[1]);
        if ((first == 0x00 && !(second & 0x80)) || (first == 0xFF && (second & 0x80)))
            bytes.remove(0, 1);
        else
            break;
    }
    return encodeElement(TagInteger, bytes);
}

} // namespace rdpdiag::wire::der
