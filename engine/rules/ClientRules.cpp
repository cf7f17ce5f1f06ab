// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ClientRules.h"

#include "report/FactsJson.h"
#include "rules/RuleSupport.h"
#include "rules/SecurityRules.h"

#include <QJsonArray>

namespace rdpdiag {

QList<Finding> evaluateClientRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!context.target.rdp || !facts.negotiation)
        return findings;
    const RdpFileSettings &rdp = *context.target.rdp;
    const SecurityPolicy policy = deriveSecurityPolicy(*facts.negotiation);
    const Placeholders values = placeholdersFor(facts, context);
    const QString host = context.target.host;

    QStringList reasons;
    QJsonObject evidence;
    if (rdp.enableCredSspSupport)
        evidence.insert(QStringLiteral("enablecredsspsupport"), *rdp.enableCredSspSupport);
    if (rdp.authenticationLevel)
        evidence.insert(QStringLiteral("authentication_level"), *rdp.authenticationLevel);
    evidence.insert(QStringLiteral("supported"), supportedProtocolsToJson(*facts.negotiation));
    evidence.insert(QStringLiteral("nla_required"), policy.nlaRequired);

    if (rdp.enableCredSspSupport == 0 && policy.nlaRequired)
        reasons << RuleText::tr("The .rdp file turns Network Level Authentication off "
                                "(enablecredsspsupport:i:0), but %1 requires it.")
                       .arg(host);

    if (rdp.authenticationLevel == 1) {
        if (policy.rdpOnly) {
            reasons << RuleText::tr("The .rdp file demands server authentication (authentication "
                                    "level:i:1), but %1 offers only Standard RDP Security, which "
                                    "cannot authenticate the server.")
                           .arg(host);
        } else if (facts.certificate) {
            const CertificateFacts &cert = *facts.certificate;
            QStringList problems = cert.verifyErrors;
            if (cert.nameMatches == false)
                problems << RuleText::tr("the certificate is not issued to %1").arg(host);
            if (!problems.isEmpty()) {
                reasons << RuleText::tr("The .rdp file demands server authentication "
                                        "(authentication level:i:1), but the server's certificate "
                                        "does not pass it: %1.")
                               .arg(problems.join(QStringLiteral("; ")));
                evidence.insert(QStringLiteral("certificate_problems"),
                                QJsonArray::fromStringList(problems));
            }
        }
    }
    if (!reasons.isEmpty())
        findings << makeFinding(QStringLiteral("security.client_mismatch"),
                                reasons.join(QLatin1Char(' ')), evidence, values);
    return findings;
}

} // namespace rdpdiag
