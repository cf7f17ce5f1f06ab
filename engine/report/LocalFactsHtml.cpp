// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of this computer's side (stage "local"), its firewall readings (shared with the
// server self-check) and the RD Gateway path (stage "gateway").
#include "report/FactsHtmlStages.h"

namespace rdpdiag::html {

namespace {

QString interfaceState(const NetworkInterfaceFacts &interface)
{
    QStringList state;
    state << (interface.up ? HtmlText::tr("up") : HtmlText::tr("down"));
    if (interface.up)
        state << (interface.running ? HtmlText::tr("running") : HtmlText::tr("no carrier"));
    if (interface.loopback)
        state << HtmlText::tr("loopback");
    return state.join(QStringLiteral(", "));
}

QString interfacesTable(const QList<NetworkInterfaceFacts> &interfaces)
{
    Table table({HtmlText::tr("Interface"), HtmlText::tr("Kind"), HtmlText::tr("MTU"),
                 HtmlText::tr("State"), HtmlText::tr("Addresses"), HtmlText::tr("VPN or tunnel")});
    for (const NetworkInterfaceFacts &interface : interfaces)
        table.row({code(interface.name), e(interface.kind),
                   interface.mtu ? QString::number(*interface.mtu) : QString(),
                   e(interfaceState(interface)), e(interface.addresses.join(QStringLiteral(", "))),
                   e(yesNo(interface.tunnel))});
    return table.html();
}

/** The route that matched, its type, and whether it is the default route. */
QString routeText(const RouteFacts &route)
{
    if (!route.found)
        return HtmlText::tr("no route");
    QStringList parts;
    if (!route.prefix.isEmpty())
        parts << route.prefix;
    if (!route.type.isEmpty())
        parts << route.type;
    if (route.viaDefaultRoute)
        parts << HtmlText::tr("default route");
    return parts.join(QStringLiteral(", "));
}

QString routesTable(const QList<RouteFacts> &routes)
{
    Table table({HtmlText::tr("Destination"), HtmlText::tr("Interface"), HtmlText::tr("Gateway"),
                 HtmlText::tr("Source address"), HtmlText::tr("Route"), HtmlText::tr("Route MTU"),
                 HtmlText::tr("Path MTU"), HtmlText::tr("Learned with"), HtmlText::tr("Error")});
    for (const RouteFacts &route : routes)
        table.row({code(route.destination), code(route.interfaceName), code(route.gateway),
                   code(route.sourceAddress), e(routeText(route)),
                   route.routeMtu ? QString::number(*route.routeMtu) : QString(),
                   route.pathMtu ? QString::number(*route.pathMtu) : QString(), e(route.method),
                   e(route.error)});
    return table.html();
}

QString proxyHtml(const ProxyFacts &proxy)
{
    KeyValues rows;
    rows.text(HtmlText::tr("Set in"), proxy.source);
    rows.code(HtmlText::tr("HTTP proxy"), proxyWithoutCredentials(proxy.httpProxy));
    rows.code(HtmlText::tr("HTTPS proxy"), proxyWithoutCredentials(proxy.httpsProxy));
    rows.code(HtmlText::tr("Proxy for all protocols"), proxyWithoutCredentials(proxy.allProxy));
    rows.code(HtmlText::tr("Not through the proxy"), proxy.noProxy);
    return subsection(HtmlText::tr("Proxy"), rows.html());
}

/** The connection a reading was asked about: "outbound to 192.0.2.10 port 3389". */
QString firewallQuestion(const FirewallReading &reading)
{
    const QString direction = reading.direction == FirewallDirection::Inbound
                                  ? HtmlText::tr("inbound")
                                  : HtmlText::tr("outbound");
    return reading.remoteAddress.isEmpty()
               ? HtmlText::tr("%1, port %2").arg(direction).arg(reading.port)
               : HtmlText::tr("%1, %2 port %3")
                     .arg(direction, reading.remoteAddress)
                     .arg(reading.port);
}

QString verdictAction(const FirewallVerdict &verdict)
{
    const QString action = firewallActionString(verdict.action);
    return verdict.byPolicy ? HtmlText::tr("%1 (chain policy)").arg(action) : action;
}

QString connectivityTable(const QList<ConnectivityProbe> &probes)
{
    Table table({HtmlText::tr("Role"), HtmlText::tr("Address"), HtmlText::tr("Outcome"),
                 HtmlText::tr("Time"), HtmlText::tr("Error")});
    for (const ConnectivityProbe &probe : probes)
        table.row({e(probe.role), code(endpoint(probe.address, probe.port)),
                   e(ioOutcomeString(probe.outcome)), e(duration(probe.durationMs)),
                   e(probe.error)});
    return subsection(HtmlText::tr("Can this computer connect elsewhere?"), table.html());
}

QString gatewayPathText(const GatewayFacts &gateway)
{
    switch (gateway.path) {
    case GatewayFacts::Path::Direct:
        return HtmlText::tr("direct, without the gateway");
    case GatewayFacts::Path::Always:
        return HtmlText::tr("always through the gateway");
    case GatewayFacts::Path::IfDirectFails:
        return HtmlText::tr("direct first, through the gateway when that fails");
    case GatewayFacts::Path::ClientDefault:
        return HtmlText::tr("the client's default (usually through the gateway)");
    }
    return {};
}

} // namespace

QString firewallsHtml(const QList<FirewallReading> &firewalls)
{
    if (firewalls.isEmpty())
        return {};
    Table readings({HtmlText::tr("Firewall"), HtmlText::tr("Status"), HtmlText::tr("Rules"),
                    HtmlText::tr("Asked about"), HtmlText::tr("Detail")});
    Table verdicts({HtmlText::tr("Firewall"), HtmlText::tr("Result"), HtmlText::tr("Action"),
                    HtmlText::tr("Rule"), HtmlText::tr("Comment"), HtmlText::tr("Where"),
                    HtmlText::tr("Conditions it cannot check")});
    for (const FirewallReading &reading : firewalls) {
        const bool read = reading.status == FirewallReading::Status::Read;
        readings.row({code(reading.source), e(firewallStatusString(reading.status)),
                      read ? QString::number(reading.ruleCount) : QString(),
                      e(firewallQuestion(reading)), e(reading.detail)});
        for (const FirewallVerdict &verdict : reading.verdicts)
            verdicts.row({code(reading.source), e(firewallResultString(verdict.result)),
                          e(verdictAction(verdict)), code(verdict.rule), e(verdict.comment),
                          e(verdict.location), e(verdict.conditions.join(QStringLiteral(", ")))});
    }
    QString html = subsection(HtmlText::tr("Firewalls"), readings.html());
    const QString blocking = verdicts.html();
    if (!blocking.isEmpty())
        html += subsection(HtmlText::tr("Firewall rules that block or may block"), blocking);
    return html;
}

QString notCollectedHtml(const QStringList &notCollected)
{
    if (notCollected.isEmpty())
        return {};
    return subsection(HtmlText::tr("Not collected"), itemList(notCollected));
}

QString localFactsHtml(const LocalFacts &local)
{
    KeyValues rows;
    rows.code(HtmlText::tr("Platform"), local.platform);
    rows.yesNo(HtmlText::tr("Default route"), local.hasDefaultRoute);
    rows.text(HtmlText::tr("DNS servers"), local.dnsServers.join(QStringLiteral(", ")));
    rows.text(HtmlText::tr("DNS search domains"), local.dnsSearch.join(QStringLiteral(", ")));
    rows.text(HtmlText::tr("Time"), duration(local.durationMs));
    QString html = rows.html();
    if (!local.interfaces.isEmpty())
        html += subsection(HtmlText::tr("Network interfaces"), interfacesTable(local.interfaces));
    if (!local.routes.isEmpty())
        html += subsection(HtmlText::tr("Routes toward the server"), routesTable(local.routes));
    if (local.proxy && local.proxy->any())
        html += proxyHtml(*local.proxy);
    html += firewallsHtml(local.firewalls);
    if (!local.connectivity.isEmpty())
        html += connectivityTable(local.connectivity);
    return html + notCollectedHtml(local.notCollected);
}

QString gatewayFactsHtml(const GatewayFacts &gateway)
{
    KeyValues rows;
    rows.add(HtmlText::tr("Path in the .rdp file"),
             QStringLiteral("%1 %2").arg(code(gatewayPathString(gateway.path)),
                                         e(gatewayPathText(gateway))));
    rows.number(HtmlText::tr("Usage method (gatewayusagemethod)"), gateway.usageMethod);
    rows.code(HtmlText::tr("Gateway"), endpoint(gateway.host, gateway.port));
    rows.text(HtmlText::tr("Probed"), yesNo(gateway.probed));
    rows.code(HtmlText::tr("Connected to"), gateway.connectedAddress);
    if (gateway.tls)
        rows.text(HtmlText::tr("TLS handshake"), tlsAttemptText(*gateway.tls));
    if (!gateway.httpStatusLine.isEmpty())
        rows.code(HtmlText::tr("HTTP answer"), gateway.httpStatusLine);
    else
        rows.number(HtmlText::tr("HTTP status"), gateway.httpStatus);
    rows.text(HtmlText::tr("Authentication offered"),
              gateway.authSchemes.join(QStringLiteral(", ")));
    QString html = rows.html();
    if (gateway.dns) {
        KeyValues dns;
        dnsRows(dns, *gateway.dns);
        html += subsection(HtmlText::tr("Name resolution of the gateway"), dns.html());
    }
    if (!gateway.tcp.isEmpty())
        html += subsection(HtmlText::tr("TCP connections to the gateway"),
                           tcpAttemptsTable(gateway.tcp));
    if (gateway.certificate) {
        KeyValues certificate;
        certificateRows(certificate, *gateway.certificate);
        html += subsection(HtmlText::tr("The gateway's certificate"), certificate.html());
    }
    return html;
}

} // namespace rdpdiag::html
