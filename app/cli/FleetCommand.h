// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * `rdpdiag --hosts FILE`: the diagnosis of every target of a hosts file (format in
 * runner/HostsFile.h), many at once (--concurrency N, bounded by the open-file limit).
 *
 * Output, one record per target, in the order of the hosts file as soon as every earlier
 * target is done:
 * - CSV on stdout (the default, or --csv): the header of fleetCsvHeader(), one row per
 *   target;
 * - JSON Lines with --json: each line one compact JSON report, the same object
 *   `rdpdiag --json TARGET` prints for that target.
 * On stderr: a progress line while stderr is a terminal, then a closing table counting,
 * for every finding code, the targets that had it. Exit codes as for one target: 0 no
 * error finding in any target, 1 at least one, 2 bad input (an unreadable or invalid hosts
 * file: nothing is run then).
 */

#include "net/CancelToken.h"
#include "runner/Fleet.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstdio>

namespace rdpdiag::cli {

/** What `rdpdiag --hosts FILE …` asks for. */
struct FleetRequest
{
    QString hostsFile;                       ///< path, or "-" for standard input
    quint16 defaultPort = kDefaultRdpPort;   ///< --port: for lines that name no port
    int concurrency = 0;                     ///< --concurrency; 0 = the default
    bool json = false;                       ///< --json: JSON Lines instead of CSV
    std::chrono::milliseconds timeout{5000}; ///< --timeout, for every run
    ReportedError reported;                  ///< --error-code / --extended-code, for every run
};

/** The first line of the CSV output (with its line end). */
QByteArray fleetCsvHeader();

/** One CSV row (with its line end) for the report of @p entry. */
QByteArray fleetCsvRow(const FleetTarget &entry, const Report &report);

/** One JSON Lines record: the compact JSON report and a line end. */
QByteArray fleetJsonLine(const Report &report);

/** The closing table (translated text, several lines). */
QString renderFleetSummary(const FleetSummary &summary, const QString &hostsFile);

/** The progress line shown on a terminal: done/total, errors so far, elapsed time. */
QString fleetProgressLine(int done, int total, int withErrors, qint64 elapsedMs);

/**
 * The concurrency to use: @p requested (0 = kDefaultFleetConcurrency) capped by the number
 * of targets and by what @p descriptorLimit open files allow. Sets @p capped when a
 * requested number had to be lowered for the descriptors.
 */
int chooseFleetConcurrency(int requested, int targets, qint64 descriptorLimit, bool &capped);

/** Runs fleet mode, writing to @p out / @p err; returns the exit code. */
int runFleetCommand(const FleetRequest &request, std::FILE *out, std::FILE *err,
                    const CancelToken &cancel);

} // namespace rdpdiag::cli
