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

} // namespace rdpdiag
