// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Reader of Remote Desktop connection files (`.rdp`) as Windows saves them: UTF-16LE with a
 * byte-order mark, or UTF-8 (with or without BOM), CRLF or LF line ends, one
 * `name:type:value` setting per line. Pure function on bytes; hostile input is rejected
 * with a one-line reason, never a crash.
 *
 * Password blobs (`password 51:b:...`) are recognised only to note that one was present:
 * their value is never stored anywhere.
 */

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace rdpdiag {

/** The settings of an `.rdp` file that matter for a diagnosis. Absent = not in the file. */
struct RdpFileSettings
{
    QString fullAddress;                   ///< `full address:s:` (may carry ":port" or "[v6]:port")
    std::optional<int> serverPort;         ///< `server port:i:`
    QString alternateFullAddress;          ///< `alternate full address:s:`
    QString gatewayHostname;               ///< `gatewayhostname:s:`
    std::optional<int> gatewayUsageMethod; ///< `gatewayusagemethod:i:` (0 never … 4 detect)
    std::optional<int> enableCredSspSupport;   ///< `enablecredsspsupport:i:` (0 = NLA off)
    std::optional<int> authenticationLevel;    ///< `authentication level:i:` (0–3)
    std::optional<int> negotiateSecurityLayer; ///< `negotiate security layer:i:`
    QString username;             ///< `username:s:`, kept for display and redaction only
    bool hadPasswordBlob = false; ///< a `password 51:b:` line was present (value discarded)
};

/** Result of parsing: settings, or a one-line reason why the file is not usable. */
struct RdpFileParse
{
    std::optional<RdpFileSettings> settings;
    QString error;
};

/** Largest `.rdp` file accepted (real ones are a few KiB). */
inline constexpr qsizetype kMaxRdpFileBytes = 1024 * 1024;

/** Parses the bytes of an `.rdp` file. Requires a non-empty `full address`. */
RdpFileParse parseRdpFile(QByteArrayView bytes);

} // namespace rdpdiag
