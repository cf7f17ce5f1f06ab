// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Pure parsers of the Windows tools the server self-check runs — `icacls`,
 * `wevtutil qe … /f:text`, `netstat -ano -p TCP` and a PowerShell one-liner that prints a
 * number (the registry, services and certificate stores are read through the Win32 API:
 * probes/server/WindowsSystem.h). Windows translates labels and messages of most of these
 * tools; the parsers rely on what stays the same in every language (the order of
 * wevtutil's fields, ISO dates, well-known SIDs) and keep localized names they
 * know (Jeder, VORDEFINIERT\Administratoren, …) only as a second way in. Output they cannot
 * read gives "unknown", never a guess. Tested here on fixtures of real output.
 */

#include "model/Facts.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** `icacls PATH` output. */
struct IcaclsParse
{
    QList<AclEntryFacts> entries;
    bool accessDenied = false;
    bool parsed = false;
};
IcaclsParse parseIcacls(const QString &text, const QString &path);

/** The well-known SID a principal name stands for, in the languages known; empty if none. */
QString wellKnownSid(const QString &principal);

/**
 * What is wrong with the MachineKeys folder's ACL (empty: nothing): Administrators need
 * full control and Everyone read and write on the folder itself; a deny entry for either
 * breaks it too.
 */
QStringList machineKeysAclProblems(const QList<AclEntryFacts> &entries);

/** `wevtutil qe LOG /f:text` output (any language). */
QList<WindowsEventFacts> parseWevtutilText(const QString &text);

/** `netstat -ano -p TCP` (and TCPv6): the listening sockets, any language. */
QList<ListenerFacts> parseNetstatListening(const QString &text);

/** The first integer in @p text (the PowerShell grace-period query prints one). */
std::optional<int> parseFirstInteger(const QString &text);

} // namespace rdpdiag
