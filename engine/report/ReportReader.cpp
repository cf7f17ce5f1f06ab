// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportReader.h"

#include "catalogue/Catalogue.h"
#include "report/JsonNode.h"
#include "report/JsonReport.h"
#include "report/StageJson.h"
#include "runner/ReferenceCode.h"
#include "support/SafeText.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

// Bounds for hostile input. Real reports are far below every one of them.
constexpr qsizetype kMaxFindings = 1000;
constexpr int kMaxEvidenceDepth = 16;
constexpr int kMaxEvidenceNodes = 20000;

// The enumerations, each as the list of its values (the writer's string functions give the
// names, so reader and writer cannot drift apart).
constexpr StageStatus kStageStatuses[] = {StageStatus::Passed, StageStatus::Warning,
                                          StageStatus::Failed, StageStatus::Skipped};
constexpr Severity kSeverities[] = {Severity::Info, Severity::Warning, Severity::Error};

/** Bounds the shape of free-form evidence (depth and size). */
void checkEvidence(const QJsonValue &value, const QString &path, int depth, int &nodes)
{
    if (++nodes > kMaxEvidenceNodes)
        jsonFail(path, JsonReaderText::tr("evidence too large"));
    if (depth > kMaxEvidenceDepth)
        jsonFail(path, JsonReaderText::tr("evidence nested too deeply"));
    if (value.isString() && value.toString().size() > kJsonMaxBlob)
        jsonFail(path, JsonReaderText::tr("longer than %1 characters").arg(kJsonMaxBlob));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkEvidence(array.at(i), jsonElementPath(path, i), depth + 1, nodes);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            checkEvidence(it.value(), jsonChildPath(path, it.key().left(64)), depth + 1, nodes);
    }
}

StageId stageFromString(const QString &text, const QString &path)
{
    for (const StageId stage : kAllStages)
        if (stageIdString(stage) == text)
            return stage;
    jsonFail(path, JsonReaderText::tr("\"%1\" is not a stage").arg(text.left(64)));
}

Target readTarget(const JsonNode &node)
{
    Target target;
    target.input = node.string("input", kJsonMaxShort * 4);
    target.host = node.string("host", kJsonMaxShort);
    if (target.host.isEmpty())
        jsonFail(node.where("host"), JsonReaderText::tr("empty"));
    target.port = static_cast<quint16>(node.integer("port", 1, 65535));
    target.isIpLiteral = !QHostAddress(target.host).isNull();
    const QString source = node.string("source", kJsonMaxShort);
    if (source == QLatin1String("rdp-file"))
        target.source = Target::Source::RdpFile;
    else if (source == QLatin1String("argument"))
        target.source = Target::Source::Argument;
    else
        jsonFail(node.where("source"),
                 JsonReaderText::tr("\"%1\" is not argument or rdp-file").arg(source.left(64)));
    if (node.has("rdp_file")) {
        const JsonNode rdpNode = node.object("rdp_file");
        RdpFileSettings rdp;
        rdp.fullAddress = rdpNode.string("full_address", kJsonMaxShort);
        rdp.alternateFullAddress = rdpNode.optionalString("alternate_full_address", kJsonMaxShort);
        rdp.gatewayHostname = rdpNode.optionalString("gateway_hostname", kJsonMaxShort);
        const auto optionalInt = [&rdpNode](const char *key) -> std::optional<int> {
            if (const auto value = rdpNode.optionalInteger(key, -1000000, 1000000))
                return static_cast<int>(*value);
            return std::nullopt;
        };
        rdp.serverPort = optionalInt("server_port");
        rdp.gatewayUsageMethod = optionalInt("gateway_usage_method");
        rdp.enableCredSspSupport = optionalInt("enable_credssp_support");
        rdp.authenticationLevel = optionalInt("authentication_level");
        rdp.negotiateSecurityLayer = optionalInt("negotiate_security_layer");
        target.rdp = rdp;
    }
    return target;
}

/**
 * A finding as this version's catalogue describes it (catalogue/Catalogue.h,
 * reopenedFinding()): the code, the placeholder values and the evidence are read; the
 * report's title, detail and remediation are not — a bundle's report.json is not signed, and
 * whoever edits it must not choose the command shown beside a Copy button.
 */
Finding readFinding(const JsonNode &node)
{
    const QString code = node.string("code", 128);
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]+(?:\\.[a-z0-9_]+)+$"));
    if (!codePattern.match(code).hasMatch())
        jsonFail(node.where("code"),
                 JsonReaderText::tr("\"%1\" is not a finding code").arg(code.left(64)));
    const Severity severity = node.choice("severity", kSeverities, &severityString);
    const Category category = node.choice("category", kAllCategories, &categoryString);
    const StageId stage = stageFromString(node.string("stage", kJsonMaxShort), node.where("stage"));
    const QJsonValue evidence = node.raw("evidence");
    if (!evidence.isObject())
        jsonFail(node.where("evidence"), JsonReaderText::tr("not an object"));
    int nodes = 0;
    checkEvidence(evidence, node.where("evidence"), 0, nodes);
    // Older reports have no "parameters": their texts show the placeholders.
    Placeholders parameters;
    if (!node.isNull("parameters")) {
        const JsonNode values = node.object("parameters");
        static const QRegularExpression namePattern(QStringLiteral("^[a-z_]{1,32}$"));
        const QJsonObject object = node.raw("parameters").toObject();
        if (object.size() > 32)
            jsonFail(values.path(), JsonReaderText::tr("more than %1 entries").arg(32));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key();
            if (!namePattern.match(name).hasMatch())
                jsonFail(values.path(),
                         JsonReaderText::tr("\"%1\" is not a placeholder name").arg(name.left(64)));
            parameters.insert(name, values.string(qPrintable(name), kJsonMaxShort));
        }
    }
    return reopenedFinding(code, severity, category, stage, evidence.toObject(), parameters);
}

Facts readFacts(const JsonNode &node)
{
    Facts facts;
    for (const FactsStage stage : kFactsStages)
        readStageFacts(stage, node, facts);
    return facts;
}

Report readReport(const JsonNode &root)
{
    Report report;
    const JsonNode tool = root.object("tool");
    if (tool.string("name", kJsonMaxShort) != QLatin1String("rdpdiag"))
        jsonFail(tool.where("name"), JsonReaderText::tr("not rdpdiag"));
    report.toolVersion = tool.string("version", 64);
    report.reference = root.string("reference", 64);
    if (!isReferenceCode(report.reference))
        jsonFail(
            root.where("reference"),
            JsonReaderText::tr("\"%1\" is not a reference code").arg(report.reference.left(64)));
    report.target = readTarget(root.object("target"));
    report.addresses = root.object("target").strings("addresses", kJsonMaxList, 64);
    report.started = root.time("started");
    report.durationMs = root.duration("duration_ms");
    report.timeoutMs = root.integer("timeout_ms", 0, kJsonMaxDurationMs);
    report.cancelled = root.boolean("cancelled");

    QList<StageId> seen;
    for (const JsonNode &stageNode : root.objects("stages", 16)) {
        StageResult stage;
        stage.id = stageFromString(stageNode.string("id", kJsonMaxShort), stageNode.where("id"));
        if (seen.contains(stage.id))
            jsonFail(stageNode.where("id"), JsonReaderText::tr("stage listed twice"));
        seen << stage.id;
        stage.status = stageNode.choice("status", kStageStatuses, &stageStatusString);
        stage.durationMs = stageNode.duration("duration_ms");
        stage.summary = stageNode.string("summary");
        report.stages.append(stage);
    }
    for (const JsonNode &findingNode : root.objects("findings", kMaxFindings))
        report.findings.append(readFinding(findingNode));
    report.facts = readFacts(root.object("facts"));

    const JsonNode diagnosis = root.object("diagnosis");
    report.diagnosis.errorCode = diagnosis.optionalString("error_code", 32);
    report.diagnosis.extendedCode = diagnosis.optionalString("extended_code", 32);
    report.diagnosis.primary = diagnosis.optionalString("primary", 128);
    report.diagnosis.summary = diagnosis.string("summary");
    if (diagnosis.has("relation"))
        report.diagnosis.relation = diagnosis.string("relation");
    if (diagnosis.has("unchecked"))
        report.diagnosis.unchecked = diagnosis.strings("unchecked", 64, kJsonMaxText);
    return report;
}

/** @p report with every string made safe to show (support/SafeText.h); a PEM keeps its line
 * breaks. */
QJsonObject safeReport(const QJsonObject &report)
{
    return safeJson(report, {QStringLiteral("pem"), QStringLiteral("chain_pem")}).toObject();
}

} // namespace

ReportRead reportFromJson(const QJsonObject &object)
{
    ReportRead result;
    const QJsonValue schema = object.value(QStringLiteral("schema"));
    const QString expected = QLatin1String(kReportSchema);
    if (!schema.isString()) {
        result.error = JsonReaderText::tr("not an rdpdiag report (no \"schema\")");
        return result;
    }
    const QString name = schema.toString().left(64);
    if (name != expected) {
        const QString family = QStringLiteral("rdpdiag-report/");
        if (name.startsWith(family)) {
            bool ok = false;
            const int version = name.mid(family.size()).toInt(&ok);
            if (ok && version > 1) {
                result.error =
                    JsonReaderText::tr("the report has schema %1, made by a newer rdpdiag; "
                                       "this version reads %2")
                        .arg(name, expected);
                return result;
            }
        }
        result.error = JsonReaderText::tr("not an rdpdiag report (schema \"%1\", expected %2)")
                           .arg(name, expected);
        return result;
    }
    try {
        result.report = readReport(JsonNode(safeReport(object), QString()));
    } catch (const JsonReadError &error) {
        result.error = error.message;
    }
    return result;
}

ReportRead readReportJson(QByteArrayView json)
{
    ReportRead result;
    if (json.size() > kMaxReportJsonBytes) {
        result.error = JsonReaderText::tr("the report is larger than %1 MiB")
                           .arg(kMaxReportJsonBytes / (1024 * 1024));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = JsonReaderText::tr("the report is not valid JSON (%1 at byte %2)")
                           .arg(error.errorString())
                           .arg(error.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = JsonReaderText::tr("not an rdpdiag report (not a JSON object)");
        return result;
    }
    return reportFromJson(document.object());
}

QByteArray reopenedReportJson(QByteArrayView json, const Report &read)
{
    QJsonObject object = safeReport(
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object());
    QJsonArray findings;
    for (const Finding &finding : read.findings)
        findings.append(findingToJson(finding));
    object.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace rdpdiag
