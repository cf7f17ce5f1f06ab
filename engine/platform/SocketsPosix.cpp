// SPDX-License-Identifier: GPL-3.0-or-later
// platform/Sockets.h on POSIX systems (Linux, macOS): BSD sockets, poll(), a self-pipe.
// Only POSIX calls here; where Linux and macOS differ (MSG_NOSIGNAL vs SO_NOSIGPIPE), the
// feature's own macro decides.
#include "platform/NativeSockets.h"
#include "platform/Sockets.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

namespace rdpdiag::platform {

namespace {

int fd(SocketHandle socket)
{
    return static_cast<int>(socket);
}

SocketHandle toHandle(int fd)
{
    return fd < 0 ? kNoSocket : static_cast<SocketHandle>(fd);
}

/** Non-blocking and closed on exec, the portable way (SOCK_NONBLOCK is Linux-only). */
bool makeNonBlockingNoInherit(int descriptor)
{
    const int flags = ::fcntl(descriptor, F_GETFL);
    return flags >= 0 && ::fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) == 0 &&
           ::fcntl(descriptor, F_SETFD, FD_CLOEXEC) == 0;
}

/** "The name exists but has no address of this family" (codes outside POSIX, where defined). */
bool isNoDataStatus(int status)
{
#ifdef EAI_ADDRFAMILY
    if (status == EAI_ADDRFAMILY)
        return true;
#endif
#ifdef EAI_NODATA // not in POSIX either; glibc and macOS have it
    if (status == EAI_NODATA)
        return true;
#endif
    return false;
}

#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#else
constexpr int kSendFlags = 0; // macOS: SO_NOSIGPIPE is set on the socket instead
#endif

} // namespace

void ensureSocketsReady() {}

bool runningUnderWine()
{
    return false;
}

int lastSocketError()
{
    return errno;
}

bool isWouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK || error == EINPROGRESS;
}

bool isInterrupted(int error)
{
    return error == EINTR;
}

bool isResetError(int error)
{
    return error == ECONNRESET || error == EPIPE || error == ECONNABORTED;
}

IoOutcome outcomeForSocketError(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return IoOutcome::Refused;
    case ETIMEDOUT:
        return IoOutcome::Timeout;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
        return IoOutcome::Unreachable;
    default:
        return isResetError(error) ? IoOutcome::Reset : IoOutcome::Failed;
    }
}

QString socketErrorText(int error)
{
    return qt_error_string(error);
}

bool canSetMaxSegment()
{
    return true; // TCP_MAXSEG: Linux, macOS and the BSDs
}

ConnectStart startConnect(const QHostAddress &address, quint16 port, int maxSegment)
{
    sockaddr_storage storage{};
    const int length = fillSocketAddress(address, port, storage);
    if (length == 0)
        return {kNoSocket, EAFNOSUPPORT};
    const int descriptor = ::socket(storage.ss_family, SOCK_STREAM, 0);
    if (descriptor < 0)
        return {kNoSocket, errno};
    if (!makeNonBlockingNoInherit(descriptor)) {
        const int error = errno;
        ::close(descriptor);
        return {kNoSocket, error};
    }
    const int one = 1;
    ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#ifdef SO_NOSIGPIPE
    ::setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
    if (maxSegment > 0)
        ::setsockopt(descriptor, IPPROTO_TCP, TCP_MAXSEG, &maxSegment, sizeof maxSegment);
    if (::connect(descriptor, reinterpret_cast<const sockaddr *>(&storage),
                  static_cast<socklen_t>(length)) != 0 &&
        errno != EINPROGRESS) {
        const int error = errno;
        ::close(descriptor);
        return {kNoSocket, error};
    }
    return {toHandle(descriptor), 0};
}

int connectError(SocketHandle socket)
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(fd(socket), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
    return error;
}

qint64 sendSome(SocketHandle socket, const char *data, qint64 length, int &error)
{
    const ssize_t n = ::send(fd(socket), data, static_cast<size_t>(length), kSendFlags);
    if (n < 0)
        error = errno;
    return n;
}

qint64 receiveSome(SocketHandle socket, char *buffer, qint64 length, int &error)
{
    const ssize_t n = ::recv(fd(socket), buffer, static_cast<size_t>(length), 0);
    if (n < 0)
        error = errno;
    return n;
}

void closeSocket(SocketHandle socket)
{
    if (socket != kNoSocket)
        ::close(fd(socket));
}

void setResetOnClose(SocketHandle socket)
{
    const linger hard{1, 0};
    ::setsockopt(fd(socket), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
}

void abortSocket(SocketHandle socket)
{
    if (socket == kNoSocket)
        return;
    setResetOnClose(socket);
    ::close(fd(socket));
}

WaitOnce waitOnce(SocketHandle socket, Readiness readiness, SocketHandle wake, int timeoutMs,
                  int &error)
{
    const short events = readiness == Readiness::Read ? POLLIN : POLLOUT;
    pollfd fds[2] = {{fd(socket), events, 0}, {fd(wake), POLLIN, 0}};
    const nfds_t count = wake == kNoSocket ? 1 : 2;
    const int n = ::poll(fds, count, timeoutMs);
    if (n < 0) {
        error = errno;
        return isInterrupted(error) ? WaitOnce::TimedOut : WaitOnce::Error;
    }
    if (count == 2 && fds[1].revents != 0)
        return WaitOnce::Woken;
    // Errors and hang-ups count as ready: the following call reports what happened.
    return fds[0].revents != 0 ? WaitOnce::Ready : WaitOnce::TimedOut;
}

WakeChannel::WakeChannel()
{
    int ends[2] = {-1, -1};
    if (::pipe(ends) != 0)
        return;
    makeNonBlockingNoInherit(ends[0]);
    makeNonBlockingNoInherit(ends[1]);
    m_read = toHandle(ends[0]);
    m_write = toHandle(ends[1]);
}

WakeChannel::~WakeChannel()
{
    closeSocket(m_read);
    closeSocket(m_write);
}

void WakeChannel::signal()
{
    // One byte, never read back: the read end stays readable for every waiter. write() is
    // async-signal-safe, so SIGINT's handler may call this.
    const char byte = 1;
    if (m_write != kNoSocket) {
        [[maybe_unused]] const auto written = ::write(fd(m_write), &byte, 1);
    }
}

qint64 descriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 1024;
    return static_cast<qint64>(limit.rlim_cur);
}

qint64 raiseDescriptorLimit(qint64 wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return descriptorLimit();
    const rlim_t target = limit.rlim_max == RLIM_INFINITY
                              ? static_cast<rlim_t>(wanted)
                              : std::min(limit.rlim_max, static_cast<rlim_t>(wanted));
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < target) {
        limit.rlim_cur = target;
        ::setrlimit(RLIMIT_NOFILE, &limit); // the caller sees the limit in force below
    }
    return descriptorLimit();
}

LookupStatus lookupStatusOf(int status)
{
    if (status == 0)
        return LookupStatus::Found;
    if (status == EAI_NONAME)
        return LookupStatus::NoName;
    return isNoDataStatus(status) ? LookupStatus::NoData : LookupStatus::Failed;
}

QString lookupErrorText(int status)
{
    return QString::fromLocal8Bit(::gai_strerror(status));
}

} // namespace rdpdiag::platform
