// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the readers of the kernel's netlink answers (engine/parsers/NetlinkMessages)
// — the message scan, interfaces and addresses, a route lookup, the nftables tables. The
// first byte of the input picks the reader; the rest is the answer.
#include "FuzzSupport.h"

#include "parsers/NetlinkMessages.h"

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: {
        const netlink::Scan scanned = netlink::scan(bytes);
        for (const netlink::Message &message : scanned.messages)
            RDPDIAG_FUZZ_CHECK(message.payload.size() <= bytes.size());
        break;
    }
    case 1:
        // Links and addresses may come in one stream: each reader takes its own messages.
        netlink::parseInterfaces(bytes, bytes);
        break;
    case 2: {
        const QList<NetworkInterfaceFacts> interfaces = netlink::parseInterfaces(bytes, bytes);
        const RouteFacts route =
            netlink::parseRoute(bytes, QStringLiteral("192.0.2.7"), interfaces);
        // The address asked about is the one reported, whatever the answer says.
        RDPDIAG_FUZZ_CHECK(route.destination == QStringLiteral("192.0.2.7"));
        RDPDIAG_FUZZ_CHECK(!route.found || !route.interfaceName.isEmpty());
        break;
    }
    default:
        netlink::parseNftTables(bytes);
        break;
    }
    return 0;
}
