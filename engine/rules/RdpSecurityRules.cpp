// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RdpSecurityRules.h"

#include "report/RdpSecurityJson.h"
#include "rules/RuleSupport.h"
#include "wire/Gcc.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

using Outcome = RdpSecurityOffer::Outcome;

QString methodsText(quint32 methods)
{
    return wire::encryptionMethodIds(methods).join(QStringLiteral(", "));
}

/** What the server answered to the offers it did not accept, for the observed sentence. */
QString unacceptedText(const RdpSecurityFacts &facts)
{
    QStringList answers;
    for (const RdpSecurityOffer &offer : facts.offers) {
        if (offer.outcome == Outcome::Refused)
            answers << RuleText::tr("%1 refused (%2)")
                           .arg(wire::encryptionMethodId(offer.offered), offer.detail);
        else if (offer.outcome == Outcome::Answered && offer.method)
            answers << RuleText::tr("%1 answered with %2")
                           .arg(wire::encryptionMethodId(offer.offered),
                                wire::encryptionMethodId(*offer.method));
    }
    return answers.join(QStringLiteral("; "));
}

/** The facts without the raw Connect Responses: an X.509 chain in them holds names that
 * redaction cannot replace (the facts keep the bytes; bundle/Redaction withholds them). */
QJsonObject evidenceOf(const RdpSecurityFacts &facts)
{
    QJsonObject json = rdpSecurityFactsToJson(facts);
    QJsonArray offers;
    for (const QJsonValue &offer : json.value(QStringLiteral("offers")).toArray()) {
        QJsonObject object = offer.toObject();
        object.remove(QStringLiteral("received_hex"));
        offers.append(object);
    }
    json.insert(QStringLiteral("offers"), offers);
    return json;
}

QString levelText(const RdpSecurityFacts &facts)
{
    const auto level = rdpSecurityLevel(facts);
    return level ? wire::encryptionLevelId(*level) : RuleText::tr("not stated");
}

} // namespace

QList<Finding> evaluateRdpSecurityRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.rdpSecurity)
        return findings;
    const RdpSecurityFacts &rdp = *facts.rdpSecurity;
    bool answered = false;
    for (const RdpSecurityOffer &offer : rdp.offers)
        answered =
            answered || offer.outcome == Outcome::Answered || offer.outcome == Outcome::Refused;
    if (!answered)
        return findings; // no Connect Response: nothing is known about the encryption
    const quint32 accepted = rdpSecurityAcceptedMethods(rdp);
    const auto level = rdpSecurityLevel(rdp);
    const QJsonObject evidence = evidenceOf(rdp);
    const Placeholders values = placeholdersFor(facts, context);
    const QString host = context.target.host;

    const quint32 weak = accepted & (wire::EncryptionMethod40Bit | wire::EncryptionMethod56Bit);
    if (weak)
        findings << makeFinding(
            QStringLiteral("security.rdp_weak_encryption"),
            RuleText::tr("Offered alone, %1 was accepted by %2 (encryption level %3).")
                .arg(methodsText(weak), host, levelText(rdp)),
            evidence, values);
    if (level == wire::EncryptionLevelFips || (accepted == wire::EncryptionMethodFips && !level))
        findings << makeFinding(
            QStringLiteral("security.rdp_fips_required"),
            RuleText::tr("%1 announced the encryption level %2 and accepted only %3 of the four "
                         "methods offered alone.")
                .arg(host, levelText(rdp), methodsText(accepted)),
            evidence, values);
    if (accepted == 0)
        findings << makeFinding(
            QStringLiteral("security.rdp_level_unsupported"),
            RuleText::tr("%1 accepted none of the four methods offered alone (encryption level "
                         "%2): %3.")
                .arg(host, levelText(rdp), unacceptedText(rdp)),
            evidence, values);
    return findings;
}

} // namespace rdpdiag
