// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/LocalJson.h"
#include "report/JsonWrite.h"

#include "report/FactsJson.h"

namespace rdpdiag {

namespace {

std::optional<int> readOptionalInt(const JsonNode &node, const char *key, int min, int max)
{
    if (const auto value = node.optionalInteger(key, min, max))
        return static_cast<int>(*value);
    return std::nullopt;
}

using Status = FirewallReading::Status;
constexpr Status kStatuses[] = {Status::Read, Status::Inactive, Status::NotInstalled,
                                Status::Denied, Status::Failed};
constexpr FirewallDirection kDirections[] = {FirewallDirection::Inbound,
                                             FirewallDirection::Outbound};
using Result = FirewallVerdict::Result;
constexpr Result kResults[] = {Result::Allowed, Result::Blocked, Result::MayBeBlocked};
constexpr FirewallAction kActions[] = {
    FirewallAction::Accept, FirewallAction::Drop,   FirewallAction::Reject,  FirewallAction::Jump,
    FirewallAction::Goto,   FirewallAction::Return, FirewallAction::Continue};

} // namespace

QJsonObject interfaceFactsToJson(const NetworkInterfaceFacts &facts)
{
    return {{QStringLiteral("name"), facts.name},
            {QStringLiteral("index"), facts.index},
            {QStringLiteral("kind"), jsonOptionalText(facts.kind)},
            {QStringLiteral("mtu"), jsonOptional(facts.mtu)},
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
            {QStringLiteral("interface"), jsonOptionalText(route.interfaceName)},
            {QStringLiteral("gateway"), jsonOptionalText(route.gateway)},
            {QStringLiteral("source"), jsonOptionalText(route.sourceAddress)},
            {QStringLiteral("prefix"), jsonOptionalText(route.prefix)},
            {QStringLiteral("via_default_route"), route.viaDefaultRoute},
            {QStringLiteral("type"), jsonOptionalText(route.type)},
            {QStringLiteral("route_mtu"), jsonOptional(route.routeMtu)},
            {QStringLiteral("path_mtu"), jsonOptional(route.pathMtu)},
            {QStringLiteral("method"), jsonOptionalText(route.method)},
            {QStringLiteral("error"), jsonOptionalText(route.error)}};
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
            {QStringLiteral("detail"), jsonOptionalText(reading.detail)},
            {QStringLiteral("rule_count"), reading.ruleCount},
            {QStringLiteral("direction"), firewallDirectionString(reading.direction)},
            {QStringLiteral("port"), reading.port},
            {QStringLiteral("remote_address"), jsonOptionalText(reading.remoteAddress)},
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
            return jsonOptionalText(proxyWithoutCredentials(url));
        };
        json.insert(
            QStringLiteral("proxy"),
            QJsonObject{{QStringLiteral("source"), facts.proxy->source},
                        {QStringLiteral("http"), hostOnly(facts.proxy->httpProxy)},
                        {QStringLiteral("https"), hostOnly(facts.proxy->httpsProxy)},
                        {QStringLiteral("all"), hostOnly(facts.proxy->allProxy)},
                        {QStringLiteral("no_proxy"), jsonOptionalText(facts.proxy->noProxy)}});
    } else {
        json.insert(QStringLiteral("proxy"), QJsonValue());
    }
    // "gateway" is the gateway stage's (report/GatewayJson, written by writeStageFacts).
    return json;
}

NetworkInterfaceFacts interfaceFactsFromJson(const JsonNode &node)
{
    NetworkInterfaceFacts facts;
    facts.name = node.string("name", kJsonMaxShort);
    facts.index = static_cast<int>(node.integer("index", -1, 1 << 30));
    facts.kind = node.optionalString("kind", kJsonMaxShort);
    facts.mtu = readOptionalInt(node, "mtu", 0, 1 << 30);
    facts.up = node.boolean("up");
    facts.running = node.boolean("running");
    facts.loopback = node.boolean("loopback");
    facts.tunnel = node.boolean("tunnel");
    facts.addresses = node.strings("addresses", kJsonMaxList, kJsonMaxShort);
    return facts;
}

RouteFacts routeFactsFromJson(const JsonNode &node)
{
    RouteFacts route;
    route.destination = node.string("destination", kJsonMaxShort);
    route.found = node.boolean("found");
    route.interfaceName = node.optionalString("interface", kJsonMaxShort);
    route.gateway = node.optionalString("gateway", kJsonMaxShort);
    route.sourceAddress = node.optionalString("source", kJsonMaxShort);
    route.prefix = node.optionalString("prefix", kJsonMaxShort);
    route.viaDefaultRoute = node.boolean("via_default_route");
    route.type = node.optionalString("type", kJsonMaxShort);
    route.routeMtu = readOptionalInt(node, "route_mtu", 0, 1 << 30);
    route.pathMtu = readOptionalInt(node, "path_mtu", 0, 1 << 30);
    route.method = node.optionalString("method", kJsonMaxShort);
    route.error = node.optionalString("error");
    return route;
}

FirewallVerdict firewallVerdictFromJson(const JsonNode &node)
{
    FirewallVerdict verdict;
    verdict.result = node.choice("result", kResults, &firewallResultString);
    verdict.action = node.choice("action", kActions, &firewallActionString);
    verdict.byPolicy = node.boolean("by_policy");
    verdict.rule = node.string("rule");
    verdict.location = node.string("location");
    verdict.comment = node.optionalString("comment");
    if (node.has("conditions"))
        verdict.conditions = node.strings("conditions", kJsonMaxList, kJsonMaxText);
    return verdict;
}

FirewallReading firewallReadingFromJson(const JsonNode &node)
{
    FirewallReading reading;
    reading.source = node.string("source", kJsonMaxShort);
    reading.status = node.choice("status", kStatuses, &firewallStatusString);
    reading.detail = node.optionalString("detail");
    reading.ruleCount = static_cast<int>(node.integer("rule_count", 0, 1 << 30));
    reading.direction = node.choice("direction", kDirections, &firewallDirectionString);
    reading.port = static_cast<quint16>(node.integer("port", 0, 65535));
    reading.remoteAddress = node.optionalString("remote_address", kJsonMaxShort);
    for (const JsonNode &verdict : node.objects("verdicts", kJsonMaxList))
        reading.verdicts.append(firewallVerdictFromJson(verdict));
    return reading;
}

ConnectivityProbe connectivityProbeFromJson(const JsonNode &node)
{
    ConnectivityProbe probe;
    probe.role = node.string("role", kJsonMaxShort);
    probe.address = node.string("address", kJsonMaxShort);
    probe.port = static_cast<quint16>(node.integer("port", 0, 65535));
    probe.outcome = node.choice("outcome", kIoOutcomes, &ioOutcomeString);
    probe.durationMs = node.duration("duration_ms");
    probe.error = node.optionalString("error");
    return probe;
}

LocalFacts localFactsFromJson(const JsonNode &node)
{
    LocalFacts facts;
    facts.platform = node.string("platform", kJsonMaxShort);
    for (const JsonNode &interface : node.objects("interfaces", kJsonMaxList))
        facts.interfaces.append(interfaceFactsFromJson(interface));
    facts.hasDefaultRoute = node.optionalBoolean("default_route");
    for (const JsonNode &route : node.objects("routes", kJsonMaxList))
        facts.routes.append(routeFactsFromJson(route));
    facts.dnsServers = node.strings("dns_servers", kJsonMaxList, kJsonMaxShort);
    facts.dnsSearch = node.strings("dns_search", kJsonMaxList, kJsonMaxShort);
    for (const JsonNode &reading : node.objects("firewalls", kJsonMaxList))
        facts.firewalls.append(firewallReadingFromJson(reading));
    for (const JsonNode &probe : node.objects("connectivity", kJsonMaxList))
        facts.connectivity.append(connectivityProbeFromJson(probe));
    facts.notCollected = node.strings("not_collected", kJsonMaxList, kJsonMaxText);
    facts.durationMs = node.duration("duration_ms");
    if (const auto proxyNode = node.optionalObject("proxy")) {
        // The writer keeps only the host part of proxy URLs: what is read is that part.
        ProxyFacts proxy;
        proxy.source = proxyNode->string("source", kJsonMaxShort);
        proxy.httpProxy = proxyNode->optionalString("http", kJsonMaxShort * 4);
        proxy.httpsProxy = proxyNode->optionalString("https", kJsonMaxShort * 4);
        proxy.allProxy = proxyNode->optionalString("all", kJsonMaxShort * 4);
        proxy.noProxy = proxyNode->optionalString("no_proxy", kJsonMaxText);
        if (!proxy.any())
            jsonFail(proxyNode->path(), JsonReaderText::tr("names no proxy"));
        facts.proxy = proxy;
    }
    return facts;
}

} // namespace rdpdiag
