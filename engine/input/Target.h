// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * What the user wants to connect to: `host`, `host:port`, `[ipv6]:port`, a bare IPv6
 * literal, or an `.rdp` file. The CLI and the wizard validate with the same functions.
 */

#include "input/RdpFile.h"

#include <QString>
#include <optional>

namespace rdpdiag {

inline constexpr quint16 kDefaultRdpPort = 3389;

struct Target
{
    enum class Source { Argument, RdpFile };

    QString input; ///< what the user typed (or the .rdp file path)
    QString host;  ///< host name or IP literal, without brackets
    quint16 port = kDefaultRdpPort;
    bool isIpLiteral = false; ///< host is an IPv4 or IPv6 address: no DNS step
    Source source = Source::Argument;
    std::optional<RdpFileSettings> rdp; ///< set when source == RdpFile
};

struct TargetParse
{
    std::optional<Target> target;
    QString error; ///< one line, for stderr or under the input field
};

/**
 * Parses a target typed by the user. @p defaultPort applies when the text names none.
 * Rejects: empty text, characters not allowed in host names, ports outside 1–65535,
 * unbalanced brackets, malformed IP literals.
 *
 * Choices: an IPv4 literal must be a strict dotted quad (no "1.2.3", no leading zeros,
 * which QHostAddress would read as octal); text of digits and dots only is never taken
 * for a host name. IPv6 zone ids ("fe80::1%eth0", "[fe80::1%eth0]:3390") are accepted
 * when QHostAddress parses them and the zone is letters, digits, '-', '_' or '.'. Non-ASCII host
 * names are converted to their ACE form with QUrl::toAce ("bücher.example" →
 * "xn--bcher-kva.example"), which becomes Target::host. Two or more colons without brackets are a
 * bare IPv6 literal with the default port.
 */
TargetParse parseTargetText(const QString &text, quint16 defaultPort = kDefaultRdpPort);

/** True when @p argument names an `.rdp` file (by extension) rather than a host. */
bool looksLikeRdpFile(const QString &argument);

/**
 * Reads and parses an `.rdp` file into a target (host and port from `full address` and
 * `server port`). Unreadable, oversized or invalid files give an error.
 */
TargetParse loadRdpFileTarget(const QString &path, quint16 defaultPort = kDefaultRdpPort);

/** Either of the above, chosen by looksLikeRdpFile(). */
TargetParse parseTargetArgument(const QString &argument, quint16 defaultPort = kDefaultRdpPort);

} // namespace rdpdiag
