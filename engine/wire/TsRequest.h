// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * CredSSP TSRequest ([MS-CSSP] 2.2.1), the DER message that carries the SPNEGO/NTLM
 * tokens over TLS:
 *
 *     TSRequest ::= SEQUENCE {
 *         version    [0] INTEGER,
 *         negoTokens [1] NegoData OPTIONAL,      -- SEQUENCE OF SEQUENCE { negoToken [0] OCTET
 * STRING } authInfo   [2] OCTET STRING OPTIONAL, pubKeyAuth [3] OCTET STRING OPTIONAL, errorCode
 * [4] INTEGER OPTIONAL,       -- NTSTATUS, version 3 and later clientNonce [5] OCTET STRING
 * OPTIONAL } -- version 5 and later
 *
 * The probe only ever builds the first client message (version + one NTLM NEGOTIATE), so
 * nothing here can carry a credential. Pure functions; the parser takes hostile input.
 */

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace rdpdiag::wire {

/** The TSRequest version this tool speaks: 6, the version with the CVE-2018-0886 fix. */
inline constexpr int kTsRequestVersion = 6;

/** Builds `TSRequest { version, negoTokens { { negoToken } } }`. */
QByteArray buildTsRequest(QByteArrayView negoToken, int version = kTsRequestVersion);

/** What a server's TSRequest said. */
struct TsRequest
{
    int version = 0;
    std::optional<QByteArray> negoToken; ///< the first negoToken, when present
    std::optional<quint32> errorCode;    ///< NTSTATUS, when present
    bool hasPubKeyAuth = false;
    bool hasAuthInfo = false;
};

struct TsRequestParse
{
    std::optional<TsRequest> request;
    QString error; ///< English, for evidence, when !request
};

/**
 * Parses one complete TSRequest (exactly one DER element; trailing bytes are an error).
 * Fields it does not need are skipped; version is mandatory.
 */
TsRequestParse parseTsRequest(QByteArrayView data);

} // namespace rdpdiag::wire
