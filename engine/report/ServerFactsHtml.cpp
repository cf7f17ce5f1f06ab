// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the server self-check (stage "server"): services and listeners, xrdp's
// configuration, files and log, the Windows registry, certificate stores, SCHANNEL,
// MachineKeys, licensing and events, and the inbound firewall.
#include "report/FactsHtmlStages.h"

namespace rdpdiag::html {

namespace {

QString number(std::optional<quint32> value)
{
    return value ? QString::number(*value) : QString();
}

QString optionalYesNo(std::optional<bool> value)
{
    return value ? yesNo(*value) : QString();
}

QString servicesTable(const QList<ServiceFacts> &services)
{
    Table table({HtmlText::tr("Service"), HtmlText::tr("State"), HtmlText::tr("Process ids"),
                 HtmlText::tr("Starts at boot"), HtmlText::tr("Account"),
                 HtmlText::tr("Learned with"), HtmlText::tr("Detail")});
    for (const ServiceFacts &service : services) {
        QStringList ids;
        for (const qint64 id : service.processIds)
            ids << QString::number(id);
        table.row({code(service.name), e(serviceStateString(service.state)),
                   e(ids.join(QStringLiteral(", "))), e(optionalYesNo(service.enabledAtBoot)),
                   e(service.account), e(service.source), e(service.detail)});
    }
    return subsection(HtmlText::tr("Services"), table.html());
}

QString listenersTable(const QList<ListenerFacts> &listeners)
{
    Table table({HtmlText::tr("Address"), HtmlText::tr("Port"), HtmlText::tr("Process"),
                 HtmlText::tr("Process id")});
    for (const ListenerFacts &listener : listeners)
        table.row({code(listener.address), QString::number(listener.port), e(listener.process),
                   listener.processId > 0 ? QString::number(listener.processId) : QString()});
    return subsection(HtmlText::tr("Listening sockets"), table.html());
}

/** "yes", or "no: <why>". */
QString readable(bool ok, const QString &error)
{
    return ok || error.isEmpty() ? yesNo(ok) : HtmlText::tr("no: %1").arg(error);
}

QString tlsFilesHtml(const TlsFilesFacts &files)
{
    KeyValues rows;
    rows.code(HtmlText::tr("Certificate file"), files.certificatePath);
    rows.text(HtmlText::tr("Certificate readable"),
              readable(files.certificateReadable, files.certificateError));
    rows.code(HtmlText::tr("Key file"), files.keyPath);
    rows.text(HtmlText::tr("Key readable"), readable(files.keyReadable, files.keyError));
    rows.text(HtmlText::tr("Readability checked for"), files.account);
    rows.yesNo(HtmlText::tr("The key file holds a private key"), files.keyParses);
    rows.yesNo(HtmlText::tr("The key belongs to the certificate"), files.keyMatches);
    if (files.certificate)
        certificateRows(rows, *files.certificate);
    return subsection(HtmlText::tr("xrdp's certificate and key"), rows.html());
}

QString xrdpHtml(const XrdpFacts &xrdp)
{
    KeyValues rows;
    rows.code(HtmlText::tr("Configuration file"), xrdp.configPath);
    rows.text(HtmlText::tr("Configuration read"), readable(xrdp.configRead, xrdp.configError));
    rows.code(HtmlText::tr("Port (port=)"), xrdp.portValues.join(QStringLiteral(", ")));
    rows.code(HtmlText::tr("Security layer (security_layer=)"), xrdp.securityLayer);
    rows.code(HtmlText::tr("Encryption level (crypt_level=)"), xrdp.cryptLevel);
    rows.code(HtmlText::tr("TLS versions (ssl_protocols=)"), xrdp.sslProtocols);
    rows.code(HtmlText::tr("Cipher suites (tls_ciphers=)"), xrdp.tlsCiphers);
    rows.code(HtmlText::tr("Certificate (certificate=)"), xrdp.certificate);
    rows.code(HtmlText::tr("Key (key_file=)"), xrdp.keyFile);
    rows.code(HtmlText::tr("Log file"), xrdp.logPath);
    if (!xrdp.logPath.isEmpty())
        rows.text(HtmlText::tr("Log read"), readable(xrdp.logRead, xrdp.logError));
    QString html = subsection(HtmlText::tr("xrdp"), rows.html());
    if (xrdp.tlsFiles)
        html += tlsFilesHtml(*xrdp.tlsFiles);
    if (!xrdp.recentErrors.isEmpty())
        html += subsection(HtmlText::tr("Recent errors in the xrdp log"),
                           QStringLiteral("<pre class=\"evidence\">%1</pre>\n")
                               .arg(e(xrdp.recentErrors.join(QLatin1Char('\n')))));
    return html;
}

/** The Terminal Server registry values, each with its Group Policy copy. */
QString registryTable(const WindowsRdpFacts &windows)
{
    Table table({HtmlText::tr("Setting"), HtmlText::tr("Registry value"), HtmlText::tr("Value"),
                 HtmlText::tr("Group Policy")});
    const auto add = [&table](const QString &label, const char *name, std::optional<quint32> value,
                              std::optional<quint32> policy) {
        if (value || policy)
            table.row({e(label), code(QLatin1String(name)), number(value), number(policy)});
    };
    add(HtmlText::tr("Remote connections refused"), "fDenyTSConnections", windows.denyConnections,
        windows.denyConnectionsPolicy);
    add(HtmlText::tr("Security layer"), "SecurityLayer", windows.securityLayer,
        windows.securityLayerPolicy);
    add(HtmlText::tr("Network Level Authentication required"), "UserAuthentication",
        windows.userAuthentication, windows.userAuthenticationPolicy);
    add(HtmlText::tr("Minimum encryption level"), "MinEncryptionLevel", windows.minEncryptionLevel,
        windows.minEncryptionLevelPolicy);
    add(HtmlText::tr("Port"), "PortNumber", windows.portNumber, std::nullopt);
    add(HtmlText::tr("Connections allowed"), "MaxInstanceCount", windows.maxInstanceCount,
        windows.maxInstanceCountPolicy);
    add(HtmlText::tr("Licensing mode"), "LicensingMode", windows.licensingMode,
        windows.licensingModePolicy);
    if (!windows.certificateHash.isEmpty())
        table.row({e(HtmlText::tr("Certificate in use")),
                   code(QStringLiteral("SSLCertificateSHA1Hash")), code(windows.certificateHash),
                   QString()});
    return subsection(HtmlText::tr("Remote Desktop settings (registry)"), table.html());
}

QString storesTable(const QList<StoreCertificateFacts> &certificates)
{
    Table table({HtmlText::tr("Store"), HtmlText::tr("Thumbprint"), HtmlText::tr("Subject"),
                 HtmlText::tr("Expires"), HtmlText::tr("Private key")});
    for (const StoreCertificateFacts &certificate : certificates)
        table.row({e(certificate.store), code(certificate.thumbprint), code(certificate.subject),
                   certificate.notAfter.isValid() ? e(isoUtc(certificate.notAfter)) : QString(),
                   e(optionalYesNo(certificate.hasPrivateKey))});
    return subsection(HtmlText::tr("Certificates in the stores"), table.html());
}

QString schannelTable(const QList<SchannelFacts> &schannel)
{
    Table table({HtmlText::tr("Protocol"), HtmlText::tr("Side"), HtmlText::tr("Enabled"),
                 HtmlText::tr("DisabledByDefault")});
    for (const SchannelFacts &entry : schannel)
        table.row({e(entry.protocol), e(entry.side), number(entry.enabled),
                   number(entry.disabledByDefault)});
    return subsection(HtmlText::tr("SCHANNEL protocol keys"), table.html());
}

QString machineKeysHtml(const WindowsRdpFacts &windows)
{
    QString html = heading(4, HtmlText::tr("Permissions of MachineKeys"));
    if (windows.machineKeysAccessDenied)
        return html + QStringLiteral("<p>%1</p>\n")
                          .arg(e(HtmlText::tr("Reading them needs administrator rights.")));
    if (!windows.machineKeysRead)
        return html + QStringLiteral("<p>%1</p>\n").arg(e(HtmlText::tr("Not read.")));
    Table table({HtmlText::tr("Account"), HtmlText::tr("SID"), HtmlText::tr("Rights")});
    for (const AclEntryFacts &entry : windows.machineKeysAcl)
        table.row({e(entry.principal), code(entry.sid), code(entry.rights)});
    return html + table.html();
}

QString licensingHtml(const WindowsRdpFacts &windows)
{
    KeyValues rows;
    rows.text(HtmlText::tr("License servers"), windows.licenseServers.join(QStringLiteral(", ")));
    rows.number(HtmlText::tr("Grace period days left"), windows.graceDaysLeft);
    return subsection(HtmlText::tr("Licensing"), rows.html());
}

QString eventsTable(const WindowsRdpFacts &windows)
{
    Table table({HtmlText::tr("Time"), HtmlText::tr("Event"), HtmlText::tr("Source"),
                 HtmlText::tr("Level"), HtmlText::tr("Message")});
    for (const WindowsEventFacts &event : windows.events)
        table.row({event.time.isValid() ? e(isoUtc(event.time)) : QString(),
                   QString::number(event.id), e(event.source), e(event.level), e(event.message)});
    return subsection(HtmlText::tr("Events of the last %1 days").arg(windows.eventWindowDays),
                      table.html());
}

QString windowsHtml(const WindowsRdpFacts &windows)
{
    QString html = registryTable(windows);
    if (!windows.certificates.isEmpty())
        html += storesTable(windows.certificates);
    if (!windows.schannel.isEmpty())
        html += schannelTable(windows.schannel);
    html += machineKeysHtml(windows) + licensingHtml(windows);
    if (!windows.events.isEmpty())
        html += eventsTable(windows);
    return html;
}

} // namespace

QString serverFactsHtml(const ServerFacts &server)
{
    KeyValues rows;
    rows.code(HtmlText::tr("Platform"), server.platform);
    rows.code(HtmlText::tr("Host name"), server.hostName);
    rows.text(HtmlText::tr("Port clients use"), QString::number(server.expectedPort));
    rows.text(HtmlText::tr("Time"), duration(server.durationMs));
    QString html = rows.html();
    if (!server.services.isEmpty())
        html += servicesTable(server.services);
    if (!server.listeners.isEmpty())
        html += listenersTable(server.listeners);
    if (server.xrdp)
        html += xrdpHtml(*server.xrdp);
    if (server.windows)
        html += windowsHtml(*server.windows);
    return html + firewallsHtml(server.firewalls) + notCollectedHtml(server.notCollected);
}

} // namespace rdpdiag::html
