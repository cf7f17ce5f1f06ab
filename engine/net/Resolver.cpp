// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Resolver.h"

#include <QHostAddress>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <netdb.h>
#include <sys/socket.h>
#include <thread>

namespace rdpdiag {

namespace {

/** One lookup's result; shared with its thread so a late thread never writes freed memory. */
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0; ///< getaddrinfo return value
    QStringList addresses;
};

void runLookup(const std::shared_ptr<Lookup> &lookup, const QByteArray &host, int family)
{
    addrinfo hints{};
    hints.ai_family = family;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *result = nullptr;
    const int status = ::getaddrinfo(host.constData(), nullptr, &hints, &result);
    QStringList addresses;
    for (addrinfo *ai = result; status == 0 && ai; ai = ai->ai_next) {
        const QString text = QHostAddress(ai->ai_addr).toString();
        if (!text.isEmpty() && !addresses.contains(text))
            addresses << text;
    }
    if (result)
        ::freeaddrinfo(result);
    std::lock_guard lock(lookup->mutex);
    lookup->status = status;
    lookup->addresses = addresses;
    lookup->finished = true;
    lookup->done.notify_all();
}

/** Waits for a lookup in short slices so that cancellation is noticed promptly. */
bool waitFor(Lookup &lookup, const Deadline &deadline, const CancelToken &cancel)
{
    std::unique_lock lock(lookup.mutex);
    while (!lookup.finished) {
        if (cancel.isCancelled() || deadline.expired())
            return false;
        const auto slice = std::min(deadline.remaining(), std::chrono::milliseconds(20));
        lookup.done.wait_for(lock, slice);
    }
    return true;
}

} // namespace

DnsFacts resolveHost(const QString &host, const Deadline &deadline, const CancelToken &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    const QByteArray name = host.toUtf8();
    auto v4 = std::make_shared<Lookup>();
    auto v6 = std::make_shared<Lookup>();
    std::thread(runLookup, v4, name, AF_INET).detach();
    std::thread(runLookup, v6, name, AF_INET6).detach();

    const bool v4Done = waitFor(*v4, deadline, cancel);
    const bool v6Done = waitFor(*v6, deadline, cancel);

    DnsFacts facts;
    facts.durationMs = elapsedMs(start);
    if (cancel.isCancelled()) {
        facts.outcome = DnsFacts::Outcome::Cancelled;
        return facts;
    }
    // A finished lookup is no longer written by its thread: reading without the lock is safe.
    if (v4Done && v4->status == 0)
        facts.ipv4 = v4->addresses;
    if (v6Done && v6->status == 0)
        facts.ipv6 = v6->addresses;
    if (!facts.ipv4.isEmpty() || !facts.ipv6.isEmpty()) {
        facts.outcome = DnsFacts::Outcome::Resolved;
        return facts;
    }
    if (!v4Done || !v6Done) {
        facts.outcome = DnsFacts::Outcome::Timeout;
        facts.error =
            QStringLiteral("no answer from the name server within %1 ms").arg(facts.durationMs);
        return facts;
    }
    const auto isNoName = [](int status) {
        return status == EAI_NONAME;
    };
    const auto isNoData = [](int status) {
        return status == 0 || status == EAI_NODATA || status == EAI_ADDRFAMILY;
    };
    if (isNoName(v4->status) && isNoName(v6->status)) {
        facts.outcome = DnsFacts::Outcome::NotFound;
    } else if ((isNoData(v4->status) || isNoName(v4->status)) &&
               (isNoData(v6->status) || isNoName(v6->status))) {
        // The name exists (one family said "no data") but has no usable address.
        facts.outcome = DnsFacts::Outcome::NoAnswer;
    } else {
        facts.outcome = DnsFacts::Outcome::Failed;
    }
    const int status = v4->status != 0 ? v4->status : v6->status;
    facts.error = QString::fromLocal8Bit(::gai_strerror(status));
    return facts;
}

} // namespace rdpdiag
