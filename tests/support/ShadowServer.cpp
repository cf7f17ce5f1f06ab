// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShadowServer.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>

namespace rdpdiag::test {

namespace {

/** True when something accepts TCP connections on 127.0.0.1:@p port. */
bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    const bool ok = socket.waitForConnected(300);
    socket.abort();
    return ok;
}

/** The local addresses of sockets listening on @p port ("0100007F" = 127.0.0.1). */
QStringList listenersOn(quint16 port)
{
    QStringList addresses;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() < 4 || fields[3] != "0A")
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            bool ok = false;
            if (local.size() == 2 && local[1].toUInt(&ok, 16) == port && ok)
                addresses << QString::fromLatin1(local[0]);
        }
    }
    return addresses;
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    return path;
}

void terminate(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(3000)) {
        process->kill();
        process->waitForFinished(3000);
    }
}

} // namespace

ShadowServer::ShadowServer(ShadowOptions options) : m_options(std::move(options)) {}

ShadowServer::~ShadowServer()
{
    stop();
}

bool ShadowServer::startXvfb()
{
    const QString xvfb = findProgram(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        m_error = QStringLiteral("Xvfb not found (Debian package xvfb)");
        return false;
    }
    // An unusual display number that nothing holds: other Xvfbs on the machine (:99 is a
    // common default) must not be shared, or the shadow server dies with them.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int display = 400 + static_cast<int>(QRandomGenerator::global()->bounded(500));
        if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)) ||
            QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)))
            continue;
        m_xvfb = std::make_unique<QProcess>();
        // Output into files, not pipes: nothing drains a pipe while a test blocks.
        m_xvfb->setProcessChannelMode(QProcess::MergedChannels);
        m_xvfb->setStandardOutputFile(m_dir->filePath(QStringLiteral("xvfb.log")));
        m_xvfb->start(xvfb, {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"),
                             QStringLiteral("0"), QStringLiteral("1024x768x24"),
                             QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        if (!m_xvfb->waitForStarted(5000)) {
            m_error = QStringLiteral("Xvfb did not start: %1").arg(m_xvfb->errorString());
            return false;
        }
        // Ready when its socket accepts a connection (the file alone can come first, and a
        // busy machine can take seconds to get there).
        const QString socketPath = QStringLiteral("/tmp/.X11-unix/X%1").arg(display);
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        bool ready = false;
        while (!ready && std::chrono::steady_clock::now() < end &&
               m_xvfb->state() == QProcess::Running) {
            QLocalSocket probe;
            probe.connectToServer(socketPath);
            ready = QFile::exists(socketPath) && probe.waitForConnected(500);
            if (!ready)
                m_xvfb->waitForFinished(100);
        }
        if (ready && m_xvfb->state() == QProcess::Running) {
            m_display = display;
            return true;
        }
        terminate(m_xvfb.get());
    }
    m_error = QStringLiteral("Xvfb could not start on any display tried");
    return false;
}

bool ShadowServer::startShadow(quint16 port)
{
    const QString shadow = findProgram(QStringLiteral("freerdp-shadow-cli"));
    if (shadow.isEmpty()) {
        m_error =
            QStringLiteral("freerdp-shadow-cli not found (Debian package freerdp2-shadow-x11)");
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    m_shadow = std::make_unique<QProcess>();
    m_shadow->setProcessEnvironment(environment);
    m_shadow->setProcessChannelMode(QProcess::MergedChannels);
    m_shadow->setStandardOutputFile(m_dir->filePath(QStringLiteral("shadow.log")),
                                    QIODevice::Append);
    m_shadow->setWorkingDirectory(m_dir->path());
    m_shadow->start(shadow,
                    {QStringLiteral("/port:%1").arg(port),
                     QStringLiteral("/bind-address:127.0.0.1"), QStringLiteral("/sec:nla"),
                     QStringLiteral("/sam-file:%1").arg(m_dir->filePath(QStringLiteral("sam")))});
    if (!m_shadow->waitForStarted(5000)) {
        m_error =
            QStringLiteral("freerdp-shadow-cli did not start: %1").arg(m_shadow->errorString());
        return false;
    }
    const auto end =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.startTimeoutMs);
    while (std::chrono::steady_clock::now() < end) {
        if (m_shadow->state() != QProcess::Running) {
            m_error =
                QStringLiteral("freerdp-shadow-cli exited (code %1)").arg(m_shadow->exitCode());
            return false;
        }
        if (accepts(port))
            return true;
        m_shadow->waitForFinished(200);
    }
    m_error = QStringLiteral("freerdp-shadow-cli did not accept connections on 127.0.0.1:%1 "
                             "within %2 ms")
                  .arg(port)
                  .arg(m_options.startTimeoutMs);
    return false;
}

bool ShadowServer::start()
{
    stop();
    m_error.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }

    // The SAM file: "user:::LM:NT:::" as winpr-hash prints it.
    const QString winprHash = findProgram(QStringLiteral("winpr-hash"));
    if (winprHash.isEmpty()) {
        m_error = QStringLiteral("winpr-hash not found (Debian package winpr-utils)");
        return false;
    }
    QProcess hash;
    hash.start(winprHash, {QStringLiteral("-u"), m_options.user, QStringLiteral("-p"),
                           m_options.password, QStringLiteral("-f"), QStringLiteral("sam")});
    if (!hash.waitForFinished(10000) || hash.exitCode() != 0) {
        m_error =
            QStringLiteral("winpr-hash failed: %1").arg(QString::fromLocal8Bit(hash.readAll()));
        return false;
    }
    QFile sam(m_dir->filePath(QStringLiteral("sam")));
    if (!sam.open(QIODevice::WriteOnly) || sam.write(hash.readAllStandardOutput()) <= 0) {
        m_error = QStringLiteral("cannot write the SAM file");
        return false;
    }
    sam.close();

    if (!m_options.certificatePath.isEmpty()) {
        const QString dir = m_dir->filePath(QStringLiteral("config/freerdp/shadow"));
        QDir().mkpath(dir);
        if (!QFile::copy(m_options.certificatePath, dir + QStringLiteral("/shadow.crt")) ||
            !QFile::copy(m_options.keyPath, dir + QStringLiteral("/shadow.key"))) {
            m_error = QStringLiteral("cannot place the certificate for the shadow server");
            return false;
        }
    }

    if (!startXvfb())
        return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0) {
            m_error = QStringLiteral("no free loopback port");
            break;
        }
        // A display that died since (or never became usable) is started again.
        if (attempt > 0 && (!m_xvfb || m_xvfb->state() != QProcess::Running)) {
            terminate(m_xvfb.get());
            if (!startXvfb())
                break;
        }
        if (startShadow(port)) {
            const QStringList listeners = listenersOn(port);
            for (const QString &address : listeners) {
                if (address != QLatin1String("0100007F")) {
                    m_error = QStringLiteral("freerdp-shadow-cli listens on %1, not only "
                                             "127.0.0.1")
                                  .arg(address);
                    stop();
                    return false;
                }
            }
            m_port = port;
            return true;
        }
        terminate(m_shadow.get());
    }
    const QString error = m_error;
    const QString output = log();
    stop();
    m_error = error + QStringLiteral("\n") + output;
    return false;
}

void ShadowServer::stop()
{
    terminate(m_shadow.get());
    terminate(m_xvfb.get());
    m_port = 0;
    m_display = -1;
}

QString ShadowServer::log() const
{
    if (!m_dir)
        return {};
    QString text;
    for (const char *name : {"shadow.log", "xvfb.log"}) {
        QFile file(m_dir->filePath(QString::fromLatin1(name)));
        if (file.open(QIODevice::ReadOnly))
            text += QStringLiteral("--- %1 ---\n").arg(QString::fromLatin1(name)) +
                    QString::fromLocal8Bit(file.readAll().right(4000)) + QStringLiteral("\n");
    }
    return text;
}

} // namespace rdpdiag::test
