// SPDX-License-Identifier: GPL-3.0-or-later
#include "XrdpServer.h"

#include "FreePort.h"
#include "SocketUtil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rdpdiag::test {

namespace {

constexpr int kPortAttempts = 3;
constexpr int kStopWaitMs = 3000;

/** One non-blocking connect to 127.0.0.1:@p port, waiting at most @p waitMs. */
bool canConnect(quint16 port, int waitMs)
{
    const detail::SocketAddress target =
        detail::SocketAddress::make(QHostAddress(QHostAddress::LocalHost), port);
    detail::UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd.isValid()) {
        return false;
    }
    if (::connect(fd.get(), target.data(), target.length()) == 0) {
        return true;
    }
    if (errno != EINPROGRESS) {
        return false;
    }
    pollfd pfd{fd.get(), POLLOUT, 0};
    if (::poll(&pfd, 1, waitMs) != 1) {
        return false;
    }
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &error, &length);
    return error == 0;
}

/** Socket inodes of the descriptors of process @p pid ("socket:[12345]" links). */
QSet<QByteArray> socketInodes(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QDir fdDir(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries =
        fdDir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        // readlink() rather than QFile::symLinkTarget(), which would turn the pseudo target
        // "socket:[12345]" into a path.
        const QByteArray link = QFile::encodeName(fdDir.filePath(entry));
        char target[128];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0) {
            continue;
        }
        const QByteArray name(target, length);
        if (name.startsWith("socket:[") && name.endsWith(']')) {
            inodes.insert(name.mid(8, name.size() - 9));
        }
    }
    return inodes;
}

/** Decodes the "ADDR:PORT" column of /proc/net/tcp{,6} into "a.b.c.d:port" / "[v6]:port". */
QString decodeProcAddress(const QByteArray &column, bool v6)
{
    const int colon = column.indexOf(':');
    if (colon < 0) {
        return {};
    }
    const QByteArray hexAddress = column.left(colon);
    bool ok = false;
    const uint port = column.mid(colon + 1).toUInt(&ok, 16);
    if (!ok) {
        return {};
    }
    // The kernel prints the address as native-endian 32-bit words of the network-order
    // bytes, so copying each word back into memory restores the bytes.
    if (!v6 && hexAddress.size() == 8) {
        const quint32 word = hexAddress.toUInt(&ok, 16);
        quint8 bytes[4];
        std::memcpy(bytes, &word, 4);
        const quint32 host = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) |
                             (quint32(bytes[2]) << 8) | quint32(bytes[3]);
        return QStringLiteral("%1:%2").arg(QHostAddress(host).toString()).arg(port);
    }
    if (v6 && hexAddress.size() == 32) {
        Q_IPV6ADDR address;
        for (int i = 0; i < 4; ++i) {
            const quint32 word = hexAddress.mid(i * 8, 8).toUInt(&ok, 16);
            std::memcpy(&address.c[i * 4], &word, 4);
        }
        return QStringLiteral("[%1]:%2").arg(QHostAddress(address).toString()).arg(port);
    }
    return {};
}

/**
 * PIDs of the members of process group @p pgid, from /proc/<pid>/stat. Zombies (exited but
 * not yet reaped by their parent) are listed only when @p includeZombies is set.
 */
QList<qint64> groupMembers(qint64 pgid, bool includeZombies)
{
    QList<qint64> members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so parse
        // from the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == pgid &&
            (includeZombies || fields.at(0) != "Z")) {
            members.append(pid);
        }
    }
    return members;
}

/**
 * Waits until process group @p pgid has no member other than @p except (zombies count when
 * @p includeZombies is set). A live process is waited for on a pidfd, which becomes readable
 * when it exits (pidfd_open works for processes that are not our children). A zombie only
 * goes away when its parent reaps it, which has no event to wait on, so that case is
 * re-checked every few milliseconds.
 */
bool waitForGroup(qint64 pgid, qint64 except, bool includeZombies, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QList<qint64> members = groupMembers(pgid, includeZombies);
        members.removeAll(except);
        if (members.isEmpty()) {
            return true;
        }
        if (deadline.hasExpired()) {
            return false;
        }
        const QList<qint64> live = groupMembers(pgid, false);
        const int waitMs = static_cast<int>(std::max<qint64>(1, deadline.remainingTime()));
        qint64 target = 0;
        for (const qint64 pid : live) {
            if (pid != except) {
                target = pid;
                break;
            }
        }
        if (target == 0) {
            ::poll(nullptr, 0, std::min(waitMs, 5)); // only zombies left: let the parent reap
            continue;
        }
        const int pidfd =
            static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(target), 0));
        if (pidfd < 0) {
            continue; // it is already gone
        }
        pollfd pfd{pidfd, POLLIN, 0};
        ::poll(&pfd, 1, waitMs);
        ::close(pidfd);
    }
}

QString lastLines(const QByteArray &text, int lines)
{
    QList<QByteArray> all = text.split('\n');
    while (!all.isEmpty() && all.constLast().isEmpty()) {
        all.removeLast();
    }
    const qsizetype from = std::max<qsizetype>(0, all.size() - lines);
    QStringList tail;
    for (qsizetype i = from; i < all.size(); ++i) {
        tail.append(QString::fromUtf8(all.at(i)));
    }
    return tail.join(QLatin1Char('\n'));
}

QByteArray readWhole(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

XrdpServer::XrdpServer(XrdpOptions options) : m_options(std::move(options)) {}

XrdpServer::~XrdpServer()
{
    stop();
}

QByteArray XrdpServer::makeConfig(const QByteArray &stockIni, const XrdpOptions &options,
                                  quint16 port, const QString &logFile, QString *error)
{
    struct Rewrite
    {
        QByteArray key;
        QString value;
        int hits = 0;
    };
    QList<Rewrite> rewrites = {
        {"security_layer", options.securityLayer}, {"crypt_level", options.cryptLevel},
        {"certificate", options.certificatePath},  {"key_file", options.keyPath},
        {"ssl_protocols", options.sslProtocols},   {"LogFile", logFile},
        {"LogLevel", QStringLiteral("DEBUG")},     {"EnableSyslog", QStringLiteral("false")},
    };
    const auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return QByteArray();
    };

    QList<QByteArray> lines = stockIni.split('\n');
    QByteArray section;
    bool portDone = false;
    bool ciphersDone = options.tlsCiphers.isEmpty();
    qsizetype sslProtocolsLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray &line = lines[i];
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith('[')) {
            section = trimmed;
            continue;
        }
        if (!portDone && line.startsWith("port=")) {
            // Only the first port= (the listener in [Globals]); the session sections'
            // port= keys mean something else and must stay as they are.
            if (section != "[Globals]") {
                return fail(QStringLiteral("the first port= of the template is in %1, not in "
                                           "[Globals]")
                                .arg(QString::fromUtf8(section)));
            }
            line = "port=tcp://127.0.0.1:" + QByteArray::number(port);
            portDone = true;
            continue;
        }
        if (!ciphersDone && (line.startsWith("tls_ciphers=") || line.startsWith("#tls_ciphers="))) {
            line = "tls_ciphers=" + options.tlsCiphers.toUtf8();
            ciphersDone = true;
            continue;
        }
        for (Rewrite &rewrite : rewrites) {
            if (line.startsWith(rewrite.key + '=')) {
                line = rewrite.key + '=' + rewrite.value.toUtf8();
                ++rewrite.hits;
                if (rewrite.key == "ssl_protocols") {
                    sslProtocolsLine = i;
                }
                break;
            }
        }
    }
    if (!portDone) {
        return fail(QStringLiteral("the template has no port= line"));
    }
    for (const Rewrite &rewrite : std::as_const(rewrites)) {
        if (rewrite.hits == 0) {
            return fail(
                QStringLiteral("the template has no %1= line").arg(QString::fromUtf8(rewrite.key)));
        }
    }
    if (!ciphersDone) {
        // No tls_ciphers line at all: put one next to ssl_protocols, in [Globals].
        lines.insert(sslProtocolsLine + 1, "tls_ciphers=" + options.tlsCiphers.toUtf8());
    }
    return lines.join('\n');
}

bool XrdpServer::start()
{
    if (isRunning()) {
        m_error = QStringLiteral("XrdpServer::start() called twice");
        return false;
    }
    m_error.clear();
    QString executable = m_options.executable;
    if (executable.isEmpty()) {
        executable = QStandardPaths::findExecutable(QStringLiteral("xrdp"));
        if (executable.isEmpty()) {
            executable = QStandardPaths::findExecutable(
                QStringLiteral("xrdp"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        }
    }
    if (executable.isEmpty() || !QFileInfo(executable).isExecutable()) {
        m_error = QStringLiteral("xrdp executable not found (%1); install the Debian package "
                                 "xrdp")
                      .arg(executable.isEmpty() ? QStringLiteral("xrdp") : executable);
        return false;
    }
    m_options.executable = executable;

    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error =
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        bool portTaken = false;
        if (startOnce(port, &portTaken)) {
            return true;
        }
        if (!portTaken) {
            return false;
        }
        // Another process took the port between freeLoopbackPort() and xrdp's bind: retry.
    }
    m_error = QStringLiteral("xrdp could not bind a free port in %1 attempts; last error: %2")
                  .arg(kPortAttempts)
                  .arg(m_error);
    return false;
}

bool XrdpServer::startOnce(quint16 port, bool *portTaken)
{
    *portTaken = false;
    const QDir dir(m_dir->path());
    m_configPath = dir.filePath(QStringLiteral("xrdp.ini"));
    m_logPath = dir.filePath(QStringLiteral("xrdp.log"));
    m_stdoutPath = dir.filePath(QStringLiteral("xrdp-stdout.txt"));
    QFile::remove(m_logPath);
    QFile::remove(m_stdoutPath);

    QFile stock(m_options.iniTemplate);
    if (!stock.open(QIODevice::ReadOnly)) {
        m_error =
            QStringLiteral("cannot read %1: %2").arg(m_options.iniTemplate, stock.errorString());
        return false;
    }
    QString configError;
    const QByteArray config = makeConfig(stock.readAll(), m_options, port, m_logPath, &configError);
    if (config.isEmpty()) {
        m_error = QStringLiteral("cannot make xrdp.ini from %1: %2")
                      .arg(m_options.iniTemplate, configError);
        return false;
    }
    QFile configFile(m_configPath);
    if (!configFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        configFile.write(config) != config.size()) {
        m_error = QStringLiteral("cannot write %1").arg(m_configPath);
        return false;
    }
    configFile.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_options.executable);
    m_process->setArguments(
        {QStringLiteral("--nodaemon"), QStringLiteral("--config"), m_configPath});
    // Output to a file rather than a pipe nobody reads (a full pipe would block xrdp).
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_stdoutPath);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A new session (and process group) per instance: stop() signals the whole group, which
    // includes the children xrdp forks per connection, and a terminal's signals never reach it.
    m_process->setChildProcessModifier([] { ::setsid(); });
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        m_error =
            QStringLiteral("cannot run %1: %2").arg(m_options.executable, m_process->errorString());
        m_process.reset();
        return false;
    }
    m_pid = m_process->processId();
    m_port = port;

    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    bool listening = false;
    while (!deadline.hasExpired()) {
        if (canConnect(port, 200)) {
            listening = true;
            break;
        }
        if (m_process->state() == QProcess::NotRunning) {
            break;
        }
        // Doubles as the pause between two connection attempts and returns at once when
        // xrdp exits (for instance because it could not bind).
        m_process->waitForFinished(50);
    }
    if (!listening) {
        const bool exited = m_process->state() == QProcess::NotRunning;
        const QByteArray log = logContents();
        *portTaken = exited && log.contains("trans_listen_address failed");
        m_error = exited ? QStringLiteral("xrdp exited with status %1 before listening on "
                                          "127.0.0.1:%2")
                               .arg(m_process->exitCode())
                               .arg(port)
                         : QStringLiteral("xrdp did not accept connections on 127.0.0.1:%1 "
                                          "within %2 ms")
                               .arg(port)
                               .arg(m_options.startTimeoutMs);
        m_error += QStringLiteral("\n--- xrdp log (%1) ---\n%2").arg(m_logPath, logTail());
        stop();
        return false;
    }

    const QStringList addresses = listeningAddresses();
    const QString expected = QStringLiteral("127.0.0.1:%1").arg(port);
    if (addresses != QStringList{expected}) {
        m_error = QStringLiteral("xrdp must listen on %1 only, but listens on: %2")
                      .arg(expected, addresses.join(QStringLiteral(", ")));
        stop();
        return false;
    }
    return true;
}

bool XrdpServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 XrdpServer::processId() const
{
    return isRunning() ? m_pid : 0;
}

void XrdpServer::killGroup(int signal) const
{
    if (m_pid > 0) {
        // The group id is xrdp's own pid (setsid() in the child): only processes this
        // object started are signalled.
        ::kill(-static_cast<pid_t>(m_pid), signal);
    }
}

void XrdpServer::stop()
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        // The children xrdp forked per connection go first, while xrdp is alive to reap
        // them: a child that outlives its parent lingers as a zombie until init reaps it.
        for (const qint64 child : groupMembers(m_pid, false)) {
            if (child != m_pid) {
                ::kill(static_cast<pid_t>(child), SIGTERM);
            }
        }
        waitForGroup(m_pid, m_pid, true, kStopWaitMs);
        killGroup(SIGTERM); // the group, in case a connection forked a child meanwhile
        if (!m_process->waitForFinished(kStopWaitMs)) {
            killGroup(SIGKILL);
            m_process->waitForFinished(kStopWaitMs);
        }
    }
    // Nothing of the group may outlive this object.
    if (!waitForGroup(m_pid, 0, false, kStopWaitMs)) {
        killGroup(SIGKILL);
        waitForGroup(m_pid, 0, false, kStopWaitMs);
    }
    m_process.reset();
    m_pid = 0;
}

QString XrdpServer::logTail(int lines) const
{
    QString tail = lastLines(readWhole(m_logPath), lines);
    const QByteArray output = readWhole(m_stdoutPath);
    if (!output.isEmpty()) {
        tail += QStringLiteral("\n--- stdout/stderr ---\n") + lastLines(output, lines);
    }
    return tail;
}

QByteArray XrdpServer::logContents() const
{
    return readWhole(m_logPath);
}

QStringList XrdpServer::listeningAddresses() const
{
    QStringList addresses;
    if (!isRunning()) {
        return addresses;
    }
    const QSet<QByteArray> inodes = socketInodes(m_pid);
    for (const bool v6 : {false, true}) {
        QFile table(v6 ? QStringLiteral("/proc/net/tcp6") : QStringLiteral("/proc/net/tcp"));
        if (!table.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> lines = table.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            // sl local rem st tx:rx tr:when retrnsmt uid timeout inode …; st 0A = LISTEN
            if (fields.size() > 9 && fields.at(3) == "0A" && inodes.contains(fields.at(9))) {
                addresses.append(decodeProcAddress(fields.at(1), v6));
            }
        }
    }
    addresses.sort();
    return addresses;
}

} // namespace rdpdiag::test
