// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Pure parsers of the Windows tools the server self-check runs — `reg query`,
 * `sc queryex`, `icacls`, `wevtutil qe … /f:text`, `netstat -ano -p TCP` and two
 * PowerShell one-liners with language-independent output (CSV, a number). Windows
 * translates labels and messages of most of these tools; the parsers rely on what stays
 * the same in every language (value names and REG_ types, numeric service states, the
 * order of wevtutil's fields, ISO dates, well-known SIDs) and keep localized names they
 * know (Jeder, VORDEFINIERT\Administratoren, …) only as a second way in. Output they cannot
 * read gives "unknown", never a guess. Tested here on fixtures of real output.
 */

#include "model/Facts.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** One value printed by `reg query`. */
struct RegistryValue
{
    QString key;  ///< the key line above it ("HKEY_LOCAL_MACHINE\SYSTEM\…\RDP-Tcp")
    QString name; ///< "(Default)" in English, "(Standard)" in German, …
    QString type; ///< "REG_DWORD", "REG_SZ", "REG_BINARY", …
    QString data; ///< as printed ("0xd3d", hex digits for REG_BINARY)
};

struct RegQueryParse
{
    QList<RegistryValue> values;
    bool notFound = false; ///< the key or value does not exist (an ERROR line, any language)
};
RegQueryParse parseRegQuery(const QString &text);

/** A REG_DWORD value named @p name (case-insensitive) under a key ending with @p keySuffix. */
std::optional<quint32> registryDword(const QList<RegistryValue> &values, const QString &name,
                                     const QString &keySuffix = {});

/** The SCHANNEL protocol entries of `reg query …\SCHANNEL\Protocols /s`. */
QList<SchannelFacts> schannelFromRegistry(const QList<RegistryValue> &values);

/** `sc queryex NAME` output. */
struct ScQueryParse
{
    QString name;
    std::optional<int> state; ///< 1 STOPPED … 4 RUNNING … 7 PAUSED
    std::optional<qint64> pid;
    std::optional<int> error; ///< "FAILED 1060" → 1060 (not installed), 5 (access denied)
};
ScQueryParse parseScQuery(const QString &text);
ServiceFacts::State serviceStateFromSc(const ScQueryParse &parsed);

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

/** CSV of the certificate stores (the PowerShell command in WindowsCheck). */
QList<StoreCertificateFacts> parseCertificateCsv(const QString &text);

/** Splits one CSV line (double quotes, "" escapes). */
QStringList splitCsvLine(const QString &line);

/** The first integer in @p text (the PowerShell grace-period query prints one). */
std::optional<int> parseFirstInteger(const QString &text);

/** A REG_BINARY thumbprint as upper-case hex without separators. */
QString normaliseThumbprint(const QString &text);

} // namespace rdpdiag
