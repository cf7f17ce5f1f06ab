// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/LocalJson.h"

#include "report/FactsJson.h"
#include "report/TlsJson.h"

namespace rdpdiag {

namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject interfaceFactsToJson(const NetworkInterfaceFacts &facts)
{
    return {{QStringLiteral("name"), facts.name},
            {QStringLiteral("index"), facts.index},
            {QStringLiteral("kind"), optionalText(facts.kind)},
            {QStringLiteral("mtu"), optionalInt(facts.mtu)},
            {QStringLiteral("up"), facts.up},
            {QStringLiteral("running"), facts.running},
            {QStringLiteral("loopback"), facts.loopback},
            {QStringLiteral("tunnel"), facts.tunnel},
            {QStringLiteral("addresses"), QJsonArray::fromStringList(facts.addresses)}};
}

QJsonObject routeFactsToJson(const RouteFacts &route)
{
    return {{QStringLiteral("destination"), route.destination},
            {QStringLiteral("found"), route.found},
            {QStringLiteral("interface"), optionalText(route.interfaceName)},
            {QStringLiteral("gateway"), optionalText(route.gateway)},
            {QStringLiteral("source"), optionalText(route.sourceAddress)},
            {QStringLiteral("prefix"), optionalText(route.prefix)},
            {QStringLiteral("via_default_route"), route.viaDefaultRoute},
            {QStringLiteral("type"), optionalText(route.type)},
            {QStringLiteral("route_mtu"), optionalInt(route.routeMtu)},
            {QStringLiteral("path_mtu"), optionalInt(route.pathMtu)},
            {QStringLiteral("method"), optionalText(route.method)},
            {QStringLiteral("error"), optionalText(route.error)}};
}

QJsonObject firewallVerdictToJson(const FirewallVerdict &verdict)
{
    QJsonObject json{{QStringLiteral("result"), firewallResultString(verdict.result)},
                     {QStringLiteral("action"), firewallActionString(verdict.action)},
                     {QStringLiteral("by_policy"), verdict.byPolicy},
                     {QStringLiteral("rule"), verdict.rule},
                     {QStringLiteral("location"), verdict.location}};
    if (!verdict.comment.isEmpty())
        json.insert(QStringLiteral("comment"), verdict.comment);
    if (!verdict.conditions.isEmpty())
        json.insert(QStringLiteral("conditions"), QJsonArray::fromStringList(verdict.conditions));
    return json;
}

QJsonObject firewallReadingToJson(const FirewallReading &reading)
{
    QJsonArray verdicts;
    for (const FirewallVerdict &verdict : reading.verdicts)
        verdicts.append(firewallVerdictToJson(verdict));
    return {{QStringLiteral("source"), reading.source},
            {QStringLiteral("status"), firewallStatusString(reading.status)},
            {QStringLiteral("detail"), optionalText(reading.detail)},
            {QStringLiteral("rule_count"), reading.ruleCount},
            {QStringLiteral("direction"), firewallDirectionString(reading.direction)},
            {QStringLiteral("port"), reading.port},
            {QStringLiteral("remote_address"), optionalText(reading.remoteAddress)},
            {QStringLiteral("verdicts"), verdicts}};
}

QJsonObject connectivityProbeToJson(const ConnectivityProbe &probe)
{
    QJsonObject json{{QStringLiteral("role"), probe.role},
                     {QStringLiteral("address"), probe.address},
                     {QStringLiteral("port"), probe.port},
                     {QStringLiteral("outcome"), ioOutcomeString(probe.outcome)},
                     {QStringLiteral("duration_ms"), probe.durationMs}};
    if (!probe.error.isEmpty())
        json.insert(QStringLiteral("error"), probe.error);
    return json;
}

QJsonObject gatewayFactsToJson(const GatewayFacts &gateway)
{
    QJsonArray tcp;
    for (const TcpAttempt &attempt : gateway.tcp)
        tcp.append(tcpAttemptToJson(attempt));
    QJsonObject json{
        {QStringLiteral("host"), gateway.host},
        {QStringLiteral("port"), gateway.port},
        {QStringLiteral("usage_method"), optionalInt(gateway.usageMethod)},
        {QStringLiteral("path"), gatewayPathString(gateway.path)},
        {QStringLiteral("probed"), gateway.probed},
        {QStringLiteral("tcp"), tcp},
        {QStringLiteral("connected_address"), optionalText(gateway.connectedAddress)},
        {QStringLiteral("http_status"), optionalInt(gateway.httpStatus)},
        {QStringLiteral("http_status_line"), optionalText(gateway.httpStatusLine)},
        {QStringLiteral("auth_schemes"), QJsonArray::fromStringList(gateway.authSchemes)}};
    json.insert(QStringLiteral("dns"),
                gateway.dns ? QJsonValue(dnsFactsToJson(*gateway.dns)) : QJsonValue());
    json.insert(QStringLiteral("tls"),
                gateway.tls ? QJsonValue(tlsAttemptToJson(*gateway.tls)) : QJsonValue());
    json.insert(QStringLiteral("certificate"),
                gateway.certificate ? QJsonValue(certificateFactsToJson(*gateway.certificate))
                                    : QJsonValue());
    return json;
}

QJsonObject localFactsToJson(const LocalFacts &facts)
{
    QJsonArray interfaces;
    for (const NetworkInterfaceFacts &interface : facts.interfaces)
        interfaces.append(interfaceFactsToJson(interface));
    QJsonArray routes;
    for (const RouteFacts &route : facts.routes)
        routes.append(routeFactsToJson(route));
    QJsonArray firewalls;
    for (const FirewallReading &reading : facts.firewalls)
        firewalls.append(firewallReadingToJson(reading));
    QJsonArray connectivity;
    for (const ConnectivityProbe &probe : facts.connectivity)
        connectivity.append(connectivityProbeToJson(probe));
    QJsonObject json{
        {QStringLiteral("platform"), facts.platform},
        {QStringLiteral("interfaces"), interfaces},
        {QStringLiteral("default_route"),
         facts.hasDefaultRoute ? QJsonValue(*facts.hasDefaultRoute) : QJsonValue()},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("dns_servers"), QJsonArray::fromStringList(facts.dnsServers)},
        {QStringLiteral("dns_search"), QJsonArray::fromStringList(facts.dnsSearch)},
        {QStringLiteral("firewalls"), firewalls},
        {QStringLiteral("connectivity"), connectivity},
        {QStringLiteral("not_collected"), QJsonArray::fromStringList(facts.notCollected)},
        {QStringLiteral("duration_ms"), facts.durationMs}};
    if (facts.proxy && facts.proxy->any()) {
        // Proxy URLs may carry a user name and password ("http://user:secret@proxy:3128"):
        // only the host part is kept.
        const auto hostOnly = [](const QString &url) {
            return optionalText(proxyWithoutCredentials(url));
        };
        json.insert(QStringLiteral("proxy"),
                    QJsonObject{{QStringLiteral("source"), facts.proxy->source},
                                {QStringLiteral("http"), hostOnly(facts.proxy->httpProxy)},
                                {QStringLiteral("https"), hostOnly(facts.proxy->httpsProxy)},
                                {QStringLiteral("all"), hostOnly(facts.proxy->allProxy)},
                                {QStringLiteral("no_proxy"), optionalText(facts.proxy->noProxy)}});
    } else {
        json.insert(QStringLiteral("proxy"), QJsonValue());
    }
    json.insert(QStringLiteral("gateway"),
                facts.gateway ? QJsonValue(gatewayFactsToJson(*facts.gateway)) : QJsonValue());
    return json;
}

} // namespace rdpdiag
