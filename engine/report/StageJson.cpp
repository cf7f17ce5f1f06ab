// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/StageJson.h"

#include "report/FactsJson.h"
#include "report/GatewayJson.h"
#include "report/LocalJson.h"
#include "report/RdpSecurityJson.h"
#include "report/ServerJson.h"
#include "report/TlsJson.h"
#include "rules/NotDetermined.h"

namespace rdpdiag {

namespace {

QJsonObject stageFactsToJson(FactsStage stage, const Facts &facts);

/** The stage's facts as JSON with what they could not learn ("not_determined": key → reason,
 * derived from the facts, so readers need not read it back). */
QJsonObject stageObject(FactsStage stage, const Facts &facts)
{
    QJsonObject object = stageFactsToJson(stage, facts);
    QJsonObject undetermined;
    for (const UndeterminedFact &fact : undeterminedFacts(facts, stage))
        undetermined.insert(fact.key, fact.reason);
    if (!undetermined.isEmpty())
        object.insert(QStringLiteral("not_determined"), undetermined);
    return object;
}

/** The stage's facts as JSON; only called when hasStageFacts(). */
QJsonObject stageFactsToJson(FactsStage stage, const Facts &facts)
{
    switch (stage) {
    case FactsStage::Dns:
        return dnsFactsToJson(*facts.dns);
    case FactsStage::Tcp:
        return tcpFactsToJson(*facts.tcp);
    case FactsStage::X224:
        return negotiationFactsToJson(*facts.negotiation);
    case FactsStage::RdpSecurity:
        return rdpSecurityFactsToJson(*facts.rdpSecurity);
    case FactsStage::Tls:
        return tlsFactsToJson(*facts.tls);
    case FactsStage::Certificate:
        return certificateFactsToJson(*facts.certificate);
    case FactsStage::Credssp:
        return credsspFactsToJson(*facts.credssp);
    case FactsStage::Local:
        return localFactsToJson(*facts.local);
    case FactsStage::Gateway:
        return gatewayFactsToJson(*facts.local->gateway);
    case FactsStage::Server:
        return serverFactsToJson(*facts.server);
    }
    return {};
}

/** Reads @p node as @p stage's facts into @p facts. */
void stageFactsFromJson(FactsStage stage, const JsonNode &node, Facts &facts)
{
    switch (stage) {
    case FactsStage::Dns:
        facts.dns = dnsFactsFromJson(node);
        return;
    case FactsStage::Tcp:
        facts.tcp = tcpFactsFromJson(node);
        return;
    case FactsStage::X224:
        facts.negotiation = negotiationFactsFromJson(node);
        return;
    case FactsStage::RdpSecurity:
        facts.rdpSecurity = rdpSecurityFactsFromJson(node);
        return;
    case FactsStage::Tls:
        facts.tls = tlsFactsFromJson(node);
        return;
    case FactsStage::Certificate:
        facts.certificate = certificateFactsFromJson(node);
        return;
    case FactsStage::Credssp:
        facts.credssp = credsspFactsFromJson(node);
        return;
    case FactsStage::Local:
        facts.local = localFactsFromJson(node);
        return;
    case FactsStage::Gateway:
        if (!facts.local)
            jsonFail(node.path(), JsonReaderText::tr("without the local facts it belongs to"));
        facts.local->gateway = gatewayFactsFromJson(node);
        return;
    case FactsStage::Server:
        facts.server = serverFactsFromJson(node);
        return;
    }
}

} // namespace

void writeStageFacts(FactsStage stage, const Facts &facts, QJsonObject &factsObject)
{
    const StageInfo &info = stageInfo(stage);
    const QString key = QLatin1String(info.jsonPath[0]);
    if (!info.jsonPath[1]) {
        if (hasStageFacts(stage, facts))
            factsObject.insert(key, stageObject(stage, facts));
        return;
    }
    if (!factsObject.value(key).isObject())
        return; // no parent, no nested stage
    QJsonObject parent = factsObject.value(key).toObject();
    parent.insert(QLatin1String(info.jsonPath[1]), hasStageFacts(stage, facts)
                                                       ? QJsonValue(stageObject(stage, facts))
                                                       : QJsonValue());
    factsObject.insert(key, parent);
}

void readStageFacts(FactsStage stage, const JsonNode &factsNode, Facts &facts)
{
    const StageInfo &info = stageInfo(stage);
    std::optional<JsonNode> node = factsNode.optionalObject(info.jsonPath[0]);
    if (node && info.jsonPath[1])
        node = node->optionalObject(info.jsonPath[1]);
    if (node)
        stageFactsFromJson(stage, *node, facts);
}

} // namespace rdpdiag
