// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/X224.h"

#include "wire/BitIds.h"
#include "wire/Bytes.h"

namespace rdpdiag::wire {

namespace {

constexpr quint8 kTpktVersion = 0x03;
constexpr quint8 kTpduConnectionRequest = 0xE0;
constexpr quint8 kTpduConnectionConfirm = 0xD0;
constexpr quint8 kTpduDisconnectRequest = 0x80;
constexpr quint8 kTpduData = 0xF0;
constexpr quint8 kTpduError = 0x70;

constexpr quint8 kNegTypeRequest = 0x01;
constexpr quint8 kNegTypeResponse = 0x02;
constexpr quint8 kNegTypeFailure = 0x03;
constexpr int kNegDataLength = 8;

/** X.224 fixed part of a CR/CC after the LI byte: code, DST-REF, SRC-REF, class. */
constexpr int kX224FixedLength = 7;
/** LI of a CR/CC without variable part: the fixed part minus the LI byte itself. */
constexpr int kLiWithoutNegData = kX224FixedLength - 1;

/** Names the TPDU codes a confused or hostile peer plausibly sends instead of a CC. */
QString tpduCodeName(quint8 code)
{
    switch (code) {
    case kTpduConnectionRequest:
        return QStringLiteral("Connection Request");
    case kTpduConnectionConfirm:
        return QStringLiteral("Connection Confirm");
    case kTpduDisconnectRequest:
        return QStringLiteral("Disconnect Request");
    case kTpduData:
        return QStringLiteral("Data");
    case kTpduError:
        return QStringLiteral("TPDU Error");
    default:
        return QStringLiteral("unknown code");
    }
}

ConfirmParse fail(const QString &error)
{
    ConfirmParse result;
    result.error = error;
    return result;
}

} // namespace

QByteArray buildConnectionRequest(quint32 requestedProtocols)
{
    const int total = kTpktHeaderLength + kX224FixedLength + kNegDataLength;
    QByteArray pdu;
    pdu.reserve(total);
    // TPKT header (RFC 1006), length big-endian.
    pdu.append(static_cast<char>(kTpktVersion));
    pdu.append('\0');
    pdu.append(static_cast<char>((total >> 8) & 0xFF));
    pdu.append(static_cast<char>(total & 0xFF));
    // X.224 CR: LI, code, DST-REF, SRC-REF, class 0. No cookie: it would leak a user name.
    pdu.append(static_cast<char>(total - 5));
    pdu.append(static_cast<char>(kTpduConnectionRequest));
    pdu.append(5, '\0');
    // RDP_NEG_REQ, little-endian: type, flags, length, requestedProtocols.
    pdu.append(static_cast<char>(kNegTypeRequest));
    pdu.append('\0');
    pdu.append(static_cast<char>(kNegDataLength));
    pdu.append('\0');
    for (int shift = 0; shift < 32; shift += 8)
        pdu.append(static_cast<char>((requestedProtocols >> shift) & 0xFF));
    return pdu;
}

TpktPeek peekTpkt(QByteArrayView data)
{
    TpktPeek peek;
    // Decide "not RDP" from the first byte already: an SSH or HTTP banner can be shorter
    // than four bytes, and the probe should not wait for more to call it foreign.
    if (!data.isEmpty() && byteAt(data, 0) != kTpktVersion) {
        peek.status = TpktPeek::Status::NotTpkt;
        return peek;
    }
    if (data.size() >= 2 && byteAt(data, 1) != 0) {
        peek.status = TpktPeek::Status::NotTpkt;
        return peek;
    }
    if (data.size() < kTpktHeaderLength) {
        peek.status = TpktPeek::Status::NeedMore;
        return peek;
    }
    const int length = readBe16(data, 2);
    if (length < kMinConfirmLength) {
        peek.status = TpktPeek::Status::BadLength;
        peek.totalLength = length;
        return peek;
    }
    peek.status = TpktPeek::Status::Ok;
    peek.totalLength = length;
    return peek;
}

ConfirmParse parseConnectionConfirm(QByteArrayView pdu)
{
    const qsizetype size = pdu.size();
    if (size == 0)
        return fail(QStringLiteral("empty answer: no TPKT header"));
    if (size < kTpktHeaderLength)
        return fail(QStringLiteral("answer of %1 byte(s) is too short for a TPKT header (4 bytes)")
                        .arg(size));
    if (byteAt(pdu, 0) != kTpktVersion)
        return fail(QStringLiteral("not a TPKT header: version byte %1 instead of 0x03")
                        .arg(hexByte(byteAt(pdu, 0))));
    if (byteAt(pdu, 1) != 0)
        return fail(QStringLiteral("not a TPKT header: reserved byte %1 instead of 0x00")
                        .arg(hexByte(byteAt(pdu, 1))));
    const int tpktLength = readBe16(pdu, 2);
    if (tpktLength < kMinConfirmLength)
        return fail(QStringLiteral("TPKT length %1 is too short for an X.224 Connection Confirm "
                                   "(at least %2 bytes)")
                        .arg(tpktLength)
                        .arg(kMinConfirmLength));
    if (tpktLength != size)
        return fail(QStringLiteral("TPKT length %1 does not match the %2 byte(s) of the PDU")
                        .arg(tpktLength)
                        .arg(size));

    const int li = byteAt(pdu, 4);
    if (li < kLiWithoutNegData)
        return fail(QStringLiteral("X.224 length indicator %1 is below the minimum of 6").arg(li));
    if (li != size - 5)
        return fail(QStringLiteral("X.224 length indicator %1 does not match the PDU length %2 "
                                   "(expected %3)")
                        .arg(li)
                        .arg(size)
                        .arg(size - 5));

    const quint8 code = byteAt(pdu, 5);
    if (code != kTpduConnectionConfirm)
        return fail(QStringLiteral("X.224 TPDU code %1 (%2) instead of 0xd0 (Connection Confirm)")
                        .arg(hexByte(code), tpduCodeName(code)));

    ConnectionConfirm confirm;
    if (li == kLiWithoutNegData) {
        // Legacy server (or one set to Standard RDP Security) that ignores RDP_NEG_REQ.
        confirm.kind = ConnectionConfirm::Kind::NoNegData;
        confirm.selectedProtocol = ProtocolRdp;
        ConfirmParse result;
        result.confirm = confirm;
        return result;
    }

    const qsizetype negOffset = kTpktHeaderLength + kX224FixedLength;
    const qsizetype negAvailable = size - negOffset;
    const quint8 type = byteAt(pdu, negOffset);
    if (type != kNegTypeResponse && type != kNegTypeFailure)
        return fail(QStringLiteral("negotiation data of type %1 instead of 0x02 (RDP_NEG_RSP) or "
                                   "0x03 (RDP_NEG_FAILURE)")
                        .arg(hexByte(type)));
    if (negAvailable < 4)
        return fail(QStringLiteral("negotiation data truncated after %1 byte(s) (expected 8)")
                        .arg(negAvailable));
    const int negLength = readLe16(pdu, negOffset + 2);
    if (negLength != kNegDataLength)
        return fail(QStringLiteral("negotiation data length field %1 instead of 8").arg(negLength));
    if (negAvailable < kNegDataLength)
        return fail(QStringLiteral("negotiation data truncated after %1 byte(s) (expected 8)")
                        .arg(negAvailable));
    if (negAvailable > kNegDataLength)
        return fail(QStringLiteral("%1 unexpected byte(s) after the negotiation data")
                        .arg(negAvailable - kNegDataLength));

    confirm.flags = byteAt(pdu, negOffset + 1);
    const quint32 value = readLe32(pdu, negOffset + 4);
    if (type == kNegTypeResponse) {
        confirm.kind = ConnectionConfirm::Kind::Response;
        confirm.selectedProtocol = value;
    } else {
        confirm.kind = ConnectionConfirm::Kind::Failure;
        confirm.failureCode = value;
    }
    ConfirmParse result;
    result.confirm = confirm;
    return result;
}

QStringList protocolIds(quint32 mask)
{
    if (mask == ProtocolRdp)
        return {QStringLiteral("rdp")};
    return bitIds(mask, {{ProtocolSsl, "ssl"},
                         {ProtocolHybrid, "hybrid"},
                         {ProtocolRdstls, "rdstls"},
                         {ProtocolHybridEx, "hybrid_ex"},
                         {ProtocolRdsAad, "rdsaad"}});
}

QString selectedProtocolId(quint32 selectedProtocol)
{
    switch (selectedProtocol) {
    case ProtocolRdp:
        return QStringLiteral("rdp");
    case ProtocolSsl:
        return QStringLiteral("ssl");
    case ProtocolHybrid:
        return QStringLiteral("hybrid");
    case ProtocolRdstls:
        return QStringLiteral("rdstls");
    case ProtocolHybridEx:
        return QStringLiteral("hybrid_ex");
    case ProtocolRdsAad:
        return QStringLiteral("rdsaad");
    default:
        return hexId(selectedProtocol);
    }
}

QStringList responseFlagIds(quint8 flags)
{
    return bitIds(flags, {{0x01, "extended_client_data"},
                          {0x02, "dynvc_gfx"},
                          {0x04, "reserved"},
                          {0x08, "restricted_admin"},
                          {0x10, "redirected_auth"}});
}

QString failureCodeName(quint32 code)
{
    switch (code) {
    case SslRequiredByServer:
        return QStringLiteral("SSL_REQUIRED_BY_SERVER");
    case SslNotAllowedByServer:
        return QStringLiteral("SSL_NOT_ALLOWED_BY_SERVER");
    case SslCertNotOnServer:
        return QStringLiteral("SSL_CERT_NOT_ON_SERVER");
    case InconsistentFlags:
        return QStringLiteral("INCONSISTENT_FLAGS");
    case HybridRequiredByServer:
        return QStringLiteral("HYBRID_REQUIRED_BY_SERVER");
    case SslWithUserAuthRequiredByServer:
        return QStringLiteral("SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER");
    default:
        return QStringLiteral("UNKNOWN_") + hexId(code);
    }
}

QString hexDump(QByteArrayView data, int maxBytes)
{
    const qsizetype limit = qMax(0, maxBytes);
    const qsizetype shown = qMin(data.size(), limit);
    QString text;
    text.reserve(shown * 3 + 2);
    for (qsizetype i = 0; i < shown; ++i) {
        if (i > 0)
            text.append(QLatin1Char(' '));
        text.append(QStringLiteral("%1").arg(byteAt(data, i), 2, 16, QLatin1Char('0')));
    }
    if (data.size() > shown) {
        if (shown > 0)
            text.append(QLatin1Char(' '));
        text.append(QChar(u'\u2026'));
    }
    return text;
}

QString printableText(QByteArrayView data, int maxBytes)
{
    const qsizetype limit = qMax(0, maxBytes);
    const qsizetype shown = qMin(data.size(), limit);
    QString text;
    text.reserve(shown + 1);
    for (qsizetype i = 0; i < shown; ++i) {
        const quint8 byte = byteAt(data, i);
        text.append(byte >= 0x20 && byte < 0x7F ? QLatin1Char(static_cast<char>(byte))
                                                : QLatin1Char('.'));
    }
    if (data.size() > shown)
        text.append(QChar(u'\u2026'));
    return text;
}

} // namespace rdpdiag::wire
