// SPDX-License-Identifier: GPL-3.0-or-later
// probes/local/SystemNetwork.h on Linux: the kernel's interfaces and route lookup over
// netlink (iproute2's JSON where netlink does not answer), /proc/net/route and ipv6_route,
// /etc/resolv.conf, and the kernel's path MTU (IP_MTU of a connected UDP socket).
#include "probes/local/SystemNetwork.h"

#include "parsers/NetlinkMessages.h"
#include "parsers/NetworkParsers.h"

#include <QHostAddress>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace rdpdiag {

namespace {

constexpr qint64 kMaxFile = 1024 * 1024;

QString readText(CommandRunner &runner, const QString &path, QString *error)
{
    QByteArray bytes;
    if (!runner.readFile(path, kMaxFile, &bytes, error))
        return {};
    return QString::fromUtf8(bytes);
}

} // namespace

std::optional<int> kernelPathMtu(const QString &address)
{
    const QHostAddress host(address);
    if (host.isNull())
        return std::nullopt;
    const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    int discover = v6 ? IPV6_PMTUDISC_DO : IP_PMTUDISC_DO;
    ::setsockopt(fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_MTU_DISCOVER : IP_MTU_DISCOVER,
                 &discover, sizeof discover);
    int result = -1;
    if (v6) {
        sockaddr_in6 target{};
        target.sin6_family = AF_INET6;
        target.sin6_port = htons(9); // discard; UDP connect() sends nothing
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::copy(std::begin(bytes.c), std::end(bytes.c), target.sin6_addr.s6_addr);
        target.sin6_scope_id = static_cast<uint32_t>(host.scopeId().toUInt());
        result = ::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target);
    } else {
        sockaddr_in target{};
        target.sin_family = AF_INET;
        target.sin_port = htons(9);
        target.sin_addr.s_addr = htonl(host.toIPv4Address());
        result = ::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target);
    }
    std::optional<int> mtu;
    if (result == 0) {
        int value = 0;
        socklen_t length = sizeof value;
        if (::getsockopt(fd, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_MTU : IP_MTU, &value,
                         &length) == 0 &&
            value > 0)
            mtu = value;
    }
    ::close(fd);
    return mtu;
}

void collectSystemNetwork(CommandRunner &runner, const EnvironmentRequest &request,
                          LocalFacts &facts)
{
    // Interfaces with their link kind (tun, wireguard, ppp …): asked of the kernel over
    // netlink, as iproute2 does; from iproute2's JSON where netlink is not answered (recorded
    // fixtures), from Qt when neither works.
    QByteArray links;
    QByteArray addresses;
    QString netlinkError;
    const bool haveNetlink = runner.netlink(netlink::kProtocolRoute, netlink::linkDumpRequest(),
                                            request.commandTimeout, &links, &netlinkError) &&
                             runner.netlink(netlink::kProtocolRoute, netlink::addressDumpRequest(),
                                            request.commandTimeout, &addresses, &netlinkError);
    CommandResult addr;
    if (haveNetlink) {
        facts.interfaces = netlink::parseInterfaces(links, addresses);
    } else {
        addr = runner.run(QStringLiteral("ip"),
                          {QStringLiteral("-j"), QStringLiteral("-d"), QStringLiteral("addr"),
                           QStringLiteral("show")},
                          request.commandTimeout);
        if (addr.ok())
            facts.interfaces = parseIpAddrJson(addr.out);
    }
    if (facts.interfaces.isEmpty())
        facts.interfaces = qtInterfaces();

    QString error;
    const QList<KernelRoute> routes4 =
        parseProcNetRoute(readText(runner, request.procRoutePath, &error));
    const QList<KernelRoute> routes6 =
        parseProcNetIpv6Route(readText(runner, request.procIpv6RoutePath, &error));
    const auto hasDefault = [](const QList<KernelRoute> &routes) {
        return std::any_of(routes.cbegin(), routes.cend(),
                           [](const KernelRoute &r) { return r.isDefault() && r.up && !r.reject; });
    };
    facts.hasDefaultRoute = hasDefault(routes4) || hasDefault(routes6);

    const bool haveIp = !haveNetlink && (!findProgram(QStringLiteral("ip")).isEmpty() || addr.ok());
    for (const QString &destination : request.destinations) {
        RouteFacts route;
        const QHostAddress host(destination);
        if (host.isNull())
            continue;
        const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
        const std::optional<KernelRoute> table = selectRoute(v6 ? routes6 : routes4, destination);
        QByteArray answer;
        if (haveNetlink &&
            runner.netlink(netlink::kProtocolRoute, netlink::routeRequest(destination),
                           request.commandTimeout, &answer, &netlinkError)) {
            route = netlink::parseRoute(answer, destination, facts.interfaces);
        } else if (haveIp) {
            const CommandResult get = runner.run(
                QStringLiteral("ip"),
                {QStringLiteral("-j"), QStringLiteral("route"), QStringLiteral("get"), destination},
                request.commandTimeout);
            route = parseIpRouteGet(get.ok() ? get.out : QByteArray(), destination,
                                    get.ok() ? QString() : QString::fromUtf8(get.err));
        } else if (table) {
            route.destination = destination;
            route.method =
                v6 ? QStringLiteral("/proc/net/ipv6_route") : QStringLiteral("/proc/net/route");
            route.found = !table->reject;
            route.interfaceName = table->interfaceName;
            route.gateway = table->gateway;
            route.type = table->reject ? QStringLiteral("unreachable") : QStringLiteral("unicast");
        } else {
            route.destination = destination;
            route.method =
                v6 ? QStringLiteral("/proc/net/ipv6_route") : QStringLiteral("/proc/net/route");
            route.error = QStringLiteral("no route");
            route.type = QStringLiteral("unreachable");
        }
        if (table &&
            (route.interfaceName.isEmpty() || table->interfaceName == route.interfaceName)) {
            route.prefix = table->prefix();
            route.viaDefaultRoute = table->isDefault();
            if (!route.routeMtu && table->mtu)
                route.routeMtu = table->mtu;
        }
        if (route.found && request.kernelPathMtu)
            route.pathMtu = kernelPathMtu(destination);
        facts.routes << route;
    }

    const QString resolv = readText(runner, request.resolvConfPath, &error);
    if (!resolv.isEmpty()) {
        const ResolvConf conf = parseResolvConf(resolv);
        facts.dnsServers = conf.nameservers;
        facts.dnsSearch = conf.search;
    } else {
        facts.notCollected
            << QStringLiteral("DNS servers: %1 unreadable (%2)").arg(request.resolvConfPath, error);
    }
}

} // namespace rdpdiag
