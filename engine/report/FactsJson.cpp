// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FactsJson.h"

#include "wire/X224.h"

namespace rdpdiag {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString hexCompact(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

using DnsOutcome = DnsFacts::Outcome;
constexpr DnsOutcome kDnsOutcomes[] = {
    DnsOutcome::Literal, DnsOutcome::Resolved, DnsOutcome::NotFound, DnsOutcome::NoAnswer,
    DnsOutcome::Failed,  DnsOutcome::Timeout,  DnsOutcome::Cancelled};
using NegOutcome = NegotiationProbe::Outcome;
constexpr NegOutcome kNegotiationOutcomes[] = {
    NegOutcome::Selected,  NegOutcome::Failure,       NegOutcome::Reset,
    NegOutcome::Closed,    NegOutcome::Timeout,       NegOutcome::NotRdp,
    NegOutcome::Malformed, NegOutcome::ConnectFailed, NegOutcome::Cancelled};

/** The inverse of wire::protocolIds / responseFlagIds: ids → bit mask. */
quint32 bitsFromIds(const QStringList &ids, int bits, QStringList (*toIds)(quint32),
                    const QString &path)
{
    quint32 mask = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        if (id == QLatin1String("rdp") && toIds == &wire::protocolIds)
            continue; // PROTOCOL_RDP is the absence of bits
        bool known = false;
        for (int bit = 0; bit < bits && !known; ++bit) {
            const quint32 value = quint32(1) << bit;
            if (toIds(value) == QStringList{id}) {
                mask |= value;
                known = true;
            }
        }
        if (!known)
            jsonFail(jsonElementPath(path, i),
                     JsonReaderText::tr("\"%1\" is not a known id").arg(id.left(64)));
    }
    return mask;
}

QStringList flagIds(quint32 flags)
{
    return wire::responseFlagIds(static_cast<quint8>(flags));
}

quint32 selectedFromId(const QString &id, const QString &path)
{
    for (const quint32 value : {0x00u, 0x01u, 0x02u, 0x04u, 0x08u, 0x10u})
        if (wire::selectedProtocolId(value) == id)
            return value;
    if (const auto value = jsonHexId(id))
        return *value;
    jsonFail(path, JsonReaderText::tr("\"%1\" is not a protocol").arg(id.left(64)));
}

} // namespace

QJsonObject dnsFactsToJson(const DnsFacts &facts)
{
    QJsonObject json{{QStringLiteral("outcome"), dnsOutcomeString(facts.outcome)},
                     {QStringLiteral("a"), stringArray(facts.ipv4)},
                     {QStringLiteral("aaaa"), stringArray(facts.ipv6)},
                     {QStringLiteral("duration_ms"), facts.durationMs}};
    if (!facts.error.isEmpty())
        json.insert(QStringLiteral("error"), facts.error);
    return json;
}

QJsonObject tcpAttemptToJson(const TcpAttempt &attempt)
{
    QJsonObject json{{QStringLiteral("address"), attempt.address},
                     {QStringLiteral("outcome"), ioOutcomeString(attempt.outcome)},
                     {QStringLiteral("duration_ms"), attempt.durationMs}};
    if (!attempt.error.isEmpty())
        json.insert(QStringLiteral("error"), attempt.error);
    return json;
}

QJsonObject tcpFactsToJson(const TcpFacts &facts)
{
    QJsonArray attempts;
    for (const auto &attempt : facts.attempts)
        attempts.append(tcpAttemptToJson(attempt));
    QJsonArray samples;
    for (const auto &sample : facts.samples)
        samples.append(tcpAttemptToJson(sample));
    QJsonObject json{{QStringLiteral("attempts"), attempts},
                     {QStringLiteral("connected_address"),
                      facts.connectedAddress.isEmpty() ? QJsonValue() : facts.connectedAddress},
                     {QStringLiteral("samples"), samples},
                     {QStringLiteral("samples_failed"), facts.samplesFailed}};
    json.insert(QStringLiteral("median_connect_ms"),
                facts.medianConnectMs ? QJsonValue(*facts.medianConnectMs) : QJsonValue());
    if (facts.sideRetries) {
        const SideRetryFacts &retries = *facts.sideRetries;
        QJsonObject object{{QStringLiteral("broken"), retries.broken},
                           {QStringLiteral("retried"), retries.retried},
                           {QStringLiteral("recovered"), retries.recovered},
                           {QStringLiteral("simultaneous"), retries.simultaneous
                                                                ? QJsonValue(*retries.simultaneous)
                                                                : QJsonValue()}};
        if (!retries.simultaneousDetail.isEmpty())
            object.insert(QStringLiteral("simultaneous_detail"), retries.simultaneousDetail);
        json.insert(QStringLiteral("side_retries"), object);
    }
    return json;
}

QJsonObject negotiationProbeToJson(const NegotiationProbe &probe)
{
    QJsonObject json{
        {QStringLiteral("requested"), stringArray(wire::protocolIds(probe.requested))},
        {QStringLiteral("outcome"), negotiationOutcomeString(probe.outcome)},
        {QStringLiteral("selected"),
         probe.selected ? QJsonValue(wire::selectedProtocolId(*probe.selected)) : QJsonValue()},
        {QStringLiteral("failure_code"),
         probe.failureCode ? QJsonValue(static_cast<qint64>(*probe.failureCode)) : QJsonValue()},
        {QStringLiteral("flags"), stringArray(wire::responseFlagIds(probe.flags))},
        {QStringLiteral("duration_ms"), probe.durationMs},
        {QStringLiteral("sent_hex"), hexCompact(probe.sent)},
        {QStringLiteral("received_hex"), hexCompact(probe.received)},
    };
    if (probe.failureCode)
        json.insert(QStringLiteral("failure_name"), wire::failureCodeName(*probe.failureCode));
    if (probe.legacyConfirm)
        json.insert(QStringLiteral("legacy_confirm"), true);
    if (probe.retried)
        json.insert(QStringLiteral("retried"), true);
    if (probe.outcome == NegotiationProbe::Outcome::NotRdp)
        json.insert(QStringLiteral("received_text"), wire::printableText(probe.received));
    if (!probe.detail.isEmpty())
        json.insert(QStringLiteral("detail"), probe.detail);
    return json;
}

QJsonArray supportedProtocolsToJson(const NegotiationFacts &facts)
{
    QStringList supported;
    if (facts.rdpSupported)
        supported << QStringLiteral("rdp");
    if (facts.supportedMask != 0)
        supported << wire::protocolIds(facts.supportedMask);
    return stringArray(supported);
}

QJsonObject negotiationFactsToJson(const NegotiationFacts &facts)
{
    QJsonArray probes;
    for (const auto &probe : facts.probes)
        probes.append(negotiationProbeToJson(probe));
    return {{QStringLiteral("probes"), probes},
            {QStringLiteral("supported"), supportedProtocolsToJson(facts)}};
}

DnsFacts dnsFactsFromJson(const JsonNode &node)
{
    DnsFacts dns;
    dns.outcome = node.choice("outcome", kDnsOutcomes, &dnsOutcomeString);
    dns.ipv4 = node.strings("a", kJsonMaxList, 64);
    dns.ipv6 = node.strings("aaaa", kJsonMaxList, 64);
    dns.durationMs = node.duration("duration_ms");
    dns.error = node.optionalString("error");
    return dns;
}

TcpAttempt tcpAttemptFromJson(const JsonNode &node)
{
    TcpAttempt attempt;
    attempt.address = node.string("address", kJsonMaxShort);
    attempt.outcome = node.choice("outcome", kIoOutcomes, &ioOutcomeString);
    attempt.durationMs = node.duration("duration_ms");
    attempt.error = node.optionalString("error");
    return attempt;
}

TcpFacts tcpFactsFromJson(const JsonNode &node)
{
    TcpFacts tcp;
    for (const JsonNode &attempt : node.objects("attempts", kJsonMaxList))
        tcp.attempts.append(tcpAttemptFromJson(attempt));
    tcp.connectedAddress = node.optionalString("connected_address", kJsonMaxShort);
    for (const JsonNode &sample : node.objects("samples", kJsonMaxList))
        tcp.samples.append(tcpAttemptFromJson(sample));
    tcp.samplesFailed = static_cast<int>(node.integer("samples_failed", 0, 1000000));
    if (!node.isNull("median_connect_ms")) {
        const QJsonValue median = node.raw("median_connect_ms");
        if (!median.isDouble() || median.toDouble() < 0 || median.toDouble() > 1e12)
            jsonFail(node.where("median_connect_ms"), JsonReaderText::tr("not a duration"));
        tcp.medianConnectMs = median.toDouble();
    }
    if (const auto retries = node.optionalObject("side_retries")) {
        SideRetryFacts facts;
        facts.broken = static_cast<int>(retries->integer("broken", 0, kJsonMaxList));
        facts.retried = static_cast<int>(retries->integer("retried", 0, kJsonMaxList));
        facts.recovered = static_cast<int>(retries->integer("recovered", 0, kJsonMaxList));
        if (const auto count = retries->optionalInteger("simultaneous", 0, kJsonMaxList))
            facts.simultaneous = static_cast<int>(*count);
        facts.simultaneousDetail = retries->optionalString("simultaneous_detail", kJsonMaxShort);
        tcp.sideRetries = facts;
    }
    return tcp;
}

NegotiationProbe negotiationProbeFromJson(const JsonNode &node)
{
    NegotiationProbe probe;
    probe.requested = bitsFromIds(node.strings("requested", 32, 64), 32, &wire::protocolIds,
                                  node.where("requested"));
    probe.outcome = node.choice("outcome", kNegotiationOutcomes, &negotiationOutcomeString);
    if (!node.isNull("selected"))
        probe.selected = selectedFromId(node.string("selected", 64), node.where("selected"));
    if (const auto code = node.optionalInteger("failure_code", 0, 0xFFFFFFFFLL))
        probe.failureCode = static_cast<quint32>(*code);
    probe.flags = static_cast<quint8>(
        bitsFromIds(node.strings("flags", 8, 64), 8, &flagIds, node.where("flags")));
    probe.durationMs = node.duration("duration_ms");
    probe.sent = node.hex("sent_hex");
    probe.received = node.hex("received_hex");
    probe.legacyConfirm = node.has("legacy_confirm") && node.boolean("legacy_confirm");
    probe.retried = node.has("retried") && node.boolean("retried");
    probe.detail = node.optionalString("detail");
    return probe;
}

NegotiationFacts negotiationFactsFromJson(const JsonNode &node)
{
    NegotiationFacts negotiation;
    for (const JsonNode &probe : node.objects("probes", 32))
        negotiation.probes.append(negotiationProbeFromJson(probe));
    const QStringList supported = node.strings("supported", 32, 64);
    negotiation.rdpSupported = supported.contains(QStringLiteral("rdp"));
    negotiation.supportedMask =
        bitsFromIds(supported, 32, &wire::protocolIds, node.where("supported"));
    return negotiation;
}

} // namespace rdpdiag
