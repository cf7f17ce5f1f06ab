// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * What the xrdp self-check reads from a Linux system, split into pure parsers and thin
 * readers: listening sockets (/proc/net/tcp, /proc/net/tcp6), the processes that own them
 * (/proc/PID/fd, comm, cmdline, status), whether an account can read a file (permission
 * bits along the whole path, as the kernel checks them), and whether a private key belongs
 * to a certificate.
 */

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** One socket of /proc/net/tcp(6) in LISTEN state. */
struct ListeningSocket
{
    QString address; ///< "0.0.0.0", "127.0.0.1", "::", "::1"
    quint16 port = 0;
    quint64 inode = 0;
    uint uid = 0;
};

/** The LISTEN sockets of /proc/net/tcp (@p ipv6 false) or /proc/net/tcp6 (true). */
QList<ListeningSocket> parseProcNetTcp(const QString &text, bool ipv6);

/** Uid, gid and supplementary groups from /proc/PID/status. */
struct ProcessCredentials
{
    std::optional<uint> uid; ///< the effective uid
    std::optional<uint> gid;
    QList<uint> groups;
};
ProcessCredentials parseProcStatus(const QString &text);

/** A running process. */
struct ProcessInfo
{
    qint64 pid = 0;
    QString name;          ///< /proc/PID/comm
    QStringList arguments; ///< /proc/PID/cmdline
    ProcessCredentials credentials;
    QList<quint64> socketInodes;
};

/** Every process under @p procRoot whose comm is in @p names (empty: all), with sockets. */
QList<ProcessInfo> readProcesses(const QStringList &names,
                                 const QString &procRoot = QStringLiteral("/proc"));

/** The owner of a socket inode among @p processes, or nullptr. */
const ProcessInfo *ownerOfSocket(const QList<ProcessInfo> &processes, quint64 inode);

/** The value of `--config FILE`, `--config=FILE` or `-c FILE` in xrdp's arguments. */
QString xrdpConfigArgument(const QStringList &arguments);

/** An account to check file access for. */
struct Account
{
    QString name;
    uint uid = 0;
    uint gid = 0;
    QList<uint> groups;
};

/** The account @p name from the user database (with its groups), or nullopt. */
std::optional<Account> lookupAccount(const QString &name);

/** The account of uid/gid/groups (name looked up when possible). */
Account accountFromCredentials(const ProcessCredentials &credentials);

/** Whether @p account may read @p path: every directory searchable, the file readable. */
struct AccessCheck
{
    bool exists = false;
    bool readable = false;
    QString error; ///< "does not exist", "permission denied on /etc/ssl/private", …
};
AccessCheck checkReadable(const QString &path, const Account &account);

/** Whether a PEM private key belongs to a PEM certificate. */
struct KeyCheck
{
    bool keyParses = false;
    std::optional<bool> matches; ///< nullopt when either could not be read
    QString error;
};
KeyCheck checkKeyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem);

} // namespace rdpdiag
