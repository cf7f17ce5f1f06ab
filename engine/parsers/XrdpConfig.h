// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * xrdp.ini as xrdp 0.9 reads it (pure): [Globals] port, security_layer, crypt_level,
 * ssl_protocols, tls_ciphers, certificate, key_file; [Logging] LogFile. The port value
 * forms of xrdp.ini's own comments are understood: a bare number (every address),
 * tcp://.:P (127.0.0.1), tcp://:P (every IPv4 address), tcp://ADDR:P, tcp6://.:P (::1),
 * tcp6://:P, tcp6://{ADDR}:P; unix:// and vsock:// listeners are kept but carry no TCP port.
 */

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** An ini file: section (lower-case) → key (lower-case) → value; comments removed. */
using IniSections = QHash<QString, QHash<QString, QString>>;

/** Parses ini text (';' and '#' comments, [section] headers, key=value; first value wins). */
IniSections parseIni(const QString &text);

/** One listener of xrdp's `port=` setting. */
struct XrdpEndpoint
{
    QString scheme;  ///< "tcp", "tcp6", "unix", "vsock"
    QString address; ///< "0.0.0.0", "::", "127.0.0.1", "::1" or the address given
    std::optional<quint16> port;
    QString raw;
};

/** The words of a `port=` value (several listeners are separated by spaces). */
QList<XrdpEndpoint> parseXrdpPorts(const QString &value);

struct XrdpConfig
{
    QStringList portValues;
    QList<XrdpEndpoint> endpoints;
    QString securityLayer; ///< lower-case; xrdp's default is "negotiate"
    QString cryptLevel;    ///< lower-case; default "high"
    QString sslProtocols;
    QString tlsCiphers;
    QString certificate; ///< as written
    QString keyFile;
    QString certificatePath; ///< resolved: empty → /etc/xrdp/cert.pem; relative → under /etc/xrdp
    QString keyPath;
    QString logFile; ///< resolved: relative → under /var/log
};

/** Reads the settings the self-check needs from xrdp.ini text. */
XrdpConfig xrdpConfigFromIni(const QString &text,
                             const QString &configDirectory = QStringLiteral("/etc/xrdp"));

/** The TLS versions of ssl_protocols ("TLSv1.2, TLSv1.3" → {"1.2", "1.3"}). */
QStringList xrdpTlsVersions(const QString &sslProtocols);

/** Whether tls_ciphers lowers OpenSSL's security level so weak keys load (@SECLEVEL=0). */
bool xrdpCiphersAllowWeakKeys(const QString &tlsCiphers);

} // namespace rdpdiag
