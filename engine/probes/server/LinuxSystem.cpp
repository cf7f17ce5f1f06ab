// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/server/LinuxSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 200000;
constexpr int kListen = 0x0A;

/** The bytes of an address word as /proc prints it: a 32-bit value in host byte order. */
bool appendWord(const QString &hex, QByteArray &bytes)
{
    bool ok = false;
    const quint32 value = hex.toUInt(&ok, 16);
    if (!ok)
        return false;
    char raw[4];
    std::memcpy(raw, &value, sizeof raw);
    bytes.append(raw, 4);
    return true;
}

QByteArray readSmall(const QString &path, qint64 max = 64 * 1024)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(max);
}

/** Rejects encrypted keys instead of prompting for a passphrase. */
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

} // namespace

QList<ListeningSocket> parseProcNetTcp(const QString &text, bool ipv6)
{
    QList<ListeningSocket> sockets;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size() && i < kMaxLines; ++i) {
        const QStringList fields = lines.at(i).simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 10)
            continue;
        bool ok = false;
        if (fields.at(3).toInt(&ok, 16) != kListen || !ok)
            continue;
        const QString local = fields.at(1);
        const qsizetype colon = local.indexOf(u':');
        if (colon < 0)
            continue;
        const QString addressHex = local.left(colon);
        const uint port = local.mid(colon + 1).toUInt(&ok, 16);
        if (!ok || port > 65535 || addressHex.size() != (ipv6 ? 32 : 8))
            continue;
        QByteArray bytes;
        bool valid = true;
        for (qsizetype w = 0; w < addressHex.size() && valid; w += 8)
            valid = appendWord(addressHex.mid(w, 8), bytes);
        if (!valid)
            continue;
        ListeningSocket socket;
        if (ipv6) {
            Q_IPV6ADDR raw;
            std::memcpy(raw.c, bytes.constData(), 16);
            QHostAddress address(raw);
            socket.address = address.toString();
        } else {
            const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
            socket.address = QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
        }
        socket.port = static_cast<quint16>(port);
        socket.uid = fields.at(7).toUInt();
        socket.inode = fields.at(9).toULongLong();
        sockets << socket;
    }
    return sockets;
}

ProcessCredentials parseProcStatus(const QString &text)
{
    ProcessCredentials credentials;
    for (const QString &line : text.split(u'\n')) {
        const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        bool ok = false;
        if (words.first() == QLatin1String("Uid:") && words.size() >= 3) {
            const uint uid = words.at(2).toUInt(&ok); // the effective uid
            if (ok)
                credentials.uid = uid;
        } else if (words.first() == QLatin1String("Gid:") && words.size() >= 3) {
            const uint gid = words.at(2).toUInt(&ok);
            if (ok)
                credentials.gid = gid;
        } else if (words.first() == QLatin1String("Groups:")) {
            for (qsizetype i = 1; i < words.size(); ++i) {
                const uint group = words.at(i).toUInt(&ok);
                if (ok)
                    credentials.groups << group;
            }
        }
    }
    return credentials;
}

QList<ProcessInfo> readProcesses(const QStringList &names, const QString &procRoot)
{
    QList<ProcessInfo> processes;
    const QDir root(procRoot);
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QString base = root.filePath(entry);
        const QString name =
            QString::fromUtf8(readSmall(base + QStringLiteral("/comm"), 256)).trimmed();
        if (!names.isEmpty() && !names.contains(name))
            continue;
        ProcessInfo process;
        process.pid = pid;
        process.name = name;
        const QByteArray cmdline = readSmall(base + QStringLiteral("/cmdline"));
        for (const QByteArray &argument : cmdline.split('\0'))
            if (!argument.isEmpty())
                process.arguments << QString::fromUtf8(argument);
        process.credentials =
            parseProcStatus(QString::fromUtf8(readSmall(base + QStringLiteral("/status"))));
        const QDir fds(base + QStringLiteral("/fd"));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            // "socket:[12345]" (symLinkTarget makes it absolute: ".../socket:[12345]")
            const qsizetype open = target.lastIndexOf(QLatin1String("socket:["));
            if (open < 0)
                continue;
            const QString number = target.mid(open + 8).chopped(1);
            const quint64 inode = number.toULongLong(&ok);
            if (ok)
                process.socketInodes << inode;
        }
        processes << process;
    }
    return processes;
}

const ProcessInfo *ownerOfSocket(const QList<ProcessInfo> &processes, quint64 inode)
{
    for (const ProcessInfo &process : processes)
        if (process.socketInodes.contains(inode))
            return &process;
    return nullptr;
}

QString xrdpConfigArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--config") || argument == QLatin1String("-c")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--config=")))
            return argument.mid(9);
    }
    return {};
}

std::optional<Account> lookupAccount(const QString &name)
{
#ifdef Q_OS_UNIX
    const QByteArray utf8 = name.toUtf8();
    const passwd *entry = ::getpwnam(utf8.constData());
    if (!entry)
        return std::nullopt;
    Account account;
    account.name = name;
    account.uid = entry->pw_uid;
    account.gid = entry->pw_gid;
    int count = 64;
    QList<gid_t> groups(count);
    if (::getgrouplist(utf8.constData(), entry->pw_gid, groups.data(), &count) < 0 && count > 0) {
        groups.resize(count);
        ::getgrouplist(utf8.constData(), entry->pw_gid, groups.data(), &count);
    }
    for (int i = 0; i < count && i < groups.size(); ++i)
        account.groups << static_cast<uint>(groups.at(i));
    return account;
#else
    Q_UNUSED(name);
    return std::nullopt;
#endif
}

Account accountFromCredentials(const ProcessCredentials &credentials)
{
    Account account;
    account.uid = credentials.uid.value_or(0);
    account.gid = credentials.gid.value_or(0);
    account.groups = credentials.groups;
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(account.uid))
        account.name = QString::fromUtf8(entry->pw_name);
#endif
    if (account.name.isEmpty())
        account.name = QStringLiteral("uid %1").arg(account.uid);
    return account;
}

AccessCheck checkReadable(const QString &path, const Account &account)
{
    AccessCheck check;
    const QFileInfo info(path);
    if (!info.exists()) {
        check.error = QStringLiteral("%1 does not exist").arg(path);
        return check;
    }
    check.exists = true;
    const QString canonical = info.canonicalFilePath();
    if (QFileInfo(canonical).isDir()) {
        check.error = QStringLiteral("%1 is a directory").arg(canonical);
        return check;
    }
#ifdef Q_OS_UNIX
    if (account.uid == 0) {
        check.readable = true;
        return check;
    }
    const auto allowed = [&account](const struct stat &st, mode_t ownerBit, mode_t groupBit,
                                    mode_t otherBit) {
        if (st.st_uid == account.uid)
            return (st.st_mode & ownerBit) != 0;
        if (st.st_gid == account.gid || account.groups.contains(static_cast<uint>(st.st_gid)))
            return (st.st_mode & groupBit) != 0;
        return (st.st_mode & otherBit) != 0;
    };
    // Every directory on the way to the file (after symbolic links) must be searchable,
    // then the file readable.
    const QStringList parts = canonical.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        prefix += u'/' + parts.at(i);
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(prefix).constData(), &st) != 0)
            continue;
        if (!allowed(st, S_IXUSR, S_IXGRP, S_IXOTH)) {
            check.error = QStringLiteral("%1 cannot enter %2 (mode %3, owner %4:%5)")
                              .arg(account.name, prefix)
                              .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
                              .arg(st.st_uid)
                              .arg(st.st_gid);
            return check;
        }
    }
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(canonical).constData(), &st) != 0) {
        check.error = QStringLiteral("%1 cannot be examined").arg(canonical);
        return check;
    }
    if (!allowed(st, S_IRUSR, S_IRGRP, S_IROTH)) {
        check.error = QStringLiteral("%1 cannot read %2 (mode %3, owner %4:%5)")
                          .arg(account.name, canonical)
                          .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
                          .arg(st.st_uid)
                          .arg(st.st_gid);
        return check;
    }
    check.readable = true;
#else
    Q_UNUSED(account);
    check.readable = info.isReadable();
#endif
    return check;
}

KeyCheck checkKeyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    KeyCheck check;
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size()));
    EVP_PKEY *key =
        keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, noPassphrase, nullptr) : nullptr;
    BIO_free(keyBio);
    check.keyParses = key != nullptr;
    if (!key)
        check.error = QStringLiteral("no unencrypted PEM private key");
    BIO *certBio =
        BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    X509 *certificate = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(certBio);
    if (key && certificate) {
        const EVP_PKEY *publicKey = X509_get0_pubkey(certificate);
        check.matches = publicKey && EVP_PKEY_eq(publicKey, key) == 1;
    } else if (!certificate && check.error.isEmpty()) {
        check.error = QStringLiteral("no PEM certificate");
    }
    X509_free(certificate);
    EVP_PKEY_free(key);
    return check;
}

} // namespace rdpdiag
