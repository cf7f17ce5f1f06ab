// SPDX-License-Identifier: GPL-3.0-or-later
// The lab server of the fleet benchmark: a small RDP-like server on 127.0.0.1 that answers
// like one kind of Remote Desktop server; bench/bench.py starts one per mode and points the
// 1000 targets of fleet mode at its port.
//
// Why C++: the fleet benchmark is about the throughput of rdpdiag (each run opens ~10
// connections with ~6 TLS handshakes), so the server must use as little of the two cores as
// it can. An earlier Python version (a thread per connection under the GIL) spent about
// twice the CPU per target. This one stands for a farm of Windows servers, not one xrdp: a
// few worker threads, each an epoll loop over non-blocking sockets with non-blocking TLS
// handshakes, one shared listening socket (backlog 4096) and one shared SSL_CTX, set up as
// Python's ssl module sets up a PROTOCOL_TLS_SERVER context (same options, ciphers and
// session id context), as the Python version had it.
//
// Modes (what a real server of that kind answers):
//   rdp  X.224: RDP_NEG_RSP selecting Standard RDP Security for every request (xrdp
//        security_layer=rdp); then the MCS Connect Initial is read and answered with a
//        Connect Response recorded from xrdp (kConnectResponseHex), then silence.
//   tls  X.224: RDP_NEG_RSP selecting TLS when asked for it, else RDP_NEG_FAILURE
//        SSL_REQUIRED_BY_SERVER; then a TLS 1.2/1.3 handshake with the given certificate,
//        then silence until the client closes (xrdp security_layer=tls).
//   nla  like tls but selecting CredSSP (HYBRID) when asked, HYBRID_REQUIRED_BY_SERVER
//        otherwise; after the handshake it reads the client's TSRequest (NTLM NEGOTIATE) and
//        answers with a TSRequest carrying an NTLM CHALLENGE with target information (a
//        Windows server with NLA).
// Bounds: at most 8192 connections at once (more are closed as soon as accepted); a
// connection is closed after 15 s without any progress; the X.224 request is read by its
// 16-bit TPKT length and only its last four bytes are kept; the client's TSRequest is
// counted, not stored. Bad bytes from a client end that connection, nothing else.
//
// Build: g++ -O2 -std=c++17 -pthread labserver.cpp -o labserver -lssl -lcrypto
// Usage: labserver MODE PORT CERT.pem KEY.pem [MAX_SECONDS]
//        prints "ready" once listening; exits after MAX_SECONDS (default 3600).
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

using Bytes = std::string; // a byte string, as Python's bytes
using Clock = std::chrono::steady_clock;

enum class Mode { Rdp, Tls, Nla };

constexpr int kBacklog = 4096;
constexpr int kMaxConnections = 8192;
constexpr auto kIdleTimeout = std::chrono::seconds(15);
constexpr unsigned kMinWorkers = 2;
constexpr unsigned kMaxWorkers = 4;
constexpr int kAcceptsPerWakeup = 64;
constexpr int kStepsPerWakeup = 16;    // a client that keeps sending yields to the others
constexpr size_t kScratchSize = 16384; // one TLS record of plaintext

// --- the answers, as the Python version built them ------------------------------------------

Bytes le16(uint32_t value)
{
    return Bytes{static_cast<char>(value & 0xFF), static_cast<char>((value >> 8) & 0xFF)};
}

Bytes le32(uint32_t value)
{
    return le16(value & 0xFFFF) + le16(value >> 16);
}

Bytes le64(uint64_t value)
{
    return le32(static_cast<uint32_t>(value)) + le32(static_cast<uint32_t>(value >> 32));
}

Bytes byteString(std::initializer_list<unsigned char> values)
{
    Bytes out;
    for (const unsigned char value : values)
        out.push_back(static_cast<char>(value));
    return out;
}

// TPKT + X.224 Connection Confirm, then RDP_NEG_RSP ([MS-RDPBCGR] 2.2.1.2.1) ...
Bytes negResponse(uint32_t selected, unsigned char flags = 0x01)
{
    return byteString({0x03, 0x00, 0x00, 0x13, 0x0e, 0xd0, 0x00, 0x00, 0x12, 0x34, 0x00}) +
           byteString({0x02, flags, 0x08, 0x00}) + le32(selected);
}

// rdp: the MCS Connect Response ([MS-RDPBCGR] 2.2.1.4) that xrdp 0.9.21 (security_layer=
// negotiate, crypt_level=high) sent to `rdpdiag` on this machine, answered to every Connect
// Initial whatever it offers: 128-bit RC4 at level High, a 32-byte server random and xrdp's
// proprietary certificate (512-bit RSA). 521 bytes; recorded, not computed, because the
// lab server only has to answer as a farm would, as cheaply as it can.
const char kConnectResponseHex[] =
    "0300020902f0807f668201fd0a0100020100301a020116020103020100020101020100020101020300fff802010204"
    "82"
    "01d7000500147c00012a14760a01010001c0004d63446e81c0010c0c000400080000000000030c0800eb030000020c"
    "ac"
    "01020000000300000020000000780100008c9e5a8f206a6759ea45ef32bd2df14b9052ba26f75bb037d812a96b4870"
    "19"
    "5101000000010000000100000006001c01525341310801000000080000ff000000010001005b9d8c0f602e486a7c69"
    "3b"
    "5681e45ad2be7b540b2c1ba439bb44f2b1b5f510abc2860d5cca45d9ee09f083ae340a88526332b941e0c4f02e7d8d"
    "76"
    "e5b390007f6514327d831e277fc37ac72018c2e4e20e2fc384f1e777298e2697e4db81d51d0e56e924f0b01aa94d28"
    "79"
    "6b48d077ed4354f8c0c96a09ddcdb509f30272a330dc9008721a749a3ce833a922c5a7b3f416b127fea3b7fe6fe652"
    "00"
    "b7181e21a12f375801fe7503389c1be12fa7a130dbab480e3e174923ed20bf0ff01b21ad7edaa41efa3db1888eb719"
    "75"
    "7287387c726ba0d8168ee1717c74c776090675e86a309bb2b566d033012fa0786b9940f66a2dc8be2969f167ee0d51"
    "c8"
    "63b33ed8c4000000000000000008004800ae108142506dc55476f72baed5013bced3877b4c7dfa52daa8ddd1bf2170"
    "92"
    "fa4ad8c57488ec8260083b1d6b7cba3383b75192dad31e2223e8b3e6fcca93f63a0000000000000000";

Bytes recordedConnectResponse()
{
    Bytes bytes;
    for (size_t i = 0; kConnectResponseHex[i] && kConnectResponseHex[i + 1]; i += 2)
        bytes.push_back(
            static_cast<char>(std::stoi(std::string(kConnectResponseHex + i, 2), nullptr, 16)));
    return bytes;
}

// ... or RDP_NEG_FAILURE (2.2.1.2.2).
Bytes negFailure(uint32_t code)
{
    return byteString({0x03, 0x00, 0x00, 0x13, 0x0e, 0xd0, 0x00, 0x00, 0x12, 0x34, 0x00}) +
           byteString({0x03, 0x00, 0x08, 0x00}) + le32(code);
}

Bytes derLength(size_t n)
{
    if (n < 0x80)
        return Bytes(1, static_cast<char>(n));
    Bytes body;
    for (; n; n >>= 8)
        body.insert(body.begin(), static_cast<char>(n & 0xFF));
    return Bytes(1, static_cast<char>(0x80 | body.size())) + body;
}

Bytes der(unsigned char tag, const Bytes &content)
{
    return Bytes(1, static_cast<char>(tag)) + derLength(content.size()) + content;
}

Bytes avPair(uint16_t id, const Bytes &value)
{
    return le16(id) + le16(static_cast<uint32_t>(value.size())) + value;
}

Bytes utf16(const char *ascii)
{
    Bytes out;
    for (; *ascii; ++ascii)
        out += Bytes{*ascii, '\0'};
    return out;
}

// NTLM CHALLENGE_MESSAGE ([MS-NLMP] 2.2.1.2) of server RDS01 in domain LAB (lab.test).
Bytes ntlmChallenge()
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const uint64_t filetime = (static_cast<uint64_t>(now.tv_sec) + 11644473600ULL) * 10000000ULL +
                              static_cast<uint64_t>(now.tv_nsec) / 100;
    const Bytes info = avPair(2, utf16("LAB")) + avPair(1, utf16("RDS01")) +
                       avPair(4, utf16("lab.test")) + avPair(3, utf16("rds01.lab.test")) +
                       avPair(5, utf16("lab.test")) + avPair(7, le64(filetime)) + avPair(0, "");
    const Bytes name = utf16("LAB");
    const uint32_t header = 56;
    const auto nameLength = static_cast<uint32_t>(name.size());
    const auto infoLength = static_cast<uint32_t>(info.size());
    Bytes out =
        Bytes("NTLMSSP\0", 8) + le32(2) + le16(nameLength) + le16(nameLength) + le32(header);
    out += le32(0xE28A8235) + byteString({1, 2, 3, 4, 5, 6, 7, 8}) + Bytes(8, '\0');
    out += le16(infoLength) + le16(infoLength) + le32(header + nameLength);
    out += byteString({10, 0}) + le16(20348) + byteString({0, 0, 0, 0x0f});
    return out + name + info;
}

// TSRequest ([MS-CSSP] 2.2.1) version 6 with one negoToken.
Bytes tsRequestWith(const Bytes &token)
{
    const Bytes body =
        der(0xA0, der(0x02, "\x06")) + der(0xA1, der(0x30, der(0x30, der(0xA0, der(0x04, token)))));
    return der(0x30, body);
}

// --- one connection ------------------------------------------------------------------------

// Counts the bytes of one DER element (tag, length, content) as the Python version's
// read_der() read them; the content is not kept. A length beyond 64 bits never completes
// (Python waited for that many bytes).
class DerCounter
{
public:
    bool done() const { return done_; }

    void feed(const unsigned char *data, size_t size)
    {
        size_t i = 0;
        while (!done_ && i < size) {
            if (headRead_ < 2) {
                const unsigned char byte = data[i++];
                if (++headRead_ < 2)
                    continue; // the tag, not looked at
                if (byte & 0x80)
                    lengthBytesLeft_ = byte & 0x7F;
                else
                    contentLeft_ = byte;
                done_ = lengthBytesLeft_ == 0 && contentLeft_ == 0;
            } else if (lengthBytesLeft_ > 0) {
                endless_ = endless_ || (contentLeft_ >> 56) != 0;
                contentLeft_ = (contentLeft_ << 8) | data[i++];
                --lengthBytesLeft_;
                done_ = lengthBytesLeft_ == 0 && !endless_ && contentLeft_ == 0;
            } else if (endless_) {
                return;
            } else {
                const size_t take = static_cast<size_t>(std::min<uint64_t>(contentLeft_, size - i));
                contentLeft_ -= take;
                i += take;
                done_ = contentLeft_ == 0;
            }
        }
    }

private:
    int headRead_ = 0;
    int lengthBytesLeft_ = 0;
    uint64_t contentLeft_ = 0;
    bool endless_ = false;
    bool done_ = false;
};

enum class Phase {
    Request,         // reading the X.224 Connection Request (TPKT length first)
    Confirm,         // sending the Connection Confirm (plain)
    Handshake,       // TLS handshake as the server
    TsRequest,       // nla: reading the client's first TSRequest
    Challenge,       // nla: sending the TSRequest with the NTLM CHALLENGE
    Connect,         // rdp: reading the MCS Connect Initial (TPKT length first)
    ConnectResponse, // rdp: sending the MCS Connect Response
    Silent,          // reading and dropping whatever comes until the client closes
};

struct Connection
{
    int fd = -1;
    SSL *ssl = nullptr;
    Phase phase = Phase::Request;
    uint32_t events = EPOLLIN; // what epoll waits for
    Clock::time_point lastProgress;
    Connection *older = nullptr; // the idle list, least recently active first
    Connection *newer = nullptr;

    unsigned char tpkt[4] = {};
    size_t requestRead = 0;
    size_t requestLength = 4; // the TPKT header until it has been read
    unsigned char lastFour[4] = {};

    DerCounter tsRequest;
    Bytes out; // the Connection Confirm, later the CHALLENGE
    size_t sent = 0;
    bool closeAfterConfirm = false;
};

struct Shared
{
    Mode mode = Mode::Tls;
    SSL_CTX *context = nullptr;
    Bytes connectResponse = recordedConnectResponse(); // rdp mode's answer to the Connect Initial
    int listener = -1;
    int maxConnections = kMaxConnections;
    std::atomic<bool> stop{false};
    std::atomic<int> open{0};
};

class Worker
{
public:
    explicit Worker(Shared &shared) : shared_(shared) {}
    ~Worker()
    {
        while (oldest_)
            close(oldest_);
        if (epoll_ >= 0)
            ::close(epoll_);
        if (reserve_ >= 0)
            ::close(reserve_);
    }
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    bool init()
    {
        epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
        reserve_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        epoll_event event{};
        event.events = EPOLLIN | EPOLLEXCLUSIVE;
        event.data.ptr = nullptr; // the listener
        return epoll_ >= 0 && ::epoll_ctl(epoll_, EPOLL_CTL_ADD, shared_.listener, &event) == 0;
    }

    void run()
    {
        epoll_event events[256];
        while (!shared_.stop.load(std::memory_order_relaxed)) {
            const int count = ::epoll_wait(epoll_, events, 256, 1000);
            for (int i = 0; i < count; ++i) {
                auto *connection = static_cast<Connection *>(events[i].data.ptr);
                if (!connection) {
                    acceptSome();
                    continue;
                }
                touch(connection);
                if (!drive(*connection))
                    close(connection);
            }
            expireIdle();
        }
    }

private:
    void acceptSome()
    {
        for (int i = 0; i < kAcceptsPerWakeup; ++i) {
            const int fd =
                ::accept4(shared_.listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                if ((errno == EMFILE || errno == ENFILE) && reserve_ >= 0) {
                    // Out of descriptors: take the waiting connection with the reserve one
                    // and close it, or the level-triggered listener would spin.
                    ::close(reserve_);
                    const int dropped = ::accept4(shared_.listener, nullptr, nullptr, 0);
                    if (dropped >= 0)
                        ::close(dropped);
                    reserve_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
                }
                return; // EAGAIN: another worker took it, or nothing is waiting
            }
            if (shared_.open.fetch_add(1) >= shared_.maxConnections) {
                shared_.open.fetch_sub(1);
                ::close(fd);
                continue;
            }
            auto *connection = new Connection;
            connection->fd = fd;
            epoll_event event{};
            event.events = connection->events;
            event.data.ptr = connection;
            if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &event) != 0) {
                ::close(fd);
                delete connection;
                shared_.open.fetch_sub(1);
                continue;
            }
            touch(connection);
            if (!drive(*connection)) // the request is often there already
                close(connection);
        }
    }

    // Runs the connection's steps until it has to wait; false when it is finished.
    bool drive(Connection &c)
    {
        for (int step = 0; step < kStepsPerWakeup; ++step) {
            switch (c.phase) {
            case Phase::Request: {
                bool returned = false;
                const Step step = readPdu(c, returned);
                if (step == Step::Return)
                    return returned;
                if (step == Step::Done)
                    answerRequest(c);
                break;
            }
            case Phase::Confirm: {
                bool returned = false;
                const Step step = sendOut(c, returned);
                if (step == Step::Return)
                    return returned;
                if (step == Step::Again)
                    break;
                if (c.closeAfterConfirm)
                    return false;
                c.out.clear();
                if (shared_.mode == Mode::Rdp) {
                    c.requestRead = 0;
                    c.requestLength = 4;
                    c.phase = Phase::Connect;
                    break;
                }
                c.ssl = SSL_new(shared_.context);
                if (!c.ssl || SSL_set_fd(c.ssl, c.fd) != 1)
                    return false;
                SSL_set_accept_state(c.ssl);
                c.phase = Phase::Handshake;
                break;
            }
            case Phase::Handshake: {
                ERR_clear_error();
                const int result = SSL_do_handshake(c.ssl);
                if (result != 1)
                    return retryTls(c, result);
                c.phase = shared_.mode == Mode::Nla ? Phase::TsRequest : Phase::Silent;
                break;
            }
            case Phase::TsRequest: {
                ERR_clear_error();
                const int n = SSL_read(c.ssl, scratch_, static_cast<int>(kScratchSize));
                if (n <= 0)
                    return retryTls(c, n);
                c.tsRequest.feed(scratch_, static_cast<size_t>(n)); // what follows is dropped
                if (c.tsRequest.done()) {
                    c.out = tsRequestWith(ntlmChallenge());
                    c.sent = 0;
                    c.phase = Phase::Challenge;
                }
                break;
            }
            case Phase::Challenge: {
                ERR_clear_error();
                const int n = SSL_write(c.ssl, c.out.data() + c.sent,
                                        static_cast<int>(c.out.size() - c.sent));
                if (n <= 0)
                    return retryTls(c, n);
                c.sent += static_cast<size_t>(n);
                if (c.sent == c.out.size()) {
                    Bytes().swap(c.out);
                    c.phase = Phase::Silent;
                }
                break;
            }
            case Phase::Connect: {
                bool returned = false;
                const Step step = readPdu(c, returned);
                if (step == Step::Return)
                    return returned;
                if (step == Step::Done) {
                    c.out = shared_.connectResponse;
                    c.sent = 0;
                    c.phase = Phase::ConnectResponse;
                }
                break;
            }
            case Phase::ConnectResponse: {
                bool returned = false;
                const Step step = sendOut(c, returned);
                if (step == Step::Return)
                    return returned;
                if (step == Step::Done) {
                    Bytes().swap(c.out);
                    c.phase = Phase::Silent;
                }
                break;
            }
            case Phase::Silent: {
                if (c.ssl) {
                    ERR_clear_error();
                    const int n = SSL_read(c.ssl, scratch_, static_cast<int>(kScratchSize));
                    if (n <= 0)
                        return retryTls(c, n);
                } else {
                    const ssize_t n = ::recv(c.fd, scratch_, kScratchSize, 0);
                    if (n <= 0)
                        return n < 0 && retryPlain(c, EPOLLIN);
                }
                break;
            }
            }
        }
        return true; // more to do: the level-triggered epoll reports the socket again
    }

    void takeRequestBytes(Connection &c, size_t n)
    {
        for (size_t i = 0; i < n; ++i, ++c.requestRead) {
            if (c.requestRead < 4)
                c.tpkt[c.requestRead] = scratch_[i];
            std::memmove(c.lastFour, c.lastFour + 1, 3);
            c.lastFour[3] = scratch_[i];
        }
        if (c.requestRead == 4 && c.requestLength == 4) // the TPKT length, header included
            c.requestLength =
                std::max<size_t>(4, (static_cast<size_t>(c.tpkt[2]) << 8) | c.tpkt[3]);
    }

    void answerRequest(Connection &c)
    {
        // requestedProtocols: the last four bytes of a request of at least 19 bytes.
        uint32_t requested = 0;
        if (c.requestLength >= 19) {
            for (int i = 3; i >= 0; --i)
                requested = (requested << 8) | c.lastFour[i];
        }
        switch (shared_.mode) {
        case Mode::Rdp:
            c.out = negResponse(0);
            break;
        case Mode::Tls:
            c.closeAfterConfirm = !(requested & 0x01);
            c.out = c.closeAfterConfirm ? negFailure(1) // SSL_REQUIRED_BY_SERVER
                                        : negResponse(0x01);
            break;
        case Mode::Nla:
            c.closeAfterConfirm = !(requested & 0x02);
            c.out = c.closeAfterConfirm ? negFailure(5) // HYBRID_REQUIRED_BY_SERVER
                                        : negResponse(0x02, 0x03);
            break;
        }
        c.sent = 0;
        c.phase = Phase::Confirm;
    }

    // After a failed recv/send: wait for @p events when it would block, else finished.
    // One plain step of a phase. Done: the PDU under way is complete (readPdu) or c.out is
    // sent (sendOut); Again: more to come; Return: drive() returns @p returned now (a wait,
    // or the end of the connection).
    enum class Step { Done, Again, Return };

    // Reads more of the TPKT PDU under way, its length first (takeRequestBytes).
    Step readPdu(Connection &c, bool &returned)
    {
        const size_t want = std::min(c.requestLength - c.requestRead, kScratchSize);
        const ssize_t n = ::recv(c.fd, scratch_, want, 0);
        if (n <= 0) {
            returned = n < 0 && retryPlain(c, EPOLLIN);
            return Step::Return;
        }
        takeRequestBytes(c, static_cast<size_t>(n));
        return c.requestRead == c.requestLength ? Step::Done : Step::Again;
    }

    // Sends more of c.out (plain).
    Step sendOut(Connection &c, bool &returned)
    {
        const ssize_t n = ::send(c.fd, c.out.data() + c.sent, c.out.size() - c.sent, MSG_NOSIGNAL);
        if (n < 0) {
            returned = retryPlain(c, EPOLLOUT);
            return Step::Return;
        }
        c.sent += static_cast<size_t>(n);
        return c.sent == c.out.size() ? Step::Done : Step::Again;
    }

    bool retryPlain(Connection &c, uint32_t events)
    {
        if (errno == EINTR)
            return true;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return false;
        return waitFor(c, events);
    }

    // After an SSL call returned @p result <= 0.
    bool retryTls(Connection &c, int result)
    {
        switch (SSL_get_error(c.ssl, result)) {
        case SSL_ERROR_WANT_READ:
            return waitFor(c, EPOLLIN);
        case SSL_ERROR_WANT_WRITE:
            return waitFor(c, EPOLLOUT);
        default: // the client closed, or sent what is not TLS
            ERR_clear_error();
            return false;
        }
    }

    bool waitFor(Connection &c, uint32_t events)
    {
        if (c.events == events)
            return true;
        epoll_event event{};
        event.events = events;
        event.data.ptr = &c;
        c.events = events;
        return ::epoll_ctl(epoll_, EPOLL_CTL_MOD, c.fd, &event) == 0;
    }

    void unlink(Connection *c)
    {
        (c->older ? c->older->newer : oldest_) = c->newer;
        (c->newer ? c->newer->older : newest_) = c->older;
        c->older = c->newer = nullptr;
    }

    void touch(Connection *c)
    {
        c->lastProgress = Clock::now();
        if (newest_ == c)
            return;
        if (c->older || c->newer || oldest_ == c)
            unlink(c);
        c->older = newest_;
        (newest_ ? newest_->newer : oldest_) = c;
        newest_ = c;
    }

    void expireIdle()
    {
        const auto limit = Clock::now() - kIdleTimeout;
        while (oldest_ && oldest_->lastProgress <= limit)
            close(oldest_);
    }

    // Closes without a TLS close_notify, as the Python version did (no unwrap).
    void close(Connection *c)
    {
        unlink(c);
        if (c->ssl)
            SSL_free(c->ssl);
        ::close(c->fd); // also leaves the epoll set
        delete c;
        shared_.open.fetch_sub(1);
    }

    Shared &shared_;
    int epoll_ = -1;
    int reserve_ = -1;
    Connection *oldest_ = nullptr;
    Connection *newest_ = nullptr;
    unsigned char scratch_[kScratchSize];
};

int fail(const char *what)
{
    std::fprintf(stderr, "labserver: %s\n", what);
    ERR_print_errors_fp(stderr);
    return 1;
}

// The context Python's ssl.SSLContext(PROTOCOL_TLS_SERVER) builds (Python 3.11, OpenSSL 3),
// with minimum_version TLSv1_2 and load_cert_chain(cert, key), as the Python version had it.
SSL_CTX *makeContext(const char *cert, const char *key)
{
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context)
        return nullptr;
    SSL_CTX_clear_options(context, SSL_CTX_get_options(context));
    SSL_CTX_set_options(context, (SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) |
                                     SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION |
                                     SSL_OP_CIPHER_SERVER_PREFERENCE |
                                     SSL_OP_ENABLE_MIDDLEBOX_COMPAT);
    SSL_CTX_set_mode(context, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    static const unsigned char sessionContext[] = "Python"; // 7 bytes with the NUL, as Python
    SSL_CTX_set_session_id_context(context, sessionContext, sizeof sessionContext);
    if (SSL_CTX_set_cipher_list(context, "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:"
                                         "DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM") != 1 ||
        SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) != 1 ||
        SSL_CTX_use_certificate_chain_file(context, cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(context, key, SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(context) != 1) {
        SSL_CTX_free(context);
        return nullptr;
    }
    return context;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 5)
        return fail("usage: labserver rdp|tls|nla PORT CERT.pem KEY.pem [MAX_SECONDS]");
    Shared shared;
    const std::string mode = argv[1];
    if (mode == "rdp")
        shared.mode = Mode::Rdp;
    else if (mode == "tls")
        shared.mode = Mode::Tls;
    else if (mode == "nla")
        shared.mode = Mode::Nla;
    else
        return fail("MODE is rdp, tls or nla");
    char *end = nullptr;
    const long port = std::strtol(argv[2], &end, 10);
    if (*end || port < 0 || port > 65535)
        return fail("bad PORT");
    const double seconds = argc > 5 ? std::strtod(argv[5], &end) : 3600;
    if ((argc > 5 && *end) || !(seconds >= 0) || seconds > 1e7)
        return fail("bad MAX_SECONDS");
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(seconds));

    std::signal(SIGPIPE, SIG_IGN); // OpenSSL writes to sockets the client may have closed
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
        ::getrlimit(RLIMIT_NOFILE, &files);
        if (files.rlim_cur < static_cast<rlim_t>(kMaxConnections) + 64)
            shared.maxConnections = std::max(16, static_cast<int>(files.rlim_cur) - 64);
    }

    shared.context = makeContext(argv[3], argv[4]);
    if (!shared.context)
        return fail("cannot load the certificate and key");

    shared.listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (shared.listener < 0 ||
        ::setsockopt(shared.listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0 ||
        ::bind(shared.listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(shared.listener, kBacklog) != 0) {
        std::perror("labserver: listen on 127.0.0.1");
        SSL_CTX_free(shared.context);
        return 1;
    }

    const unsigned count =
        std::clamp(std::thread::hardware_concurrency(), kMinWorkers, kMaxWorkers);
    std::vector<std::unique_ptr<Worker>> workers;
    for (unsigned i = 0; i < count; ++i) {
        workers.push_back(std::make_unique<Worker>(shared));
        if (!workers.back()->init()) {
            workers.clear();
            ::close(shared.listener);
            SSL_CTX_free(shared.context);
            return fail("cannot set up epoll");
        }
    }
    std::vector<std::thread> threads;
    for (auto &worker : workers)
        threads.emplace_back([&worker] { worker->run(); });
    std::printf("ready\n");
    std::fflush(stdout);

    std::this_thread::sleep_until(deadline);
    shared.stop = true;
    for (auto &thread : threads)
        thread.join();
    workers.clear();
    ::close(shared.listener);
    SSL_CTX_free(shared.context);
    return 0;
}
