// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FactsHtml.h"

#include "report/FactsHtmlStages.h"

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

} // namespace

QString stageFactsHtml(FactsStage stage, const Facts &facts)
{
    if (!hasStageFacts(stage, facts))
        return {};
    return QStringLiteral("<div class=\"stage\" id=\"facts-%1\">\n%2%3</div>\n")
        .arg(stageKey(stage), html::heading(3, stageTitle(stage)), stageTables(stage, facts));
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
