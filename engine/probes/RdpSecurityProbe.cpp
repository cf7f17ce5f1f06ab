// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/RdpSecurityProbe.h"

#include "net/ConnectionPacer.h"
#include "probes/NegotiationProbe.h"
#include "probes/NetworkProbes.h"
#include "support/Log.h"
#include "wire/Mcs.h"
#include "wire/X224.h"

#include <future>
#include <vector>

namespace rdpdiag {

namespace {

using Outcome = RdpSecurityOffer::Outcome;

/** More than any Connect Response with an X.509 chain; bounds what a server makes us keep. */
constexpr int kMaxResponseBytes = 16384;

Outcome outcomeForIo(IoOutcome io)
{
    switch (io) {
    case IoOutcome::Closed:
        return Outcome::Closed;
    case IoOutcome::Timeout:
        return Outcome::Timeout;
    case IoOutcome::Cancelled:
        return Outcome::Cancelled;
    default:
        return Outcome::Reset;
    }
}

void fillFromResponse(RdpSecurityOffer &offer, const wire::ConnectResponse &response)
{
    offer.mcsResult = response.result;
    if (response.result != 0 || !response.server) {
        offer.outcome = Outcome::Refused;
        offer.detail = wire::mcsResultName(response.result);
        return;
    }
    const wire::ServerData &server = *response.server;
    if (server.core)
        offer.serverVersion = server.core->version;
    if (server.network)
        offer.ioChannel = server.network->mcsChannelId;
    if (!server.security) {
        offer.outcome = Outcome::Malformed;
        offer.detail = QStringLiteral("the Connect Response has no server security data");
        return;
    }
    const wire::ServerSecurityData &security = *server.security;
    offer.outcome = Outcome::Answered;
    offer.method = security.encryptionMethod;
    offer.level = security.encryptionLevel;
    offer.serverRandomLength = security.serverRandomLength;
    if (security.certificate) {
        RdpServerCertificateFacts certificate;
        certificate.type = wire::serverCertificateTypeId(security.certificate->type);
        certificate.temporary = security.certificate->temporary;
        certificate.keyBits = security.certificate->keyBits;
        certificate.chainLength = security.certificate->chainLength;
        offer.certificate = certificate;
    }
    if (!response.certificateError.isEmpty())
        offer.detail = QStringLiteral("server certificate: %1").arg(response.certificateError);
}

/** Sends the Connect Initial and reads the Connect Response. */
void exchangeConnect(TcpConnection &connection, RdpSecurityOffer &offer,
                     std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    const Deadline deadline = Deadline::in(timeout);
    const IoResult sent =
        connection.sendAll(wire::buildConnectInitial(offer.offered), deadline, cancel);
    if (!sent.ok()) {
        offer.outcome = outcomeForIo(sent.outcome);
        offer.detail = sent.error;
        return;
    }
    for (;;) {
        const wire::TpktPeek peek = wire::peekTpkt(offer.received);
        if (peek.status == wire::TpktPeek::Status::NotTpkt ||
            peek.status == wire::TpktPeek::Status::BadLength) {
            offer.outcome = Outcome::Malformed;
            offer.detail = QStringLiteral("the answer to the Connect Initial is not a TPKT PDU");
            return;
        }
        if (peek.status == wire::TpktPeek::Status::Ok) {
            if (peek.totalLength > kMaxResponseBytes) {
                offer.outcome = Outcome::Malformed;
                offer.detail = QStringLiteral("TPKT length %1 is too long for a Connect Response")
                                   .arg(peek.totalLength);
                return;
            }
            if (offer.received.size() >= peek.totalLength) {
                offer.received.truncate(peek.totalLength); // what follows is not evidence
                const wire::ConnectResponseParse parsed =
                    wire::parseConnectResponse(offer.received);
                if (!parsed.response) {
                    offer.outcome = Outcome::Malformed;
                    offer.detail = parsed.error;
                    return;
                }
                fillFromResponse(offer, *parsed.response);
                return;
            }
        }
        const IoResult got = connection.receiveSome(
            offer.received, kMaxResponseBytes - offer.received.size(), deadline, cancel);
        if (!got.ok()) {
            offer.outcome = outcomeForIo(got.outcome);
            offer.detail = got.error;
            return;
        }
    }
}

QString purposeOf(quint32 method)
{
    return QStringLiteral("rdp security %1").arg(wire::encryptionMethodId(method));
}

void logOffer(const RdpSecurityOffer &offer)
{
    log::debug("rdp security offer {} → {} ({} ms, {} bytes)",
               wire::encryptionMethodId(offer.offered), rdpSecurityOutcomeString(offer.outcome),
               offer.durationMs, offer.received.size());
}

/** One offer on a connection an X.224 side request left open with Standard RDP Security
 * selected (probes/SpareConnections.h). */
RdpSecurityOfferRun runOfferOnSpare(SpareConnections::Spare spare, quint32 method,
                                    std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    spare.connection->addPurpose(purposeOf(method));
    log::debug("{}: on the open connection of x224 request 0x{:02x}", purposeOf(method),
               spare.requested);
    RdpSecurityOfferRun run;
    run.offer.offered = method;
    exchangeConnect(*spare.connection, run.offer, timeout, cancel);
    run.offer.durationMs = elapsedMs(start);
    logOffer(run.offer);
    return run;
}

/** One offer; @p turn (when paced) is handed back once the X.224 request was answered. */
RdpSecurityOfferRun runOffer(const QString &address, quint16 port, quint32 method,
                             std::chrono::milliseconds timeout, const CancelToken &cancel,
                             ConnectionPacer::Turn *turn = nullptr)
{
    const ConnectionPurpose purpose(purposeOf(method));
    const auto start = std::chrono::steady_clock::now();
    RdpSecurityOfferRun run;
    RdpSecurityOffer &offer = run.offer;
    offer.offered = method;
    std::unique_ptr<TcpConnection> connection;
    TcpAttempt connect;
    const NegotiationProbe negotiation = connectAndNegotiate(address, port, wire::ProtocolRdp,
                                                             timeout, cancel, connection, &connect);
    if (turn)
        turn->answered(); // the MCS exchange may overlap the next connection
    run.broke = sideBreakOf(connect.outcome, negotiation.outcome);
    using Negotiated = NegotiationProbe::Outcome;
    if (negotiation.outcome == Negotiated::ConnectFailed ||
        negotiation.outcome == Negotiated::Cancelled) {
        offer.outcome = negotiation.outcome == Negotiated::Cancelled ? Outcome::Cancelled
                                                                     : Outcome::ConnectFailed;
        offer.detail = negotiation.detail;
    } else if (negotiation.outcome != Negotiated::Selected ||
               negotiation.selected != wire::ProtocolRdp || !connection) {
        offer.outcome = Outcome::NotNegotiated;
        offer.detail = QStringLiteral("the X.224 request for Standard RDP Security got %1")
                           .arg(negotiationOutcomeString(negotiation.outcome));
        if (negotiation.selected)
            offer.detail +=
                QStringLiteral(" (%1)").arg(wire::selectedProtocolId(*negotiation.selected));
        else if (negotiation.failureCode)
            offer.detail +=
                QStringLiteral(" (%1)").arg(wire::failureCodeName(*negotiation.failureCode));
    } else {
        exchangeConnect(*connection, offer, timeout, cancel);
    }
    offer.durationMs = elapsedMs(start);
    logOffer(offer);
    return run;
}

} // namespace

RdpSecurityOfferRun offerRdpEncryption(const QString &address, quint16 port, quint32 method,
                                       std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    return runOffer(address, port, method, timeout, cancel);
}

RdpSecurityStageResult runRdpSecurityStage(const QString &address, quint16 port,
                                           std::chrono::milliseconds timeout,
                                           const CancelToken &cancel, ConnectionPacer *runPacer,
                                           SpareConnections *spares)
{
    std::optional<ConnectionPacer> ownPacer;
    ConnectionPacer &pacer =
        runPacer ? *runPacer : ownPacer.emplace(kSideAnswerWait, kSideConnectionWindow);
    if (spares)
        spares->setTakers(SpareKind::Rdp, int(std::size(kRdpSecurityOffers)));
    std::vector<std::future<RdpSecurityOfferRun>> running;
    for (const quint32 method : kRdpSecurityOffers) {
        running.push_back(std::async(std::launch::async, [=, &pacer, &cancel] {
            // The x224 step is over: its spares are all in, nothing to wait for.
            if (spares) {
                if (auto spare = spares->take(SpareKind::Rdp, {}, cancel))
                    return runOfferOnSpare(std::move(*spare), method, timeout, cancel);
            }
            if (auto turn = pacer.waitTurn(cancel))
                return runOffer(address, port, method, timeout, cancel, &*turn);
            RdpSecurityOfferRun cancelled;
            cancelled.offer.offered = method;
            cancelled.offer.outcome = Outcome::Cancelled;
            return cancelled;
        }));
    }
    RdpSecurityStageResult result;
    for (auto &future : running) {
        const RdpSecurityOfferRun run = future.get();
        result.facts.offers << run.offer;
        result.breaks << run.broke;
    }
    return result;
}

} // namespace rdpdiag
