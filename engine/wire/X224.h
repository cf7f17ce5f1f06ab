// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * TPKT (RFC 1006) + X.224 Connection Request / Connection Confirm with the RDP
 * negotiation structures of [MS-RDPBCGR] 2.2.1.1 and 2.2.1.2. Pure functions on bytes:
 * no sockets, no clocks. The parsers take hostile input (truncated, wrong lengths,
 * wrong types, length 0xFFFF) and report what is wrong instead of crashing.
 *
 * Byte order: TPKT and X.224 fields are big-endian, RDP_NEG_* fields little-endian.
 */

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag::wire {

/** requestedProtocols / selectedProtocol bits ([MS-RDPBCGR] 2.2.1.1.1). */
enum Protocol : quint32 {
    ProtocolRdp = 0x00,      ///< Standard RDP Security
    ProtocolSsl = 0x01,      ///< TLS
    ProtocolHybrid = 0x02,   ///< CredSSP (NLA)
    ProtocolRdstls = 0x04,   ///< RDSTLS
    ProtocolHybridEx = 0x08, ///< CredSSP with Early User Authorization Result
    ProtocolRdsAad = 0x10,   ///< Azure AD / Entra authentication
};

/** RDP_NEG_FAILURE failureCode values ([MS-RDPBCGR] 2.2.1.2.2). */
enum FailureCode : quint32 {
    SslRequiredByServer = 1,
    SslNotAllowedByServer = 2,
    SslCertNotOnServer = 3,
    InconsistentFlags = 4,
    HybridRequiredByServer = 5,
    SslWithUserAuthRequiredByServer = 6,
};

inline constexpr int kTpktHeaderLength = 4;
/** The smallest TPKT length that can hold an X.224 Connection Confirm (4 + 7). */
inline constexpr int kMinConfirmLength = 11;

/**
 * Builds a Connection Request carrying an RDP_NEG_REQ with @p requestedProtocols and
 * flags 0. No cookie and no routing token are sent (a cookie would leak a user name).
 * Example for requestedProtocols = 3: `03 00 00 13 0e e0 00 00 00 00 00 01 00 08 00 03 00 00 00`.
 */
QByteArray buildConnectionRequest(quint32 requestedProtocols);

/** What the first bytes of a server answer say about the PDU being read. */
struct TpktPeek
{
    enum class Status {
        NeedMore,  ///< fewer than 4 bytes so far
        NotTpkt,   ///< first byte is not 0x03 or reserved byte not 0x00: not RDP
        BadLength, ///< TPKT length < 11 (cannot be a Connection Confirm)
        Ok,        ///< header valid: totalLength bytes make the whole PDU
    };
    Status status = Status::NeedMore;
    int totalLength = 0; ///< TPKT length field (including the 4-byte header) when Ok
};

/** Inspects the start of a server answer. */
TpktPeek peekTpkt(QByteArrayView data);

/** A parsed X.224 Connection Confirm. */
struct ConnectionConfirm
{
    enum class Kind {
        Response,  ///< RDP_NEG_RSP: selectedProtocol and flags are valid
        Failure,   ///< RDP_NEG_FAILURE: failureCode is valid
        NoNegData, ///< legacy confirm without negotiation data: Standard RDP Security
    };
    Kind kind = Kind::NoNegData;
    quint32 selectedProtocol = ProtocolRdp;
    quint8 flags = 0;
    quint32 failureCode = 0;
};

struct ConfirmParse
{
    std::optional<ConnectionConfirm> confirm;
    QString error; ///< why the PDU is malformed (English, for evidence) when !confirm
};

/**
 * Parses one complete TPKT PDU (exactly the bytes of TpktPeek::totalLength) as an X.224
 * Connection Confirm (code 0xD0). Checks the TPKT length against the data, LI against the
 * length, the TPDU code, and the RDP_NEG_RSP / RDP_NEG_FAILURE type and length (8).
 */
ConfirmParse parseConnectionConfirm(QByteArrayView pdu);

/** Stable ids of the protocol bits set in @p mask: "ssl", "hybrid", "rdstls", "hybrid_ex",
 * "rdsaad"; "rdp" when @p mask is 0. Unknown bits appear as "0x…". */
QStringList protocolIds(quint32 mask);

/** Stable id of one selected protocol value ("rdp", "ssl", "hybrid", …, or "0x…"). */
QString selectedProtocolId(quint32 selectedProtocol);

/** Names of RDP_NEG_RSP flags: "extended_client_data", "dynvc_gfx", "reserved",
 * "restricted_admin", "redirected_auth"; unknown bits as "0x…". */
QStringList responseFlagIds(quint8 flags);

/** Spec name of a failure code ("SSL_REQUIRED_BY_SERVER", …; "UNKNOWN_0x…" otherwise). */
QString failureCodeName(quint32 code);

/** Lower-case hex with spaces, at most @p maxBytes bytes followed by "…" (for evidence). */
QString hexDump(QByteArrayView data, int maxBytes = 64);

/** Printable ASCII rendering of @p data (other bytes as '.'), for banners in evidence. */
QString printableText(QByteArrayView data, int maxBytes = 64);

} // namespace rdpdiag::wire
