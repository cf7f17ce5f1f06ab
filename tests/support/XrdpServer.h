// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Runs the real Debian xrdp daemon (0.9.21) for one test, on 127.0.0.1 only.
 *
 * The configuration is the stock /etc/xrdp/xrdp.ini with a few keys rewritten
 * (docs/protocol-notes.md): the FIRST `port=` becomes
 * `port=tcp://127.0.0.1:<free port>` (a bare number would listen on every interface, and the
 * [Xorg]/[Xvnc]/... sections have `port=` keys of their own that must stay), plus
 * security_layer, crypt_level, certificate, key_file, ssl_protocols, optionally tls_ciphers,
 * and logging into the temporary directory at DEBUG level without syslog.
 *
 * xrdp runs as `xrdp --nodaemon --config <file>` in a process group of its own, so that the
 * children it forks per connection are stopped with it. Only the xrdp daemon runs; sesman
 * is not needed for X.224, TLS or the MCS exchange.
 *
 * How xrdp 0.9.21 answers requestedProtocols (checked by hand on this machine, matching
 * docs/protocol-notes.md; confirm `03 00 00 13 0e d0 00 00 12 34 00 <type> <flags> 08 00 <LE32>`):
 * - negotiate: 0 -> RSP RDP, 1 -> RSP SSL, 2 -> RSP RDP (silent downgrade), 3 -> RSP SSL
 * - rdp:       every request -> RSP RDP (never SSL_NOT_ALLOWED_BY_SERVER)
 * - tls:       0 -> FAILURE 1 (SSL_REQUIRED_BY_SERVER, flags 0), 1 -> RSP SSL,
 *              2 -> FAILURE 1, 3 -> RSP SSL
 * RSP flags are always 0x01. xrdp loads the certificate lazily at TLS accept time: a
 * certificate OpenSSL refuses does not stop xrdp from starting or from selecting SSL.
 * Running as root avoids the ssl-cert group needed to read the snakeoil key.
 */

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace rdpdiag::test {

/** What to change in the stock xrdp.ini. */
struct XrdpOptions
{
    /** security_layer: "negotiate", "rdp" or "tls". */
    QString securityLayer = QStringLiteral("negotiate");
    /** certificate= (the package default is the Debian snakeoil certificate). */
    QString certificatePath = QStringLiteral("/etc/xrdp/cert.pem");
    /** key_file= */
    QString keyPath = QStringLiteral("/etc/xrdp/key.pem");
    /** ssl_protocols= */
    QString sslProtocols = QStringLiteral("TLSv1.2, TLSv1.3");
    /** crypt_level= ("none", "low", "medium", "high", "fips") */
    QString cryptLevel = QStringLiteral("high");
    /** tls_ciphers= ; empty keeps the stock (commented-out) default, e.g.
     * "DEFAULT:@SECLEVEL=0" lets xrdp serve a 1024-bit RSA certificate. */
    QString tlsCiphers;
    /** The xrdp.ini the configuration is made from. */
    QString iniTemplate = QStringLiteral("/etc/xrdp/xrdp.ini");
    /** The xrdp binary; empty looks for "xrdp" in PATH and /usr/sbin. */
    QString executable;
    /** How long start() waits for the port to accept connections. */
    int startTimeoutMs = 10000;
};

class XrdpServer
{
public:
    explicit XrdpServer(XrdpOptions options = {});
    XrdpServer(const XrdpServer &) = delete;
    XrdpServer &operator=(const XrdpServer &) = delete;
    /** stop(): SIGTERM to the process group, wait, SIGKILL if needed. */
    ~XrdpServer();

    /**
     * Writes the configuration, starts xrdp, waits until a TCP connection to the port
     * succeeds, and checks (from /proc/net/tcp{,6} and the process's descriptors) that xrdp
     * listens on 127.0.0.1:port and nowhere else; otherwise it stops xrdp and fails. If the
     * port was taken in the meantime it retries with another one. Returns false with
     * errorString() (including the tail of xrdp's log) when xrdp cannot be started; a test
     * must then FAIL, not skip.
     */
    bool start();
    /** Stops xrdp and every process it forked. Idempotent. */
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    /** PID of the xrdp daemon (also its process-group id), 0 when not running. */
    qint64 processId() const;
    QString errorString() const { return m_error; }
    QString configPath() const { return m_configPath; }
    QString logPath() const { return m_logPath; }
    /** The last @p lines lines of xrdp's log file and its stdout/stderr. */
    QString logTail(int lines = 40) const;
    /** The whole log file (xrdp writes it as it goes; useful to assert server-side lines
     * such as "Security protocol: configured [...]"). */
    QByteArray logContents() const;

    /** Every TCP socket in LISTEN state that the xrdp daemon holds, as "127.0.0.1:port" or
     * "[::1]:port" (empty when not running). */
    QStringList listeningAddresses() const;

    /**
     * The configuration text for @p options and @p port made from @p stockIni. Pure, so it is
     * testable without xrdp. Fails (returns an empty array and sets @p error) when the
     * template lacks one of the keys to rewrite or has no `port=` in [Globals].
     */
    static QByteArray makeConfig(const QByteArray &stockIni, const XrdpOptions &options,
                                 quint16 port, const QString &logFile, QString *error);

private:
    bool startOnce(quint16 port, bool *portTaken);
    void killGroup(int signal) const;

    XrdpOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    quint16 m_port = 0;
    QString m_error;
    QString m_configPath;
    QString m_logPath;
    QString m_stdoutPath;
};

} // namespace rdpdiag::test
