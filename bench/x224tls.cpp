// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the benchmarks: the least work that reaches an RDP server's TLS — one TCP
// connection, an X.224 Connection Request (requestedProtocols SSL|HYBRID unless told
// otherwise), the Connection Confirm, one TLS handshake without certificate checks, close.
// `openssl s_client` cannot do the X.224 preamble, hence this 100-line client.
//
// Build: g++ -O2 -std=c++17 x224tls.cpp -o x224tls -lssl -lcrypto
// Usage: x224tls HOST PORT [REQUESTED_PROTOCOLS]   (exit 0 when the handshake completed)
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool readExactly(int fd, unsigned char *buffer, size_t length)
{
    size_t done = 0;
    while (done < length) {
        const ssize_t n = ::recv(fd, buffer + done, length - done, 0);
        if (n <= 0)
            return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "x224tls: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3)
        return fail("usage: x224tls HOST PORT [REQUESTED_PROTOCOLS]");
    const unsigned long requested = argc > 3 ? std::strtoul(argv[3], nullptr, 0) : 3;

    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    if (::getaddrinfo(argv[1], argv[2], &hints, &addresses) != 0 || !addresses)
        return fail("cannot resolve");
    const int fd = ::socket(addresses->ai_family, SOCK_STREAM, 0);
    if (fd < 0 || ::connect(fd, addresses->ai_addr, addresses->ai_addrlen) != 0)
        return fail("cannot connect");
    ::freeaddrinfo(addresses);

    // TPKT + X.224 CR + RDP_NEG_REQ ([MS-RDPBCGR] 2.2.1.1), 19 bytes.
    unsigned char request[19] = {0x03, 0x00, 0x00, 0x13, 0x0e, 0xe0, 0x00, 0x00, 0x00, 0x00,
                                 0x00, 0x01, 0x00, 0x08, 0x00, 0,    0,    0,    0};
    for (int i = 0; i < 4; ++i)
        request[15 + i] = static_cast<unsigned char>((requested >> (8 * i)) & 0xFF);
    if (::send(fd, request, sizeof request, 0) != static_cast<ssize_t>(sizeof request))
        return fail("cannot send the connection request");
    unsigned char confirm[64];
    if (!readExactly(fd, confirm, 4))
        return fail("no connection confirm");
    const size_t length = (static_cast<size_t>(confirm[2]) << 8) | confirm[3];
    if (confirm[0] != 0x03 || length < 11 || length > sizeof confirm ||
        !readExactly(fd, confirm + 4, length - 4))
        return fail("bad connection confirm");
    if (length < 19 || confirm[11] != 0x02 || (confirm[15] & 0x03) == 0)
        return fail("the server did not select TLS");

    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    SSL *ssl = SSL_new(context);
    SSL_set_fd(ssl, fd);
    const int handshake = SSL_connect(ssl);
    if (handshake == 1)
        SSL_shutdown(ssl);
    SSL_free(ssl);
    SSL_CTX_free(context);
    ::close(fd);
    return handshake == 1 ? 0 : fail("TLS handshake failed");
}
