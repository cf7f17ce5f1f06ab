// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * NTLM messages of [MS-NLMP] 2.2.1: the client's NEGOTIATE_MESSAGE (built) and the
 * server's CHALLENGE_MESSAGE (parsed). The CHALLENGE is sent before any credential is
 * asked for and tells who the server is (NetBIOS and DNS names, OS build) and what time
 * its clock says. The NEGOTIATE built here never carries a user name, a domain or a
 * workstation name. Pure functions; the parser takes hostile input.
 */

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

namespace rdpdiag::wire {

/** NEGOTIATE flags ([MS-NLMP] 2.2.2.5) that matter here. */
enum NtlmFlag : quint32 {
    NtlmNegotiateUnicode = 0x00000001,
    NtlmRequestTarget = 0x00000004,
    NtlmNegotiateSign = 0x00000010,
    NtlmNegotiateSeal = 0x00000020,
    NtlmNegotiateNtlm = 0x00000200,
    NtlmDomainSupplied = 0x00001000,
    NtlmWorkstationSupplied = 0x00002000,
    NtlmAlwaysSign = 0x00008000,
    NtlmExtendedSessionSecurity = 0x00080000,
    NtlmNegotiateTargetInfo = 0x00800000,
    NtlmNegotiateVersion = 0x02000000,
    NtlmNegotiate128 = 0x20000000,
    NtlmKeyExchange = 0x40000000,
    NtlmNegotiate56 = 0x80000000,
};

/** The flags our NEGOTIATE sends: what a current client asks for, minus anything that
 * would announce a domain or workstation name. */
inline constexpr quint32 kNtlmNegotiateFlags =
    NtlmNegotiate56 | NtlmKeyExchange | NtlmNegotiate128 | NtlmNegotiateVersion |
    NtlmExtendedSessionSecurity | NtlmAlwaysSign | NtlmNegotiateNtlm | NtlmNegotiateSeal |
    NtlmNegotiateSign | NtlmRequestTarget | NtlmNegotiateUnicode;

/** AV_PAIR ids ([MS-NLMP] 2.2.2.1). */
enum AvId : quint16 {
    AvEol = 0,
    AvNbComputerName = 1,
    AvNbDomainName = 2,
    AvDnsComputerName = 3,
    AvDnsDomainName = 4,
    AvDnsTreeName = 5,
    AvFlags = 6,
    AvTimestamp = 7,
};

/**
 * Builds a 40-byte NEGOTIATE_MESSAGE: signature, type 1, kNtlmNegotiateFlags, empty
 * DomainName and Workstation fields, and a Version field (10.0.19041, NTLM revision 15).
 */
QByteArray buildNtlmNegotiate();

/** A parsed CHALLENGE_MESSAGE. Empty strings: that AV pair was absent. */
struct NtlmChallenge
{
    quint32 flags = 0;
    QByteArray serverChallenge; ///< 8 bytes
    QString targetName;
    QString netbiosComputer;
    QString netbiosDomain;
    QString dnsComputer;
    QString dnsDomain;
    QString dnsTree;
    std::optional<QDateTime> timestamp; ///< MsvAvTimestamp, UTC
    QString version;                    ///< "major.minor.build" when the Version field is present
    bool hasTargetInfo = false;
};

struct NtlmChallengeParse
{
    std::optional<NtlmChallenge> challenge;
    QString error; ///< English, for evidence, when !challenge
};

/**
 * Parses a CHALLENGE_MESSAGE. Rejects: a wrong signature or type, fewer than 48 bytes,
 * fields whose offset + length leave the buffer, a UTF-16 field of odd length, AV pairs
 * running past the TargetInfo field, a TargetInfo without MsvAvEOL, a timestamp that is
 * not 8 bytes.
 */
NtlmChallengeParse parseNtlmChallenge(QByteArrayView data);

/** FILETIME (100 ns since 1601-01-01 UTC) to a UTC QDateTime. */
QDateTime fileTimeToDateTime(quint64 fileTime);

/** UTC QDateTime to FILETIME (for tests and the test servers); 0 before 1601. */
quint64 dateTimeToFileTime(const QDateTime &time);

} // namespace rdpdiag::wire
