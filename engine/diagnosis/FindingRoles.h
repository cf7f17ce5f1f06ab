// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * What a finding means for the person who saw the error, and the order every front end
 * shows the findings in (the wizard, the text and ticket summaries, the HTML page and the
 * JSON report all use report.findings as ordered here):
 *
 *  1. the finding that explains the reported error code (the diagnosis' primary finding),
 *     else the error at the stage where the connection broke;
 *  2. other errors (each alone stops a connection);
 *  3. what the user sees: a certificate prompt;
 *  4. everything else, by severity;
 *  5. hardening notes — a weakness that does not stop a connection (Standard RDP Security
 *     still accepted, old TLS versions, weak ciphers) — last, shown under "Also noticed" and
 *     never the primary fix.
 *
 * Pure: no I/O, no clock.
 */

#include "model/Finding.h"
#include "model/Report.h"

#include <QList>

namespace rdpdiag {

/** Who has to act on a finding. */
enum class Actor {
    Nobody,              ///< nothing to do
    ThisComputer,        ///< the user's own computer (its network settings, firewall, client)
    Network,             ///< the network between: name service, VPN, routing, firewalls on the way
    RemoteAdministrator, ///< whoever manages the remote computer (the Remote Desktop server)
};

/** The rank of a finding in the order above (smaller comes first). */
enum class FindingRank { Explains, StopsConnection, UserSees, Other, AlsoNoticed };

/** True for a hardening note: a weakness that does not stop connections. */
bool isHardeningNote(const QString &code);

/** True for what the user saw while connecting: a certificate prompt. */
bool isUserVisible(const Finding &finding);

/** Who must act on @p finding. */
Actor actorOf(const Finding &finding);

/** The rank of @p finding in a report with @p diagnosis whose first failed stage is
 * @p failedStage (nullopt when none failed). */
FindingRank rankOf(const Finding &finding, const Diagnosis &diagnosis,
                   std::optional<StageId> failedStage);

/** The first stage of @p stages that failed, if any. */
std::optional<StageId> firstFailedStage(const QList<StageResult> &stages);

/** Orders @p findings (already sorted by severity and stage, rules/Rules.h) by rank; stable
 * within a rank. */
void orderFindings(QList<Finding> &findings, const Diagnosis &diagnosis,
                   const QList<StageResult> &stages);

/** The finding whose fix comes first (the ticket's "Primary fix", the headline's cause): the
 * primary finding, else the first error or warning with fix steps; never a hardening note.
 * nullptr when there is none. */
const Finding *primaryFixFinding(const Report &report);

} // namespace rdpdiag
