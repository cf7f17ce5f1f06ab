// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ServerJson.h"

#include "report/LocalJson.h"
#include "report/TlsJson.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

QJsonValue optionalNumber(const std::optional<quint32> &value)
{
    return value ? QJsonValue(static_cast<qint64>(*value)) : QJsonValue();
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T> &items, F convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
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
            {QStringLiteral("enabled_at_boot"), optionalBool(service.enabledAtBoot)},
            {QStringLiteral("account"), optionalText(service.account)},
            {QStringLiteral("source"), service.source},
            {QStringLiteral("detail"), optionalText(service.detail)}};
}

QJsonObject listenerFactsToJson(const ListenerFacts &listener)
{
    return {{QStringLiteral("address"), listener.address},
            {QStringLiteral("port"), listener.port},
            {QStringLiteral("process"), optionalText(listener.process)},
            {QStringLiteral("pid"),
             listener.processId > 0 ? QJsonValue(listener.processId) : QJsonValue()}};
}

QJsonObject tlsFilesFactsToJson(const TlsFilesFacts &files)
{
    QJsonObject json{{QStringLiteral("certificate_path"), files.certificatePath},
                     {QStringLiteral("key_path"), files.keyPath},
                     {QStringLiteral("account"), files.account},
                     {QStringLiteral("certificate_readable"), files.certificateReadable},
                     {QStringLiteral("certificate_error"), optionalText(files.certificateError)},
                     {QStringLiteral("key_readable"), files.keyReadable},
                     {QStringLiteral("key_error"), optionalText(files.keyError)},
                     {QStringLiteral("key_parses"), optionalBool(files.keyParses)},
                     {QStringLiteral("key_matches"), optionalBool(files.keyMatches)}};
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
            {QStringLiteral("level"), optionalText(event.level)},
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
            {QStringLiteral("has_private_key"), optionalBool(certificate.hasPrivateKey)}};
}

QJsonObject schannelFactsToJson(const SchannelFacts &entry)
{
    return {{QStringLiteral("protocol"), entry.protocol},
            {QStringLiteral("side"), entry.side},
            {QStringLiteral("enabled"), optionalNumber(entry.enabled)},
            {QStringLiteral("disabled_by_default"), optionalNumber(entry.disabledByDefault)}};
}

QJsonObject aclEntryToJson(const AclEntryFacts &entry)
{
    return {{QStringLiteral("principal"), entry.principal},
            {QStringLiteral("sid"), optionalText(entry.sid)},
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
                {QStringLiteral("config_error"), optionalText(x.configError)},
                {QStringLiteral("port"), QJsonArray::fromStringList(x.portValues)},
                {QStringLiteral("security_layer"), optionalText(x.securityLayer)},
                {QStringLiteral("crypt_level"), optionalText(x.cryptLevel)},
                {QStringLiteral("ssl_protocols"), optionalText(x.sslProtocols)},
                {QStringLiteral("tls_ciphers"), optionalText(x.tlsCiphers)},
                {QStringLiteral("certificate"), x.certificate},
                {QStringLiteral("key_file"), x.keyFile},
                {QStringLiteral("tls_files"),
                 x.tlsFiles ? QJsonValue(tlsFilesFactsToJson(*x.tlsFiles)) : QJsonValue()},
                {QStringLiteral("log_path"), optionalText(x.logPath)},
                {QStringLiteral("log_read"), x.logRead},
                {QStringLiteral("recent_errors"), QJsonArray::fromStringList(x.recentErrors)}});
    }
    if (facts.windows) {
        const WindowsRdpFacts &w = *facts.windows;
        json.insert(
            QStringLiteral("windows"),
            QJsonObject{
                {QStringLiteral("fDenyTSConnections"), optionalNumber(w.denyConnections)},
                {QStringLiteral("fDenyTSConnections_policy"),
                 optionalNumber(w.denyConnectionsPolicy)},
                {QStringLiteral("SecurityLayer"), optionalNumber(w.securityLayer)},
                {QStringLiteral("SecurityLayer_policy"), optionalNumber(w.securityLayerPolicy)},
                {QStringLiteral("UserAuthentication"), optionalNumber(w.userAuthentication)},
                {QStringLiteral("UserAuthentication_policy"),
                 optionalNumber(w.userAuthenticationPolicy)},
                {QStringLiteral("MinEncryptionLevel"), optionalNumber(w.minEncryptionLevel)},
                {QStringLiteral("MinEncryptionLevel_policy"),
                 optionalNumber(w.minEncryptionLevelPolicy)},
                {QStringLiteral("PortNumber"), optionalNumber(w.portNumber)},
                {QStringLiteral("MaxInstanceCount"), optionalNumber(w.maxInstanceCount)},
                {QStringLiteral("MaxInstanceCount_policy"),
                 optionalNumber(w.maxInstanceCountPolicy)},
                {QStringLiteral("SSLCertificateSHA1Hash"), optionalText(w.certificateHash)},
                {QStringLiteral("certificates"), arrayOf(w.certificates, storeCertificateToJson)},
                {QStringLiteral("schannel"), arrayOf(w.schannel, schannelFactsToJson)},
                {QStringLiteral("machinekeys_read"), w.machineKeysRead},
                {QStringLiteral("machinekeys_access_denied"), w.machineKeysAccessDenied},
                {QStringLiteral("machinekeys_acl"), arrayOf(w.machineKeysAcl, aclEntryToJson)},
                {QStringLiteral("LicensingMode"), optionalNumber(w.licensingMode)},
                {QStringLiteral("LicensingMode_policy"), optionalNumber(w.licensingModePolicy)},
                {QStringLiteral("license_servers"), QJsonArray::fromStringList(w.licenseServers)},
                {QStringLiteral("grace_days_left"),
                 w.graceDaysLeft ? QJsonValue(*w.graceDaysLeft) : QJsonValue()},
                {QStringLiteral("events"), arrayOf(w.events, windowsEventToJson)},
                {QStringLiteral("event_window_days"), w.eventWindowDays}});
    }
    return json;
}

} // namespace rdpdiag
