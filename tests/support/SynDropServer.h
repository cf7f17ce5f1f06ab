// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A loopback listener whose SYNs are dropped, so that a client's connect() neither succeeds
 * nor is refused but times out — what a firewall that drops packets looks like.
 *
 * The "synfull" trick (docs/protocol-notes.md): listen(0), never accept(), and fill the accept
 * queue with a local connection first. Linux then drops further SYNs silently (it counts
 * them as ListenOverflows) instead of answering with SYN-ACK or RST.
 *
 * Measured on this machine (Debian 12 container, kernel 6.18, tcp_syncookies=1,
 * tcp_syn_retries=6): with backlog 0 the accept queue holds exactly one established
 * connection. The first filler connect completes at once; a second connect stays in
 * SYN-SENT (non-blocking connect: poll() reports nothing for 1.5 s, SO_ERROR stays 0), and a
 * blocking client would get ETIMEDOUT only after the kernel's SYN retries (about 127 s).
 * Nothing is ever refused while the listener lives. start() re-checks this on every run with
 * a probe connection and adds a second filler if the first was not enough, so a kernel that
 * behaves differently makes start() fail instead of silently testing something else.
 */

#include <QHostAddress>
#include <QString>

#include <vector>

#include "SocketUtil.h"

namespace rdpdiag::test {

class SynDropServer
{
public:
    /** Only 127.0.0.1 and ::1 are accepted (start() fails otherwise). */
    explicit SynDropServer(const QHostAddress &bind = QHostAddress::LocalHost);
    SynDropServer(const SynDropServer &) = delete;
    SynDropServer &operator=(const SynDropServer &) = delete;
    /** Closes the listener and the filler connections: later SYNs to the port are refused. */
    ~SynDropServer();

    /**
     * Listens with backlog 0 on a free port, fills the accept queue and verifies that one
     * more connection attempt gets no answer within @p verifyMs. False with errorString()
     * when the kernel accepts or refuses it instead.
     */
    bool start(int verifyMs = 150);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_bind; }
    QString errorString() const { return m_error; }
    /** Number of filler connections used (1 on the kernel measured above). */
    int fillerCount() const { return static_cast<int>(m_fillers.size()); }

private:
    /** Outcome of one non-blocking connection attempt after waiting @p waitMs. */
    enum class Attempt { Connected, Refused, Pending, Error };
    Attempt attempt(detail::UniqueFd &socket, int waitMs) const;

    QHostAddress m_bind;
    detail::UniqueFd m_listenFd;
    std::vector<detail::UniqueFd> m_fillers;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace rdpdiag::test
