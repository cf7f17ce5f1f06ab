// SPDX-License-Identifier: GPL-3.0-or-later
// probes/local/SystemNetwork.h on macOS and other systems without a collector of their own:
// the interfaces Qt reports; routes and DNS servers are named as not collected.
#include "probes/local/SystemNetwork.h"

namespace rdpdiag {

void collectSystemNetwork(CommandRunner &, const EnvironmentRequest &, LocalFacts &facts)
{
    facts.interfaces = qtInterfaces();
    facts.notCollected << QStringLiteral("routes toward the target (not read on this system)")
                       << QStringLiteral("DNS servers (not read on this system)");
}

std::optional<int> kernelPathMtu(const QString &)
{
    return std::nullopt;
}

} // namespace rdpdiag
