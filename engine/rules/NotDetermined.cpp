// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/NotDetermined.h"

#include "model/SideRetry.h"
#include "rules/TlsRules.h"

namespace rdpdiag {

namespace {

/** " (detail)" when there is one. */
QString withDetail(const QString &reason, const QString &detail)
{
    return detail.isEmpty() ? reason : QStringLiteral("%1 (%2)").arg(reason, detail);
}

QString brokeAmongOthers()
{
    return NotDeterminedText::tr(
        "its connection broke among the run's simultaneous connections and could not "
        "be tried again alone");
}

/** Why a side request of the matrix got no answer, or empty when it got one. */
QString negotiationReason(const NegotiationProbe &probe, bool sideBrokeUnretried)
{
    switch (probe.outcome) {
    case NegotiationProbe::Outcome::ConnectFailed:
        return withDetail(NotDeterminedText::tr("its connection could not be opened"),
                          probe.detail);
    case NegotiationProbe::Outcome::Cancelled:
        return NotDeterminedText::tr("the run was stopped");
    case NegotiationProbe::Outcome::Reset:
    case NegotiationProbe::Outcome::Closed:
        return sideBrokeUnretried ? brokeAmongOthers() : QString();
    default:
        return {};
    }
}

void negotiationFacts(const NegotiationFacts &negotiation, QList<UndeterminedFact> &out)
{
    const bool mainWorked = mainPathWorked(negotiation);
    for (int i = 1; i < negotiation.probes.size(); ++i) {
        const NegotiationProbe &probe = negotiation.probes.at(i);
        const QString reason = negotiationReason(probe, mainWorked && !probe.retried);
        if (!reason.isEmpty())
            out << UndeterminedFact{FactsStage::X224, QStringLiteral("probes[%1].selected").arg(i),
                                    reason};
    }
}

void rdpSecurityFacts(const RdpSecurityFacts &rdp, const Facts &facts, QList<UndeterminedFact> &out)
{
    const bool mainWorked = facts.negotiation && mainPathWorked(*facts.negotiation);
    for (int i = 0; i < rdp.offers.size(); ++i) {
        const RdpSecurityOffer &offer = rdp.offers.at(i);
        QString reason;
        switch (offer.outcome) {
        case RdpSecurityOffer::Outcome::ConnectFailed:
            reason = withDetail(NotDeterminedText::tr("its connection could not be opened"),
                                offer.detail);
            break;
        case RdpSecurityOffer::Outcome::Cancelled:
            reason = NotDeterminedText::tr("the run was stopped");
            break;
        case RdpSecurityOffer::Outcome::Timeout:
            reason = NotDeterminedText::tr("the server did not answer in time");
            break;
        case RdpSecurityOffer::Outcome::NotNegotiated:
            if (mainWorked && !offer.retried &&
                (offer.detail.endsWith(QLatin1String(" got reset")) ||
                 offer.detail.endsWith(QLatin1String(" got closed"))))
                reason = brokeAmongOthers();
            break;
        default:
            break;
        }
        if (!reason.isEmpty())
            out << UndeterminedFact{FactsStage::RdpSecurity,
                                    QStringLiteral("offers[%1].method").arg(i), reason};
    }
}

/** Why a TLS attempt learned nothing, or empty when it did. */
QString tlsReason(const TlsAttempt &attempt)
{
    switch (attempt.outcome) {
    case TlsAttempt::Outcome::Timeout:
        return NotDeterminedText::tr("the server did not finish the handshake in time");
    case TlsAttempt::Outcome::LocalRefusal:
        return withDetail(NotDeterminedText::tr("this computer's TLS library refused to offer it"),
                          attempt.detail);
    case TlsAttempt::Outcome::NotAttempted:
        return withDetail(NotDeterminedText::tr("its connection did not get as far as TLS"),
                          attempt.detail);
    case TlsAttempt::Outcome::Cancelled:
        return NotDeterminedText::tr("the run was stopped");
    default:
        return {};
    }
}

void tlsFacts(const Facts &facts, QList<UndeterminedFact> &out)
{
    const TlsFacts &tls = *facts.tls;
    const auto add = [&](const QString &key, const QString &reason) {
        if (!reason.isEmpty())
            out << UndeterminedFact{FactsStage::Tls, key, reason};
    };
    for (const char *key : {"1.0", "1.1", "1.2", "1.3"}) {
        const QString name = QString::fromLatin1(key);
        const TlsAttempt *attempt = versionAttempt(tls, name);
        add(QStringLiteral("versions.") + name,
            attempt ? tlsReason(*attempt)
                    : NotDeterminedText::tr(
                          "no X.224 request selected TLS, so no version was tried alone"));
    }
    if (tls.main.outcome != TlsAttempt::Outcome::Established)
        add(QStringLiteral("negotiated"), tlsReason(tls.main));
    if (!tls.weakCipherProbeRan)
        add(QStringLiteral("weak_ciphers.accepted"),
            tls.weakCiphersOffered.isEmpty()
                ? NotDeterminedText::tr(
                      "this computer's TLS library has no weak cipher suite to offer")
                : NotDeterminedText::tr(
                      "the weak-cipher probe did not get an answer to its handshake"));
    if (!facts.certificate)
        add(QStringLiteral("certificate"),
            NotDeterminedText::tr("no handshake got as far as the server's certificate"));
}

void credsspFacts(const CredsspFacts &credssp, QList<UndeterminedFact> &out)
{
    QString reason;
    if (credssp.outcome == CredsspFacts::Outcome::NotAttempted)
        reason = withDetail(NotDeterminedText::tr("CredSSP was not attempted"), credssp.detail);
    else if (credssp.outcome == CredsspFacts::Outcome::Cancelled)
        reason = NotDeterminedText::tr("the run was stopped");
    if (!reason.isEmpty())
        out << UndeterminedFact{FactsStage::Credssp, QStringLiteral("version"), reason};
}

void tcpFacts(const TcpFacts &tcp, QList<UndeterminedFact> &out)
{
    if (!tcp.medianConnectMs)
        out << UndeterminedFact{
            FactsStage::Tcp, QStringLiteral("median_connect_ms"),
            NotDeterminedText::tr("no connection to the server could be opened")};
    if (tcp.sideRetries && !tcp.sideRetries->simultaneous && tcp.sideRetries->recovered > 0)
        out << UndeterminedFact{
            FactsStage::Tcp, QStringLiteral("side_retries.simultaneous"),
            withDetail(NotDeterminedText::tr("the connections held at once did not show the limit"),
                       tcp.sideRetries->simultaneousDetail)};
}

} // namespace

QList<UndeterminedFact> undeterminedFacts(const Facts &facts, FactsStage stage)
{
    QList<UndeterminedFact> out;
    switch (stage) {
    case FactsStage::Tcp:
        if (facts.tcp)
            tcpFacts(*facts.tcp, out);
        break;
    case FactsStage::X224:
        if (facts.negotiation)
            negotiationFacts(*facts.negotiation, out);
        break;
    case FactsStage::RdpSecurity:
        if (facts.rdpSecurity)
            rdpSecurityFacts(*facts.rdpSecurity, facts, out);
        break;
    case FactsStage::Tls:
        if (facts.tls)
            tlsFacts(facts, out);
        break;
    case FactsStage::Credssp:
        if (facts.credssp)
            credsspFacts(*facts.credssp, out);
        break;
    case FactsStage::Dns:
    case FactsStage::Certificate:
    case FactsStage::Local:
    case FactsStage::Gateway:
    case FactsStage::Server:
        break; // what they could not learn is in their own facts (errors, not_collected)
    }
    return out;
}

QList<UndeterminedFact> undeterminedFacts(const Facts &facts)
{
    QList<UndeterminedFact> out;
    for (const FactsStage stage : kFactsStages)
        out << undeterminedFacts(facts, stage);
    return out;
}

} // namespace rdpdiag
