// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FactsHtml.h"

#include "report/FactsHtmlStages.h"
#include "rules/NotDetermined.h"

namespace rdpdiag {

namespace {

QString stageTables(FactsStage stage, const Facts &facts)
{
    switch (stage) {
    case FactsStage::Dns:
        return html::dnsFactsHtml(*facts.dns);
    case FactsStage::Tcp:
        return html::tcpFactsHtml(*facts.tcp);
    case FactsStage::X224:
        return html::negotiationFactsHtml(*facts.negotiation);
    case FactsStage::RdpSecurity:
        return html::rdpSecurityFactsHtml(*facts.rdpSecurity);
    case FactsStage::Tls:
        return html::tlsFactsHtml(*facts.tls);
    case FactsStage::Certificate:
        return html::certificateFactsHtml(*facts.certificate);
    case FactsStage::Credssp:
        return html::credsspFactsHtml(*facts.credssp);
    case FactsStage::Local:
        return html::localFactsHtml(*facts.local);
    case FactsStage::Gateway:
        return html::gatewayFactsHtml(*facts.local->gateway);
    case FactsStage::Server:
        return html::serverFactsHtml(*facts.server);
    }
    return {};
}

/** The stage's facts that were not learned, with the reasons (empty when none). */
QString undeterminedHtml(FactsStage stage, const Facts &facts)
{
    QStringList items;
    for (const UndeterminedFact &fact : undeterminedFacts(facts, stage))
        items << QStringLiteral("%1: %2").arg(fact.key, fact.reason);
    return items.isEmpty()
               ? QString()
               : html::subsection(HtmlText::tr("Not determined"), html::itemList(items));
}

} // namespace

QString stageFactsHtml(FactsStage stage, const Facts &facts)
{
    if (!hasStageFacts(stage, facts))
        return {};
    return QStringLiteral("<div class=\"stage\" id=\"facts-%1\">\n%2%3%4</div>\n")
        .arg(stageKey(stage), html::heading(3, stageTitle(stage)), stageTables(stage, facts),
             undeterminedHtml(stage, facts));
}

QString factsHtml(const Facts &facts)
{
    QString sections;
    for (const FactsStage stage : kFactsStages)
        sections += stageFactsHtml(stage, facts);
    if (sections.isEmpty())
        return {};
    return QStringLiteral("<div class=\"facts\">\n%1%2</div>\n")
        .arg(html::heading(2, HtmlText::tr("Facts")), sections);
}

} // namespace rdpdiag
