// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/local/LocalStage.h"

#include "net/TcpConnection.h"
#include "parsers/NetworkParsers.h"
#include "probes/GatewayProbe.h"
#include "support/Log.h"

#include <QHostAddress>

#include <future>

namespace rdpdiag {

namespace {

constexpr quint16 kDnsPort = 53;
/** Control connections need only show that packets leave and come back. */
constexpr std::chrono::milliseconds kMaxControlTimeout{3000};

/** The system tools answer in milliseconds; a tool that hangs must not stretch the run. */
std::chrono::milliseconds commandTimeoutFor(std::chrono::milliseconds timeout)
{
    return std::min(timeout, std::chrono::milliseconds(5000));
}

QStringList targetAddresses(const Target &target, const Facts &facts)
{
    QStringList addresses;
    if (facts.tcp && !facts.tcp->connectedAddress.isEmpty())
        addresses << facts.tcp->connectedAddress;
    if (facts.dns)
        for (const QString &address : facts.dns->addresses())
            if (!addresses.contains(address))
                addresses << address;
    if (addresses.isEmpty() && target.isIpLiteral)
        addresses << target.host;
    return addresses;
}

const RouteFacts *routeFor(const LocalFacts &local, const QString &address)
{
    for (const RouteFacts &route : local.routes)
        if (route.destination == address)
            return &route;
    return nullptr;
}

PacketQuery outboundQuery(const LocalFacts &local, const QString &address, quint16 port)
{
    PacketQuery query;
    query.direction = FirewallDirection::Outbound;
    query.port = port;
    query.remoteAddress = address;
    if (const RouteFacts *route = routeFor(local, address)) {
        query.localAddress = route->sourceAddress;
        query.interfaceName = route->interfaceName;
    }
    return query;
}

ConnectivityProbe controlConnect(const QString &role, const QString &address, quint16 port,
                                 std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    ConnectivityProbe probe;
    probe.role = role;
    probe.address = address;
    probe.port = port;
    const auto start = std::chrono::steady_clock::now();
    std::unique_ptr<TcpConnection> connection;
    const IoResult result =
        TcpConnection::connect(address, port, Deadline::in(timeout), cancel, connection);
    probe.outcome = result.outcome;
    probe.error = result.error;
    probe.durationMs = elapsedMs(start);
    if (connection)
        connection->abort();
    return probe;
}

} // namespace

bool targetUnreachable(const Facts &facts)
{
    if (!facts.tcp || !facts.tcp->connectedAddress.isEmpty() || facts.tcp->attempts.isEmpty())
        return false;
    // A reset (refused) came back from the network, and a loopback target says nothing about
    // the network: neither needs the control connections.
    for (const TcpAttempt &attempt : facts.tcp->attempts) {
        if (attempt.outcome == IoOutcome::Refused || attempt.outcome == IoOutcome::Cancelled)
            return false;
        const QHostAddress address(attempt.address);
        if (!address.isNull() && address.isLoopback())
            return false;
    }
    return true;
}

LocalPreparation::LocalPreparation() = default;
LocalPreparation::~LocalPreparation() = default;
LocalPreparation::LocalPreparation(LocalPreparation &&) noexcept = default;
LocalPreparation &LocalPreparation::operator=(LocalPreparation &&) noexcept = default;

LocalPreparation prepareLocalStage(const Target &target, const Facts &facts,
                                   std::chrono::milliseconds timeout, const CancelToken &cancel,
                                   const LocalStageOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    LocalPreparation prepared;
    LocalFacts &local = prepared.local;
    if (!options.runner)
        prepared.processRunner = std::make_unique<ProcessCommandRunner>(&cancel);
    prepared.runner = std::make_unique<CachingCommandRunner>(
        options.runner ? *options.runner : *prepared.processRunner);
    CommandRunner &runner = *prepared.runner;

    // 1. The gateway path first: its addresses join the route lookups.
    if (target.rdp && rdpUsesGateway(*target.rdp) && !cancel.isCancelled())
        local.gateway = probeGateway(*target.rdp, timeout, cancel);

    // 2. The environment, with the routes toward the target and the gateway.
    EnvironmentRequest request;
    request.destinations = targetAddresses(target, facts);
    if (local.gateway) {
        if (!local.gateway->connectedAddress.isEmpty())
            request.destinations << local.gateway->connectedAddress;
        else if (local.gateway->dns)
            request.destinations << local.gateway->dns->addresses().mid(0, 1);
        else if (!QHostAddress(local.gateway->host).isNull())
            request.destinations << local.gateway->host;
    }
    request.destinations.removeDuplicates();
    request.environment = processEnvironment();
    request.commandTimeout = commandTimeoutFor(timeout);
    if (options.adjustEnvironment)
        options.adjustEnvironment(request);
    // The firewall tools' commands do not depend on the routes: they start on a thread of
    // their own while the environment is collected, and their answers wait in the cache
    // (CommandRunner.h) for the reading below, which needs the route.
    std::future<void> firewallCommands;
    if (!cancel.isCancelled())
        firewallCommands = std::async(std::launch::async, [&] {
            collectFirewalls(runner, PacketQuery{}, options.platform, commandTimeoutFor(timeout));
        });
    if (!cancel.isCancelled())
        collectEnvironment(runner, request, local);
    if (firewallCommands.valid())
        firewallCommands.wait();

    // The firewalls, asked about the first address; the second half asks again (from the
    // cache) when another address answered.
    if (!cancel.isCancelled()) {
        prepared.firewallQuery =
            outboundQuery(local, targetAddresses(target, facts).value(0), target.port);
        prepared.firewalls = collectFirewalls(runner, prepared.firewallQuery, options.platform,
                                              commandTimeoutFor(timeout));
    }
    prepared.durationMs = elapsedMs(start);
    return prepared;
}

LocalFacts finishLocalStage(LocalPreparation prepared, const Target &target, const Facts &facts,
                            std::chrono::milliseconds timeout, const CancelToken &cancel,
                            const LocalStageOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    LocalFacts local = std::move(prepared.local);
    CommandRunner &runner = *prepared.runner;
    const std::chrono::milliseconds commandTimeout = commandTimeoutFor(timeout);

    // 3. This computer's firewalls, about the connections the client makes.
    if (!cancel.isCancelled()) {
        const PacketQuery query =
            outboundQuery(local, targetAddresses(target, facts).value(0), target.port);
        local.firewalls = query == prepared.firewallQuery
                              ? prepared.firewalls
                              : collectFirewalls(runner, query, options.platform, commandTimeout);
        if (local.gateway && !cancel.isCancelled()) {
            const QString gatewayAddress =
                local.gateway->connectedAddress.isEmpty() && local.gateway->dns
                    ? local.gateway->dns->addresses().value(0)
                    : local.gateway->connectedAddress;
            local.firewalls << collectFirewalls(
                runner, outboundQuery(local, gatewayAddress, local.gateway->port), options.platform,
                commandTimeout);
        }
    }

    // 4. Cannot reach the target: can this computer reach anything?
    if (options.connectivityCheck && targetUnreachable(facts) && !cancel.isCancelled()) {
        const std::chrono::milliseconds controlTimeout = std::min(timeout, kMaxControlTimeout);
        for (const TcpAttempt &attempt : facts.tcp->attempts) {
            ConnectivityProbe probe;
            probe.role = QStringLiteral("target");
            probe.address = attempt.address;
            probe.port = target.port;
            probe.outcome = attempt.outcome;
            probe.error = attempt.error;
            probe.durationMs = attempt.durationMs;
            local.connectivity << probe;
        }
        if (local.gateway) {
            for (const TcpAttempt &attempt : local.gateway->tcp) {
                ConnectivityProbe probe;
                probe.role = QStringLiteral("gateway");
                probe.address = attempt.address;
                probe.port = local.gateway->port;
                probe.outcome = attempt.outcome;
                probe.error = attempt.error;
                probe.durationMs = attempt.durationMs;
                local.connectivity << probe;
            }
        }
        int controls = 0;
        for (const QString &server : local.dnsServers) {
            if (controls >= options.maxDnsControls || cancel.isCancelled())
                break;
            const QString address = server.section(u'%', 0, 0);
            const AddressScope scope = classifyAddress(address);
            // A resolver on this computer (systemd-resolved's 127.0.0.53) proves nothing
            // about the network.
            if (scope == AddressScope::Loopback || scope == AddressScope::Invalid)
                continue;
            local.connectivity << controlConnect(QStringLiteral("dns-server"), server, kDnsPort,
                                                 controlTimeout, cancel);
            ++controls;
        }
    }
    local.durationMs = prepared.durationMs + elapsedMs(start);
    log::info("local stage: {} interfaces, {} routes, {} firewall readings, gateway {}",
              local.interfaces.size(), local.routes.size(), local.firewalls.size(),
              local.gateway ? local.gateway->host : QStringLiteral("none"));
    return local;
}

} // namespace rdpdiag
