// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The operating system's sockets behind one small interface: the only place where POSIX
 * sockets (SocketsPosix.cpp: Linux, macOS) and Winsock (SocketsWindows.cpp) differ. Everything
 * above it (net/TcpConnection, net/TlsSession, net/Resolver, net/CancelToken) is written once.
 * Errors are the system's own codes (errno, WSAGetLastError()); the helpers below classify
 * them, so no caller ever compares an error number itself. docs/architecture.md, "Platforms".
 */

#include "model/Enums.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace rdpdiag::platform {

/** A socket: a file descriptor on POSIX, a SOCKET on Windows; both fit. */
using SocketHandle = std::uintptr_t;
inline constexpr SocketHandle kNoSocket = ~SocketHandle{0};

/** Starts the socket library once per process (WSAStartup); harmless to call again. */
void ensureSocketsReady();

/** Whether this is a Windows program running under Wine, whose sockets differ from Windows'
 * in known ways (closesocket() after SO_LINGER 0 sends a FIN, not an RST). */
bool runningUnderWine();

// ---- errors ------------------------------------------------------------------------------

/** The error of the calling thread's last failed socket call. */
int lastSocketError();
/** "Try again later" on a non-blocking socket. */
bool isWouldBlock(int error);
/** A signal interrupted the call; repeat it. */
bool isInterrupted(int error);
/** The server reset or aborted the connection. */
bool isResetError(int error);
/** How a connect/send/receive error ended the step: refused, timeout, unreachable, reset. */
IoOutcome outcomeForSocketError(int error);
/** The system's text for @p error, in the system's language. */
QString socketErrorText(int error);

// ---- TCP connections ---------------------------------------------------------------------

/** What starting a connection gave: a socket whose connect is under way, or an error. */
struct ConnectStart
{
    SocketHandle socket = kNoSocket;
    int error = 0; ///< set (and no socket) when the connect failed at once
};

/**
 * Opens a non-blocking TCP socket (not inherited by child processes, Nagle off) and starts
 * connecting it to @p address : @p port. @p maxSegment > 0 announces that MSS (TCP_MAXSEG)
 * before connecting; ignored where the system cannot set it (see canSetMaxSegment()).
 */
ConnectStart startConnect(const QHostAddress &address, quint16 port, int maxSegment = 0);

/** Whether startConnect() can announce a smaller MSS on this system. */
bool canSetMaxSegment();

/** The result of a connect that startConnect() left under way (0 = connected). */
int connectError(SocketHandle socket);

/** Sends up to @p length bytes without raising SIGPIPE. -1 with @p error on failure. */
qint64 sendSome(SocketHandle socket, const char *data, qint64 length, int &error);

/** Receives up to @p length bytes; 0 is an orderly close. -1 with @p error on failure. */
qint64 receiveSome(SocketHandle socket, char *buffer, qint64 length, int &error);

/** Closes the socket (a FIN after pending data). */
void closeSocket(SocketHandle socket);

/** Makes the next close of @p socket send an RST instead of a FIN (SO_LINGER 0). */
void setResetOnClose(SocketHandle socket);

/** Closes with an RST instead of a FIN (no TIME_WAIT). */
void abortSocket(SocketHandle socket);

// ---- waiting -----------------------------------------------------------------------------

enum class Readiness { Read, Write };
enum class WaitOnce { Ready, Woken, TimedOut, Error };

/**
 * One wait, at most @p timeoutMs, until @p socket is ready for @p readiness (an error or a
 * failed connect counts as ready: the next call reports it) or @p wake becomes readable.
 */
WaitOnce waitOnce(SocketHandle socket, Readiness readiness, SocketHandle wake, int timeoutMs,
                  int &error);

/**
 * A handle that becomes readable, for good, once signal() was called: how a cancel wakes
 * every wait at once. A pipe on POSIX, a loopback datagram socket on Windows.
 * signal() is async-signal-safe on POSIX.
 */
class WakeChannel
{
public:
    WakeChannel();
    ~WakeChannel();
    WakeChannel(const WakeChannel &) = delete;
    WakeChannel &operator=(const WakeChannel &) = delete;

    void signal();
    SocketHandle handle() const { return m_read; }

private:
    SocketHandle m_read = kNoSocket;
    SocketHandle m_write = kNoSocket;
};

// ---- how many sockets this process may hold -----------------------------------------------

/** The soft RLIMIT_NOFILE on POSIX; on Windows, where sockets are not counted against a
 * descriptor table, a bound that keeps the fleet's thread count reasonable. */
qint64 descriptorLimit();

/** Raises the soft limit towards the hard limit (at most @p wanted) and returns the limit in
 * force afterwards. Raising the soft limit needs no privilege. */
qint64 raiseDescriptorLimit(qint64 wanted);

// ---- name resolution ---------------------------------------------------------------------

/** How a getaddrinfo() lookup for one address family ended. */
enum class LookupStatus {
    Found,  ///< addresses in the list
    NoName, ///< the name does not exist
    NoData, ///< the name exists but has no address of this family
    Failed, ///< the name server failed or could not be asked
};

struct LookupResult
{
    LookupStatus status = LookupStatus::Failed;
    QStringList addresses; ///< IP literals, each once, in the resolver's order
    QString error;         ///< the system's text when not Found
};

/** A blocking lookup of @p host's @p family (QAbstractSocket::IPv4Protocol / IPv6Protocol). */
LookupResult lookupHost(const QByteArray &host, QAbstractSocket::NetworkLayerProtocol family);

} // namespace rdpdiag::platform
