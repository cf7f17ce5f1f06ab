// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The stage model: the one table of the stages whose facts a run records, and of the
 * pipeline steps they belong to. Everything that treats the stages alike — the JSON writer
 * and reader (report/StageJson), the redaction (model/Identifiers), the HTML
 * report's tables (report/FactsHtml), the wizard's titles and technical details, the
 * summaries — takes the stages, their order and their titles from here.
 *
 * Adding a stage (docs/architecture.md, "Adding a stage"): its facts type in
 * model/<Name>Facts.h, one enumerator below and one row in Stages.cpp; the compiler then
 * names every place that must handle it (each of those switches over FactsStage has no
 * default, and the build treats a missing case as an error).
 */

#include "model/Enums.h"

#include <QList>
#include <QString>

namespace rdpdiag {

struct Facts;

/** A stage of the stage model: one kind of facts, in the order a run learns them. */
enum class FactsStage {
    Dns,         ///< facts.dns — name resolution
    Tcp,         ///< facts.tcp — TCP connections and latency samples
    X224,        ///< facts.negotiation — the X.224 security negotiation matrix
    RdpSecurity, ///< facts.rdp_security — Standard RDP Security's encryption (step x224)
    Tls,         ///< facts.tls — the TLS handshakes
    Certificate, ///< facts.certificate — the server's certificate
    Credssp,     ///< facts.credssp — CredSSP and the NTLM challenge
    Local,       ///< facts.local — this computer's side
    Gateway,     ///< facts.local.gateway — the RD Gateway path of the .rdp file
    Server,      ///< facts.server — the server self-check
};

/** Every stage, in table order (the order of the JSON report, the HTML report, the wizard). */
inline constexpr FactsStage kFactsStages[] = {
    FactsStage::Dns,     FactsStage::Tcp,         FactsStage::X224,    FactsStage::RdpSecurity,
    FactsStage::Tls,     FactsStage::Certificate, FactsStage::Credssp, FactsStage::Local,
    FactsStage::Gateway, FactsStage::Server,
};

/** A stage's row of the table. */
struct StageInfo
{
    FactsStage stage;
    /** Its name in the contract (docs/findings.md): the key of its facts in the JSON report,
     * under "facts" ("negotiation" for x224; the gateway's facts are under "local"). */
    const char *key;
    /** Its path below the report's "facts" object, e.g. {"local", "gateway"}. */
    const char *jsonPath[2];
    StageId step;      ///< the pipeline step it belongs to (certificate: tls, gateway: local)
    const char *title; ///< untranslated title (stageTitle() translates it)
};

const StageInfo &stageInfo(FactsStage stage);

/** The stage's key ("dns", "x224", "gateway" …). */
QString stageKey(FactsStage stage);
/** The stage whose key is @p key, if any. */
bool stageFromKey(const QString &key, FactsStage *stage);

/** The translated title of a stage's facts ("Server certificate", "RD Gateway" …). */
QString stageTitle(FactsStage stage);

/** True when @p facts hold this stage's facts (what its JSON, HTML and redaction cover). */
bool hasStageFacts(FactsStage stage, const Facts &facts);

/** The stages whose facts belong to pipeline step @p step, in table order. */
QList<FactsStage> stagesOfStep(StageId step);

/** Pipeline steps: the short name ("DNS", "TLS" …) the pipeline strip and the HTML use. */
QString stepShortTitle(StageId step);
/** Pipeline steps: the descriptive name ("Name lookup (DNS)" …) of the wizard's lists. */
QString stepTitle(StageId step);

} // namespace rdpdiag
