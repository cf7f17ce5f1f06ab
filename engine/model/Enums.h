// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The small closed vocabularies of the engine: stages, severities, categories and the
 * outcome of one network step. Each has a stable string id that the JSON report uses
 * (docs/findings.md); never change an id once shipped.
 */

#include <QString>

namespace rdpdiag {

/**
 * The connection pipeline, in the order a client walks it. Local (this computer's side:
 * network environment, local firewall, RD Gateway path) runs after the connection stages
 * because it uses what they learned; Server is the self-check run on the RDP host itself
 * (`rdpdiag --server`), never part of a client run.
 */
enum class StageId { Input, Dns, Tcp, X224, Tls, Credssp, Local, Server };

/** How a stage ended. */
enum class StageStatus { Passed, Warning, Failed, Skipped };

/** error = stops a connection on its own; warning = a risk; info = a fact worth knowing. */
enum class Severity { Info, Warning, Error };

/** The wizard page that shows a finding (Server: the server self-check page). */
enum class Category { Network, Firewall, Security, Certificate, Server };

/**
 * What one network step (connect, send, receive) ended with. The difference between
 * Reset, Closed and Timeout is the diagnosis, so the transport never folds them together.
 */
enum class IoOutcome {
    Ok,          ///< the step completed
    Refused,     ///< RST in answer to our SYN: nothing listens on the port
    Timeout,     ///< the step's deadline passed
    Unreachable, ///< ICMP unreachable / no route to the host or network
    Reset,       ///< ECONNRESET after the connection was established
    Closed,      ///< orderly close (FIN / EOF) by the peer
    Cancelled,   ///< the run was cancelled by the user
    Failed,      ///< any other local error (see the accompanying message)
};

QString stageIdString(StageId stage);
QString stageStatusString(StageStatus status);
QString severityString(Severity severity);
QString categoryString(Category category);
QString ioOutcomeString(IoOutcome outcome);

/** All stages in pipeline order. */
inline constexpr StageId kAllStages[] = {StageId::Input, StageId::Dns,   StageId::Tcp,
                                         StageId::X224,  StageId::Tls,   StageId::Credssp,
                                         StageId::Local, StageId::Server};

/** Every IoOutcome (the JSON readers check values against it). */
inline constexpr IoOutcome kIoOutcomes[] = {
    IoOutcome::Ok,    IoOutcome::Refused, IoOutcome::Timeout,   IoOutcome::Unreachable,
    IoOutcome::Reset, IoOutcome::Closed,  IoOutcome::Cancelled, IoOutcome::Failed};

/** All categories, in the order of the wizard's pages. */
inline constexpr Category kAllCategories[] = {Category::Network, Category::Firewall,
                                              Category::Security, Category::Certificate,
                                              Category::Server};

} // namespace rdpdiag
