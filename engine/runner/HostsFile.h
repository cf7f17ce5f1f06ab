// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The hosts file of fleet mode (`rdpdiag --hosts FILE`), read by a pure function so that it
 * can be tested and fuzzed:
 * - a list: one target per line (`host`, `host:port`, `[v6]:port`, as typed on the command
 *   line); `#` starts a comment anywhere on a line (no host name contains it); blank lines
 *   are skipped;
 * - or a CSV file: when the first line that is not blank or a comment has a field named
 *   `host` (any case), it is the header of a CSV table separated by `,`, `;` or a tab
 *   (whichever gives a `host` field). Rows take their target from the `host` column and,
 *   when there is one, their default port from a `port` column; other columns are ignored.
 *   Fields may be quoted ("…", with "" for a quote); lines starting with `#` and rows whose
 *   fields are all empty are skipped.
 * Text is UTF-8 (a BOM is allowed) or UTF-16 with a BOM. Any unusable line makes the whole
 * file unusable, with the line number in the error: a fleet run never silently drops a
 * target. Duplicates are kept (each line is one run).
 */

#include "input/Target.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace rdpdiag {

/** One target of a hosts file and the line it came from. */
struct FleetTarget
{
    int line = 0; ///< 1-based line number in the hosts file
    Target target;
};

struct HostsFileParse
{
    QList<FleetTarget> targets;
    QString error; ///< one line ("line 12: …") when the file is unusable; targets is then empty
};

/** Largest hosts file accepted. */
inline constexpr qsizetype kMaxHostsFileBytes = 16 * 1024 * 1024;
/** Most targets one fleet run takes. */
inline constexpr int kMaxFleetTargets = 100000;

/** Reads the bytes of a hosts file (see the file comment for the format). */
HostsFileParse parseHostsFile(QByteArrayView bytes, quint16 defaultPort = kDefaultRdpPort);

} // namespace rdpdiag
