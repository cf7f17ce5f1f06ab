// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The MCS Connect Initial and Connect Response of T.125 (BER) inside an X.224 Data TPDU and
 * TPKT, as Remote Desktop sends them after the X.224 exchange ([MS-RDPBCGR] 2.2.1.3 and
 * 2.2.1.4), with the GCC conference data of wire/Gcc inside. Pure functions on bytes; the
 * parser takes hostile input and never trusts a length.
 */

#include "wire/Gcc.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace rdpdiag::wire {

/**
 * The whole PDU a client sends after a Connection Confirm that selected Standard RDP
 * Security: TPKT, X.224 Data, MCS Connect-Initial with the domain parameters clients use,
 * and the GCC Conference Create Request with buildClientDataBlocks(@p encryptionMethods).
 */
QByteArray buildConnectInitial(quint32 encryptionMethods);

/** A parsed MCS Connect Response. */
struct ConnectResponse
{
    /** T.125 Result: 0 rt-successful; anything else refuses the connection (no user data
     * is then read). */
    quint32 result = 0;
    std::optional<ServerData> server; ///< when result is 0
    /** Why the server certificate could not be read (the rest of the data is valid). */
    QString certificateError;
};

struct ConnectResponseParse
{
    std::optional<ConnectResponse> response;
    QString error; ///< why the PDU is malformed (English, for evidence) when !response
};

/** Parses one complete TPKT PDU (exactly TpktPeek::totalLength bytes) as a Connect Response. */
ConnectResponseParse parseConnectResponse(QByteArrayView pdu);

/** Name of a T.125 Result ("rt-successful", "rt-domain-merging" …; "result N" otherwise). */
QString mcsResultName(quint32 result);

} // namespace rdpdiag::wire
