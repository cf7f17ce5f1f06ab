// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A minimal DER reader and writer: just what CredSSP's TSRequest ([MS-CSSP] 2.2.1) needs.
 * One-byte tags only (no high tag numbers), definite lengths of at most 4 length bytes,
 * every read bounds-checked, and a nesting depth limit so that a hostile server cannot
 * make a parser recurse or loop without end. Pure functions on bytes.
 */

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace rdpdiag::wire::der {

/** Universal and context-specific tags used by TSRequest. */
enum Tag : quint8 {
    TagInteger = 0x02,
    TagOctetString = 0x04,
    TagSequence = 0x30,
    TagContext0 = 0xA0, ///< [0] constructed; [n] is TagContext0 + n
};

/** The deepest nesting a Reader accepts (TSRequest needs 6). */
inline constexpr int kMaxDepth = 16;

/** One TLV element; content points into the buffer that was read. */
struct Element
{
    quint8 tag = 0;
    QByteArrayView content;
    qsizetype headerLength = 0; ///< tag + length bytes
    qsizetype totalLength() const { return headerLength + content.size(); }
    bool constructed() const { return (tag & 0x20) != 0; }
};

/** What the first bytes of a DER element say about how long it is. */
struct LengthPeek
{
    enum class Status {
        NeedMore, ///< not enough bytes yet to know the length
        Invalid,  ///< not a DER element we accept (high tag, indefinite or too long length)
        Ok,       ///< totalLength bytes make the whole element
    };
    Status status = Status::NeedMore;
    qint64 totalLength = 0; ///< header + content, when Ok
    QString error;          ///< when Invalid
};

/** Reads the header at the start of @p data (for length-prefixed reads from a stream). */
LengthPeek peekLength(QByteArrayView data);

/**
 * Sequential reader over the elements of one buffer (the content of a constructed
 * element, or a whole message). Errors are sticky: after the first, next() returns
 * nullopt and error() says why.
 */
class Reader
{
public:
    explicit Reader(QByteArrayView data, int depth = 0) : m_data(data), m_depth(depth) {}

    bool atEnd() const { return m_position >= m_data.size(); }
    /** The next element, or nullopt at the end or on an error (see error()). */
    std::optional<Element> next();
    /** A reader over the content of @p element, one level deeper; fails past kMaxDepth. */
    std::optional<Reader> enter(const Element &element);
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    int depth() const { return m_depth; }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
    int m_depth = 0;
    QString m_error;
};

/** Decodes a two's-complement INTEGER content of 1 to 8 bytes. */
std::optional<qint64> decodeInteger(QByteArrayView content);

/** The length octets for @p length (short form below 128, else 0x81–0x84 + bytes). */
QByteArray encodeLength(qsizetype length);
/** tag + length + @p content. */
QByteArray encodeElement(quint8 tag, QByteArrayView content);
/** A minimal two's-complement INTEGER element. */
QByteArray encodeInteger(qint64 value);

} // namespace rdpdiag::wire::der
