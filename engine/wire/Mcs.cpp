// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/Mcs.h"

#include "wire/BitIds.h"
#include "wire/Bytes.h"
#include "wire/Der.h"
#include "wire/X224.h"

namespace rdpdiag::wire {

namespace {

/** BER application tags 101 and 102: two identifier bytes (the high-tag-number form). */
constexpr quint8 kApplicationConstructed = 0x7F;
constexpr quint8 kConnectInitial = 0x65;
constexpr quint8 kConnectResponse = 0x66;
constexpr quint8 kTagBoolean = 0x01;
constexpr quint8 kTagEnumerated = 0x0A;
/** X.224 Data TPDU: LI 2, code DT, EOT. */
constexpr char kX224Data[] = "\x02\xf0\x80";
constexpr int kX224DataLength = 3;

QByteArray domainParameters(const std::initializer_list<qint64> &values)
{
    QByteArray content;
    for (const qint64 value : values)
        content += der::encodeInteger(value);
    return der::encodeElement(der::TagSequence, content);
}

struct BerLength
{
    qint64 value = 0;
    int octets = 0; ///< how many bytes the length field takes
};

/** The BER definite length at @p offset; nullopt when truncated, indefinite or longer than
 * four octets. */
std::optional<BerLength> berLength(QByteArrayView data, qsizetype offset)
{
    if (offset >= data.size())
        return std::nullopt;
    const quint8 first = byteAt(data, offset);
    if (first < 0x80)
        return BerLength{first, 1};
    const int count = first & 0x7F;
    if (count == 0 || count > 4 || data.size() - offset - 1 < count)
        return std::nullopt;
    BerLength length;
    for (int i = 0; i < count; ++i)
        length.value = (length.value << 8) | byteAt(data, offset + 1 + i);
    length.octets = 1 + count;
    return length;
}

ConnectResponseParse fail(const QString &error)
{
    ConnectResponseParse result;
    result.error = error;
    return result;
}

} // namespace

QByteArray buildConnectInitial(quint32 encryptionMethods)
{
    const QByteArray gcc = buildConferenceCreateRequest(buildClientDataBlocks(encryptionMethods));
    QByteArray body;
    body += der::encodeElement(der::TagOctetString, QByteArrayView("\x01", 1)); // calling
    body += der::encodeElement(der::TagOctetString, QByteArrayView("\x01", 1)); // called
    body += der::encodeElement(kTagBoolean, QByteArrayView("\xff", 1));         // upwardFlag
    // target, minimum and maximum parameters: channels, users, tokens, priorities,
    // throughput, height, PDU size, protocol version — the values clients send.
    body += domainParameters({34, 2, 0, 1, 0, 1, 65535, 2});
    body += domainParameters({1, 1, 1, 1, 0, 1, 1056, 2});
    body += domainParameters({65535, 64535, 65535, 1, 0, 1, 65535, 2});
    body += der::encodeElement(der::TagOctetString, gcc);
    QByteArray mcs;
    mcs.append(static_cast<char>(kApplicationConstructed));
    mcs.append(static_cast<char>(kConnectInitial));
    mcs += der::encodeLength(body.size());
    mcs += body;
    const int total = kTpktHeaderLength + kX224DataLength + static_cast<int>(mcs.size());
    QByteArray pdu;
    pdu.append('\x03');
    pdu.append('\x00');
    pdu.append(static_cast<char>((total >> 8) & 0xFF));
    pdu.append(static_cast<char>(total & 0xFF));
    pdu.append(kX224Data, kX224DataLength);
    pdu += mcs;
    return pdu;
}

ConnectResponseParse parseConnectResponse(QByteArrayView pdu)
{
    const qsizetype headers = kTpktHeaderLength + kX224DataLength;
    if (pdu.size() < headers + 2)
        return fail(QStringLiteral("answer of %1 bytes is too short for an MCS Connect Response")
                        .arg(pdu.size()));
    if (byteAt(pdu, 0) != 0x03 || byteAt(pdu, 1) != 0)
        return fail(QStringLiteral("not a TPKT header"));
    if (readBe16(pdu, 2) != pdu.size())
        return fail(QStringLiteral("TPKT length %1 does not match the %2 bytes of the PDU")
                        .arg(readBe16(pdu, 2))
                        .arg(pdu.size()));
    if (byteAt(pdu, 4) != 0x02 || byteAt(pdu, 5) != 0xF0)
        return fail(QStringLiteral("X.224 TPDU %1 %2 instead of a Data TPDU (02 f0)")
                        .arg(hexByte(byteAt(pdu, 4)), hexByte(byteAt(pdu, 5))));
    const QByteArrayView mcs = pdu.sliced(headers);
    if (byteAt(mcs, 0) != kApplicationConstructed || byteAt(mcs, 1) != kConnectResponse)
        return fail(QStringLiteral("MCS PDU %1 %2 instead of a Connect-Response (7f 66)")
                        .arg(hexByte(byteAt(mcs, 0)), hexByte(byteAt(mcs, 1))));
    const auto length = berLength(mcs, 2);
    if (!length)
        return fail(QStringLiteral("MCS Connect-Response length is truncated or invalid"));
    const qsizetype contentOffset = 2 + length->octets;
    if (length->value != mcs.size() - contentOffset)
        return fail(QStringLiteral("MCS Connect-Response length %1 does not match the %2 bytes "
                                   "after its header")
                        .arg(length->value)
                        .arg(mcs.size() - contentOffset));
    der::Reader body(mcs.sliced(contentOffset));
    const auto result = body.next();
    if (!result || result->tag != kTagEnumerated || result->content.size() != 1)
        return fail(QStringLiteral("Connect-Response does not start with its result (%1)")
                        .arg(body.failed() ? body.error() : QStringLiteral("wrong type")));
    ConnectResponse response;
    response.result = byteAt(result->content, 0);
    if (response.result != 0) {
        ConnectResponseParse refused;
        refused.response = response;
        return refused;
    }
    const auto connectId = body.next();
    const auto parameters = body.next();
    const auto userData = body.next();
    if (!connectId || connectId->tag != der::TagInteger || !parameters ||
        parameters->tag != der::TagSequence || !userData || userData->tag != der::TagOctetString)
        return fail(QStringLiteral("Connect-Response lacks calledConnectId, domainParameters "
                                   "or userData (%1)")
                        .arg(body.failed() ? body.error() : QStringLiteral("wrong types")));
    ServerDataParse server = parseConferenceCreateResponse(userData->content);
    if (!server.data)
        return fail(server.error);
    response.server = server.data;
    response.certificateError = server.error;
    ConnectResponseParse parsed;
    parsed.response = response;
    return parsed;
}

QString mcsResultName(quint32 result)
{
    static const char *const names[] = {
        "rt-successful",          "rt-domain-merging",      "rt-domain-not-hierarchical",
        "rt-no-such-channel",     "rt-no-such-domain",      "rt-no-such-user",
        "rt-not-admitted",        "rt-other-user-id",       "rt-parameters-unacceptable",
        "rt-token-not-available", "rt-token-not-possessed", "rt-too-many-channels",
        "rt-too-many-tokens",     "rt-too-many-users",      "rt-unspecified-failure",
        "rt-user-rejected",
    };
    if (result < std::size(names))
        return QString::fromLatin1(names[result]);
    return QStringLiteral("result %1").arg(result);
}

} // namespace rdpdiag::wire
