// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/RdpSecurityProbe.h"

#include "net/ConnectionPacer.h"
#include "probes/NegotiationProbe.h"
#include "probes/NetworkProbes.h"
#include "support/Log.h"
#include "wire/Mcs.h"
#include "wire/X224.h"

#include <algorithm>
#include <future>
#include <thread>
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

/** One offer, and whether it failed before the server could say anything about encryption:
 * its connection, or the X.224 exchange, broke (what a limit on simultaneous connections
 * does). */
struct OfferRun
{
    RdpSecurityOffer offer;
    bool brokeBeforeAnswer = false;
};

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

OfferRun runOffer(const QString &address, quint16 port, quint32 method,
                  std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    OfferRun run;
    RdpSecurityOffer &offer = run.offer;
    offer.offered = method;
    std::unique_ptr<TcpConnection> connection;
    const NegotiationProbe negotiation =
        connectAndNegotiate(address, port, wire::ProtocolRdp, timeout, cancel, connection);
    using Negotiated = NegotiationProbe::Outcome;
    if (negotiation.outcome == Negotiated::ConnectFailed ||
        negotiation.outcome == Negotiated::Cancelled) {
        offer.outcome = negotiation.outcome == Negotiated::Cancelled ? Outcome::Cancelled
                                                                     : Outcome::ConnectFailed;
        offer.detail = negotiation.detail;
        run.brokeBeforeAnswer = negotiation.outcome == Negotiated::ConnectFailed;
    } else if (negotiation.outcome != Negotiated::Selected ||
               negotiation.selected != wire::ProtocolRdp || !connection) {
        run.brokeBeforeAnswer = negotiation.outcome == Negotiated::Reset ||
                                negotiation.outcome == Negotiated::Closed ||
                                negotiation.outcome == Negotiated::Timeout;
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
    log::debug("rdp security offer {} → {} ({} ms, {} bytes)", wire::encryptionMethodId(method),
               rdpSecurityOutcomeString(offer.outcome), offer.durationMs, offer.received.size());
    return run;
}

} // namespace

RdpSecurityOffer offerRdpEncryption(const QString &address, quint16 port, quint32 method,
                                    std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    return runOffer(address, port, method, timeout, cancel).offer;
}

RdpSecurityFacts runRdpSecurityStage(const QString &address, quint16 port,
                                     std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    ConnectionPacer pacer(kSideConnectionGap);
    std::vector<std::future<OfferRun>> running;
    for (const quint32 method : kRdpSecurityOffers) {
        running.push_back(std::async(std::launch::async, [=, &pacer, &cancel] {
            if (auto turn = pacer.waitTurn(cancel)) {
                OfferRun run = runOffer(address, port, method, timeout, cancel);
                turn->answered();
                return run;
            }
            OfferRun cancelled;
            cancelled.offer.offered = method;
            cancelled.offer.outcome = Outcome::Cancelled;
            return cancelled;
        }));
    }
    std::vector<OfferRun> runs;
    for (auto &future : running)
        runs.push_back(future.get());

    // A server that limits simultaneous connections breaks some of them; one client alone
    // would not see that, so those offers are made again, one at a time, when another offer
    // shows that the path works.
    const bool pathWorks = std::any_of(runs.begin(), runs.end(), [](const OfferRun &run) {
        return !run.brokeBeforeAnswer && run.offer.outcome != Outcome::Cancelled;
    });
    RdpSecurityFacts facts;
    for (OfferRun &run : runs) {
        if (pathWorks && run.brokeBeforeAnswer && !cancel.isCancelled()) {
            std::this_thread::sleep_for(kSideConnectionGap);
            run = runOffer(address, port, run.offer.offered, timeout, cancel);
            run.offer.retried = true;
        }
        facts.offers << run.offer;
    }
    return facts;
}

} // namespace rdpdiag
