// SPDX-License-Identifier: GPL-3.0-or-later
// platform/Sockets.h on Windows: Winsock 2. Waits use select(), not WSAPoll(): before
// Windows 10 2004, WSAPoll() never reported a refused connect, which would turn every
// "nothing listens on that port" into a timeout. A failed connect shows in select()'s
// exception set. The cancel wake-up is a loopback UDP socket that sends itself one byte.
#include "platform/NativeSockets.h"
#include "platform/Sockets.h"

#include <mutex>

namespace rdpdiag::platform {

namespace {

SOCKET native(SocketHandle socket)
{
    return static_cast<SOCKET>(socket);
}

SocketHandle toHandle(SOCKET socket)
{
    return socket == INVALID_SOCKET ? kNoSocket : static_cast<SocketHandle>(socket);
}

SOCKET openSocket(int family, int type, int protocol)
{
    ensureSocketsReady();
    return ::WSASocketW(family, type, protocol, nullptr, 0,
                        WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
}

bool makeNonBlocking(SOCKET socket)
{
    u_long on = 1;
    return ::ioctlsocket(socket, FIONBIO, &on) == 0;
}

} // namespace

void ensureSocketsReady()
{
    static std::once_flag once;
    std::call_once(once, [] {
        WSADATA data{};
        ::WSAStartup(MAKEWORD(2, 2), &data); // process-wide; released when the process ends
    });
}

bool runningUnderWine()
{
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

int lastSocketError()
{
    return ::WSAGetLastError();
}

bool isWouldBlock(int error)
{
    return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS;
}

bool isInterrupted(int error)
{
    return error == WSAEINTR;
}

bool isResetError(int error)
{
    return error == WSAECONNRESET || error == WSAECONNABORTED || error == WSAESHUTDOWN ||
           error == WSAENETRESET;
}

IoOutcome outcomeForSocketError(int error)
{
    switch (error) {
    case WSAECONNREFUSED:
        return IoOutcome::Refused;
    case WSAETIMEDOUT:
        return IoOutcome::Timeout;
    case WSAEHOSTUNREACH:
    case WSAENETUNREACH:
    case WSAEHOSTDOWN:
    case WSAENETDOWN:
        return IoOutcome::Unreachable;
    default:
        return isResetError(error) ? IoOutcome::Reset : IoOutcome::Failed;
    }
}

QString socketErrorText(int error)
{
    return qt_error_string(error); // FormatMessage(): Winsock codes are system error codes
}

bool canSetMaxSegment()
{
    return false; // Windows reads TCP_MAXSEG but does not let a program set it
}

ConnectStart startConnect(const QHostAddress &address, quint16 port, int /*maxSegment*/)
{
    sockaddr_storage storage{};
    const int length = fillSocketAddress(address, port, storage);
    if (length == 0)
        return {kNoSocket, WSAEAFNOSUPPORT};
    const SOCKET socket = openSocket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP);
    if (socket == INVALID_SOCKET)
        return {kNoSocket, ::WSAGetLastError()};
    if (!makeNonBlocking(socket)) {
        const int error = ::WSAGetLastError();
        ::closesocket(socket);
        return {kNoSocket, error};
    }
    const BOOL one = TRUE;
    ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one),
                 sizeof one);
    if (::connect(socket, reinterpret_cast<const sockaddr *>(&storage), length) != 0) {
        const int error = ::WSAGetLastError();
        if (error != WSAEWOULDBLOCK) {
            ::closesocket(socket);
            return {kNoSocket, error};
        }
    }
    return {toHandle(socket), 0};
}

int connectError(SocketHandle socket)
{
    int error = 0;
    int length = sizeof error;
    if (::getsockopt(native(socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error),
                     &length) != 0)
        return ::WSAGetLastError();
    return error;
}

qint64 sendSome(SocketHandle socket, const char *data, qint64 length, int &error)
{
    const int chunk = static_cast<int>(std::min<qint64>(length, 1 << 30));
    const int n = ::send(native(socket), data, chunk, 0); // Windows has no SIGPIPE
    if (n == SOCKET_ERROR)
        error = ::WSAGetLastError();
    return n;
}

qint64 receiveSome(SocketHandle socket, char *buffer, qint64 length, int &error)
{
    const int chunk = static_cast<int>(std::min<qint64>(length, 1 << 30));
    const int n = ::recv(native(socket), buffer, chunk, 0);
    if (n == SOCKET_ERROR)
        error = ::WSAGetLastError();
    return n;
}

void closeSocket(SocketHandle socket)
{
    if (socket != kNoSocket)
        ::closesocket(native(socket));
}

void setResetOnClose(SocketHandle socket)
{
    const linger hard{1, 0};
    ::setsockopt(native(socket), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&hard),
                 sizeof hard);
}

void abortSocket(SocketHandle socket)
{
    if (socket == kNoSocket)
        return;
    setResetOnClose(socket);
    ::closesocket(native(socket));
}

WaitOnce waitOnce(SocketHandle socket, Readiness readiness, SocketHandle wake, int timeoutMs,
                  int &error)
{
    // Windows' fd_set is a list of sockets, not a bitmap: any SOCKET value fits.
    fd_set read{};
    fd_set write{};
    fd_set failed{};
    FD_ZERO(&read);
    FD_ZERO(&write);
    FD_ZERO(&failed);
    if (readiness == Readiness::Read)
        FD_SET(native(socket), &read);
    else
        FD_SET(native(socket), &write);
    FD_SET(native(socket), &failed);
    if (wake != kNoSocket)
        FD_SET(native(wake), &read);
    timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    const int n = ::select(0, &read, &write, &failed, &timeout);
    if (n == SOCKET_ERROR) {
        error = ::WSAGetLastError();
        return WaitOnce::Error;
    }
    if (wake != kNoSocket && FD_ISSET(native(wake), &read))
        return WaitOnce::Woken;
    if (FD_ISSET(native(socket), &read) || FD_ISSET(native(socket), &write) ||
        FD_ISSET(native(socket), &failed))
        return WaitOnce::Ready;
    return WaitOnce::TimedOut;
}

WakeChannel::WakeChannel()
{
    // A UDP socket bound to an ephemeral loopback port and connected to itself: send() puts
    // a datagram in its own receive queue, which is never read, so it stays readable.
    const SOCKET socket = openSocket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (socket == INVALID_SOCKET)
        return;
    sockaddr_in self{};
    self.sin_family = AF_INET;
    self.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = sizeof self;
    if (::bind(socket, reinterpret_cast<const sockaddr *>(&self), sizeof self) != 0 ||
        ::getsockname(socket, reinterpret_cast<sockaddr *>(&self), &length) != 0 ||
        ::connect(socket, reinterpret_cast<const sockaddr *>(&self), sizeof self) != 0 ||
        !makeNonBlocking(socket)) {
        ::closesocket(socket);
        return;
    }
    m_read = toHandle(socket);
    m_write = m_read;
}

WakeChannel::~WakeChannel()
{
    closeSocket(m_read); // one socket for both ends
}

void WakeChannel::signal()
{
    // Ctrl+C handlers run on a thread of their own on Windows, so a send() is fine here.
    const char byte = 1;
    if (m_write != kNoSocket)
        ::send(native(m_write), &byte, 1, 0);
}

qint64 descriptorLimit()
{
    // Winsock has no per-process socket table to run out of (sockets are kernel handles,
    // limited by memory); this bound only keeps a fleet run's threads within reason.
    return 16384;
}

qint64 raiseDescriptorLimit(qint64 /*wanted*/)
{
    return descriptorLimit();
}

LookupStatus lookupStatusOf(int status)
{
    // getaddrinfo() returns Winsock codes: WSAHOST_NOT_FOUND (= EAI_NONAME), WSANO_DATA.
    if (status == 0)
        return LookupStatus::Found;
    if (status == WSAHOST_NOT_FOUND)
        return LookupStatus::NoName;
    return status == WSANO_DATA ? LookupStatus::NoData : LookupStatus::Failed;
}

QString lookupErrorText(int status)
{
    return qt_error_string(status); // FormatMessage() knows the Winsock codes
}

} // namespace rdpdiag::platform
