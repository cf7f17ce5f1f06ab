// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * T.124 GCC as Remote Desktop uses it ([MS-RDPBCGR] 2.2.1.3 and 2.2.1.4): the Conference
 * Create Request that carries the client data blocks (core, security, network), and the
 * Conference Create Response that carries the server data blocks (core, security with the
 * server certificate, network). The GCC envelope is ALIGNED PER; the data blocks are
 * little-endian structures with a 4-byte header (type, length). Pure functions on bytes;
 * the parser takes hostile input and never trusts a length.
 */

#include "wire/ServerCertificate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag::wire {

/** encryptionMethods / encryptionMethod values ([MS-RDPBCGR] 2.2.1.3.3, 2.2.1.4.3). */
enum EncryptionMethod : quint32 {
    EncryptionMethodNone = 0x00,
    EncryptionMethod40Bit = 0x01,
    EncryptionMethod128Bit = 0x02,
    EncryptionMethod56Bit = 0x08,
    EncryptionMethodFips = 0x10,
};

/** encryptionLevel values ([MS-RDPBCGR] 2.2.1.4.3); Windows' MinEncryptionLevel uses 1–4. */
enum EncryptionLevel : quint32 {
    EncryptionLevelNone = 0,
    EncryptionLevelLow = 1,
    EncryptionLevelClientCompatible = 2,
    EncryptionLevelHigh = 3,
    EncryptionLevelFips = 4,
};

/**
 * The client data blocks rdpdiag sends: TS_UD_CS_CORE (RDP 5.0+, 1024×768, client name
 * "rdpdiag" — never this computer's name — serverSelectedProtocol PROTOCOL_RDP),
 * TS_UD_CS_SEC with @p encryptionMethods, and TS_UD_CS_NET without channels.
 */
QByteArray buildClientDataBlocks(quint32 encryptionMethods);

/** ConnectData with a Conference Create Request carrying @p clientData (at most 65535 -
 * 14 bytes; its PER lengths are always written in the two-byte form, as servers expect). */
QByteArray buildConferenceCreateRequest(QByteArrayView clientData);

/** TS_UD_SC_CORE. */
struct ServerCoreData
{
    quint32 version = 0;                             ///< 0x00080001 RDP 4.0, 0x00080004 5.0+ …
    std::optional<quint32> clientRequestedProtocols; ///< optional field
    std::optional<quint32> earlyCapabilityFlags;     ///< optional field
};

/** TS_UD_SC_SEC1. */
struct ServerSecurityData
{
    quint32 encryptionMethod = 0;
    quint32 encryptionLevel = 0;
    /** serverRandomLen when the fields after the level are present (32 when encrypting). */
    std::optional<quint32> serverRandomLength;
    std::optional<quint32> certificateLength; ///< serverCertLen when present
    std::optional<ServerCertificate> certificate;
};

/** TS_UD_SC_NET. */
struct ServerNetworkData
{
    quint16 mcsChannelId = 0;
    QList<quint16> channelIds;
};

/** The server data blocks of a Conference Create Response. */
struct ServerData
{
    quint16 nodeId = 0;    ///< ConferenceCreateResponse nodeID
    quint32 gccResult = 0; ///< ConferenceCreateResponse result (0 success)
    std::optional<ServerCoreData> core;
    std::optional<ServerSecurityData> security;
    std::optional<ServerNetworkData> network;
    QList<quint16> otherBlocks; ///< types of further blocks (message channel, multitransport …)
};

struct ServerDataParse
{
    std::optional<ServerData> data;
    QString error; ///< why it is malformed (English, for evidence) when !data
};

/** Parses the ConnectData of an MCS Connect Response's userData (all of @p data). */
ServerDataParse parseConferenceCreateResponse(QByteArrayView data);

/** Parses a sequence of server data blocks (all of @p data). */
ServerDataParse parseServerDataBlocks(QByteArrayView data);

/** Ids of the method bits in @p methods: "40bit", "56bit", "128bit", "fips"; "none" for 0;
 * unknown bits as "0x…". */
QStringList encryptionMethodIds(quint32 methods);
/** Id of one selected method ("none", "40bit", …, or "0x…"). */
QString encryptionMethodId(quint32 method);
/** Id of a level: "none", "low", "client_compatible", "high", "fips", or "0x…". */
QString encryptionLevelId(quint32 level);

} // namespace rdpdiag::wire
