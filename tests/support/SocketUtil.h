// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Small POSIX socket helpers shared by the test servers (internal to rdpdiag_testsupport,
 * but usable by tests that need a plain client socket).
 */

#include <QHostAddress>
#include <QtGlobal>

#include <sys/socket.h>
#include <utility>

namespace rdpdiag::test::detail {

/** Owns one file descriptor and closes it on destruction. */
class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    UniqueFd(UniqueFd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other) {
            reset(std::exchange(other.m_fd, -1));
        }
        return *this;
    }
    ~UniqueFd() { reset(); }

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    /** Gives up ownership without closing. */
    int release() { return std::exchange(m_fd, -1); }
    /** Closes the current descriptor (if any) and takes @p fd. */
    void reset(int fd = -1);

private:
    int m_fd = -1;
};

/** A sockaddr_in / sockaddr_in6 built from a QHostAddress and a port. */
class SocketAddress
{
public:
    /** Builds the address; family() is AF_UNSPEC when @p address is neither IPv4 nor IPv6. */
    static SocketAddress make(const QHostAddress &address, quint16 port);

    int family() const { return m_storage.ss_family; }
    const sockaddr *data() const { return reinterpret_cast<const sockaddr *>(&m_storage); }
    socklen_t length() const { return m_length; }

private:
    sockaddr_storage m_storage{};
    socklen_t m_length = 0;
};

/** The local port a socket is bound to, 0 on error. */
quint16 localPort(int fd);

/** Sets O_NONBLOCK; false on error. */
bool setNonBlocking(int fd);

/** Makes close() send an RST instead of a FIN (SO_LINGER on, timeout 0). */
bool setLingerZero(int fd);

} // namespace rdpdiag::test::detail
