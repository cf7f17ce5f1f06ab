// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ServerJson.h"
#include "report/JsonWrite.h"

#include "report/LocalJson.h"
#include "report/TlsJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

template <typename T, typename F> QJsonArray arrayOf(const QList<T> &items, F convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

using State = ServiceFacts::State;
constexpr State kStates[] = {State::Running, State::Stopped,      State::Starting, State::Stopping,
                             State::Paused,  State::NotInstalled, State::Unknown};

std::optional<quint32> readOptionalNumber(const JsonNode &node, const char *key)
{
    if (const auto value = node.optionalInteger(key, 0, 0xFFFFFFFFLL))
        return static_cast<quint32>(*value);
    return std::nullopt;
}

/** Upper-case hex (thumbprints, certificate hashes), as Windows shows them. */
QString thumbprint(const JsonNode &node, const char *key, bool optional)
{
    const QString text = optional ? node.optionalString(key, 128) : node.string(key, 128);
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-F]*$"));
    if (!pattern.match(text).hasMatch())
        jsonFail(node.where(key), JsonReaderText::tr("not upper-case hexadecimal"));
    return text;
}

template <typename T>
QList<T> listOf(const JsonNode &node, const char *key, T (*read)(const JsonNode &))
{
    QList<T> items;
    for (const JsonNode &item : node.objects(key, kJsonMaxList))
        items.append(read(item));
    return items;
}

} // namespace

QJsonObject serviceFactsToJson(const ServiceFacts &service)
{
    QJsonArray pids;
    for (const qint64 pid : service.processIds)
        pids.append(pid);
    return {{QStringLiteral("name"), service.name},
            {QStringLiteral("state"), serviceStateString(service.state)},
            {QStringLiteral("pids"), pids},
            {QStringLiteral("enabled_at_boot"), jsonOptional(service.enabledAtBoot)},
            {QStringLiteral("account"), jsonOptionalText(service.account)},
            {QStringLiteral("source"), service.source},
            {QStringLiteral("detail"), jsonOptionalText(service.detail)}};
}

QJsonObject listenerFactsToJson(const ListenerFacts &listener)
{
    return {{QStringLiteral("address"), listener.address},
            {QStringLiteral("port"), listener.port},
            {QStringLiteral("process"), jsonOptionalText(listener.process)},
            {QStringLiteral("pid"),
             listener.processId > 0 ? QJsonValue(listener.processId) : QJsonValue()}};
}

QJsonObject tlsFilesFactsToJson(const TlsFilesFacts &files)
{
    QJsonObject json{
        {QStringLiteral("certificate_path"), files.certificatePath},
        {QStringLiteral("key_path"), files.keyPath},
        {QStringLiteral("account"), files.account},
        {QStringLiteral("certificate_readable"), files.certificateReadable},
        {QStringLiteral("certificate_error"), jsonOptionalText(files.certificateError)},
        {QStringLiteral("key_readable"), files.keyReadable},
        {QStringLiteral("key_error"), jsonOptionalText(files.keyError)},
        {QStringLiteral("key_parses"), jsonOptional(files.keyParses)},
        {QStringLiteral("key_matches"), jsonOptional(files.keyMatches)}};
    if (files.certificate) {
        // The summary of the certificate, without the PEM (the server has the file).
        QJsonObject certificate = certificateFactsToJson(*files.certificate);
        certificate.remove(QStringLiteral("pem"));
        certificate.remove(QStringLiteral("chain_pem"));
        json.insert(QStringLiteral("certificate"), certificate);
    } else {
        json.insert(QStringLiteral("certificate"), QJsonValue());
    }
    return json;
}

QJsonObject windowsEventToJson(const WindowsEventFacts &event)
{
    return {{QStringLiteral("id"), event.id},
            {QStringLiteral("source"), event.source},
            {QStringLiteral("time"),
             event.time.isValid() ? QJsonValue(event.time.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("level"), jsonOptionalText(event.level)},
            {QStringLiteral("message"), event.message}};
}

QJsonObject storeCertificateToJson(const StoreCertificateFacts &certificate)
{
    return {{QStringLiteral("store"), certificate.store},
            {QStringLiteral("thumbprint"), certificate.thumbprint},
            {QStringLiteral("subject"), certificate.subject},
            {QStringLiteral("not_after"),
             certificate.notAfter.isValid() ? QJsonValue(certificate.notAfter.toString(Qt::ISODate))
                                            : QJsonValue()},
            {QStringLiteral("has_private_key"), jsonOptional(certificate.hasPrivateKey)}};
}

QJsonObject schannelFactsToJson(const SchannelFacts &entry)
{
    return {{QStringLiteral("protocol"), entry.protocol},
            {QStringLiteral("side"), entry.side},
            {QStringLiteral("enabled"), jsonOptional(entry.enabled)},
            {QStringLiteral("disabled_by_default"), jsonOptional(entry.disabledByDefault)}};
}

QJsonObject aclEntryToJson(const AclEntryFacts &entry)
{
    return {{QStringLiteral("principal"), entry.principal},
            {QStringLiteral("sid"), jsonOptionalText(entry.sid)},
            {QStringLiteral("rights"), entry.rights}};
}

QJsonObject serverFactsToJson(const ServerFacts &facts)
{
    QJsonObject json{
        {QStringLiteral("platform"), facts.platform},
        {QStringLiteral("host_name"), facts.hostName},
        {QStringLiteral("expected_port"), facts.expectedPort},
        {QStringLiteral("services"), arrayOf(facts.services, serviceFactsToJson)},
        {QStringLiteral("listeners"), arrayOf(facts.listeners, listenerFactsToJson)},
        {QStringLiteral("firewalls"), arrayOf(facts.firewalls, firewallReadingToJson)},
        {QStringLiteral("not_collected"), QJsonArray::fromStringList(facts.notCollected)},
        {QStringLiteral("duration_ms"), facts.durationMs}};
    if (facts.xrdp) {
        const XrdpFacts &x = *facts.xrdp;
        json.insert(
            QStringLiteral("xrdp"),
            QJsonObject{
                {QStringLiteral("config_path"), x.configPath},
                {QStringLiteral("config_read"), x.configRead},
                {QStringLiteral("config_error"), jsonOptionalText(x.configError)},
                {QStringLiteral("port"), QJsonArray::fromStringList(x.portValues)},
                {QStringLiteral("security_layer"), jsonOptionalText(x.securityLayer)},
                {QStringLiteral("crypt_level"), jsonOptionalText(x.cryptLevel)},
                {QStringLiteral("ssl_protocols"), jsonOptionalText(x.sslProtocols)},
                {QStringLiteral("tls_ciphers"), jsonOptionalText(x.tlsCiphers)},
                {QStringLiteral("certificate"), x.certificate},
                {QStringLiteral("key_file"), x.keyFile},
                {QStringLiteral("tls_files"),
                 x.tlsFiles ? QJsonValue(tlsFilesFactsToJson(*x.tlsFiles)) : QJsonValue()},
                {QStringLiteral("log_path"), jsonOptionalText(x.logPath)},
                {QStringLiteral("log_read"), x.logRead},
                {QStringLiteral("log_error"), jsonOptionalText(x.logError)},
                {QStringLiteral("recent_errors"), QJsonArray::fromStringList(x.recentErrors)}});
    }
    if (facts.windows) {
        const WindowsRdpFacts &w = *facts.windows;
        json.insert(
            QStringLiteral("windows"),
            QJsonObject{
                {QStringLiteral("fDenyTSConnections"), jsonOptional(w.denyConnections)},
                {QStringLiteral("fDenyTSConnections_policy"),
                 jsonOptional(w.denyConnectionsPolicy)},
                {QStringLiteral("SecurityLayer"), jsonOptional(w.securityLayer)},
                {QStringLiteral("SecurityLayer_policy"), jsonOptional(w.securityLayerPolicy)},
                {QStringLiteral("UserAuthentication"), jsonOptional(w.userAuthentication)},
                {QStringLiteral("UserAuthentication_policy"),
                 jsonOptional(w.userAuthenticationPolicy)},
                {QStringLiteral("MinEncryptionLevel"), jsonOptional(w.minEncryptionLevel)},
                {QStringLiteral("MinEncryptionLevel_policy"),
                 jsonOptional(w.minEncryptionLevelPolicy)},
                {QStringLiteral("PortNumber"), jsonOptional(w.portNumber)},
                {QStringLiteral("MaxInstanceCount"), jsonOptional(w.maxInstanceCount)},
                {QStringLiteral("MaxInstanceCount_policy"), jsonOptional(w.maxInstanceCountPolicy)},
                {QStringLiteral("SSLCertificateSHA1Hash"), jsonOptionalText(w.certificateHash)},
                {QStringLiteral("certificates"), arrayOf(w.certificates, storeCertificateToJson)},
                {QStringLiteral("schannel"), arrayOf(w.schannel, schannelFactsToJson)},
                {QStringLiteral("machinekeys_read"), w.machineKeysRead},
                {QStringLiteral("machinekeys_access_denied"), w.machineKeysAccessDenied},
                {QStringLiteral("machinekeys_acl"), arrayOf(w.machineKeysAcl, aclEntryToJson)},
                {QStringLiteral("LicensingMode"), jsonOptional(w.licensingMode)},
                {QStringLiteral("LicensingMode_policy"), jsonOptional(w.licensingModePolicy)},
                {QStringLiteral("license_servers"), QJsonArray::fromStringList(w.licenseServers)},
                {QStringLiteral("grace_days_left"),
                 w.graceDaysLeft ? QJsonValue(*w.graceDaysLeft) : QJsonValue()},
                {QStringLiteral("events"), arrayOf(w.events, windowsEventToJson)},
                {QStringLiteral("event_window_days"), w.eventWindowDays}});
    }
    return json;
}

} // namespace rdpdiag

namespace rdpdiag {

ServiceFacts serviceFactsFromJson(const JsonNode &node)
{
    ServiceFacts service;
    service.name = node.string("name", kJsonMaxShort);
    service.state = node.choice("state", kStates, &serviceStateString);
    const QJsonArray pids = node.array("pids", kJsonMaxList);
    for (qsizetype i = 0; i < pids.size(); ++i) {
        const qint64 pid = pids.at(i).toInteger(-1);
        if (!pids.at(i).isDouble() || pid < 0 || pid > (qint64(1) << 40))
            jsonFail(jsonElementPath(node.where("pids"), i),
                     JsonReaderText::tr("not a process id"));
        service.processIds.append(pid);
    }
    service.enabledAtBoot = node.optionalBoolean("enabled_at_boot");
    service.account = node.optionalString("account", kJsonMaxShort);
    service.source = node.string("source", kJsonMaxShort);
    service.detail = node.optionalString("detail");
    return service;
}

ListenerFacts listenerFactsFromJson(const JsonNode &node)
{
    ListenerFacts listener;
    listener.address = node.string("address", kJsonMaxShort);
    listener.port = static_cast<quint16>(node.integer("port", 0, 65535));
    listener.process = node.optionalString("process", kJsonMaxShort);
    listener.processId = node.optionalInteger("pid", 1, qint64(1) << 40).value_or(0);
    return listener;
}

TlsFilesFacts tlsFilesFactsFromJson(const JsonNode &node)
{
    TlsFilesFacts files;
    files.certificatePath = node.string("certificate_path", kJsonMaxShort * 4);
    files.keyPath = node.string("key_path", kJsonMaxShort * 4);
    files.account = node.string("account", kJsonMaxShort);
    files.certificateReadable = node.boolean("certificate_readable");
    files.certificateError = node.optionalString("certificate_error");
    files.keyReadable = node.boolean("key_readable");
    files.keyError = node.optionalString("key_error");
    files.keyParses = node.optionalBoolean("key_parses");
    files.keyMatches = node.optionalBoolean("key_matches");
    if (const auto certificate = node.optionalObject("certificate"))
        files.certificate = certificateFactsFromJson(*certificate, false);
    return files;
}

WindowsEventFacts windowsEventFromJson(const JsonNode &node)
{
    WindowsEventFacts event;
    event.id = static_cast<int>(node.integer("id", 0, 0xFFFFFFFFLL));
    event.source = node.string("source", kJsonMaxShort);
    // As printed: UTC when the event text had a zone, else local time without one.
    const QString time = node.optionalString("time", 64);
    if (!time.isEmpty()) {
        event.time = QDateTime::fromString(time, Qt::ISODate);
        if (!event.time.isValid())
            jsonFail(node.where("time"),
                     JsonReaderText::tr("\"%1\" is not an ISO 8601 time").arg(time));
    }
    event.level = node.optionalString("level", kJsonMaxShort);
    event.message = node.string("message");
    return event;
}

StoreCertificateFacts storeCertificateFromJson(const JsonNode &node)
{
    StoreCertificateFacts certificate;
    certificate.store = node.string("store", kJsonMaxShort);
    certificate.thumbprint = thumbprint(node, "thumbprint", false);
    certificate.subject = node.string("subject");
    certificate.notAfter = node.optionalTime("not_after");
    certificate.hasPrivateKey = node.optionalBoolean("has_private_key");
    return certificate;
}

SchannelFacts schannelFactsFromJson(const JsonNode &node)
{
    SchannelFacts entry;
    entry.protocol = node.string("protocol", kJsonMaxShort);
    entry.side = node.string("side", kJsonMaxShort);
    entry.enabled = readOptionalNumber(node, "enabled");
    entry.disabledByDefault = readOptionalNumber(node, "disabled_by_default");
    return entry;
}

AclEntryFacts aclEntryFromJson(const JsonNode &node)
{
    AclEntryFacts entry;
    entry.principal = node.string("principal", kJsonMaxShort);
    entry.sid = node.optionalString("sid", kJsonMaxShort);
    entry.rights = node.string("rights", kJsonMaxShort);
    return entry;
}

namespace {

XrdpFacts xrdpFactsFromJson(const JsonNode &node)
{
    XrdpFacts x;
    x.configPath = node.string("config_path", kJsonMaxShort * 4);
    x.configRead = node.boolean("config_read");
    x.configError = node.optionalString("config_error");
    x.portValues = node.strings("port", kJsonMaxList, kJsonMaxShort);
    x.securityLayer = node.optionalString("security_layer", kJsonMaxShort);
    x.cryptLevel = node.optionalString("crypt_level", kJsonMaxShort);
    x.sslProtocols = node.optionalString("ssl_protocols", kJsonMaxShort);
    x.tlsCiphers = node.optionalString("tls_ciphers", kJsonMaxShort * 4);
    x.certificate = node.string("certificate", kJsonMaxShort * 4);
    x.keyFile = node.string("key_file", kJsonMaxShort * 4);
    if (const auto files = node.optionalObject("tls_files"))
        x.tlsFiles = tlsFilesFactsFromJson(*files);
    x.logPath = node.optionalString("log_path", kJsonMaxShort * 4);
    x.logRead = node.boolean("log_read");
    x.logError = node.optionalString("log_error");
    x.recentErrors = node.strings("recent_errors", kJsonMaxList, kJsonMaxText);
    return x;
}

WindowsRdpFacts windowsRdpFactsFromJson(const JsonNode &node)
{
    WindowsRdpFacts w;
    w.denyConnections = readOptionalNumber(node, "fDenyTSConnections");
    w.denyConnectionsPolicy = readOptionalNumber(node, "fDenyTSConnections_policy");
    w.securityLayer = readOptionalNumber(node, "SecurityLayer");
    w.securityLayerPolicy = readOptionalNumber(node, "SecurityLayer_policy");
    w.userAuthentication = readOptionalNumber(node, "UserAuthentication");
    w.userAuthenticationPolicy = readOptionalNumber(node, "UserAuthentication_policy");
    w.minEncryptionLevel = readOptionalNumber(node, "MinEncryptionLevel");
    w.minEncryptionLevelPolicy = readOptionalNumber(node, "MinEncryptionLevel_policy");
    w.portNumber = readOptionalNumber(node, "PortNumber");
    w.maxInstanceCount = readOptionalNumber(node, "MaxInstanceCount");
    w.maxInstanceCountPolicy = readOptionalNumber(node, "MaxInstanceCount_policy");
    w.certificateHash = thumbprint(node, "SSLCertificateSHA1Hash", true);
    w.certificates = listOf(node, "certificates", &storeCertificateFromJson);
    w.schannel = listOf(node, "schannel", &schannelFactsFromJson);
    w.machineKeysRead = node.boolean("machinekeys_read");
    w.machineKeysAccessDenied = node.boolean("machinekeys_access_denied");
    w.machineKeysAcl = listOf(node, "machinekeys_acl", &aclEntryFromJson);
    w.licensingMode = readOptionalNumber(node, "LicensingMode");
    w.licensingModePolicy = readOptionalNumber(node, "LicensingMode_policy");
    w.licenseServers = node.strings("license_servers", kJsonMaxList, kJsonMaxShort);
    if (const auto days = node.optionalInteger("grace_days_left", -1000000, 1000000))
        w.graceDaysLeft = static_cast<int>(*days);
    w.events = listOf(node, "events", &windowsEventFromJson);
    w.eventWindowDays = static_cast<int>(node.integer("event_window_days", 0, 100000));
    return w;
}

} // namespace

ServerFacts serverFactsFromJson(const JsonNode &node)
{
    ServerFacts facts;
    facts.platform = node.string("platform", kJsonMaxShort);
    facts.hostName = node.string("host_name", kJsonMaxShort);
    facts.expectedPort = static_cast<quint16>(node.integer("expected_port", 0, 65535));
    facts.services = listOf(node, "services", &serviceFactsFromJson);
    facts.listeners = listOf(node, "listeners", &listenerFactsFromJson);
    facts.firewalls = listOf(node, "firewalls", &firewallReadingFromJson);
    facts.notCollected = node.strings("not_collected", kJsonMaxList, kJsonMaxText);
    facts.durationMs = node.duration("duration_ms");
    if (const auto xrdp = node.optionalObject("xrdp"))
        facts.xrdp = xrdpFactsFromJson(*xrdp);
    if (const auto windows = node.optionalObject("windows"))
        facts.windows = windowsRdpFactsFromJson(*windows);
    return facts;
}

} // namespace rdpdiag
