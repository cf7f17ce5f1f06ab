// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetnsLab.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rdpdiag::test {

namespace {

enum { kListener = 1, kTun = 2 };

/** The child: enter the namespace, then listen or hold the tun device. Only system calls
 * here (we are in a forked copy of a multi-threaded process). */
[[noreturn]] void childMain(int nsFd, int kind, const char *name, quint32 address, quint16 port,
                            int readyFd)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::setns(nsFd, CLONE_NEWNET) != 0)
        ::_exit(10);
    char ok = 1;
    if (kind == kListener) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in bindAddress{};
        bindAddress.sin_family = AF_INET;
        bindAddress.sin_port = htons(port);
        bindAddress.sin_addr.s_addr = htonl(address);
        if (fd < 0 ||
            ::bind(fd, reinterpret_cast<sockaddr *>(&bindAddress), sizeof bindAddress) != 0 ||
            ::listen(fd, 16) != 0)
            ::_exit(11);
        (void)::write(readyFd, &ok, 1);
        ::close(readyFd);
        for (;;) {
            const int client = ::accept(fd, nullptr, nullptr);
            if (client < 0)
                continue;
            char buffer[512];
            (void)::read(client, buffer, sizeof buffer);
            ::close(client);
        }
    }
    const int fd = ::open("/dev/net/tun", O_RDWR);
    if (fd < 0)
        ::_exit(12);
    ifreq request{};
    std::strncpy(request.ifr_name, name, IFNAMSIZ - 1);
    request.ifr_flags = IFF_TUN | IFF_NO_PI;
    if (::ioctl(fd, TUNSETIFF, &request) != 0)
        ::_exit(13);
    (void)::write(readyFd, &ok, 1);
    ::close(readyFd);
    char buffer[2048];
    for (;;)
        if (::read(fd, buffer, sizeof buffer) < 0 && errno != EINTR)
            ::_exit(0);
}

} // namespace

NetnsLab::NetnsLab()
{
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
    m_client = QStringLiteral("rdpdiag-test-%1-c").arg(suffix);
    m_server = QStringLiteral("rdpdiag-test-%1-s").arg(suffix);
}

NetnsLab::~NetnsLab()
{
    for (const pid_t pid : std::as_const(m_children)) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
    if (!m_created)
        return;
    for (const QString &ns : {m_client, m_server, m_router}) {
        if (ns.isEmpty())
            continue;
        QProcess::execute(QStringLiteral("ip"),
                          {QStringLiteral("netns"), QStringLiteral("delete"), ns});
        QDir(QStringLiteral("/etc/netns/") + ns).removeRecursively();
    }
    QDir().rmdir(QStringLiteral("/etc/netns")); // only when empty
}

bool NetnsLab::ip(const QString &ns, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ip"), QStringList{QStringLiteral("-n"), ns} + arguments);
    if (!process.waitForFinished(15000) || process.exitCode() != 0) {
        m_error = QStringLiteral("ip -n %1 %2: %3")
                      .arg(ns, arguments.join(u' '),
                           QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool NetnsLab::exec(const QString &ns, const QStringList &command, QString *output)
{
    QProcess process;
    process.start(QStringLiteral("ip"),
                  QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + command);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        m_error = QStringLiteral("%1: %2").arg(
            command.join(u' '), QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

bool NetnsLab::nft(const QString &ns, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("ip"),
                  {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("nft"),
                   QStringLiteral("-f"), QStringLiteral("-")});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(15000) || process.exitCode() != 0) {
        m_error = QStringLiteral("nft: %1").arg(
            QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool NetnsLab::create()
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("network namespaces need root");
        return false;
    }
    for (const QString &ns : {m_client, m_server}) {
        if (QProcess::execute(QStringLiteral("ip"),
                              {QStringLiteral("netns"), QStringLiteral("add"), ns}) != 0) {
            m_error = QStringLiteral("ip netns add %1 failed").arg(ns);
            return false;
        }
        m_created = true;
    }
    // The veth pair is made inside the client namespace, and one end moved: at no time does
    // an interface of this test exist in the machine's own namespace.
    return ip(m_client, {QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("rdc0"),
                         QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
                         QStringLiteral("name"), QStringLiteral("rds0")}) &&
           ip(m_client, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("rds0"),
                         QStringLiteral("netns"), m_server}) &&
           ip(m_client,
              {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.1/24"),
               QStringLiteral("dev"), QStringLiteral("rdc0")}) &&
           ip(m_server,
              {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.2/24"),
               QStringLiteral("dev"), QStringLiteral("rds0")}) &&
           ip(m_client, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                         QStringLiteral("up")}) &&
           ip(m_server, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                         QStringLiteral("up")}) &&
           ip(m_client, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("rdc0"),
                         QStringLiteral("up")}) &&
           ip(m_server, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("rds0"),
                         QStringLiteral("up")}) &&
           ip(m_client, {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
                         QStringLiteral("via"), QStringLiteral("10.77.0.2")}) &&
           writeEtcFile(m_client, QStringLiteral("resolv.conf"), "nameserver 10.77.0.2\n");
}

bool NetnsLab::createRouted(int clientLinkMtu)
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("network namespaces need root");
        return false;
    }
    m_router = m_server.left(m_server.size() - 1) + u'r';
    for (const QString &ns : {m_client, m_router, m_server}) {
        if (QProcess::execute(QStringLiteral("ip"),
                              {QStringLiteral("netns"), QStringLiteral("add"), ns}) != 0) {
            m_error = QStringLiteral("ip netns add %1 failed").arg(ns);
            return false;
        }
        m_created = true;
    }
    const auto s = [](const char *text) {
        return QString::fromLatin1(text);
    };
    // Each veth pair is made inside a test namespace and one end moved, as in create().
    const bool linked =
        ip(m_client, {s("link"), s("add"), s("rdc0"), s("type"), s("veth"), s("peer"), s("name"),
                      s("rdr0")}) &&
        ip(m_client, {s("link"), s("set"), s("rdr0"), s("netns"), m_router}) &&
        ip(m_router, {s("link"), s("add"), s("rdr1"), s("type"), s("veth"), s("peer"), s("name"),
                      s("rds0")}) &&
        ip(m_router, {s("link"), s("set"), s("rds0"), s("netns"), m_server}) &&
        ip(m_client, {s("addr"), s("add"), s("10.77.0.1/24"), s("dev"), s("rdc0")}) &&
        ip(m_router, {s("addr"), s("add"), s("10.77.0.2/24"), s("dev"), s("rdr0")}) &&
        ip(m_router, {s("addr"), s("add"), s("10.77.1.1/24"), s("dev"), s("rdr1")}) &&
        ip(m_server, {s("addr"), s("add"), s("10.77.1.2/24"), s("dev"), s("rds0")});
    if (!linked)
        return false;
    for (const QString &ns : {m_client, m_router, m_server})
        if (!ip(ns, {s("link"), s("set"), s("lo"), s("up")}))
            return false;
    return ip(m_client, {s("link"), s("set"), s("rdc0"), s("up")}) &&
           ip(m_router, {s("link"), s("set"), s("rdr0"), s("mtu"), QString::number(clientLinkMtu),
                         s("up")}) &&
           ip(m_router, {s("link"), s("set"), s("rdr1"), s("up")}) &&
           ip(m_server, {s("link"), s("set"), s("rds0"), s("up")}) &&
           ip(m_client, {s("route"), s("add"), s("default"), s("via"), s("10.77.0.2")}) &&
           ip(m_server, {s("route"), s("add"), s("default"), s("via"), s("10.77.1.1")}) &&
           exec(m_router, {s("sh"), s("-c"), s("echo 1 > /proc/sys/net/ipv4/ip_forward")}) &&
           writeEtcFile(m_client, s("resolv.conf"), "nameserver 10.77.0.2\n");
}

NetnsLab::ThreadInside::ThreadInside(const QString &ns)
{
    m_home = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const QByteArray path = QFile::encodeName(QStringLiteral("/run/netns/") + ns);
    const int target = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    m_entered = m_home >= 0 && target >= 0 && ::setns(target, CLONE_NEWNET) == 0;
    if (target >= 0)
        ::close(target);
}

NetnsLab::ThreadInside::~ThreadInside()
{
    if (m_entered && ::setns(m_home, CLONE_NEWNET) != 0)
        qFatal("cannot return the test thread to its network namespace");
    if (m_home >= 0)
        ::close(m_home);
}

bool NetnsLab::writeEtcFile(const QString &ns, const QString &file, const QByteArray &contents)
{
    const QString directory = QStringLiteral("/etc/netns/") + ns;
    if (!QDir().mkpath(directory)) {
        m_error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    QFile out(directory + u'/' + file);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size()) {
        m_error = out.errorString();
        return false;
    }
    return true;
}

pid_t NetnsLab::forkInto(const QString &ns, int kind, const QByteArray &name, quint32 address,
                         quint16 port)
{
    const QByteArray path = QFile::encodeName(QStringLiteral("/run/netns/") + ns);
    const int nsFd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (nsFd < 0) {
        m_error = QStringLiteral("cannot open %1").arg(QString::fromUtf8(path));
        return 0;
    }
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        ::close(nsFd);
        return 0;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(ready[0]);
        childMain(nsFd, kind, name.constData(), address, port, ready[1]);
    }
    ::close(nsFd);
    ::close(ready[1]);
    char ok = 0;
    const bool started = pid > 0 && ::read(ready[0], &ok, 1) == 1 && ok == 1;
    ::close(ready[0]);
    if (pid > 0)
        m_children << pid;
    if (!started) {
        m_error = QStringLiteral("helper in %1 did not start").arg(ns);
        if (pid > 0)
            stop(pid);
        return 0;
    }
    return pid;
}

pid_t NetnsLab::startListener(const QString &ns, const QString &address, quint16 port)
{
    const QHostAddress host(address);
    if (host.protocol() != QAbstractSocket::IPv4Protocol)
        return 0;
    return forkInto(ns, kListener, {}, host.toIPv4Address(), port);
}

pid_t NetnsLab::startTun(const QString &ns, const QString &name)
{
    return forkInto(ns, kTun, name.toLatin1(), 0, 0);
}

void NetnsLab::stop(pid_t pid)
{
    if (!m_children.removeOne(pid))
        return;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

int NetnsLab::runCli(const QString &ns, const QStringList &arguments, QByteArray *output,
                     QByteArray *errors)
{
    const QString cli = qEnvironmentVariable("RDPDIAG_CLI");
    QProcess process;
    process.start(QStringLiteral("ip"),
                  QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, cli} +
                      arguments);
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

NetnsLab::CliReport NetnsLab::runClientJson(const QStringList &arguments)
{
    CliReport result;
    QByteArray output;
    QByteArray errors;
    result.exitCode = runCli(client(),
                             QStringList{QStringLiteral("--json"), QStringLiteral("--timeout"),
                                         QString::number(kClientTimeoutMs)} +
                                 arguments,
                             &output, &errors);
    result.report = QJsonDocument::fromJson(output).object();
    for (const QJsonValue &value : result.report.value(QStringLiteral("findings")).toArray())
        result.codes << value.toObject().value(QStringLiteral("code")).toString();
    if (result.report.isEmpty())
        qWarning("no report; stderr: %s", errors.constData());
    return result;
}

QJsonObject NetnsLab::CliReport::finding(const char *code) const
{
    for (const QJsonValue &value : report.value(QStringLiteral("findings")).toArray())
        if (value.toObject().value(QStringLiteral("code")).toString() == QLatin1String(code))
            return value.toObject();
    return {};
}

QJsonObject NetnsLab::CliReport::facts(const char *key) const
{
    return report.value(QStringLiteral("facts")).toObject().value(QLatin1String(key)).toObject();
}

QString NetnsLab::CliReport::primary() const
{
    return report.value(QStringLiteral("diagnosis"))
        .toObject()
        .value(QStringLiteral("primary"))
        .toString();
}

} // namespace rdpdiag::test
