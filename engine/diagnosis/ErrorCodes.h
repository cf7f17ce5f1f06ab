// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The error codes Remote Desktop clients show: the "error code" is the client's disconnect
 * reason (mstscax DisconnectReason, e.g. 0x904 = the socket was closed by the peer), the
 * "extended error code" the ExtendedDisconnectReasonCode (= the server's ERRINFO, e.g.
 * 0x7 = the server denied the connection). Tables from docs/protocol-notes.md.
 *
 * Also: parsing what users type ("0x904", "904", "2308", "0X0007").
 */

#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** Which table a code belongs to. */
enum class CodeKind { Disconnect, Extended };

/** One known client code. */
struct ClientErrorCode
{
    quint32 value;
    const char *name;    ///< Microsoft's symbolic name, e.g. "AtClientWinsockFDCLOSE"
    const char *meaning; ///< QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", …): one plain line
    /**
     * Finding codes that explain this client code, most specific first (e.g. for 0x904:
     * "x224.reset", "tls.reset", …). Empty when no probe can explain it (e.g. licensing).
     */
    QStringList explainedBy;
};

/**
 * Parses a code as users type it. "0x…" is hex; digits with a–f are hex; plain digits are
 * read as hex when that is a known code of @p kind (users copy "904" from "0x904"), else as
 * decimal when that is known ("2308" = 0x904), else as hex. Returns nullopt for empty or
 * invalid text (non-hex characters, more than 8 hex digits, negative).
 */
std::optional<quint32> parseClientCode(const QString &text, CodeKind kind);

/** The table entry for @p value, or nullptr when the code is not in the table. */
const ClientErrorCode *findClientCode(quint32 value, CodeKind kind);

/** All entries of a table in numeric order (for the wizard's list of common codes). */
const QList<ClientErrorCode> &clientCodes(CodeKind kind);

/** "0x904" style formatting (lower-case hex, 0x prefix). */
QString formatClientCode(quint32 value);

/** Translated one-line meaning of a code, or a "not a known code" sentence. */
QString clientCodeMeaning(quint32 value, CodeKind kind);

} // namespace rdpdiag
