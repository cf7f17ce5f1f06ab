// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of platform/Sockets.h that are the same on every system once
// platform/NativeSockets.h has included its headers: socket addresses and name lookup.
#include "platform/NativeSockets.h"

#include <cstring>

namespace rdpdiag::platform {

int fillSocketAddress(const QHostAddress &address, quint16 port, sockaddr_storage &storage)
{
    storage = {};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in in{};
        in.sin_family = AF_INET;
        in.sin_port = htons(port);
        in.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&storage, &in, sizeof in);
        return sizeof in;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 in6{};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, bytes.c, sizeof bytes.c);
        bool ok = false;
        const uint scope = address.scopeId().toUInt(&ok);
        if (ok)
            in6.sin6_scope_id = scope;
        std::memcpy(&storage, &in6, sizeof in6);
        return sizeof in6;
    }
    return 0;
}

LookupResult lookupHost(const QByteArray &host, QAbstractSocket::NetworkLayerProtocol family)
{
    ensureSocketsReady();
    addrinfo hints{};
    hints.ai_family = family == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *result = nullptr;
    const int status = ::getaddrinfo(host.constData(), nullptr, &hints, &result);
    LookupResult lookup;
    for (const addrinfo *ai = status == 0 ? result : nullptr; ai; ai = ai->ai_next) {
        const QString text = QHostAddress(ai->ai_addr).toString();
        if (!text.isEmpty() && !lookup.addresses.contains(text))
            lookup.addresses << text;
    }
    if (result)
        ::freeaddrinfo(result);
    lookup.status = lookupStatusOf(status);
    if (lookup.status == LookupStatus::Found && lookup.addresses.isEmpty())
        lookup.status = LookupStatus::NoData; // an answer without a usable address
    if (lookup.status != LookupStatus::Found)
        lookup.error = status == 0 ? QString() : lookupErrorText(status);
    return lookup;
}

} // namespace rdpdiag::platform
