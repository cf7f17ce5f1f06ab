// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/LocalDiagnosis.h"

#include "diagnosis/ErrorCodes.h"
#include "rules/LocalRules.h"
#include "rules/PathMtuRules.h"

#include <QCoreApplication>

namespace rdpdiag {

namespace {

class LocalDiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Diagnosis)
};

const Finding *find(const QList<Finding> &findings, const char *code)
{
    for (const Finding &finding : findings)
        if (finding.code == QLatin1String(code))
            return &finding;
    return nullptr;
}

Diagnosis verdict(const ReportedError &reported, const Finding &primary, const QString &because)
{
    Diagnosis diagnosis;
    if (reported.code)
        diagnosis.errorCode = formatClientCode(*reported.code);
    if (reported.extended)
        diagnosis.extendedCode = formatClientCode(*reported.extended);
    diagnosis.primary = primary.code;
    const QString relation = relationSentence(reported);
    diagnosis.relation = because.isEmpty() ? relation : relation + u' ' + because;
    diagnosis.summary = verdictSentence(primary.title, diagnosis.relation);
    return diagnosis;
}

/** Server findings that explain 0x904 / extended 0x7, most specific first. */
constexpr const char *kServerCauses[] = {
    "server.event_key_access",        "server.machinekeys_acl",
    "server.key_unreadable",          "server.key_mismatch",
    "server.event_selfsigned_failed", "server.cert_missing",
    "server.cert_weak_key",           "server.event_tls_credential",
    "server.tls_modern_disabled",     "server.event_cipher_mismatch",
    "server.security_layer_rdp",      "server.licensing_grace_expired",
    "server.connection_limit",
};

/** Server findings that explain "cannot connect" (0x204, 0x108 and the like). */
constexpr const char *kServerReachCauses[] = {
    "server.service_stopped", "server.rdp_disabled",  "server.not_listening", "server.wrong_port",
    "firewall.inbound_block", "server.loopback_only", "server.not_installed",
};

} // namespace

std::optional<Diagnosis> diagnoseLocal(const ReportedError &reported,
                                       const QList<Finding> &findings, const Facts &facts)
{
    // 0. A path-MTU black hole proven on the wire: nothing else needs to be wrong.
    if (pathMtuProven(facts))
        if (const Finding *finding = find(findings, "net.small_mtu"))
            return verdict(reported, *finding,
                           LocalDiagnosisText::tr("A second TLS handshake that asked for small "
                                                  "packets completed where the normal one "
                                                  "stalled: a device on the way drops the "
                                                  "server's full-size packets. Lower the VPN's "
                                                  "MTU or have MSS clamping enabled, then try "
                                                  "again."));
    if (facts.server) {
        const bool connectionCode =
            reported.code &&
            (*reported.code == 0x204 || *reported.code == 0x108 || *reported.code == 0x2);
        const bool securityCode =
            (reported.code && (*reported.code == 0x904 || *reported.code == 0x4)) ||
            (reported.extended && *reported.extended == 0x7);
        const auto firstOf = [&](const auto &codes) -> const Finding * {
            for (const char *code : codes)
                if (const Finding *finding = find(findings, code))
                    return finding;
            return nullptr;
        };
        const Finding *primary = nullptr;
        if (securityCode)
            primary = firstOf(kServerCauses);
        if (!primary && connectionCode)
            primary = firstOf(kServerReachCauses);
        if (!primary)
            return std::nullopt;
        QString because;
        if (primary->code == QLatin1String("server.event_key_access") ||
            primary->code == QLatin1String("server.machinekeys_acl") ||
            primary->code == QLatin1String("server.key_unreadable"))
            because = LocalDiagnosisText::tr("The server cannot use its certificate's private key, "
                                             "so it drops every connection during the TLS "
                                             "handshake; repair the key (MachineKeys permissions, "
                                             "then a new certificate) before anything else.");
        return verdict(reported, *primary, because);
    }
    if (!facts.local)
        return std::nullopt;

    // 1. Nothing works from here: fix this computer first.
    if (const Finding *finding = find(findings, "net.no_connectivity"))
        return verdict(reported, *finding,
                       LocalDiagnosisText::tr("Every test connection from this computer failed, "
                                              "so the server is not the first place to look."));

    // 2. The client goes through the gateway.
    if (gatewayInPath(facts)) {
        for (const char *code :
             {"gateway.unreachable", "gateway.tls_failed", "gateway.cert_expired",
              "gateway.cert_name_mismatch", "gateway.cert_untrusted", "gateway.not_rd_gateway",
              "firewall.local_block"}) {
            if (const Finding *finding = find(findings, code))
                return verdict(reported, *finding,
                               LocalDiagnosisText::tr("The client connects through the Remote "
                                                      "Desktop Gateway %1, and that path fails "
                                                      "before it reaches the remote computer.")
                                   .arg(facts.local->gateway->host));
        }
        const bool directFailed = facts.tcp && facts.tcp->connectedAddress.isEmpty();
        if (directFailed) {
            if (const Finding *path = find(findings, "gateway.path")) {
                Diagnosis diagnosis = verdict(reported, *path, {});
                diagnosis.summary =
                    LocalDiagnosisText::tr("The client connects through the Remote Desktop Gateway "
                                           "%1, which answered correctly. The direct test of %2 "
                                           "failed, which is expected when %2 is reachable only "
                                           "through the gateway; check the path from the gateway "
                                           "to %2 on the gateway itself (its event log and its "
                                           "resource authorization policy).")
                        .arg(facts.local->gateway->host, facts.tcp->attempts.isEmpty()
                                                             ? QString()
                                                             : facts.tcp->attempts.first().address);
                if (reported.code || reported.extended)
                    diagnosis.summary +=
                        u' ' +
                        LocalDiagnosisText::tr("You reported %1.").arg(reportedText(reported));
                // The summary does not start with the finding's title: all of it goes under
                // the headline.
                diagnosis.relation = diagnosis.summary;
                return diagnosis;
            }
        }
    }

    // 3. This computer's own firewall stops the connection.
    if (facts.tcp && facts.tcp->connectedAddress.isEmpty())
        if (const Finding *finding = find(findings, "firewall.local_block"))
            return verdict(reported, *finding,
                           LocalDiagnosisText::tr("The connection never leaves this computer; the "
                                                  "remote computer may be fine."));

    // 4. A stalled TLS handshake on a VPN or small-MTU path.
    if (const Finding *stall = find(findings, "tls.timeout")) {
        const Finding *mtu = find(findings, "net.small_mtu");
        const Finding *vpn = find(findings, "net.vpn_path");
        if (mtu || vpn) {
            const QString via = mtu ? mtu->detail.section(QLatin1String(". "), 0, 0)
                                    : vpn->detail.section(QLatin1String(". "), 0, 0);
            return verdict(reported, *stall,
                           LocalDiagnosisText::tr("The path goes through a VPN or small-packet "
                                                  "link (%1): the server's certificate, sent in "
                                                  "full-size packets, most likely never arrives. "
                                                  "Lower the VPN's MTU or have MSS clamping "
                                                  "enabled, then try again.")
                               .arg(via));
        }
    }
    return std::nullopt;
}

} // namespace rdpdiag
