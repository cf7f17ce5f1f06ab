// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RdpSecurityJson.h"

#include "report/JsonWrite.h"
#include "wire/Gcc.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

using Outcome = RdpSecurityOffer::Outcome;
constexpr Outcome kOutcomes[] = {
    Outcome::Answered,      Outcome::Refused,       Outcome::Reset,
    Outcome::Closed,        Outcome::Timeout,       Outcome::Malformed,
    Outcome::NotNegotiated, Outcome::ConnectFailed, Outcome::Cancelled};

constexpr quint32 kNamedMethods[] = {wire::EncryptionMethod40Bit, wire::EncryptionMethod56Bit,
                                     wire::EncryptionMethod128Bit, wire::EncryptionMethodFips};

/** The value of one method id ("none", "40bit" …, "0x…"). */
quint32 methodFromId(const QString &id, const QString &path)
{
    if (id == QLatin1String("none"))
        return wire::EncryptionMethodNone;
    for (const quint32 method : kNamedMethods)
        if (wire::encryptionMethodId(method) == id)
            return method;
    if (const auto value = jsonHexId(id))
        return *value;
    jsonFail(path, JsonReaderText::tr("\"%1\" is not an encryption method").arg(id.left(64)));
}

quint32 levelFromId(const QString &id, const QString &path)
{
    for (quint32 level = wire::EncryptionLevelNone; level <= wire::EncryptionLevelFips; ++level)
        if (wire::encryptionLevelId(level) == id)
            return level;
    if (const auto value = jsonHexId(id))
        return *value;
    jsonFail(path, JsonReaderText::tr("\"%1\" is not an encryption level").arg(id.left(64)));
}

QJsonObject certificateToJson(const RdpServerCertificateFacts &certificate)
{
    return {{QStringLiteral("type"), certificate.type},
            {QStringLiteral("temporary"), certificate.temporary},
            {QStringLiteral("key_bits"), jsonOptional(certificate.keyBits)},
            {QStringLiteral("chain_length"), certificate.chainLength}};
}

RdpServerCertificateFacts certificateFromJson(const JsonNode &node)
{
    RdpServerCertificateFacts certificate;
    const QString type = node.string("type", kJsonMaxShort);
    if (type != QLatin1String("proprietary") && type != QLatin1String("x509"))
        jsonFail(node.where("type"),
                 JsonReaderText::tr("\"%1\" is not a certificate type").arg(type.left(64)));
    certificate.type = type;
    certificate.temporary = node.boolean("temporary");
    if (const auto bits = node.optionalInteger("key_bits", 0, 1 << 20))
        certificate.keyBits = static_cast<int>(*bits);
    certificate.chainLength = static_cast<int>(node.integer("chain_length", 0, 1000));
    return certificate;
}

QJsonValue optionalId(const std::optional<quint32> &value, QString (*toId)(quint32))
{
    return value ? QJsonValue(toId(*value)) : QJsonValue();
}

} // namespace

QJsonObject rdpSecurityOfferToJson(const RdpSecurityOffer &offer)
{
    QJsonObject json{
        {QStringLiteral("offered"),
         QJsonArray::fromStringList(wire::encryptionMethodIds(offer.offered))},
        {QStringLiteral("outcome"), rdpSecurityOutcomeString(offer.outcome)},
        {QStringLiteral("mcs_result"), jsonOptional(offer.mcsResult)},
        {QStringLiteral("server_version"), jsonOptional(offer.serverVersion)},
        {QStringLiteral("method"), optionalId(offer.method, &wire::encryptionMethodId)},
        {QStringLiteral("level"), optionalId(offer.level, &wire::encryptionLevelId)},
        {QStringLiteral("server_random_length"), jsonOptional(offer.serverRandomLength)},
        {QStringLiteral("certificate"),
         offer.certificate ? QJsonValue(certificateToJson(*offer.certificate)) : QJsonValue()},
        {QStringLiteral("io_channel"), jsonOptional(offer.ioChannel)},
        {QStringLiteral("retried"), offer.retried},
        {QStringLiteral("duration_ms"), offer.durationMs},
        {QStringLiteral("received_hex"), QString::fromLatin1(offer.received.toHex())},
    };
    if (!offer.detail.isEmpty())
        json.insert(QStringLiteral("detail"), offer.detail);
    return json;
}

QJsonObject rdpSecurityFactsToJson(const RdpSecurityFacts &facts)
{
    QJsonArray offers;
    for (const RdpSecurityOffer &offer : facts.offers)
        offers.append(rdpSecurityOfferToJson(offer));
    const quint32 accepted = rdpSecurityAcceptedMethods(facts);
    return {
        {QStringLiteral("offers"), offers},
        {QStringLiteral("accepted"),
         QJsonArray::fromStringList(accepted ? wire::encryptionMethodIds(accepted)
                                             : QStringList())},
        {QStringLiteral("level"), optionalId(rdpSecurityLevel(facts), &wire::encryptionLevelId)}};
}

RdpSecurityFacts rdpSecurityFactsFromJson(const JsonNode &node)
{
    RdpSecurityFacts facts;
    for (const JsonNode &item : node.objects("offers", 32)) {
        RdpSecurityOffer offer;
        const QStringList offered = item.strings("offered", 32, 64);
        for (qsizetype i = 0; i < offered.size(); ++i)
            offer.offered |= methodFromId(offered.at(i), jsonElementPath(item.where("offered"), i));
        offer.outcome = item.choice("outcome", kOutcomes, &rdpSecurityOutcomeString);
        if (const auto result = item.optionalInteger("mcs_result", 0, 255))
            offer.mcsResult = static_cast<quint32>(*result);
        if (const auto version = item.optionalInteger("server_version", 0, 0xFFFFFFFFLL))
            offer.serverVersion = static_cast<quint32>(*version);
        if (!item.isNull("method"))
            offer.method = methodFromId(item.string("method", 64), item.where("method"));
        if (!item.isNull("level"))
            offer.level = levelFromId(item.string("level", 64), item.where("level"));
        if (const auto length = item.optionalInteger("server_random_length", 0, 0xFFFFFFFFLL))
            offer.serverRandomLength = static_cast<quint32>(*length);
        if (const auto certificate = item.optionalObject("certificate"))
            offer.certificate = certificateFromJson(*certificate);
        if (const auto channel = item.optionalInteger("io_channel", 0, 0xFFFF))
            offer.ioChannel = static_cast<quint16>(*channel);
        offer.retried = item.boolean("retried");
        offer.durationMs = item.duration("duration_ms");
        offer.received = item.hex("received_hex");
        offer.detail = item.optionalString("detail");
        facts.offers.append(offer);
    }
    return facts;
}

} // namespace rdpdiag
