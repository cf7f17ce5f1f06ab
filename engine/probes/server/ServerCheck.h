// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The server self-check (`rdpdiag --server`, the wizard's "I am on the server"): the RDP
 * service of *this* computer seen from the inside. Read-only: it runs the system's own
 * query tools and reads files, and never changes anything; fixes come as remedies and as a
 * reviewable script (RemediationScript).
 *
 * - Linux with xrdp (collectXrdpFacts): the xrdp processes and the systemd unit, the
 *   listening sockets and their owners, xrdp.ini, the certificate and key files (readable by
 *   the account xrdp runs as, matching, dates, key size), the xrdp log, the inbound
 *   firewall.
 * - Windows (collectWindowsFacts): the registry, services and certificate stores through a
 *   WindowsSystem (probes/server/WindowsSystem.h: the Win32 API, never a `reg` or `sc`
 *   command); netstat, icacls, wevtutil and the PowerShell grace-period query through a
 *   CommandRunner. Built everywhere, so it is tested here with a recorded Windows, and used
 *   by default on Windows only.
 */

#include "diagnosis/Diagnosis.h"
#include "model/Facts.h"
#include "model/Report.h"
#include "probes/local/CommandRunner.h"

#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace rdpdiag {

class WindowsSystem;

struct ServerCheckOptions
{
    enum class Platform { Auto, LinuxXrdp, Windows };
    Platform platform = Platform::Auto;
    /** The port clients use (the CLI's --port; 3389 by default). */
    quint16 expectedPort = 3389;
    /** xrdp.ini to check. */
    QString xrdpConfigPath = QStringLiteral("/etc/xrdp/xrdp.ini");
    /** Check file access for this account instead of the one xrdp runs as (e.g. "xrdp"). */
    QString serviceAccount;
    /** Where /proc is (tests never change it; kept for clarity). */
    QString procRoot = QStringLiteral("/proc");
    /** Runs the system tools; nullptr = the real ProcessCommandRunner. */
    CommandRunner *runner = nullptr;
    /** The Windows system the Windows check reads; nullptr = this computer's. */
    WindowsSystem *windowsSystem = nullptr;
    /** Read the inbound firewall. */
    bool readFirewall = true;
    /** Events and log lines of the last days. */
    int recentDays = 7;
    std::chrono::milliseconds commandTimeout{10000};
    /** "Now" for dates; the real clock unless a test pins it. */
    std::function<QDateTime()> now = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

/** Linux / xrdp facts. */
ServerFacts collectXrdpFacts(const ServerCheckOptions &options, CommandRunner &runner);

/** Windows facts (from @p system and the tools @p runner runs). */
ServerFacts collectWindowsFacts(const ServerCheckOptions &options, WindowsSystem &system,
                                CommandRunner &runner);

/**
 * The facts of this computer's Remote Desktop service, by platform (xrdp on Linux, Remote
 * Desktop Services on Windows; options.platform Auto picks this computer's). Read-only.
 */
ServerFacts collectServerFacts(const ServerCheckOptions &options,
                               const CancelToken *cancel = nullptr);

/** Runs the self-check: facts, rules, the "server" stage and the diagnosis of @p reported. */
Report runServerCheck(const ServerCheckOptions &options, const ReportedError &reported = {},
                      const CancelToken *cancel = nullptr);

/** The recent [ERROR] lines of an xrdp log (timestamps "[YYYYMMDD-HH:MM:SS]"). Pure. */
QStringList recentXrdpLogErrors(const QString &log, const QDateTime &now, int days, int limit = 10);

} // namespace rdpdiag
