// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/FindingRoles.h"

#include <algorithm>

namespace rdpdiag {

namespace {

bool oneOf(const QString &code, std::initializer_list<const char *> codes)
{
    return std::any_of(codes.begin(), codes.end(),
                       [&code](const char *c) { return code == QLatin1String(c); });
}

} // namespace

bool isHardeningNote(const QString &code)
{
    // Weaknesses a server can have while every connection works (catalogue texts: "does not
    // stop connections, but …").
    return oneOf(code,
                 {"security.standard_rdp_allowed", "security.nla_unsupported", "tls.legacy_enabled",
                  "tls.weak_cipher", "cert.weak_key", "cert.weak_signature", "credssp.outdated",
                  "server.tls_legacy_enabled", "server.nla_disabled"});
}

bool isUserVisible(const Finding &finding)
{
    // A certificate problem is what the client shows as a prompt before connecting.
    const bool certificate = finding.code.startsWith(QLatin1String("cert.")) ||
                             finding.code.startsWith(QLatin1String("gateway.cert_"));
    return certificate && !isHardeningNote(finding.code);
}

Actor actorOf(const Finding &finding)
{
    if (oneOf(finding.code,
              {"firewall.local_block", "firewall.local_may_block", "net.no_connectivity",
               "net.proxy_configured", "security.client_mismatch"}))
        return Actor::ThisComputer;
    // The name service, the route, the VPN and what drops packets on the way.
    if (finding.stage == StageId::Dns || finding.code.startsWith(QLatin1String("net.")) ||
        oneOf(finding.code, {"tcp.timeout", "tcp.unreachable", "tcp.slow", "tcp.unstable",
                             "tls.timeout", "gateway.unreachable"}))
        return Actor::Network;
    const bool clientOnly =
        !finding.remediation.isEmpty() &&
        std::all_of(finding.remediation.begin(), finding.remediation.end(),
                    [](const Remedy &r) { return r.where == Remedy::Where::Client; });
    if (clientOnly)
        return Actor::ThisComputer;
    return Actor::RemoteAdministrator;
}

std::optional<StageId> firstFailedStage(const QList<StageResult> &stages)
{
    for (const StageResult &stage : stages)
        if (stage.status == StageStatus::Failed)
            return stage.id;
    return std::nullopt;
}

FindingRank rankOf(const Finding &finding, const Diagnosis &diagnosis,
                   std::optional<StageId> failedStage)
{
    if (isHardeningNote(finding.code))
        return FindingRank::AlsoNoticed;
    if (!diagnosis.primary.isEmpty()
            ? finding.code == diagnosis.primary
            : (finding.severity == Severity::Error && failedStage == finding.stage))
        return FindingRank::Explains;
    if (finding.severity == Severity::Error)
        return FindingRank::StopsConnection;
    if (isUserVisible(finding))
        return FindingRank::UserSees;
    return FindingRank::Other;
}

void orderFindings(QList<Finding> &findings, const Diagnosis &diagnosis,
                   const QList<StageResult> &stages)
{
    const std::optional<StageId> failed = firstFailedStage(stages);
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        return rankOf(a, diagnosis, failed) < rankOf(b, diagnosis, failed);
    });
}

const Finding *primaryFixFinding(const Report &report)
{
    const auto usable = [](const Finding &finding) {
        return !isHardeningNote(finding.code);
    };
    for (const Finding &finding : report.findings)
        if (!report.diagnosis.primary.isEmpty() && finding.code == report.diagnosis.primary &&
            usable(finding))
            return &finding;
    for (const Finding &finding : report.findings)
        if (finding.severity == Severity::Error && usable(finding))
            return &finding;
    for (const Finding &finding : report.findings)
        if (finding.severity == Severity::Warning && !finding.remediation.isEmpty() &&
            usable(finding))
            return &finding;
    return nullptr;
}

} // namespace rdpdiag
