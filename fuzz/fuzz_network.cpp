// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the readers of this computer's network (engine/parsers/NetworkParsers) —
// /etc/resolv.conf, /proc/net/route, /proc/net/ipv6_route, `ip -j route get`,
// `ip -j -d addr show` — and the route selection and address classification on what they
// read. The first byte of the input picks the reader; the rest is the file or the output.
#include "FuzzSupport.h"

#include "parsers/NetworkParsers.h"

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data + 1, size - 1);
    const QString text = QString::fromUtf8(bytes);
    switch (data[0] % 5) {
    case 0:
        parseResolvConf(text);
        break;
    case 1:
    case 2: {
        const QList<KernelRoute> routes =
            data[0] % 5 == 1 ? parseProcNetRoute(text) : parseProcNetIpv6Route(text);
        selectRoute(routes, QStringLiteral("192.0.2.7"));
        selectRoute(routes, QStringLiteral("2001:db8::7"));
        break;
    }
    case 3: {
        const RouteFacts route = parseIpRouteGet(bytes, QStringLiteral("192.0.2.7"), text);
        // The address asked about is the one reported, whatever the output says.
        RDPDIAG_FUZZ_CHECK(route.destination == QStringLiteral("192.0.2.7"));
        break;
    }
    default: {
        const QList<NetworkInterfaceFacts> interfaces = parseIpAddrJson(bytes);
        onConnectedNetwork(interfaces, QStringLiteral("192.0.2.7"));
        for (const NetworkInterfaceFacts &interface : interfaces)
            for (const QString &address : interface.addresses)
                classifyAddress(address.section(u'/', 0, 0));
        break;
    }
    }
    return 0;
}
