// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RemediationScript.h"

#include <QRegularExpression>
#include <QSet>

namespace rdpdiag {

namespace {

/** Findings whose fix touches the certificate's private key (MachineKeys, event 36870). */
bool needsMachineKeysBackup(const Report &report)
{
    static const QStringList codes{
        QStringLiteral("server.machinekeys_acl"), QStringLiteral("server.event_key_access"),
        QStringLiteral("server.event_selfsigned_failed"), QStringLiteral("server.key_unreadable")};
    for (const Finding &finding : report.findings)
        if (codes.contains(finding.code))
            return true;
    return false;
}

/** A comment block: every line prefixed with "# ". */
QString comment(const QString &text, int width = 96)
{
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += QStringLiteral("# ") + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += QStringLiteral("# ") + line + u'\n';
    return out;
}

QString singleQuotedPs(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString singleQuotedBash(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString withoutSudo(const QString &command)
{
    static const QRegularExpression sudo(QStringLiteral("(^|&&\\s*|;\\s*|\\|\\s*)sudo\\s+"));
    QString result = command;
    result.replace(sudo, QStringLiteral("\\1"));
    return result;
}

QString powershellHeader(const Report &report)
{
    QString out;
    out += QStringLiteral("# Remote Desktop repair script made by rdpdiag %1 (reference %2)\n")
               .arg(report.toolVersion, report.reference);
    out += QStringLiteral("# for %1, from the self-check of %2.\n")
               .arg(report.target.host, report.started.toString(Qt::ISODate));
    out += comment(QStringLiteral(
        "Read every step before you run this script. rdpdiag itself never changes this computer. "
        "Without -Apply the script only shows what it would do; with -Apply it runs the steps "
        "one after the other, as administrator, and stops at the first error. Steps that end "
        "Remote Desktop sessions say so."));
    out += QStringLiteral(
        "param([switch]$Apply)\n"
        "$ErrorActionPreference = 'Stop'\n"
        "if ($Apply -and -not "
        "([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent())."
        "IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {\n"
        "    throw 'Run this script as administrator.'\n"
        "}\n"
        "$script:step = 0\n"
        "function Step([string]$Description, [scriptblock]$Action) {\n"
        "    $script:step++\n"
        "    Write-Host (\"[{0}] {1}\" -f $script:step, $Description)\n"
        "    Write-Host ('    ' + $Action.ToString().Trim())\n"
        "    if ($Apply) { & $Action }\n"
        "}\n\n");
    return out;
}

QString machineKeysBackupPs()
{
    return QStringLiteral(
        "# == Back up the MachineKeys folder, then isolate the Remote Desktop certificate's key "
        "==\n"
        "Step 'Copy the MachineKeys folder and save its permissions to C:\\rdpdiag-backup-<time>' "
        "{\n"
        "    $script:backup = 'C:\\rdpdiag-backup-' + (Get-Date -Format 'yyyyMMdd-HHmmss')\n"
        "    New-Item -ItemType Directory -Path $script:backup | Out-Null\n"
        "    robocopy 'C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys' (Join-Path "
        "$script:backup 'MachineKeys') /E /COPYALL /R:0 /W:0 | Out-Null\n"
        "    if ($LASTEXITCODE -ge 8) { throw 'robocopy failed' }\n"
        "    icacls 'C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys' /save (Join-Path "
        "$script:backup 'MachineKeys-acl.txt') /t /c | Out-Null\n"
        "}\n"
        "Step 'Move only the key file of the self-signed Remote Desktop certificate into the "
        "backup (Windows makes a new certificate and key at the restart below)' {\n"
        "    foreach ($cert in Get-ChildItem -Path 'Cert:\\LocalMachine\\Remote Desktop') {\n"
        "        $key = $null\n"
        "        try { $key = $cert.PrivateKey.CspKeyContainerInfo.UniqueKeyContainerName } catch "
        "{ }\n"
        "        if (-not $key) { try { $key = "
        "[Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)"
        ".Key.UniqueName } catch { } }\n"
        "        if ($key) {\n"
        "            $file = Join-Path 'C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys' "
        "$key\n"
        "            if (Test-Path $file) { Move-Item -Path $file -Destination $script:backup }\n"
        "        }\n"
        "    }\n"
        "}\n"
        "# Last resort, only if the steps below do not help and no other service needs the\n"
        "# computer's private keys (IIS, SQL Server, VPN …): rename the whole folder. Undo by\n"
        "# renaming it back.\n"
        "#   Rename-Item -Path 'C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys' -NewName "
        "'MachineKeys_bak'\n\n");
}

QString bashHeader(const Report &report)
{
    QString out;
    out += QStringLiteral("#!/usr/bin/env bash\n");
    out +=
        QStringLiteral("# Remote Desktop (xrdp) repair script made by rdpdiag %1 (reference %2)\n")
            .arg(report.toolVersion, report.reference);
    out += QStringLiteral("# for %1, from the self-check of %2.\n")
               .arg(report.target.host, report.started.toString(Qt::ISODate));
    out += comment(QStringLiteral(
        "Read every step before you run this script. rdpdiag itself never changes this computer. "
        "Without --apply the script only shows what it would do; with --apply it runs the steps "
        "one after the other, as root, and stops at the first error. xrdp.ini is backed up "
        "before the first step."));
    out += QStringLiteral("set -euo pipefail\n"
                          "apply=0\n"
                          "[[ \"${1:-}\" == \"--apply\" ]] && apply=1\n"
                          "if [[ $apply == 1 && $(id -u) -ne 0 ]]; then echo 'Run this script as "
                          "root.' >&2; exit 1; fi\n"
                          "n=0\n"
                          "step() {\n"
                          "    n=$((n + 1))\n"
                          "    printf '[%d] %s\\n    %s\\n' \"$n\" \"$1\" \"$2\"\n"
                          "    if [[ $apply == 1 ]]; then bash -c \"$2\"; fi\n"
                          "}\n\n"
                          "if [[ -f /etc/xrdp/xrdp.ini ]]; then\n"
                          "    step 'Back up xrdp.ini' 'cp -a /etc/xrdp/xrdp.ini "
                          "/etc/xrdp/xrdp.ini.rdpdiag-$(date +%Y%m%d%H%M%S)'\n"
                          "fi\n\n");
    return out;
}

} // namespace

ScriptKind scriptKindFor(const Report &report)
{
    return report.facts.server && report.facts.server->windows ? ScriptKind::PowerShell
                                                               : ScriptKind::Bash;
}

QString remediationScript(const Report &report, ScriptKind kind)
{
    const bool powershell = kind == ScriptKind::PowerShell;
    QString out = powershell ? powershellHeader(report) : bashHeader(report);
    if (powershell && needsMachineKeysBackup(report))
        out += machineKeysBackupPs();

    QSet<QString> seen;
    int steps = 0;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Info)
            continue;
        QString section;
        for (const Remedy &remedy : finding.remediation) {
            if (remedy.where != Remedy::Where::Server)
                continue;
            const bool fits = powershell ? (remedy.shell == QLatin1String("powershell") ||
                                            remedy.shell == QLatin1String("cmd"))
                                         : remedy.shell == QLatin1String("bash");
            if (remedy.command.isEmpty()) {
                section += comment(QStringLiteral("By hand: ") + remedy.text);
                continue;
            }
            if (!fits || seen.contains(remedy.command))
                continue;
            seen.insert(remedy.command);
            ++steps;
            if (powershell) {
                const QString action =
                    remedy.shell == QLatin1String("cmd")
                        ? QStringLiteral("cmd.exe /d /c %1").arg(singleQuotedPs(remedy.command))
                        : remedy.command;
                section += QStringLiteral("Step %1 {\n    %2\n}\n")
                               .arg(singleQuotedPs(remedy.text), action);
            } else {
                section += QStringLiteral("step %1 %2\n")
                               .arg(singleQuotedBash(remedy.text),
                                    singleQuotedBash(withoutSudo(remedy.command)));
            }
        }
        if (section.isEmpty())
            continue;
        out += QStringLiteral("# == %1 (%2): %3 ==\n")
                   .arg(finding.code, severityString(finding.severity), finding.title);
        out += section + u'\n';
    }
    if (steps == 0)
        out += comment(QStringLiteral("The self-check found nothing this script could repair."));
    return out;
}

} // namespace rdpdiag
