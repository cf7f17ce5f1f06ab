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
 * createRouted() makes a third namespace, "router", between the two instead: client
 * 10.77.0.1/24 ↔ 10.77.0.2/24 router 10.77.1.1/24 ↔ 10.77.1.2/24 server, the router forwarding,
 * with an MTU of the test's choice on its link toward the client (a path-MTU black hole, once
 * the router's ICMP "fragmentation needed" is dropped).
 *
 * Needs root (CI runs as root). Everything is removed in the destructor, also when a test
 * fails: helper processes are killed by PID, the namespaces and their /etc/netns folders
 * deleted.
 */

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace rdpdiag::test {

class NetnsLab
{
public:
    static constexpr const char *kClientAddress = "10.77.0.1";
    static constexpr const char *kServerAddress = "10.77.0.2";
    /** The server's address behind the router (createRouted()). */
    static constexpr const char *kRoutedServerAddress = "10.77.1.2";

    NetnsLab();
    ~NetnsLab();
    NetnsLab(const NetnsLab &) = delete;
    NetnsLab &operator=(const NetnsLab &) = delete;

    /** Creates both namespaces, the veth pair and a default route from the client to the
     * server namespace. False with errorString() when that fails (not root, no iproute2). */
    bool create();
    QString errorString() const { return m_error; }

    /**
     * Creates three namespaces: client, router and server, as the file comment says; the
     * router's interface toward the client has the MTU @p clientLinkMtu, every other one 1500.
     * The routes go both ways through the router. False with errorString() on failure.
     */
    bool createRouted(int clientLinkMtu);

    QString client() const { return m_client; }
    QString server() const { return m_server; }
    QString router() const { return m_router; }

    /**
     * While alive, the calling thread is inside a namespace: a socket it opens (a test
     * server's listener) belongs to that namespace for good, whichever thread uses it later.
     * The destructor puts the thread back where it was.
     */
    class ThreadInside
    {
    public:
        explicit ThreadInside(const QString &ns);
        ~ThreadInside();
        ThreadInside(const ThreadInside &) = delete;
        ThreadInside &operator=(const ThreadInside &) = delete;
        bool ok() const { return m_entered; }

    private:
        int m_home = -1;
        bool m_entered = false;
    };

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

    /** The step budget (--timeout) of runClientJson(). */
    static constexpr int kClientTimeoutMs = 1500;
    /** What `rdpdiag --json --timeout kClientTimeoutMs ARGUMENTS` run in the client namespace
     * said. */
    struct CliReport
    {
        int exitCode = -1;
        QJsonObject report;
        QStringList codes; ///< the finding codes, in the report's order

        /** The finding with @p code (empty when the report has none). */
        QJsonObject finding(const char *code) const;
        /** facts.@p key of the report. */
        QJsonObject facts(const char *key) const;
        /** diagnosis.primary of the report. */
        QString primary() const;
    };
    CliReport runClientJson(const QStringList &arguments);

private:
    pid_t forkInto(const QString &ns, int kind, const QByteArray &name, quint32 address,
                   quint16 port);
    QString m_client;
    QString m_server;
    QString m_router; ///< empty unless createRouted()
    QString m_error;
    QList<pid_t> m_children;
    bool m_created = false;
};

} // namespace rdpdiag::test
