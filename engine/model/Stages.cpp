// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Stages.h"

#include "model/Facts.h"

#include <QCoreApplication>
#include <QList>

namespace rdpdiag {

namespace {

/** The table: one row per stage, in kFactsStages order (checked by TestStages). */
constexpr StageInfo kTable[] = {
    {FactsStage::Dns,
     "dns",
     {"dns", nullptr},
     StageId::Dns,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "Name resolution (DNS)")},
    {FactsStage::Tcp,
     "tcp",
     {"tcp", nullptr},
     StageId::Tcp,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "TCP connection")},
    {FactsStage::X224,
     "x224",
     {"negotiation", nullptr},
     StageId::X224,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "Security negotiation (X.224)")},
    {FactsStage::RdpSecurity,
     "rdp_security",
     {"rdp_security", nullptr},
     StageId::X224,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "Standard RDP Security")},
    {FactsStage::Tls,
     "tls",
     {"tls", nullptr},
     StageId::Tls,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "TLS")},
    {FactsStage::Certificate,
     "certificate",
     {"certificate", nullptr},
     StageId::Tls,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "Server certificate")},
    {FactsStage::Credssp,
     "credssp",
     {"credssp", nullptr},
     StageId::Credssp,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "CredSSP (Network Level Authentication)")},
    {FactsStage::Local,
     "local",
     {"local", nullptr},
     StageId::Local,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "This computer")},
    {FactsStage::Gateway,
     "gateway",
     {"local", "gateway"},
     StageId::Local,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "RD Gateway")},
    {FactsStage::Server,
     "server",
     {"server", nullptr},
     StageId::Server,
     QT_TRANSLATE_NOOP("rdpdiag::Stages", "Server self-check")},
};
static_assert(std::size(kTable) == std::size(kFactsStages), "one row per stage");

} // namespace

const StageInfo &stageInfo(FactsStage stage)
{
    return kTable[static_cast<int>(stage)];
}

QString stageKey(FactsStage stage)
{
    return QLatin1String(stageInfo(stage).key);
}

bool stageFromKey(const QString &key, FactsStage *stage)
{
    for (const StageInfo &row : kTable) {
        if (key == QLatin1String(row.key)) {
            *stage = row.stage;
            return true;
        }
    }
    return false;
}

QString stageTitle(FactsStage stage)
{
    return QCoreApplication::translate("rdpdiag::Stages", stageInfo(stage).title);
}

bool hasStageFacts(FactsStage stage, const Facts &facts)
{
    switch (stage) {
    case FactsStage::Dns:
        return facts.dns.has_value();
    case FactsStage::Tcp:
        return facts.tcp.has_value();
    case FactsStage::X224:
        return facts.negotiation.has_value();
    case FactsStage::RdpSecurity:
        return facts.rdpSecurity.has_value();
    case FactsStage::Tls:
        return facts.tls.has_value();
    case FactsStage::Certificate:
        return facts.certificate.has_value();
    case FactsStage::Credssp:
        return facts.credssp.has_value();
    case FactsStage::Local:
        return facts.local.has_value();
    case FactsStage::Gateway:
        return facts.local && facts.local->gateway.has_value();
    case FactsStage::Server:
        return facts.server.has_value();
    }
    return false;
}

QList<FactsStage> stagesOfStep(StageId step)
{
    QList<FactsStage> stages;
    for (const StageInfo &row : kTable)
        if (row.step == step)
            stages << row.stage;
    return stages;
}

QString stepShortTitle(StageId step)
{
    switch (step) {
    case StageId::Input:
        return QCoreApplication::translate("rdpdiag::Stages", "Input");
    case StageId::Dns:
        return QCoreApplication::translate("rdpdiag::Stages", "DNS");
    case StageId::Tcp:
        return QCoreApplication::translate("rdpdiag::Stages", "TCP");
    case StageId::X224:
        return QCoreApplication::translate("rdpdiag::Stages", "X.224");
    case StageId::Tls:
        return QCoreApplication::translate("rdpdiag::Stages", "TLS");
    case StageId::Credssp:
        return QCoreApplication::translate("rdpdiag::Stages", "CredSSP");
    case StageId::Local:
        return QCoreApplication::translate("rdpdiag::Stages", "This computer");
    case StageId::Server:
        return QCoreApplication::translate("rdpdiag::Stages", "Server self-check");
    }
    return {};
}

QString stepTitle(StageId step)
{
    switch (step) {
    case StageId::Input:
        return QCoreApplication::translate("rdpdiag::Stages", "Input");
    case StageId::Dns:
        return QCoreApplication::translate("rdpdiag::Stages", "Name lookup (DNS)");
    case StageId::Tcp:
        return QCoreApplication::translate("rdpdiag::Stages",
                                           "Connection to the Remote Desktop port (TCP)");
    case StageId::X224:
        return QCoreApplication::translate("rdpdiag::Stages", "Security negotiation (X.224)");
    case StageId::Tls:
        return QCoreApplication::translate("rdpdiag::Stages", "Encryption and certificate (TLS)");
    case StageId::Credssp:
        return QCoreApplication::translate("rdpdiag::Stages",
                                           "Network Level Authentication (CredSSP)");
    case StageId::Local:
        return QCoreApplication::translate("rdpdiag::Stages", "This computer");
    case StageId::Server:
        return QCoreApplication::translate("rdpdiag::Stages", "Server self-check");
    }
    return {};
}

} // namespace rdpdiag
