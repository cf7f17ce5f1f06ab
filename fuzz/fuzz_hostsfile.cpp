// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the hosts file of fleet mode (runner/HostsFile.h) — plain lists with comments,
// CSV with quoting and a host/port header, UTF-8 or UTF-16 — as `rdpdiag --hosts FILE`
// reads it.
#include "FuzzSupport.h"

#include "runner/HostsFile.h"

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);
    const HostsFileParse parse = parseHostsFile(bytes);
    // Either targets or one reason, never both, never neither.
    RDPDIAG_FUZZ_CHECK(parse.targets.isEmpty() != parse.error.isEmpty());
    RDPDIAG_FUZZ_CHECK(parse.targets.size() <= kMaxFleetTargets);
    int previousLine = 0;
    for (const FleetTarget &entry : parse.targets) {
        // In file order, one target per line at most.
        RDPDIAG_FUZZ_CHECK(entry.line > previousLine);
        previousLine = entry.line;
        RDPDIAG_FUZZ_CHECK(!entry.target.host.isEmpty());
        RDPDIAG_FUZZ_CHECK(entry.target.port >= 1);
    }
    return 0;
}
