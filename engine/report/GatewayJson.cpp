// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/GatewayJson.h"
#include "report/JsonWrite.h"

#include "report/FactsJson.h"
#include "report/TlsJson.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

using Path = GatewayFacts::Path;
constexpr Path kPaths[] = {Path::Direct, Path::Always, Path::IfDirectFails, Path::ClientDefault};

} // namespace

QJsonObject gatewayFactsToJson(const GatewayFacts &gateway)
{
    QJsonArray tcp;
    for (const TcpAttempt &attempt : gateway.tcp)
        tcp.append(tcpAttemptToJson(attempt));
    QJsonObject json{
        {QStringLiteral("host"), gateway.host},
        {QStringLiteral("port"), gateway.port},
        {QStringLiteral("usage_method"), jsonOptional(gateway.usageMethod)},
        {QStringLiteral("path"), gatewayPathString(gateway.path)},
        {QStringLiteral("probed"), gateway.probed},
        {QStringLiteral("tcp"), tcp},
        {QStringLiteral("connected_address"), jsonOptionalText(gateway.connectedAddress)},
        {QStringLiteral("http_status"), jsonOptional(gateway.httpStatus)},
        {QStringLiteral("http_status_line"), jsonOptionalText(gateway.httpStatusLine)},
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

GatewayFacts gatewayFactsFromJson(const JsonNode &node)
{
    GatewayFacts gateway;
    gateway.host = node.string("host", kJsonMaxShort);
    gateway.port = static_cast<quint16>(node.integer("port", 0, 65535));
    if (const auto method = node.optionalInteger("usage_method", -1000000, 1000000))
        gateway.usageMethod = static_cast<int>(*method);
    gateway.path = node.choice("path", kPaths, &gatewayPathString);
    gateway.probed = node.boolean("probed");
    for (const JsonNode &attempt : node.objects("tcp", kJsonMaxList))
        gateway.tcp.append(tcpAttemptFromJson(attempt));
    gateway.connectedAddress = node.optionalString("connected_address", kJsonMaxShort);
    if (const auto status = node.optionalInteger("http_status", 0, 999))
        gateway.httpStatus = static_cast<int>(*status);
    gateway.httpStatusLine = node.optionalString("http_status_line", kJsonMaxShort * 4);
    gateway.authSchemes = node.strings("auth_schemes", 64, kJsonMaxShort);
    if (const auto dns = node.optionalObject("dns"))
        gateway.dns = dnsFactsFromJson(*dns);
    if (const auto tls = node.optionalObject("tls"))
        gateway.tls = tlsAttemptFromJson(*tls);
    if (const auto certificate = node.optionalObject("certificate"))
        gateway.certificate = certificateFactsFromJson(*certificate);
    return gateway;
}

} // namespace rdpdiag
