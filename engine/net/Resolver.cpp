// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Resolver.h"

#include "platform/Sockets.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace rdpdiag {

namespace {

/** One lookup's result; shared with its thread so a late thread never writes freed memory. */
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    platform::LookupResult result;
};

void runLookup(const std::shared_ptr<Lookup> &lookup, const QByteArray &host,
               QAbstractSocket::NetworkLayerProtocol family)
{
    platform::LookupResult result = platform::lookupHost(host, family);
    std::lock_guard lock(lookup->mutex);
    lookup->result = std::move(result);
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
    std::thread(runLookup, v4, name, QAbstractSocket::IPv4Protocol).detach();
    std::thread(runLookup, v6, name, QAbstractSocket::IPv6Protocol).detach();

    const bool v4Done = waitFor(*v4, deadline, cancel);
    const bool v6Done = waitFor(*v6, deadline, cancel);

    DnsFacts facts;
    facts.durationMs = elapsedMs(start);
    if (cancel.isCancelled()) {
        facts.outcome = DnsFacts::Outcome::Cancelled;
        return facts;
    }
    // A finished lookup is no longer written by its thread: reading without the lock is safe.
    using platform::LookupStatus;
    const platform::LookupResult none;
    const platform::LookupResult &v4Result = v4Done ? v4->result : none;
    const platform::LookupResult &v6Result = v6Done ? v6->result : none;
    facts.ipv4 = v4Result.addresses;
    facts.ipv6 = v6Result.addresses;
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
    const auto answered = [](LookupStatus status) {
        return status == LookupStatus::NoName || status == LookupStatus::NoData;
    };
    if (v4Result.status == LookupStatus::NoName && v6Result.status == LookupStatus::NoName) {
        facts.outcome = DnsFacts::Outcome::NotFound;
    } else if (answered(v4Result.status) && answered(v6Result.status)) {
        // The name exists (one family said "no data") but has no usable address.
        facts.outcome = DnsFacts::Outcome::NoAnswer;
    } else {
        facts.outcome = DnsFacts::Outcome::Failed;
    }
    facts.error = !v4Result.error.isEmpty() ? v4Result.error : v6Result.error;
    return facts;
}

} // namespace rdpdiag
