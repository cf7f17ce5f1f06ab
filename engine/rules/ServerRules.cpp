// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ServerRules.h"

#include "catalogue/Catalogue.h"
#include "parsers/WindowsParsers.h"
#include "parsers/XrdpConfig.h"
#include "report/LocalJson.h"
#include "report/ServerJson.h"
#include "rules/RuleSupport.h"

#include <QHostAddress>
#include <QJsonArray>

namespace rdpdiag {

namespace {

/** The connection limit below which the listener counts as limited. */
constexpr quint32 kFewConnections = 10;
constexpr quint32 kNoLimit = 0xffffffffu;

QJsonObject withSetting(const char *name, const std::optional<quint32> &local,
                        const std::optional<quint32> &policy)
{
    QJsonObject json;
    json.insert(QLatin1String(name),
                local ? QJsonValue(static_cast<qint64>(*local)) : QJsonValue());
    json.insert(QLatin1String(name) + QStringLiteral("_policy"),
                policy ? QJsonValue(static_cast<qint64>(*policy)) : QJsonValue());
    return json;
}

const ServiceFacts *serviceNamed(const ServerFacts &server, const char *name)
{
    for (const ServiceFacts &service : server.services)
        if (service.name == QLatin1String(name))
            return &service;
    return nullptr;
}

bool isRunning(const ServiceFacts *service)
{
    return service && service->state == ServiceFacts::State::Running;
}

QJsonArray listenersJson(const ServerFacts &server)
{
    QJsonArray array;
    for (const ListenerFacts &listener : server.listeners)
        array.append(listenerFactsToJson(listener));
    return array;
}

/** Listeners that belong to the RDP service (by owning process, else by port when owners
 * are unknown). */
QList<ListenerFacts> serviceListeners(const ServerFacts &server, const ServiceFacts *service,
                                      const QList<quint16> &ports)
{
    QList<ListenerFacts> result;
    for (const ListenerFacts &listener : server.listeners) {
        const bool owned =
            service && listener.processId > 0 && service->processIds.contains(listener.processId);
        const bool ownerUnknown = listener.processId == 0 && ports.contains(listener.port);
        if (owned || ownerUnknown)
            result << listener;
    }
    return result;
}

void firewallRules(const ServerFacts &server, const Placeholders &values, QList<Finding> &findings)
{
    QJsonArray blocked;
    QJsonArray mayBlock;
    QString first;
    QString firstMaybe;
    for (const FirewallReading &reading : server.firewalls) {
        for (const FirewallVerdict &verdict : reading.verdicts) {
            QJsonObject entry = firewallVerdictToJson(verdict);
            entry.insert(QStringLiteral("source"), reading.source);
            entry.insert(QStringLiteral("port"), reading.port);
            const QString where = QStringLiteral("%1: %2").arg(reading.source, verdict.rule);
            if (verdict.result == FirewallVerdict::Result::Blocked) {
                blocked.append(entry);
                if (first.isEmpty())
                    first = where;
            } else if (verdict.result == FirewallVerdict::Result::MayBeBlocked) {
                mayBlock.append(entry);
                if (firstMaybe.isEmpty())
                    firstMaybe = where;
            }
        }
    }
    if (!blocked.isEmpty())
        findings << makeFinding(QStringLiteral("firewall.inbound_block"),
                                RuleText::tr("Stopped by %1.").arg(first),
                                QJsonObject{{QStringLiteral("rules"), blocked}}, values);
    else if (!mayBlock.isEmpty())
        findings << makeFinding(QStringLiteral("firewall.inbound_may_block"),
                                RuleText::tr("Conditional: %1.").arg(firstMaybe),
                                QJsonObject{{QStringLiteral("rules"), mayBlock}}, values);
}

void xrdpRules(const ServerFacts &server, const RuleContext &context, const Placeholders &values,
               QList<Finding> &findings)
{
    const XrdpFacts &x = *server.xrdp;
    const ServiceFacts *service = serviceNamed(server, "xrdp");
    if (!x.configRead) {
        findings << makeFinding(QStringLiteral("server.config_unreadable"),
                                RuleText::tr("%1: %2.").arg(x.configPath, x.configError),
                                QJsonObject{{QStringLiteral("path"), x.configPath},
                                            {QStringLiteral("error"), x.configError}},
                                values);
    }
    if (service && service->state != ServiceFacts::State::Running &&
        service->state != ServiceFacts::State::NotInstalled) {
        findings << makeFinding(QStringLiteral("server.service_stopped"),
                                RuleText::tr("No xrdp process runs with %1 (%2).")
                                    .arg(x.configPath, service->detail.isEmpty()
                                                           ? serviceStateString(service->state)
                                                           : service->detail),
                                serviceFactsToJson(*service), values);
    }
    const ServiceFacts *sesman = serviceNamed(server, "xrdp-sesman");
    if (sesman && isRunning(service) && !isRunning(sesman)) {
        findings << makeFinding(
            QStringLiteral("server.helper_service_stopped"),
            RuleText::tr("xrdp-sesman is %1.").arg(serviceStateString(sesman->state)),
            serviceFactsToJson(*sesman), values);
    }

    QList<quint16> configured;
    for (const XrdpEndpoint &endpoint : parseXrdpPorts(x.portValues.join(u' ')))
        if (endpoint.port)
            configured << *endpoint.port;
    const QList<ListenerFacts> own = serviceListeners(server, service, configured);
    QList<quint16> listening;
    for (const ListenerFacts &listener : own)
        if (!listening.contains(listener.port))
            listening << listener.port;
    const QJsonObject portEvidence{
        {QStringLiteral("configured"), QJsonArray::fromStringList(x.portValues)},
        {QStringLiteral("listeners"), listenersJson(server)},
        {QStringLiteral("expected_port"), server.expectedPort}};

    if (isRunning(service) && !configured.isEmpty() && listening.isEmpty()) {
        QString holder;
        for (const ListenerFacts &listener : server.listeners)
            if (configured.contains(listener.port) && !listener.process.isEmpty())
                holder = RuleText::tr(" Port %1 is held by %2 (pid %3).")
                             .arg(listener.port)
                             .arg(listener.process)
                             .arg(listener.processId);
        findings << makeFinding(
            QStringLiteral("server.not_listening"),
            RuleText::tr("xrdp runs but listens on none of %1.").arg(x.portValues.join(u' ')) +
                holder,
            portEvidence, values);
    }
    const QList<quint16> effective = listening.isEmpty() ? configured : listening;
    if (!effective.isEmpty() && !effective.contains(server.expectedPort)) {
        QStringList ports;
        for (const quint16 port : effective)
            ports << QString::number(port);
        findings << makeFinding(QStringLiteral("server.wrong_port"),
                                RuleText::tr("xrdp uses port %1, clients use %2.")
                                    .arg(ports.join(QStringLiteral(", ")))
                                    .arg(server.expectedPort),
                                portEvidence, values);
    }
    if (!own.isEmpty() && std::all_of(own.cbegin(), own.cend(), [](const ListenerFacts &listener) {
            const QHostAddress address(listener.address);
            return !address.isNull() && address.isLoopback();
        })) {
        findings << makeFinding(QStringLiteral("server.loopback_only"),
                                RuleText::tr("xrdp listens on %1 only.").arg(own.first().address),
                                portEvidence, values);
    }

    const QJsonObject settings{{QStringLiteral("config_path"), x.configPath},
                               {QStringLiteral("security_layer"), x.securityLayer},
                               {QStringLiteral("crypt_level"), x.cryptLevel},
                               {QStringLiteral("ssl_protocols"), x.sslProtocols},
                               {QStringLiteral("tls_ciphers"), x.tlsCiphers}};
    if (x.securityLayer == QLatin1String("rdp")) {
        findings << makeFinding(QStringLiteral("server.security_layer_rdp"),
                                RuleText::tr("%1 sets security_layer=rdp.").arg(x.configPath),
                                settings, values);
        return; // no TLS: the certificate settings are not used
    }
    if (!x.sslProtocols.trimmed().isEmpty()) {
        const QStringList versions = xrdpTlsVersions(x.sslProtocols);
        if (!versions.contains(QLatin1String("1.2")) && !versions.contains(QLatin1String("1.3")))
            findings << makeFinding(QStringLiteral("server.tls_modern_disabled"),
                                    RuleText::tr("ssl_protocols=%1.").arg(x.sslProtocols), settings,
                                    values);
        if (versions.contains(QLatin1String("1.0")) || versions.contains(QLatin1String("1.1")) ||
            versions.contains(QLatin1String("ssl3")))
            findings << makeFinding(QStringLiteral("server.tls_legacy_enabled"),
                                    RuleText::tr("ssl_protocols=%1.").arg(x.sslProtocols), settings,
                                    values);
    }

    if (x.tlsFiles) {
        const TlsFilesFacts &files = *x.tlsFiles;
        const QJsonObject evidence = tlsFilesFactsToJson(files);
        if (!files.certificateReadable || !files.certificate) {
            findings << makeFinding(
                QStringLiteral("server.cert_missing"),
                files.certificateError.isEmpty()
                    ? RuleText::tr("%1 holds no readable certificate.").arg(files.certificatePath)
                    : files.certificateError + u'.',
                evidence, values);
        }
        if (!files.keyReadable || files.keyParses == false) {
            findings << makeFinding(
                QStringLiteral("server.key_unreadable"),
                files.keyError.isEmpty()
                    ? RuleText::tr("%1 holds no usable private key.").arg(files.keyPath)
                    : files.keyError + u'.',
                evidence, values);
        } else if (files.keyMatches == false) {
            findings << makeFinding(
                QStringLiteral("server.key_mismatch"),
                RuleText::tr("%1 is not the key of %2.").arg(files.keyPath, files.certificatePath),
                evidence, values);
        }
        if (files.certificate) {
            const CertificateFacts &certificate = *files.certificate;
            if (certificate.notAfter.isValid() && certificate.notAfter < context.now)
                findings << makeFinding(
                    QStringLiteral("server.cert_expired"),
                    RuleText::tr("%1 ended on %2.")
                        .arg(files.certificatePath, certificate.notAfter.toString(Qt::ISODate)),
                    evidence, values);
            if (certificate.keyType == QLatin1String("RSA") && certificate.keyBits > 0 &&
                certificate.keyBits < 2048 && !xrdpCiphersAllowWeakKeys(x.tlsCiphers))
                findings << makeFinding(QStringLiteral("server.cert_weak_key"),
                                        RuleText::tr("%1 has a %2-bit RSA key.")
                                            .arg(files.certificatePath)
                                            .arg(certificate.keyBits),
                                        evidence, values);
        }
    }
    if (!x.recentErrors.isEmpty()) {
        findings << makeFinding(
            QStringLiteral("server.log_errors"),
            RuleText::tr("Last error: %1").arg(x.recentErrors.last()),
            QJsonObject{{QStringLiteral("log"), x.logPath},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(x.recentErrors)}},
            values);
    }
}

void windowsRules(const ServerFacts &server, const RuleContext &context, const Placeholders &values,
                  QList<Finding> &findings)
{
    const WindowsRdpFacts &w = *server.windows;
    const ServiceFacts *termService = serviceNamed(server, "TermService");
    if (termService && termService->state != ServiceFacts::State::Running &&
        termService->state != ServiceFacts::State::Unknown) {
        findings << makeFinding(
            QStringLiteral("server.service_stopped"),
            RuleText::tr("TermService is %1.").arg(serviceStateString(termService->state)),
            serviceFactsToJson(*termService), values);
    }
    for (const char *name : {"SessionEnv", "UmRdpService"}) {
        const ServiceFacts *helper = serviceNamed(server, name);
        if (helper && helper->state != ServiceFacts::State::Running &&
            helper->state != ServiceFacts::State::Unknown)
            findings << makeFinding(
                QStringLiteral("server.helper_service_stopped"),
                RuleText::tr("%1 is %2.")
                    .arg(QLatin1String(name), serviceStateString(helper->state)),
                serviceFactsToJson(*helper), values);
    }

    const std::optional<quint32> deny =
        effectiveSetting(w.denyConnections, w.denyConnectionsPolicy);
    if (deny == 1u)
        findings << makeFinding(
            QStringLiteral("server.rdp_disabled"),
            w.denyConnectionsPolicy == 1u
                ? RuleText::tr("A Group Policy sets fDenyTSConnections to 1.")
                : RuleText::tr("fDenyTSConnections is 1."),
            withSetting("fDenyTSConnections", w.denyConnections, w.denyConnectionsPolicy), values);

    const quint16 listenerPort = w.portNumber && *w.portNumber > 0 && *w.portNumber <= 65535
                                     ? static_cast<quint16>(*w.portNumber)
                                     : quint16(3389);
    const QJsonObject portEvidence{
        {QStringLiteral("PortNumber"),
         w.portNumber ? QJsonValue(static_cast<qint64>(*w.portNumber)) : QJsonValue()},
        {QStringLiteral("expected_port"), server.expectedPort},
        {QStringLiteral("listeners"), listenersJson(server)}};
    if (w.portNumber && listenerPort != server.expectedPort)
        findings << makeFinding(QStringLiteral("server.wrong_port"),
                                RuleText::tr("PortNumber is %1, clients use %2.")
                                    .arg(listenerPort)
                                    .arg(server.expectedPort),
                                portEvidence, values);
    if (isRunning(termService) &&
        !server.notCollected.join(u' ').contains(QLatin1String("netstat"))) {
        const bool listening = std::any_of(
            server.listeners.cbegin(), server.listeners.cend(), [&](const ListenerFacts &listener) {
                return listener.port == listenerPort &&
                       (termService->processIds.isEmpty() ||
                        termService->processIds.contains(listener.processId));
            });
        if (!listening)
            findings << makeFinding(
                QStringLiteral("server.not_listening"),
                RuleText::tr("No socket of TermService listens on port %1.").arg(listenerPort),
                portEvidence, values);
    }

    const std::optional<quint32> layer = effectiveSetting(w.securityLayer, w.securityLayerPolicy);
    if (layer == 0u)
        findings << makeFinding(
            QStringLiteral("server.security_layer_rdp"), RuleText::tr("SecurityLayer is 0."),
            withSetting("SecurityLayer", w.securityLayer, w.securityLayerPolicy), values);
    const std::optional<quint32> nla =
        effectiveSetting(w.userAuthentication, w.userAuthenticationPolicy);
    if (nla == 0u)
        findings << makeFinding(
            QStringLiteral("server.nla_disabled"), QString(),
            withSetting("UserAuthentication", w.userAuthentication, w.userAuthenticationPolicy),
            values);
    const std::optional<quint32> encryption =
        effectiveSetting(w.minEncryptionLevel, w.minEncryptionLevelPolicy);
    if (layer == 2u && encryption == 1u) {
        QJsonObject evidence = withSetting("SecurityLayer", w.securityLayer, w.securityLayerPolicy);
        const QJsonObject more =
            withSetting("MinEncryptionLevel", w.minEncryptionLevel, w.minEncryptionLevelPolicy);
        for (auto it = more.begin(); it != more.end(); ++it)
            evidence.insert(it.key(), it.value());
        findings << makeFinding(QStringLiteral("server.encryption_conflict"), QString(), evidence,
                                values);
    }

    // SCHANNEL: server side of TLS 1.0–1.3.
    QJsonArray schannel;
    const auto serverEntry = [&w](const char *protocol) -> const SchannelFacts * {
        for (const SchannelFacts &entry : w.schannel)
            if (entry.side == QLatin1String("Server") && entry.protocol == QLatin1String(protocol))
                return &entry;
        return nullptr;
    };
    for (const SchannelFacts &entry : w.schannel)
        schannel.append(schannelFactsToJson(entry));
    const SchannelFacts *tls12 = serverEntry("TLS 1.2");
    const SchannelFacts *tls13 = serverEntry("TLS 1.3");
    const bool tls12Off = tls12 && (tls12->enabled == 0u || tls12->disabledByDefault == 1u);
    const bool tls13On =
        tls13 && tls13->enabled && *tls13->enabled != 0 && tls13->disabledByDefault != 1u;
    if (tls12Off && !tls13On)
        findings << makeFinding(
            QStringLiteral("server.tls_modern_disabled"),
            RuleText::tr("TLS 1.2\\Server: Enabled=%1, DisabledByDefault=%2.")
                .arg(tls12->enabled ? QString::number(*tls12->enabled) : QStringLiteral("-"),
                     tls12->disabledByDefault ? QString::number(*tls12->disabledByDefault)
                                              : QStringLiteral("-")),
            QJsonObject{{QStringLiteral("schannel"), schannel}}, values);
    QStringList legacy;
    for (const char *protocol : {"TLS 1.0", "TLS 1.1", "SSL 3.0"}) {
        const SchannelFacts *entry = serverEntry(protocol);
        if (entry && entry->enabled && *entry->enabled != 0 && entry->disabledByDefault != 1u)
            legacy << QLatin1String(protocol);
    }
    if (!legacy.isEmpty())
        findings << makeFinding(
            QStringLiteral("server.tls_legacy_enabled"),
            RuleText::tr("Switched on explicitly: %1.").arg(legacy.join(QStringLiteral(", "))),
            QJsonObject{{QStringLiteral("schannel"), schannel}}, values);

    // The certificate in use: the one SSLCertificateSHA1Hash names, else the Remote Desktop
    // store's own.
    const StoreCertificateFacts *inUse = nullptr;
    for (const StoreCertificateFacts &certificate : w.certificates) {
        if (!w.certificateHash.isEmpty() ? certificate.thumbprint == w.certificateHash
                                         : certificate.store == QLatin1String("Remote Desktop")) {
            inUse = &certificate;
            break;
        }
    }
    const bool storesRead =
        !server.notCollected.join(u' ').contains(QLatin1String("certificate stores"));
    if (storesRead && !w.certificateHash.isEmpty() && !inUse) {
        QJsonArray stores;
        for (const StoreCertificateFacts &certificate : w.certificates)
            stores.append(storeCertificateToJson(certificate));
        findings << makeFinding(
            QStringLiteral("server.cert_missing"),
            RuleText::tr("SSLCertificateSHA1Hash names %1, which is in neither store.")
                .arg(w.certificateHash),
            QJsonObject{{QStringLiteral("SSLCertificateSHA1Hash"), w.certificateHash},
                        {QStringLiteral("certificates"), stores}},
            values);
    }
    if (inUse) {
        const QJsonObject evidence = storeCertificateToJson(*inUse);
        if (inUse->hasPrivateKey == false)
            findings << makeFinding(
                QStringLiteral("server.key_unreadable"),
                RuleText::tr("The certificate %1 has no private key (HasPrivateKey False).")
                    .arg(inUse->thumbprint),
                evidence, values);
        if (inUse->notAfter.isValid() && inUse->notAfter < context.now)
            findings << makeFinding(
                QStringLiteral("server.cert_expired"),
                RuleText::tr("The certificate %1 ended on %2.")
                    .arg(inUse->thumbprint, inUse->notAfter.toString(Qt::ISODate)),
                evidence, values);
    }

    if (w.machineKeysRead) {
        const QStringList problems = w.machineKeysAccessDenied
                                         ? QStringList{QStringLiteral("access denied")}
                                         : machineKeysAclProblems(w.machineKeysAcl);
        if (!problems.isEmpty()) {
            QJsonArray acl;
            for (const AclEntryFacts &entry : w.machineKeysAcl)
                acl.append(aclEntryToJson(entry));
            findings << makeFinding(
                QStringLiteral("server.machinekeys_acl"),
                RuleText::tr("%1.").arg(problems.join(QStringLiteral("; "))),
                QJsonObject{{QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                            {QStringLiteral("acl"), acl}},
                values);
        }
    }

    // Licensing.
    const std::optional<quint32> mode = effectiveSetting(w.licensingMode, w.licensingModePolicy);
    const bool graceEvent =
        std::any_of(w.events.cbegin(), w.events.cend(),
                    [](const WindowsEventFacts &event) { return event.id == 1069; });
    const bool modeEvent =
        std::any_of(w.events.cbegin(), w.events.cend(),
                    [](const WindowsEventFacts &event) { return event.id == 1068; });
    QJsonObject licensing = withSetting("LicensingMode", w.licensingMode, w.licensingModePolicy);
    licensing.insert(QStringLiteral("grace_days_left"),
                     w.graceDaysLeft ? QJsonValue(*w.graceDaysLeft) : QJsonValue());
    licensing.insert(QStringLiteral("license_servers"),
                     QJsonArray::fromStringList(w.licenseServers));
    const bool rdsh = mode.has_value(); // the licensing mode exists with the Session Host role
    if (graceEvent || (rdsh && w.graceDaysLeft == 0 && w.licenseServers.isEmpty()))
        findings << makeFinding(QStringLiteral("server.licensing_grace_expired"),
                                graceEvent
                                    ? RuleText::tr("Event 1069: the grace period has expired.")
                                    : RuleText::tr("0 days of the grace period are left."),
                                licensing, values);
    else if (modeEvent || (mode == 5u && w.licenseServers.isEmpty()))
        findings << makeFinding(
            QStringLiteral("server.licensing_not_configured"),
            w.graceDaysLeft
                ? RuleText::tr("%1 days of the grace period are left.").arg(*w.graceDaysLeft)
                : QString(),
            licensing, values);

    const std::optional<quint32> limit =
        effectiveSetting(w.maxInstanceCount, w.maxInstanceCountPolicy);
    if (limit && *limit != kNoLimit && *limit > 0 && *limit < kFewConnections)
        findings << makeFinding(
            QStringLiteral("server.connection_limit"),
            RuleText::tr("MaxInstanceCount is %1.").arg(*limit),
            withSetting("MaxInstanceCount", w.maxInstanceCount, w.maxInstanceCountPolicy), values);

    // Recent events.
    const auto eventFinding = [&](const char *code, std::initializer_list<int> ids) {
        QJsonArray matching;
        const WindowsEventFacts *latest = nullptr;
        for (const WindowsEventFacts &event : w.events) {
            if (std::find(ids.begin(), ids.end(), event.id) == ids.end())
                continue;
            matching.append(windowsEventToJson(event));
            if (!latest || event.time > latest->time)
                latest = &event;
        }
        if (!latest)
            return;
        findings << makeFinding(
            QLatin1String(code),
            RuleText::tr("%n event(s) in the last %1 days, the latest at %2: %3", nullptr,
                         static_cast<int>(matching.size()))
                .arg(w.eventWindowDays)
                .arg(latest->time.toString(Qt::ISODate), latest->message.left(200)),
            QJsonObject{{QStringLiteral("events"), matching}}, values);
    };
    eventFinding("server.event_key_access", {36870});
    eventFinding("server.event_tls_credential", {36871});
    eventFinding("server.event_selfsigned_failed", {1057, 1058});
    eventFinding("server.event_cipher_mismatch", {36874});
    eventFinding("server.event_alert_sent", {36888});
}

} // namespace

std::optional<quint32> effectiveSetting(const std::optional<quint32> &local,
                                        const std::optional<quint32> &policy)
{
    return policy ? policy : local;
}

QList<Finding> evaluateServerRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.server)
        return findings;
    const ServerFacts &server = *facts.server;
    Placeholders values;
    values.insert(QStringLiteral("host"),
                  server.hostName.isEmpty() ? QStringLiteral("localhost") : server.hostName);
    values.insert(QStringLiteral("port"), QString::number(server.expectedPort));
    QString address =
        server.listeners.isEmpty() ? QStringLiteral("0.0.0.0") : server.listeners.first().address;
    values.insert(QStringLiteral("address"), address);

    const bool xrdpInstalled = server.xrdp.has_value();
    if (!server.windows && !xrdpInstalled) {
        findings << makeFinding(QStringLiteral("server.not_installed"),
                                RuleText::tr("Platform: %1.").arg(server.platform),
                                QJsonObject{{QStringLiteral("platform"), server.platform}}, values);
    }
    if (server.xrdp)
        xrdpRules(server, context, values, findings);
    if (server.windows)
        windowsRules(server, context, values, findings);
    firewallRules(server, values, findings);
    if (!server.notCollected.isEmpty())
        findings << makeFinding(
            QStringLiteral("server.not_checked"),
            RuleText::tr("Not read: %1.").arg(server.notCollected.join(QStringLiteral("; "))),
            QJsonObject{
                {QStringLiteral("not_collected"), QJsonArray::fromStringList(server.notCollected)}},
            values);
    // The self-check knows the platform: steps for the other one are noise here.
    const bool windows = server.windows.has_value();
    for (Finding &finding : findings) {
        QList<Remedy> kept;
        for (const Remedy &remedy : finding.remediation) {
            const bool windowsStep =
                remedy.shell == QLatin1String("powershell") || remedy.shell == QLatin1String("cmd");
            const bool unixStep = remedy.shell == QLatin1String("bash");
            if ((windows && unixStep) || (!windows && windowsStep))
                continue;
            kept << remedy;
        }
        if (!kept.isEmpty())
            finding.remediation = kept;
    }
    return findings;
}

} // namespace rdpdiag
