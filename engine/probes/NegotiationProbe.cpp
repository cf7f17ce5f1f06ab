// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/NegotiationProbe.h"

#include "net/ConnectionPacer.h"
#include "probes/NetworkProbes.h"
#include "support/Log.h"
#include "wire/X224.h"

#include <future>
#include <vector>

namespace rdpdiag {

namespace {

/** More than a Connection Confirm can ever be; bounds what a hostile server makes us keep. */
constexpr int kMaxConfirmBytes = 256;
/** How long to keep collecting a non-RDP banner once its first bytes arrived. */
constexpr std::chrono::milliseconds kBannerGrace{150};

NegotiationProbe::Outcome outcomeForIo(IoOutcome io)
{
    switch (io) {
    case IoOutcome::Reset:
        return NegotiationProbe::Outcome::Reset;
    case IoOutcome::Closed:
        return NegotiationProbe::Outcome::Closed;
    case IoOutcome::Timeout:
        return NegotiationProbe::Outcome::Timeout;
    case IoOutcome::Cancelled:
        return NegotiationProbe::Outcome::Cancelled;
    default:
        return NegotiationProbe::Outcome::Reset;
    }
}

/** Collects a little more of a banner so the evidence shows e.g. the whole SSH version line. */
void collectBanner(TcpConnection &connection, QByteArray &received, const Deadline &deadline,
                   const CancelToken &cancel)
{
    const auto grace = std::min(deadline.remaining(), kBannerGrace);
    const Deadline bannerDeadline = Deadline::in(grace);
    while (received.size() < kMaxConfirmBytes && !received.contains('\n')) {
        if (!connection
                 .receiveSome(received, kMaxConfirmBytes - received.size(), bannerDeadline, cancel)
                 .ok())
            break;
    }
}

} // namespace

NegotiationProbe negotiate(TcpConnection &connection, quint32 requested,
                           std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    const Deadline deadline = Deadline::in(timeout);
    NegotiationProbe probe;
    probe.requested = requested;
    probe.sent = wire::buildConnectionRequest(requested);

    const auto finish = [&](NegotiationProbe::Outcome outcome, const QString &detail = {}) {
        probe.outcome = outcome;
        probe.detail = detail;
        probe.durationMs = elapsedMs(start);
        log::debug("x224 request 0x{:02x} → {} ({} ms, {} bytes: {})", requested,
                   negotiationOutcomeString(outcome), probe.durationMs, probe.received.size(),
                   wire::hexDump(probe.received));
        return probe;
    };

    const IoResult sent = connection.sendAll(probe.sent, deadline, cancel);
    if (!sent.ok())
        return finish(outcomeForIo(sent.outcome), sent.error);

    for (;;) {
        const wire::TpktPeek peek = wire::peekTpkt(probe.received);
        switch (peek.status) {
        case wire::TpktPeek::Status::NotTpkt:
            collectBanner(connection, probe.received, deadline, cancel);
            return finish(NegotiationProbe::Outcome::NotRdp,
                          QStringLiteral("the answer does not start with a TPKT header"));
        case wire::TpktPeek::Status::BadLength:
            return finish(NegotiationProbe::Outcome::Malformed,
                          QStringLiteral("TPKT length %1 is too short for a Connection Confirm")
                              .arg(peek.totalLength));
        case wire::TpktPeek::Status::Ok:
            if (peek.totalLength > kMaxConfirmBytes)
                return finish(NegotiationProbe::Outcome::Malformed,
                              QStringLiteral("TPKT length %1 is too long for a Connection Confirm")
                                  .arg(peek.totalLength));
            if (probe.received.size() >= peek.totalLength) {
                // Anything after the PDU is not part of the confirm; keep it as evidence only.
                const auto parsed = wire::parseConnectionConfirm(
                    QByteArrayView(probe.received).first(peek.totalLength));
                if (!parsed.confirm)
                    return finish(NegotiationProbe::Outcome::Malformed, parsed.error);
                const auto &confirm = *parsed.confirm;
                switch (confirm.kind) {
                case wire::ConnectionConfirm::Kind::Response:
                    probe.selected = confirm.selectedProtocol;
                    probe.flags = confirm.flags;
                    return finish(NegotiationProbe::Outcome::Selected);
                case wire::ConnectionConfirm::Kind::NoNegData:
                    probe.selected = wire::ProtocolRdp;
                    probe.legacyConfirm = true;
                    return finish(NegotiationProbe::Outcome::Selected);
                case wire::ConnectionConfirm::Kind::Failure:
                    probe.failureCode = confirm.failureCode;
                    return finish(NegotiationProbe::Outcome::Failure);
                }
            }
            break;
        case wire::TpktPeek::Status::NeedMore:
            break;
        }

        const qsizetype room = kMaxConfirmBytes - probe.received.size();
        const IoResult got = connection.receiveSome(probe.received, room, deadline, cancel);
        if (!got.ok())
            return finish(outcomeForIo(got.outcome), got.error);
    }
}

NegotiationProbe connectAndNegotiate(const QString &address, quint16 port, quint32 requested,
                                     std::chrono::milliseconds timeout, const CancelToken &cancel,
                                     std::unique_ptr<TcpConnection> &connection,
                                     TcpAttempt *connectAttempt)
{
    const TcpAttempt connected = connectTimed(address, port, timeout, cancel, connection);
    if (connectAttempt)
        *connectAttempt = connected;
    if (connected.outcome != IoOutcome::Ok) {
        NegotiationProbe probe;
        probe.requested = requested;
        probe.outcome = connected.outcome == IoOutcome::Cancelled
                            ? NegotiationProbe::Outcome::Cancelled
                            : NegotiationProbe::Outcome::ConnectFailed;
        probe.detail =
            QStringLiteral("%1: %2").arg(ioOutcomeString(connected.outcome), connected.error);
        probe.durationMs = connected.durationMs;
        return probe;
    }
    NegotiationProbe probe = negotiate(*connection, requested, timeout, cancel);
    if (probe.outcome != NegotiationProbe::Outcome::Selected &&
        probe.outcome != NegotiationProbe::Outcome::Failure)
        connection.reset();
    return probe;
}

NegotiationSide negotiateOnSideConnection(const QString &address, quint16 port, quint32 requested,
                                          std::chrono::milliseconds timeout,
                                          const CancelToken &cancel)
{
    NegotiationSide side;
    const ConnectionPurpose purpose(
        QStringLiteral("x224 0x%1").arg(requested, 2, 16, QLatin1Char('0')));
    side.probe = connectAndNegotiate(address, port, requested, timeout, cancel, side.connection,
                                     &side.connect);
    side.broke = sideBreakOf(side.connect.outcome, side.probe.outcome);
    return side;
}

QList<quint32> negotiationSideRequests()
{
    return QList<quint32>(std::begin(kNegotiationMatrix) + 1, std::end(kNegotiationMatrix));
}

NegotiationStageResult runNegotiationMatrix(std::unique_ptr<TcpConnection> &primary,
                                            const QString &address, quint16 port,
                                            std::chrono::milliseconds timeout,
                                            const CancelToken &cancel, ConnectionPacer *runPacer,
                                            const PrimaryAnswered &onPrimary,
                                            SpareConnections *spares)
{
    // The secondary requests each get their own connection and thread; the primary one
    // runs here on the connection the tcp stage opened.
    std::optional<ConnectionPacer> ownPacer;
    ConnectionPacer &pacer =
        runPacer ? *runPacer : ownPacer.emplace(kSideAnswerWait, kSideConnectionWindow);
    std::vector<std::future<NegotiationSide>> others;
    for (const quint32 requested : negotiationSideRequests()) {
        others.push_back(std::async(std::launch::async, [=, &pacer, &cancel] {
            NegotiationSide side;
            side.probe.requested = requested;
            side.probe.outcome = NegotiationProbe::Outcome::Cancelled;
            side.connect.address = address;
            side.connect.outcome = IoOutcome::Cancelled;
            if (auto turn = pacer.waitTurn(cancel)) {
                side = negotiateOnSideConnection(address, port, requested, timeout, cancel);
                turn->answered();
            }
            if (spares) {
                const bool selected = side.probe.outcome == NegotiationProbe::Outcome::Selected;
                spares->give(requested, selected ? side.probe.selected : std::nullopt,
                             std::move(side.connection));
            }
            side.connection.reset();
            return side;
        }));
    }

    NegotiationStageResult result;
    NegotiationFacts &facts = result.facts;
    if (primary) {
        facts.probes << negotiate(*primary, kNegotiationMatrix[0], timeout, cancel);
        const auto outcome = facts.probes.first().outcome;
        if (outcome != NegotiationProbe::Outcome::Selected &&
            outcome != NegotiationProbe::Outcome::Failure)
            primary.reset();
    } else {
        facts.probes << connectAndNegotiate(address, port, kNegotiationMatrix[0], timeout, cancel,
                                            primary);
    }
    result.breaks << SideBreak::None;
    if (onPrimary)
        onPrimary(facts.probes.first());
    for (auto &future : others) {
        const NegotiationSide side = future.get();
        facts.probes << side.probe;
        result.sideConnects << side.connect;
        result.breaks << side.broke;
    }
    deriveSupport(facts);
    return result;
}

void deriveSupport(NegotiationFacts &facts)
{
    facts.supportedMask = 0;
    facts.rdpSupported = false;
    for (const auto &probe : facts.probes) {
        if (probe.outcome != NegotiationProbe::Outcome::Selected || !probe.selected)
            continue;
        const quint32 selected = *probe.selected;
        if (selected == wire::ProtocolRdp) {
            // Standard RDP Security is only "supported" when it was what we asked for:
            // xrdp answers a CredSSP-only request with RDP, which is a downgrade, not support.
            if (probe.requested == wire::ProtocolRdp)
                facts.rdpSupported = true;
        } else if ((probe.requested & selected) == selected) {
            facts.supportedMask |= selected;
        }
    }
}

} // namespace rdpdiag
