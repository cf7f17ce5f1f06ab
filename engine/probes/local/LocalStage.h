// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The "local" stage: this computer's side of the connection. It runs in two halves:
 * prepareLocalStage() starts right after the dns stage, on its own thread while the
 * connection stages wait on the server, and does steps 1 and 2 and runs the firewall tools;
 * finishLocalStage() runs after the connection stages, because it uses what they learned
 * (which address answered, whether any did) for steps 3 and 4:
 *
 * 1. the RD Gateway of the .rdp file, probed as its own path (GatewayProbe);
 * 2. the network environment and the route toward each address (EnvironmentCollector);
 * 3. this computer's firewalls, asked about outgoing TCP to the RDP port of the target
 *    (and to the gateway's port) (FirewallCollector);
 * 4. only when the target could not be reached: control connections to independent
 *    endpoints (the DNS servers on TCP 53, the gateway), to tell "this computer cannot
 *    connect anywhere" from "the server is unreachable".
 *
 * Probes record facts only; LocalRules judges them.
 */

#include "input/Target.h"
#include "model/Facts.h"
#include "model/LocalFacts.h"
#include "probes/local/CommandRunner.h"
#include "probes/local/EnvironmentCollector.h"
#include "probes/local/FirewallCollector.h"

#include <chrono>
#include <functional>
#include <memory>

namespace rdpdiag {

struct LocalStageOptions
{
    /** Runs the system tools; nullptr = the real ProcessCommandRunner. */
    CommandRunner *runner = nullptr;
    FirewallPlatform platform = currentFirewallPlatform();
    /** Overrides of the environment collection (file paths, environment variables). */
    std::function<void(EnvironmentRequest &)> adjustEnvironment;
    /** Make the control connections when the target was not reached. */
    bool connectivityCheck = true;
    /** At most this many DNS servers are used as control endpoints. */
    int maxDnsControls = 2;
};

/** What the first half of the stage found, for the second half. Move-only. */
struct LocalPreparation
{
    LocalPreparation();
    ~LocalPreparation();
    LocalPreparation(LocalPreparation &&) noexcept;
    LocalPreparation &operator=(LocalPreparation &&) noexcept;

    LocalFacts local; ///< gateway, interfaces, routes, DNS servers, proxy
    /** The firewall readings for the query the first half could make (the first address). */
    QList<FirewallReading> firewalls;
    PacketQuery firewallQuery;
    /** The system tools' answers, so the second half asks nothing twice. */
    std::unique_ptr<CommandRunner> processRunner;
    std::unique_ptr<CachingCommandRunner> runner;
    qint64 durationMs = 0;
};

/** The first half, with what @p facts holds after the dns stage. Thread-safe to run
 * alongside the connection stages (it reads only its arguments). */
LocalPreparation prepareLocalStage(const Target &target, const Facts &facts,
                                   std::chrono::milliseconds timeout, const CancelToken &cancel,
                                   const LocalStageOptions &options = {});

/** The second half, with everything the connection stages found in @p facts. */
LocalFacts finishLocalStage(LocalPreparation prepared, const Target &target, const Facts &facts,
                            std::chrono::milliseconds timeout, const CancelToken &cancel,
                            const LocalStageOptions &options = {});

/** True when the TCP stage ran and no address of the target answered at all (timeouts,
 * unreachable; a refusal or a loopback target does not count). */
bool targetUnreachable(const Facts &facts);

} // namespace rdpdiag
