// SPDX-License-Identifier: GPL-3.0-or-later
// probes/local/SystemNetwork.h on Windows: the IP Helper API, which is what `route print`,
// `ipconfig /all` and the Settings app show, read without parsing any tool's text (whose
// wording changes with the display language). Interfaces come from Qt (GetAdaptersAddresses
// underneath); the proxy from the user's Internet settings when the environment sets none.
#include "probes/local/SystemNetwork.h"

#include "platform/NativeSockets.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSettings>

#include <iphlpapi.h>

#include <bitset>
#include <cstring>
#include <vector>

namespace rdpdiag {

namespace {

QString windowsError(unsigned long status)
{
    return qt_error_string(static_cast<int>(status));
}

QString addressText(const SOCKADDR_INET &address)
{
    if (address.si_family == AF_INET)
        return QHostAddress(reinterpret_cast<const sockaddr *>(&address.Ipv4)).toString();
    if (address.si_family == AF_INET6)
        return QHostAddress(reinterpret_cast<const sockaddr *>(&address.Ipv6))
            .toString()
            .section(u'%', 0, 0);
    return {};
}

bool isUnspecified(const QString &address)
{
    return address.isEmpty() || address == QLatin1String("0.0.0.0") ||
           address == QLatin1String("::");
}

/** An IPv4 address of the IP Helper API (network byte order) as text. */
QString ipv4Text(DWORD networkOrder)
{
    return QHostAddress(ntohl(networkOrder)).toString();
}

int prefixLength(DWORD networkOrderMask)
{
    return static_cast<int>(std::bitset<32>(ntohl(networkOrderMask)).count());
}

QString interfaceNameOf(unsigned long index)
{
    const QNetworkInterface adapter =
        QNetworkInterface::interfaceFromIndex(static_cast<int>(index));
    return adapter.isValid() ? adapter.name() : QString::number(index);
}

/** The IPv4-only GetBestRoute, for systems without GetBestRoute2 (Wine, old Windows). */
std::optional<RouteFacts> bestIpv4Route(const QString &destination, const QHostAddress &host,
                                        QString &error)
{
    MIB_IPFORWARDROW row{};
    const unsigned long status = ::GetBestRoute(htonl(host.toIPv4Address()), 0, &row);
    RouteFacts route;
    route.destination = destination;
    route.method = QStringLiteral("GetBestRoute");
    if (status == ERROR_NETWORK_UNREACHABLE || status == ERROR_HOST_UNREACHABLE) {
        route.error = windowsError(status);
        route.type = QStringLiteral("unreachable");
        return route;
    }
    if (status != NO_ERROR) {
        error = windowsError(status);
        return std::nullopt;
    }
    route.found = true;
    route.type = QStringLiteral("unicast");
    route.interfaceName = interfaceNameOf(row.dwForwardIfIndex);
    const QString nextHop = ipv4Text(row.dwForwardNextHop);
    route.gateway = isUnspecified(nextHop) || nextHop == destination ? QString() : nextHop;
    route.prefix = QStringLiteral("%1/%2")
                       .arg(ipv4Text(row.dwForwardDest))
                       .arg(prefixLength(row.dwForwardMask));
    route.viaDefaultRoute = prefixLength(row.dwForwardMask) == 0;
    return route;
}

/**
 * The route Windows picks toward @p destination, as `route print` would show it; a route
 * that does not exist is a fact (found = false). nullopt with @p error when the system
 * could not be asked: that is "not collected", never "no route".
 */
std::optional<RouteFacts> bestRoute(const QString &destination, QString &error)
{
    const QHostAddress host(destination);
    sockaddr_storage storage{};
    if (platform::fillSocketAddress(host, 0, storage) == 0) {
        error = QStringLiteral("not an IP address");
        return std::nullopt;
    }
    SOCKADDR_INET target{};
    std::memcpy(&target, &storage,
                host.protocol() == QAbstractSocket::IPv6Protocol ? sizeof(sockaddr_in6)
                                                                 : sizeof(sockaddr_in));
    MIB_IPFORWARD_ROW2 row{};
    SOCKADDR_INET source{};
    const unsigned long status = ::GetBestRoute2(nullptr, 0, nullptr, &target, 0, &row, &source);
    if (status == ERROR_NOT_SUPPORTED && host.protocol() == QAbstractSocket::IPv4Protocol)
        return bestIpv4Route(destination, host, error);
    RouteFacts route;
    route.destination = destination;
    route.method = QStringLiteral("GetBestRoute2");
    if (status == ERROR_NETWORK_UNREACHABLE || status == ERROR_HOST_UNREACHABLE) {
        route.error = windowsError(status);
        route.type = QStringLiteral("unreachable");
        return route;
    }
    if (status != NO_ERROR) {
        error = windowsError(status);
        return std::nullopt;
    }
    route.found = true;
    route.type = row.Loopback ? QStringLiteral("local") : QStringLiteral("unicast");
    route.interfaceName = interfaceNameOf(row.InterfaceIndex);
    const QString nextHop = addressText(row.NextHop);
    route.gateway = isUnspecified(nextHop) ? QString() : nextHop;
    route.sourceAddress = addressText(source);
    const QString prefix = addressText(row.DestinationPrefix.Prefix);
    if (!prefix.isEmpty())
        route.prefix = QStringLiteral("%1/%2").arg(prefix).arg(row.DestinationPrefix.PrefixLength);
    route.viaDefaultRoute = row.DestinationPrefix.PrefixLength == 0;
    return route;
}

/** The IPv4-only GetIpForwardTable, for systems without GetIpForwardTable2. */
std::optional<bool> hasDefaultIpv4Route(QString &error)
{
    unsigned long size = 0;
    unsigned long status = ::GetIpForwardTable(nullptr, &size, FALSE);
    if (status != ERROR_INSUFFICIENT_BUFFER) {
        error = windowsError(status);
        return std::nullopt;
    }
    std::vector<unsigned char> buffer(size);
    auto *table = reinterpret_cast<MIB_IPFORWARDTABLE *>(buffer.data());
    status = ::GetIpForwardTable(table, &size, FALSE);
    if (status != NO_ERROR) {
        error = windowsError(status);
        return std::nullopt;
    }
    for (unsigned long i = 0; i < table->dwNumEntries; ++i)
        if (table->table[i].dwForwardMask == 0)
            return true;
    return false;
}

/** Whether the routing table has a default route (any family); nullopt if unreadable. */
std::optional<bool> hasDefaultRoute(QString &error)
{
    PMIB_IPFORWARD_TABLE2 table = nullptr;
    const unsigned long status = ::GetIpForwardTable2(AF_UNSPEC, &table);
    if (status == ERROR_NOT_SUPPORTED)
        return hasDefaultIpv4Route(error);
    if (status != NO_ERROR) {
        error = windowsError(status);
        return std::nullopt;
    }
    bool found = false;
    for (unsigned long i = 0; i < table->NumEntries && !found; ++i)
        found = table->Table[i].DestinationPrefix.PrefixLength == 0;
    ::FreeMibTable(table);
    return found;
}

/** The DNS servers and the primary DNS suffix (GetNetworkParams, as `ipconfig /all`). */
bool readDns(LocalFacts &facts, QString &error)
{
    unsigned long size = 0;
    unsigned long status = ::GetNetworkParams(nullptr, &size);
    if (status != ERROR_BUFFER_OVERFLOW) {
        error = windowsError(status);
        return false;
    }
    std::vector<unsigned char> buffer(size);
    auto *info = reinterpret_cast<FIXED_INFO *>(buffer.data());
    status = ::GetNetworkParams(info, &size);
    if (status != NO_ERROR) {
        error = windowsError(status);
        return false;
    }
    for (const IP_ADDR_STRING *server = &info->DnsServerList; server; server = server->Next) {
        const QString address = QString::fromLatin1(server->IpAddress.String).trimmed();
        if (!address.isEmpty() && !facts.dnsServers.contains(address))
            facts.dnsServers << address;
    }
    const QString suffix = QString::fromLatin1(info->DomainName).trimmed();
    if (!suffix.isEmpty())
        facts.dnsSearch << suffix;
    return true;
}

/** The user's proxy from Internet Options, which browsers and the RD Gateway client use. */
std::optional<ProxyFacts> internetSettingsProxy()
{
    const QSettings settings(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"),
        QSettings::NativeFormat);
    if (settings.value(QStringLiteral("ProxyEnable")).toInt() != 1)
        return std::nullopt;
    const QString server = settings.value(QStringLiteral("ProxyServer")).toString().trimmed();
    if (server.isEmpty())
        return std::nullopt;
    ProxyFacts proxy;
    proxy.source = QStringLiteral("windows internet settings");
    // "host:port" for every protocol, or "http=host:port;https=host:port;…".
    if (!server.contains(u'=')) {
        proxy.httpProxy = server;
        proxy.httpsProxy = server;
    }
    for (const QString &part : server.split(u';', Qt::SkipEmptyParts)) {
        const QString scheme = part.section(u'=', 0, 0).trimmed().toLower();
        const QString value = part.section(u'=', 1).trimmed();
        if (scheme == QLatin1String("http"))
            proxy.httpProxy = value;
        else if (scheme == QLatin1String("https"))
            proxy.httpsProxy = value;
    }
    proxy.noProxy = settings.value(QStringLiteral("ProxyOverride")).toString();
    return proxy.any() ? std::optional<ProxyFacts>(proxy) : std::nullopt;
}

} // namespace

void collectSystemNetwork(CommandRunner &, const EnvironmentRequest &request, LocalFacts &facts)
{
    facts.interfaces = qtInterfaces();

    QString error;
    facts.hasDefaultRoute = hasDefaultRoute(error);
    if (!facts.hasDefaultRoute)
        facts.notCollected << QStringLiteral("default route: %1").arg(error);

    for (const QString &destination : request.destinations) {
        if (QHostAddress(destination).isNull())
            continue;
        if (const std::optional<RouteFacts> route = bestRoute(destination, error))
            facts.routes << *route;
        else
            facts.notCollected << QStringLiteral("route toward %1: %2").arg(destination, error);
    }

    if (!readDns(facts, error))
        facts.notCollected << QStringLiteral("DNS servers: %1").arg(error);

    if (!facts.proxy || !facts.proxy->any())
        if (const std::optional<ProxyFacts> proxy = internetSettingsProxy())
            facts.proxy = proxy;
}

std::optional<int> kernelPathMtu(const QString &)
{
    return std::nullopt; // Windows knows a path MTU only after traffic (GetIpPathEntry)
}

} // namespace rdpdiag
