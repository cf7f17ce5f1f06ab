// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/CredsspProbe.h"

#include "support/Log.h"
#include "wire/Der.h"
#include "wire/Ntlm.h"
#include "wire/TsRequest.h"
#include "wire/X224.h"

namespace rdpdiag {

namespace {

/** How much of the server's answer the facts keep as evidence. */
constexpr qsizetype kEvidenceBytes = 4096;

CredsspFacts::Outcome outcomeForIo(IoOutcome io)
{
    switch (io) {
    case IoOutcome::Reset:
        return CredsspFacts::Outcome::Reset;
    case IoOutcome::Timeout:
        return CredsspFacts::Outcome::Timeout;
    case IoOutcome::Cancelled:
        return CredsspFacts::Outcome::Cancelled;
    // A fatal alert or another TLS failure mid-exchange: the server broke off.
    default:
        return CredsspFacts::Outcome::Closed;
    }
}

/** The NTLM message inside a negoToken: raw NTLM (what Windows answers to raw NTLM) or
 * wrapped in SPNEGO, where it starts at its signature. */
QByteArrayView ntlmMessageIn(QByteArrayView token)
{
    static const QByteArray signature("NTLMSSP\0", 8);
    const qsizetype at = QByteArrayView(token).indexOf(signature);
    return at < 0 ? token : token.sliced(at);
}

} // namespace

bool primarySelectedCredssp(const NegotiationFacts &negotiation)
{
    if (negotiation.probes.isEmpty())
        return false;
    const NegotiationProbe &primary = negotiation.probes.first();
    return primary.outcome == NegotiationProbe::Outcome::Selected && primary.selected &&
           (*primary.selected & (wire::ProtocolHybrid | wire::ProtocolHybridEx)) != 0;
}

void interpretServerTsRequest(QByteArrayView message, const QDateTime &receivedAt,
                              CredsspFacts &facts)
{
    const wire::TsRequestParse parsed = wire::parseTsRequest(message);
    if (!parsed.request) {
        facts.outcome = CredsspFacts::Outcome::Malformed;
        facts.detail = QStringLiteral("TSRequest: %1").arg(parsed.error);
        return;
    }
    const wire::TsRequest &request = *parsed.request;
    facts.version = request.version;
    facts.errorCode = request.errorCode;
    if (!request.negoToken) {
        if (request.errorCode) {
            facts.outcome = CredsspFacts::Outcome::ServerError;
            facts.detail = QStringLiteral("the server answered with errorCode 0x%1")
                               .arg(*request.errorCode, 8, 16, QLatin1Char('0'));
        } else {
            facts.outcome = CredsspFacts::Outcome::Malformed;
            facts.detail = QStringLiteral("TSRequest without a negoToken");
        }
        return;
    }
    const wire::NtlmChallengeParse challenge =
        wire::parseNtlmChallenge(ntlmMessageIn(*request.negoToken));
    if (!challenge.challenge) {
        facts.outcome = CredsspFacts::Outcome::Malformed;
        facts.detail = QStringLiteral("NTLM CHALLENGE: %1").arg(challenge.error);
        return;
    }
    const wire::NtlmChallenge &ntlm = *challenge.challenge;
    NtlmFacts info;
    info.targetName = ntlm.targetName;
    info.netbiosDomain = ntlm.netbiosDomain;
    info.netbiosComputer = ntlm.netbiosComputer;
    info.dnsDomain = ntlm.dnsDomain;
    info.dnsComputer = ntlm.dnsComputer;
    info.dnsTree = ntlm.dnsTree;
    info.osVersion = ntlm.version;
    if (ntlm.timestamp && ntlm.timestamp->isValid()) {
        info.serverTime = ntlm.timestamp;
        // Rounded to whole seconds: the rule's threshold is minutes.
        const qint64 ms = receivedAt.msecsTo(*ntlm.timestamp);
        info.clockSkewSeconds = (ms >= 0 ? ms + 500 : ms - 500) / 1000;
    }
    facts.ntlm = info;
    facts.outcome = CredsspFacts::Outcome::Challenge;
}

CredsspFacts exchangeCredssp(TlsSession &session, std::chrono::milliseconds timeout,
                             const CancelToken &cancel)
{
    const auto start = std::chrono::steady_clock::now();
    const Deadline deadline = Deadline::in(timeout);
    CredsspFacts facts;
    const auto finish = [&](CredsspFacts::Outcome outcome, const QString &detail) {
        facts.outcome = outcome;
        facts.detail = detail;
        facts.durationMs = elapsedMs(start);
        return facts;
    };

    const QByteArray request = wire::buildTsRequest(wire::buildNtlmNegotiate());
    const IoResult sent = session.write(request, deadline, cancel);
    if (!sent.ok())
        return finish(outcomeForIo(sent.outcome), sent.error);

    QByteArray buffer;
    for (;;) {
        const wire::der::LengthPeek peek = wire::der::peekLength(buffer);
        if (peek.status == wire::der::LengthPeek::Status::Invalid) {
            facts.received = buffer.left(kEvidenceBytes);
            return finish(CredsspFacts::Outcome::Malformed,
                          QStringLiteral("not a DER TSRequest: %1").arg(peek.error));
        }
        if (peek.status == wire::der::LengthPeek::Status::Ok) {
            if (peek.totalLength > kMaxTsRequestBytes) {
                facts.received = buffer.left(kEvidenceBytes);
                return finish(CredsspFacts::Outcome::Malformed,
                              QStringLiteral("TSRequest of %1 bytes exceeds the %2-byte limit")
                                  .arg(peek.totalLength)
                                  .arg(kMaxTsRequestBytes));
            }
            if (buffer.size() >= peek.totalLength)
                break;
        }
        const qsizetype room =
            (peek.status == wire::der::LengthPeek::Status::Ok ? peek.totalLength
                                                              : kMaxTsRequestBytes) -
            buffer.size();
        const IoResult got = session.readSome(buffer, room, deadline, cancel);
        if (!got.ok()) {
            facts.received = buffer.left(kEvidenceBytes);
            QString detail = got.error;
            if (!buffer.isEmpty())
                detail += QStringLiteral(" (after %1 bytes of the answer)").arg(buffer.size());
            return finish(outcomeForIo(got.outcome), detail);
        }
    }
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    facts.received = buffer.left(kEvidenceBytes);
    const qsizetype total = wire::der::peekLength(buffer).totalLength;
    interpretServerTsRequest(QByteArrayView(buffer).first(total), receivedAt, facts);
    facts.durationMs = elapsedMs(start);
    log::debug("credssp: {} version {} ({} ms) {}", credsspOutcomeString(facts.outcome),
               facts.version.value_or(-1), facts.durationMs, facts.detail);
    return facts;
}

CredsspFacts runCredsspStage(TlsSession *session, const NegotiationFacts &negotiation,
                             std::chrono::milliseconds timeout, const CancelToken &cancel)
{
    CredsspFacts facts;
    if (!primarySelectedCredssp(negotiation)) {
        facts.detail = QStringLiteral("the primary negotiation did not select CredSSP");
        return facts;
    }
    if (!session || !session->established()) {
        facts.detail = QStringLiteral("no established TLS session");
        return facts;
    }
    return exchangeCredssp(*session, timeout, cancel);
}

} // namespace rdpdiag
