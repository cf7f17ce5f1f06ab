// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Rules.h"

#include "catalogue/Catalogue.h"
#include "rules/CertificateRules.h"
#include "rules/ClientRules.h"
#include "rules/CredsspRules.h"
#include "rules/LocalRules.h"
#include "rules/NetworkRules.h"
#include "rules/PathMtuRules.h"
#include "rules/RdpSecurityRules.h"
#include "rules/SecurityRules.h"
#include "rules/ServerRules.h"
#include "rules/TlsRules.h"

#include <algorithm>

namespace rdpdiag {

QList<Finding> evaluateAllRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    findings << evaluateNetworkRules(facts, context);
    findings << evaluateSecurityRules(facts, context);
    findings << evaluateRdpSecurityRules(facts, context);
    findings << evaluateTlsRules(facts, context);
    findings << evaluateCertificateRules(facts, context);
    findings << evaluateCredsspRules(facts, context);
    findings << evaluateClientRules(facts, context);
    findings << evaluateLocalRules(facts, context);  // this computer's side (rules/LocalRules)
    findings << evaluateServerRules(facts, context); // the server self-check (rules/ServerRules)
    // A path-MTU black hole proven on the wire (rules/PathMtuRules).
    findings << evaluatePathMtuRules(facts, context);
    sortFindings(findings);
    return findings;
}

void sortFindings(QList<Finding> &findings)
{
    const auto &entries = catalogueEntries();
    const auto catalogueIndex = [&entries](const QString &code) {
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (QLatin1String(entries[i].code) == code)
                return i;
        return entries.size();
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity; // Error > Warning > Info
        if (a.stage != b.stage)
            return a.stage < b.stage;
        return catalogueIndex(a.code) < catalogueIndex(b.code);
    });
}

} // namespace rdpdiag
