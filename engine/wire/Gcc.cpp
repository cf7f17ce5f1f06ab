// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/Gcc.h"

#include "wire/BitIds.h"
#include "wire/Bytes.h"

namespace rdpdiag::wire {

namespace {

// Data block types ([MS-RDPBCGR] 2.2.1.3.1).
constexpr quint16 kCsCore = 0xC001;
constexpr quint16 kCsSecurity = 0xC002;
constexpr quint16 kCsNet = 0xC003;
constexpr quint16 kScCore = 0x0C01;
constexpr quint16 kScSecurity = 0x0C02;
constexpr quint16 kScNet = 0x0C03;
constexpr int kBlockHeaderLength = 4;

constexpr quint32 kRdpVersion5Plus = 0x00080004;
constexpr quint16 kColorDepth8Bpp = 0xCA01; ///< RNS_UD_COLOR_8BPP
constexpr quint16 kSasSequence = 0xAA03;    ///< RNS_UD_SAS_DEL
constexpr quint32 kKeyboardUs = 0x0409;     ///< en-US
constexpr quint32 kClientBuild = 2600;      ///< any build; servers only log it
constexpr quint32 kKeyboardIbmEnhanced = 4; ///< IBM enhanced (101- or 102-key)
constexpr quint32 kFunctionKeys = 12;       ///< function keys of that keyboard
constexpr quint16 kHighColor24Bpp = 0x0018;
constexpr quint16 kSupportedColorDepths = 0x0007; ///< 24, 16 and 15 bpp
constexpr quint16 kSupportErrorInfoPdu = 0x0001;  ///< RNS_UD_CS_SUPPORT_ERRINFO_PDU
constexpr int kClientNameBytes = 32;              ///< 16 UTF-16 code units, 0-terminated
constexpr int kImeFileNameBytes = 64;
constexpr int kDigProductIdBytes = 64;

/** ConnectData's t124Identifier: choice "object", length 5, OID 0.0.20.124.0.1. */
constexpr char kT124Identifier[] = "\x00\x05\x00\x14\x7c\x00\x01";
constexpr int kT124IdentifierLength = 7;
/** The H.221 keys of the user data: client to server and server to client. */
constexpr char kClientKey[] = "Duca";
constexpr char kServerKey[] = "McDn";
/** ConnectGCCPDU fields between the connectPDU length and the user data length. */
constexpr int kCreateRequestFixedLength = 12;

void appendBlockHeader(QByteArray &out, quint16 type, quint16 length)
{
    appendLe16(out, type);
    appendLe16(out, length);
}

/** A PER length determinant always in its two-byte form (0x80 | high, low): servers such
 * as xrdp skip a fixed number of bytes to reach the user data. */
void appendPerLength16(QByteArray &out, int length)
{
    out.append(static_cast<char>(0x80 | ((length >> 8) & 0x3F)));
    out.append(static_cast<char>(length & 0xFF));
}

QByteArray clientCoreData()
{
    QByteArray body;
    appendLe32(body, kRdpVersion5Plus);
    appendLe16(body, 1024); // desktopWidth
    appendLe16(body, 768);  // desktopHeight
    appendLe16(body, kColorDepth8Bpp);
    appendLe16(body, kSasSequence);
    appendLe32(body, kKeyboardUs);
    appendLe32(body, kClientBuild);
    // clientName: a fixed name, never this computer's (it would identify the user's machine).
    QByteArray name(kClientNameBytes, '\0');
    const QByteArray ascii = QByteArrayLiteral("rdpdiag");
    for (qsizetype i = 0; i < ascii.size(); ++i)
        name[i * 2] = ascii[i];
    body.append(name);
    appendLe32(body, kKeyboardIbmEnhanced);
    appendLe32(body, 0); // keyboardSubType
    appendLe32(body, kFunctionKeys);
    body.append(kImeFileNameBytes, '\0');
    appendLe16(body, kColorDepth8Bpp); // postBeta2ColorDepth
    appendLe16(body, 1);               // clientProductId
    appendLe32(body, 0);               // serialNumber
    appendLe16(body, kHighColor24Bpp);
    appendLe16(body, kSupportedColorDepths);
    appendLe16(body, kSupportErrorInfoPdu); // earlyCapabilityFlags
    body.append(kDigProductIdBytes, '\0');
    body.append('\0');   // connectionType
    body.append('\0');   // pad1octet
    appendLe32(body, 0); // serverSelectedProtocol: PROTOCOL_RDP, what the X.224 exchange chose
    QByteArray block;
    appendBlockHeader(block, kCsCore, static_cast<quint16>(kBlockHeaderLength + body.size()));
    return block + body;
}

ServerDataParse fail(const QString &error)
{
    ServerDataParse result;
    result.error = error;
    return result;
}

/** A cursor over hostile bytes: every read checks that the bytes are there. */
class Cursor
{
public:
    explicit Cursor(QByteArrayView data) : m_data(data) {}
    qsizetype remaining() const { return m_data.size() - m_position; }
    qsizetype position() const { return m_position; }
    bool has(qsizetype count) const { return count >= 0 && remaining() >= count; }
    quint8 byte() { return byteAt(m_data, m_position++); }
    QByteArrayView take(qsizetype count)
    {
        const QByteArrayView part = m_data.sliced(m_position, count);
        m_position += count;
        return part;
    }
    /** A PER length determinant (one byte, or two with 0x80 set); nullopt when truncated
     * or fragmented (0xC0: not used by Remote Desktop). */
    std::optional<int> perLength()
    {
        if (!has(1))
            return std::nullopt;
        const quint8 first = byte();
        if ((first & 0x80) == 0)
            return first;
        if ((first & 0x40) != 0 || !has(1))
            return std::nullopt;
        return ((first & 0x3F) << 8) | byte();
    }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

std::optional<ServerCoreData> parseCore(QByteArrayView body)
{
    if (body.size() < 4)
        return std::nullopt;
    ServerCoreData core;
    core.version = readLe32(body, 0);
    if (body.size() >= 8)
        core.clientRequestedProtocols = readLe32(body, 4);
    if (body.size() >= 12)
        core.earlyCapabilityFlags = readLe32(body, 8);
    return core;
}

/** TS_UD_SC_SEC1; @p error says why it is malformed. A malformed certificate leaves the
 * method and level readable: its error goes to @p certificateError. */
std::optional<ServerSecurityData> parseSecurity(QByteArrayView body, QString &error,
                                                QString &certificateError)
{
    if (body.size() < 8) {
        error = QStringLiteral("server security data of %1 bytes is shorter than its method "
                               "and level (8 bytes)")
                    .arg(body.size());
        return std::nullopt;
    }
    ServerSecurityData security;
    security.encryptionMethod = readLe32(body, 0);
    security.encryptionLevel = readLe32(body, 4);
    if (body.size() == 8)
        return security;
    if (body.size() < 16) {
        error = QStringLiteral("server security data of %1 bytes ends inside serverRandomLen "
                               "and serverCertLen")
                    .arg(body.size());
        return std::nullopt;
    }
    const quint32 randomLength = readLe32(body, 8);
    const quint32 certificateLength = readLe32(body, 12);
    const quint64 available = static_cast<quint64>(body.size() - 16);
    if (randomLength > available || certificateLength > available - randomLength) {
        error = QStringLiteral("server random (%1 bytes) and certificate (%2 bytes) do not fit "
                               "the %3 bytes of the server security data")
                    .arg(randomLength)
                    .arg(certificateLength)
                    .arg(available);
        return std::nullopt;
    }
    security.serverRandomLength = randomLength;
    security.certificateLength = certificateLength;
    if (certificateLength > 0) {
        const ServerCertificateParse parsed =
            parseServerCertificate(body.sliced(16 + randomLength, certificateLength));
        security.certificate = parsed.certificate;
        certificateError = parsed.error;
    }
    return security;
}

std::optional<ServerNetworkData> parseNetwork(QByteArrayView body)
{
    if (body.size() < 4)
        return std::nullopt;
    ServerNetworkData network;
    network.mcsChannelId = readLe16(body, 0);
    const int count = readLe16(body, 2);
    if (count > (body.size() - 4) / 2)
        return std::nullopt;
    for (int i = 0; i < count; ++i)
        network.channelIds.append(readLe16(body, 4 + 2 * i));
    return network;
}

QString blockName(quint16 type)
{
    switch (type) {
    case kScCore:
        return QStringLiteral("server core data");
    case kScSecurity:
        return QStringLiteral("server security data");
    case kScNet:
        return QStringLiteral("server network data");
    default:
        return QStringLiteral("data block 0x%1").arg(type, 4, 16, QLatin1Char('0'));
    }
}

} // namespace

QByteArray buildClientDataBlocks(quint32 encryptionMethods)
{
    QByteArray blocks = clientCoreData();
    appendBlockHeader(blocks, kCsSecurity, 12);
    appendLe32(blocks, encryptionMethods);
    appendLe32(blocks, 0); // extEncryptionMethods: only for the French locale of old clients
    appendBlockHeader(blocks, kCsNet, 8);
    appendLe32(blocks, 0); // channelCount: no virtual channels
    return blocks;
}

QByteArray buildConferenceCreateRequest(QByteArrayView clientData)
{
    QByteArray out(kT124Identifier, kT124IdentifierLength);
    appendPerLength16(out, static_cast<int>(clientData.size()) + kCreateRequestFixedLength + 2);
    out.append('\x00'); // ConnectGCCPDU: conferenceCreateRequest
    out.append('\x08'); // only the optional userData is present
    out.append('\x00'); // conferenceName numeric: length 1 (constrained 1..255) …
    out.append('\x10'); // … the digit "1" …
    out.append('\x00'); // … and padding
    out.append('\x01'); // one set of user data
    out.append('\xc0'); // value present, key is h221NonStandard
    out.append('\x00'); // key length 4 (constrained 4..255)
    out.append(kClientKey, 4);
    appendPerLength16(out, static_cast<int>(clientData.size()));
    out.append(clientData.data(), clientData.size());
    return out;
}

ServerDataParse parseConferenceCreateResponse(QByteArrayView data)
{
    Cursor in(data);
    if (!in.has(kT124IdentifierLength))
        return fail(QStringLiteral("GCC data of %1 bytes is too short for its T.124 identifier")
                        .arg(data.size()));
    if (in.take(kT124IdentifierLength) != QByteArrayView(kT124Identifier, kT124IdentifierLength))
        return fail(QStringLiteral("GCC data does not start with the T.124 identifier "
                                   "0.0.20.124.0.1"));
    if (!in.perLength()) // connectPDU length: clients ignore its value ([MS-RDPBCGR] 2.2.1.4)
        return fail(QStringLiteral("GCC connectPDU length is truncated or fragmented"));
    if (!in.has(1))
        return fail(QStringLiteral("GCC data ends before the ConnectGCCPDU"));
    const quint8 choice = in.byte();
    if (((choice >> 4) & 0x07) != 1)
        return fail(QStringLiteral("ConnectGCCPDU choice %1 is not a Conference Create Response")
                        .arg(hexByte(choice)));
    if ((choice & 0x04) == 0)
        return fail(QStringLiteral("Conference Create Response without user data"));
    ServerData server;
    if (!in.has(3))
        return fail(QStringLiteral("Conference Create Response ends inside nodeID and tag"));
    const quint16 node = static_cast<quint16>(in.byte() << 8);
    server.nodeId = static_cast<quint16>(node | in.byte());
    const int tagLength = in.byte();
    if (tagLength < 1 || tagLength > 4 || !in.has(tagLength + 3))
        return fail(QStringLiteral("Conference Create Response tag of %1 bytes is invalid or "
                                   "truncated")
                        .arg(tagLength));
    in.take(tagLength);
    server.gccResult = in.byte();
    if (in.byte() == 0)
        return fail(QStringLiteral("Conference Create Response with no user data set"));
    const quint8 keyChoice = in.byte();
    if ((keyChoice & 0x80) == 0 || (keyChoice & 0x40) == 0)
        return fail(QStringLiteral("user data key choice %1 is not an h221NonStandard key with "
                                   "a value")
                        .arg(hexByte(keyChoice)));
    if (!in.has(1))
        return fail(QStringLiteral("user data ends before its H.221 key"));
    const int keyLength = in.byte() + 4;
    if (!in.has(keyLength))
        return fail(QStringLiteral("H.221 key of %1 bytes is truncated").arg(keyLength));
    if (in.take(keyLength) != QByteArrayView(kServerKey, 4))
        return fail(QStringLiteral("H.221 key is not \"McDn\" (server to client)"));
    const auto length = in.perLength();
    if (!length)
        return fail(QStringLiteral("length of the server data blocks is truncated or "
                                   "fragmented"));
    if (!in.has(*length))
        return fail(QStringLiteral("server data blocks claim %1 bytes, %2 available")
                        .arg(*length)
                        .arg(in.remaining()));
    ServerDataParse blocks = parseServerDataBlocks(in.take(*length));
    if (blocks.data) {
        blocks.data->nodeId = server.nodeId;
        blocks.data->gccResult = server.gccResult;
    }
    return blocks;
}

ServerDataParse parseServerDataBlocks(QByteArrayView data)
{
    ServerData server;
    QString certificateError;
    Cursor in(data);
    while (in.remaining() > 0) {
        if (!in.has(kBlockHeaderLength))
            return fail(QStringLiteral("%1 stray byte(s) after the last server data block")
                            .arg(in.remaining()));
        const qsizetype offset = in.position();
        const QByteArrayView header = in.take(kBlockHeaderLength);
        const quint16 type = readLe16(header, 0);
        const int length = readLe16(header, 2);
        if (length < kBlockHeaderLength || !in.has(length - kBlockHeaderLength))
            return fail(QStringLiteral("%1 at offset %2 claims %3 bytes, %4 available")
                            .arg(blockName(type))
                            .arg(offset)
                            .arg(length)
                            .arg(in.remaining() + kBlockHeaderLength));
        const QByteArrayView body = in.take(length - kBlockHeaderLength);
        QString error;
        switch (type) {
        case kScCore:
            if (server.core)
                return fail(QStringLiteral("two server core data blocks"));
            server.core = parseCore(body);
            if (!server.core)
                return fail(
                    QStringLiteral("server core data of %1 bytes has no version").arg(body.size()));
            break;
        case kScSecurity:
            if (server.security)
                return fail(QStringLiteral("two server security data blocks"));
            server.security = parseSecurity(body, error, certificateError);
            if (!server.security)
                return fail(error);
            break;
        case kScNet:
            if (server.network)
                return fail(QStringLiteral("two server network data blocks"));
            server.network = parseNetwork(body);
            if (!server.network)
                return fail(QStringLiteral("server network data of %1 bytes does not hold its "
                                           "channel list")
                                .arg(body.size()));
            break;
        default:
            server.otherBlocks.append(type);
            break;
        }
    }
    ServerDataParse result;
    result.data = server;
    result.error = certificateError; // the one error that leaves the data readable
    return result;
}

QStringList encryptionMethodIds(quint32 methods)
{
    if (methods == EncryptionMethodNone)
        return {QStringLiteral("none")};
    return bitIds(methods, {{EncryptionMethod40Bit, "40bit"},
                            {EncryptionMethod56Bit, "56bit"},
                            {EncryptionMethod128Bit, "128bit"},
                            {EncryptionMethodFips, "fips"}});
}

QString encryptionMethodId(quint32 method)
{
    const QStringList ids = encryptionMethodIds(method);
    return ids.size() == 1 ? ids.first() : hexId(method);
}

QString encryptionLevelId(quint32 level)
{
    switch (level) {
    case EncryptionLevelNone:
        return QStringLiteral("none");
    case EncryptionLevelLow:
        return QStringLiteral("low");
    case EncryptionLevelClientCompatible:
        return QStringLiteral("client_compatible");
    case EncryptionLevelHigh:
        return QStringLiteral("high");
    case EncryptionLevelFips:
        return QStringLiteral("fips");
    default:
        return hexId(level);
    }
}

} // namespace rdpdiag::wire
