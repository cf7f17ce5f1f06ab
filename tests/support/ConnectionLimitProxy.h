// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A server that allows N simultaneous connections and resets the rest, in front of any
 * other test server: a TCP relay on 127.0.0.1 that forwards each client connection to a
 * backend port while fewer than N client connections are open, and resets every other one
 * right after accepting it (SO_LINGER 0), before it can get an answer — what Remote
 * Desktop's limit on connections waiting to sign in, an intrusion prevention system or a
 * small listen backlog do to a client that opens many connections at once.
 *
 * A connection counts from its accept until its client closes it (or it breaks). One poll()
 * loop on one thread serves everything, and in each round it handles the open connections
 * before it accepts new ones: a client that closes one connection and then opens the next
 * is never counted twice. The destructor stops the thread and closes every socket.
 */

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace rdpdiag::test {

class ConnectionLimitProxy
{
public:
    /** Forwards to 127.0.0.1:@p backendPort, at most @p limit connections at once (0: any
     * number). Nothing listens before start(). */
    ConnectionLimitProxy(quint16 backendPort, int limit);
    ConnectionLimitProxy(const ConnectionLimitProxy &) = delete;
    ConnectionLimitProxy &operator=(const ConnectionLimitProxy &) = delete;
    ~ConnectionLimitProxy();

    /** Listens on a free port of 127.0.0.1 and starts the thread; false with errorString(). */
    bool start();
    void stop();

    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /** Connections forwarded to the backend so far. */
    int forwarded() const { return m_forwarded.load(); }
    /** Connections reset because the limit was reached. */
    int rejected() const { return m_rejected.load(); }
    /** The most connections that were open at once. */
    int peak() const { return m_peak.load(); }

private:
    struct Impl;
    void serve();

    quint16 m_backendPort;
    int m_limit;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<Impl> m_impl;
    std::thread m_thread;
    std::atomic<int> m_forwarded{0};
    std::atomic<int> m_rejected{0};
    std::atomic<int> m_peak{0};
};

} // namespace rdpdiag::test
