// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * What the Windows server self-check reads from the system: registry values under
 * HKEY_LOCAL_MACHINE, the state of services, and the certificates of LocalMachine stores —
 * through an interface, so that the check itself (collectWindowsFacts) is pure and runs on
 * any system with a recorded Windows (tests/engine/RecordedWindowsSystem.h).
 *
 *  - WindowsSystemWindows.cpp: the Win32 API (RegOpenKeyExW and RegEnumValueW on the 64-bit
 *    view, OpenSCManagerW / QueryServiceStatusEx, CertOpenStore on the LocalMachine system
 *    stores, read-only). No tool is run and no text of any display language is parsed.
 *  - WindowsSystemGeneric.cpp (every other system): each read says "this is not Windows".
 *
 * A read that fails says why in plain words (`error`); the check turns it into "could not be
 * checked", never into a finding.
 */

#include "model/ServerFacts.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace rdpdiag {

/** How a read went. */
enum class WindowsReadStatus {
    Ok,
    NotFound,     ///< the key, service or store does not exist
    AccessDenied, ///< it exists, but this account may not read it
    Failed,       ///< anything else (see `error`)
};

/** One registry value, with its data by type. */
struct RegistryValue
{
    enum class Type { Dword, Qword, String, ExpandString, MultiString, Binary, Other };
    QString name;
    Type type = Type::Other;
    quint64 number = 0;  ///< Dword, Qword
    QStringList strings; ///< String, ExpandString: one; MultiString: each string
    QByteArray bytes;    ///< Binary and any other type: the raw data
};

/** A registry key below HKEY_LOCAL_MACHINE and the values read from it. */
struct RegistryKey
{
    QString path; ///< "SYSTEM\CurrentControlSet\Control\Terminal Server" (no "HKLM\")
    QList<RegistryValue> values;

    /** The value named @p name (case-insensitive, as Windows compares), or nullptr. */
    const RegistryValue *value(const QString &name) const;
    /** The REG_DWORD value named @p name, or nullopt (absent or of another type). */
    std::optional<quint32> dword(const QString &name) const;
};

/** The answer to a registry read. */
struct RegistryRead
{
    WindowsReadStatus status = WindowsReadStatus::Failed;
    QString error; ///< why, when status is not Ok ("access denied", "error 1450: …")
    /** readKey/readValue: the one key; readTree: the key and every key below it, parents
     * before their subkeys. */
    QList<RegistryKey> keys;
};

/** The state of a service as the service control manager tells it. */
struct ServiceRead
{
    WindowsReadStatus status = WindowsReadStatus::Failed; ///< NotFound: not installed
    QString error;
    quint32 state = 0;    ///< SERVICE_STOPPED (1) … SERVICE_PAUSED (7)
    qint64 processId = 0; ///< 0 when it runs no process
};

/** The certificates of one LocalMachine certificate store. */
struct CertificateStoreRead
{
    WindowsReadStatus status = WindowsReadStatus::Failed; ///< NotFound: no such store
    QString error;
    QList<StoreCertificateFacts> certificates; ///< `store` is the store's name
};

/** The Windows system the self-check reads. Read-only: nothing here changes anything. */
class WindowsSystem
{
public:
    virtual ~WindowsSystem() = default;

    /** Every value of the key HKLM\@p path (not its subkeys). */
    virtual RegistryRead readKey(const QString &path) = 0;
    /** The value @p name of HKLM\@p path: one key with that value, or with no value when the
     * key exists without it. */
    virtual RegistryRead readValue(const QString &path, const QString &name) = 0;
    /** HKLM\@p path with all its subkeys and their values. */
    virtual RegistryRead readTree(const QString &path) = 0;
    /** The service @p name (its key name: "TermService"). */
    virtual ServiceRead queryService(const QString &name) = 0;
    /** The certificates of the LocalMachine store @p store ("Remote Desktop", "My"). */
    virtual CertificateStoreRead listCertificates(const QString &store) = 0;
};

/** This computer's system: the Win32 API on Windows; elsewhere every read fails. */
std::unique_ptr<WindowsSystem> makeWindowsSystem();

/** A service's state from SERVICE_STATUS_PROCESS::dwCurrentState (1 … 7). */
ServiceFacts::State serviceStateFromScm(quint32 state);

/** The SCHANNEL protocol entries of a read of …\SCHANNEL\Protocols with its subkeys. */
QList<SchannelFacts> schannelFromRegistry(const QList<RegistryKey> &keys);

/** The words for a failed read: "access denied", "the key does not exist", or the error. */
QString readProblem(WindowsReadStatus status, const QString &error);

} // namespace rdpdiag
