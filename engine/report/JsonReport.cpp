// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonReport.h"

#include "report/StageJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rdpdiag {

namespace {

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject targetToJson(const Report &report)
{
    const Target &target = report.target;
    QJsonObject json{
        {QStringLiteral("input"), target.input},
        {QStringLiteral("host"), target.host},
        {QStringLiteral("port"), target.port},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(report.addresses)},
        {QStringLiteral("source"), target.source == Target::Source::RdpFile
                                       ? QStringLiteral("rdp-file")
                                       : QStringLiteral("argument")},
    };
    if (target.rdp) {
        // The client's settings that the rules use; never the user name or password.
        const RdpFileSettings &rdp = *target.rdp;
        QJsonObject settings{{QStringLiteral("full_address"), rdp.fullAddress}};
        if (!rdp.alternateFullAddress.isEmpty())
            settings.insert(QStringLiteral("alternate_full_address"), rdp.alternateFullAddress);
        if (!rdp.gatewayHostname.isEmpty())
            settings.insert(QStringLiteral("gateway_hostname"), rdp.gatewayHostname);
        const auto putInt = [&settings](const char *key, const std::optional<int> &value) {
            if (value)
                settings.insert(QLatin1String(key), *value);
        };
        putInt("server_port", rdp.serverPort);
        putInt("gateway_usage_method", rdp.gatewayUsageMethod);
        putInt("enable_credssp_support", rdp.enableCredSspSupport);
        putInt("authentication_level", rdp.authenticationLevel);
        putInt("negotiate_security_layer", rdp.negotiateSecurityLayer);
        json.insert(QStringLiteral("rdp_file"), settings);
    }
    return json;
}

QJsonObject stageToJson(const StageResult &stage)
{
    return {{QStringLiteral("id"), stageIdString(stage.id)},
            {QStringLiteral("status"), stageStatusString(stage.status)},
            {QStringLiteral("duration_ms"), stage.durationMs},
            {QStringLiteral("summary"), stage.summary}};
}

QJsonObject factsToJson(const Facts &facts)
{
    QJsonObject json;
    for (const FactsStage stage : kFactsStages)
        writeStageFacts(stage, facts, json);
    return json;
}

QJsonObject diagnosisToJson(const Diagnosis &diagnosis)
{
    QJsonObject json{{QStringLiteral("error_code"), optionalString(diagnosis.errorCode)},
                     {QStringLiteral("extended_code"), optionalString(diagnosis.extendedCode)},
                     {QStringLiteral("primary"), optionalString(diagnosis.primary)},
                     {QStringLiteral("summary"), diagnosis.summary}};
    if (!diagnosis.relation.isEmpty())
        json.insert(QStringLiteral("relation"), diagnosis.relation);
    if (!diagnosis.unchecked.isEmpty())
        json.insert(QStringLiteral("unchecked"), QJsonArray::fromStringList(diagnosis.unchecked));
    return json;
}

} // namespace

QJsonObject findingToJson(const Finding &finding)
{
    QJsonArray remediation;
    for (const Remedy &remedy : finding.remediation) {
        QJsonObject step{{QStringLiteral("where"), remedyWhereString(remedy.where)},
                         {QStringLiteral("text"), remedy.text}};
        if (!remedy.command.isEmpty()) {
            step.insert(QStringLiteral("command"), remedy.command);
            step.insert(QStringLiteral("shell"), remedy.shell);
        }
        remediation.append(step);
    }
    QJsonObject parameters;
    for (auto it = finding.parameters.cbegin(); it != finding.parameters.cend(); ++it)
        parameters.insert(it.key(), it.value());
    return {{QStringLiteral("code"), finding.code},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("severity"), severityString(finding.severity)},
            {QStringLiteral("category"), categoryString(finding.category)},
            {QStringLiteral("stage"), stageIdString(finding.stage)},
            {QStringLiteral("title"), finding.title},
            {QStringLiteral("detail"), finding.detail},
            {QStringLiteral("evidence"), finding.evidence},
            {QStringLiteral("remediation"), remediation}};
}

QJsonObject reportToJson(const Report &report)
{
    QJsonArray stages;
    for (const StageResult &stage : report.stages)
        stages.append(stageToJson(stage));
    QJsonArray findings;
    for (const Finding &finding : report.findings)
        findings.append(findingToJson(finding));
    return {
        {QStringLiteral("schema"), QLatin1String(kReportSchema)},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("rdpdiag")},
                                             {QStringLiteral("version"), report.toolVersion}}},
        {QStringLiteral("reference"), report.reference},
        {QStringLiteral("target"), targetToJson(report)},
        {QStringLiteral("started"), report.started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), report.durationMs},
        {QStringLiteral("timeout_ms"), report.timeoutMs},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("facts"), factsToJson(report.facts)},
        {QStringLiteral("diagnosis"), diagnosisToJson(report.diagnosis)},
    };
}

QByteArray reportToJsonBytes(const Report &report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace rdpdiag
