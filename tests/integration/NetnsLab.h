// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Two network namespaces made for one test — "client" and "server", joined by a veth pair
 * with the addresses 10.77.0.1/24 (client) and 10.77.0.2/24 (server) — so that firewall
 * rules, MTUs, routes and tunnel devices can be changed for real without touching this
 * machine's own network: every address lives inside the namespaces, and no packet can
 * leave them (the server namespace has no other interface and does not forward).
 *
 * Needs root (CI runs as root). Everything is removed in the destructor, also when a test
 * fails: helper processes are killed by PID, the namespaces and their /etc/netns folders
 * deleted.
 */

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace rdpdiag::test {

class NetnsLab
{
public:
    static constexpr const char *kClientAddress = "10.77.0.1";
    static constexpr const char *kServerAddress = "10.77.0.2";

    NetnsLab();
    ~NetnsLab();
    NetnsLab(const NetnsLab &) = delete;
    NetnsLab &operator=(const NetnsLab &) = delete;

    /** Creates both namespaces, the veth pair and a default route from the client to the
     * server namespace. False with errorString() when that fails (not root, no iproute2). */
    bool create();
    QString errorString() const { return m_error; }

    QString client() const { return m_client; }
    QString server() const { return m_server; }

    /** Runs `ip netns exec NAMESPACE COMMAND…`; false (and errorString()) on a non-zero exit. */
    bool exec(const QString &ns, const QStringList &command, QString *output = nullptr);
    /** Runs `ip -n NAMESPACE ARGS…`. */
    bool ip(const QString &ns, const QStringList &arguments);
    /** Loads an nft script into @p ns (`nft -f -`). */
    bool nft(const QString &ns, const QString &script);

    /** Writes /etc/netns/NAMESPACE/FILE, which `ip netns exec` mounts over /etc/FILE. */
    bool writeEtcFile(const QString &ns, const QString &file, const QByteArray &contents);

    /**
     * Starts a TCP listener in @p ns on @p address:@p port (a forked child that entered the
     * namespace): it accepts connections and closes each after the first bytes arrive.
     * Returns its PID, 0 on failure.
     */
    pid_t startListener(const QString &ns, const QString &address, quint16 port);

    /**
     * Creates the tun device @p name in @p ns and keeps it open (a forked child reading and
     * discarding what is sent into it), so that the device has a carrier like a VPN's.
     * Returns the child's PID, 0 on failure.
     */
    pid_t startTun(const QString &ns, const QString &name);

    /** Kills a helper started above (SIGKILL by PID) and reaps it. */
    void stop(pid_t pid);

    /** Runs the rdpdiag CLI inside @p ns; returns its exit code, stdout in @p output. */
    int runCli(const QString &ns, const QStringList &arguments, QByteArray *output,
               QByteArray *errors = nullptr);

private:
    pid_t forkInto(const QString &ns, int kind, const QByteArray &name, quint32 address,
                   quint16 port);
    QString m_client;
    QString m_server;
    QString m_error;
    QList<pid_t> m_children;
    bool m_created = false;
};

} // namespace rdpdiag::test
