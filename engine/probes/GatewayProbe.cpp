// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/GatewayProbe.h"

#include "input/Target.h"
#include "net/CertificateInspector.h"
#include "net/Resolver.h"
#include "net/TcpConnection.h"
#include "net/TlsSession.h"
#include "support/Log.h"
#include "support/SafeText.h"

#include <QUuid>

namespace rdpdiag {

namespace {

constexpr quint16 kDefaultGatewayPort = 443;
constexpr qsizetype kMaxHttpHead = 16 * 1024;

} // namespace

GatewayFacts::Path gatewayPathFor(std::optional<int> usageMethod)
{
    if (!usageMethod)
        return GatewayFacts::Path::ClientDefault;
    switch (*usageMethod) {
    case 0:
    case 4:
        return GatewayFacts::Path::Direct;
    case 1:
        return GatewayFacts::Path::Always;
    case 2:
        return GatewayFacts::Path::IfDirectFails;
    default:
        return GatewayFacts::Path::ClientDefault;
    }
}

bool rdpUsesGateway(const RdpFileSettings &settings)
{
    return !settings.gatewayHostname.trimmed().isEmpty() &&
           gatewayPathFor(settings.gatewayUsageMethod) != GatewayFacts::Path::Direct;
}

HttpStatus parseHttpResponseHead(QByteArrayView bytes)
{
    HttpStatus status;
    const QByteArray data = bytes.first(std::min(bytes.size(), kMaxHttpHead)).toByteArray();
    const qsizetype end = data.indexOf("\r\n\r\n");
    status.complete = end >= 0;
    const QByteArray head = end >= 0 ? data.left(end) : data;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return status;
    const QByteArray first = lines.first().trimmed();
    if (!first.startsWith("HTTP/"))
        return status;
    status.statusLine = safeText(QString::fromLatin1(first).left(200));
    const QList<QByteArray> parts = first.split(' ');
    bool ok = false;
    const int code = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (ok && code >= 100 && code <= 599)
        status.code = code;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().toLower() != "www-authenticate")
            continue;
        // "Negotiate", "NTLM", "Basic realm=..." — the scheme is the first word.
        const QByteArray scheme = line.mid(colon + 1).trimmed().split(' ').first();
        const QString name = safeText(QString::fromLatin1(scheme).left(40));
        if (!name.isEmpty() && !status.authSchemes.contains(name))
            status.authSchemes << name;
    }
    return status;
}

GatewayFacts probeGateway(const RdpFileSettings &settings, std::chrono::milliseconds timeout,
                          const CancelToken &cancel)
{
    GatewayFacts facts;
    facts.usageMethod = settings.gatewayUsageMethod;
    facts.path = gatewayPathFor(settings.gatewayUsageMethod);
    const TargetParse parsed =
        parseTargetText(settings.gatewayHostname.trimmed(), kDefaultGatewayPort);
    if (!parsed.target) {
        facts.host = settings.gatewayHostname.trimmed().left(255);
        facts.probed = true;
        DnsFacts dns;
        dns.outcome = DnsFacts::Outcome::Failed;
        dns.error = parsed.error;
        facts.dns = dns;
        return facts;
    }
    const Target &gateway = *parsed.target;
    facts.host = gateway.host;
    facts.port = gateway.port;
    if (cancel.isCancelled())
        return facts;
    facts.probed = true;

    QStringList addresses;
    if (gateway.isIpLiteral) {
        addresses << gateway.host;
    } else {
        facts.dns = resolveHost(gateway.host, Deadline::in(timeout), cancel);
        addresses = facts.dns->addresses();
    }

    std::unique_ptr<TcpConnection> connection;
    const ConnectionPurpose purpose(QStringLiteral("gateway"));
    for (const QString &address : addresses) {
        if (cancel.isCancelled())
            return facts;
        const auto start = std::chrono::steady_clock::now();
        const IoResult result = TcpConnection::connect(address, gateway.port, Deadline::in(timeout),
                                                       cancel, connection);
        TcpAttempt attempt;
        attempt.address = address;
        attempt.outcome = result.outcome;
        attempt.error = result.error;
        attempt.durationMs = elapsedMs(start);
        facts.tcp << attempt;
        if (result.ok()) {
            facts.connectedAddress = address;
            break;
        }
    }
    if (!connection || cancel.isCancelled())
        return facts;

    TlsOptions options;
    options.serverName = gateway.isIpLiteral ? QString() : gateway.host;
    QString error;
    std::unique_ptr<TlsSession> session =
        TlsSession::create(std::move(connection), options, &error);
    if (!session) {
        TlsAttempt attempt;
        attempt.outcome = TlsAttempt::Outcome::LocalRefusal;
        attempt.detail = error;
        facts.tls = attempt;
        return facts;
    }
    facts.tls = session->handshake(Deadline::in(timeout), cancel);
    if (X509 *leaf = session->peerCertificate()) {
        InspectionOptions inspection;
        inspection.host = gateway.host;
        facts.certificate = inspectCertificate(leaf, session->peerChainDer(), inspection);
    }
    if (facts.tls->outcome != TlsAttempt::Outcome::Established || cancel.isCancelled())
        return facts;

    // The anonymous request an RD Gateway answers with 401 and its authentication schemes.
    const QByteArray request = "RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\r\n"
                               "Host: " +
                               gateway.host.toUtf8() +
                               "\r\n"
                               "Accept: */*\r\n"
                               "Cache-Control: no-cache\r\n"
                               "Pragma: no-cache\r\n"
                               "Connection: close\r\n"
                               "User-Agent: rdpdiag/" RDPDIAG_VERSION "\r\n"
                               "RDG-Connection-Id: " +
                               QUuid::createUuid().toString(QUuid::WithBraces).toLatin1() +
                               "\r\n"
                               "Content-Length: 0\r\n"
                               "\r\n";
    const Deadline deadline = Deadline::in(timeout);
    if (!session->write(request, deadline, cancel).ok())
        return facts;
    QByteArray response;
    while (response.size() < kMaxHttpHead && !response.contains("\r\n\r\n")) {
        const IoResult read =
            session->readSome(response, kMaxHttpHead - response.size(), deadline, cancel);
        if (!read.ok())
            break;
    }
    const HttpStatus status = parseHttpResponseHead(response);
    facts.httpStatus = status.code;
    facts.httpStatusLine = status.statusLine;
    facts.authSchemes = status.authSchemes;
    log::debug("gateway {}:{}: {}", facts.host, facts.port, facts.httpStatusLine);
    return facts;
}

} // namespace rdpdiag
