// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Where a run's time goes, connection by connection (`rdpdiag --verbose`, docs/benchmarks.md).
 *
 * Every TcpConnection notes when it started connecting, was connected, sent its first bytes,
 * got its first answer, finished its TLS handshake and closed, in milliseconds since the
 * process started (log::msSinceStart(), the clock of the "+ms" of the --verbose log lines), and
 * logs one line when it closes. What the connection is for comes from the ConnectionPurpose of the
 * thread that connects ("x224 0x01", "tls 1.2", …): the probes name their connections
 * without passing a name through every call. When recording is on (the CLI's --verbose
 * with one target), the closed connections are also kept, and formatTimeline() draws them
 * as one chart at the end of the run.
 */

#include <QList>
#include <QString>
#include <QStringList>

namespace rdpdiag {

/** One connection's moments, in ms since the process started (negative: did not happen). */
struct ConnectionRecord
{
    int id = 0;
    QString purpose; ///< ConnectionPurpose::current() when it connected
    QString peer;    ///< "address port"
    double startMs = -1;
    double connectedMs = -1;
    double firstSentMs = -1;
    double answeredMs = -1; ///< the first bytes from the server
    double tlsMs = -1;      ///< the TLS handshake ended (either way)
    double closedMs = -1;   ///< closed, or the attempt to connect failed
    QString outcome;        ///< how the connect failed, or how the handshake ended
};

/** The name the current thread gives the connections it opens; nests as "outer: inner". */
class ConnectionPurpose
{
public:
    explicit ConnectionPurpose(const QString &purpose);
    ~ConnectionPurpose();
    ConnectionPurpose(const ConnectionPurpose &) = delete;
    ConnectionPurpose &operator=(const ConnectionPurpose &) = delete;

    /** The purpose in effect on this thread; empty when none was given. */
    static QString current();

private:
    const ConnectionPurpose *m_outer; ///< the thread's purpose before this one
    QString m_purpose;                ///< the whole name, "outer: inner"
};

namespace timeline {

/** Keeps the records of closed connections from now on (or stops, and forgets them). */
void setRecording(bool on);

/** A new connection's number, for its log lines. */
int nextConnectionId();

/** Logs @p record (debug) and keeps it when recording is on. Thread-safe. */
void connectionClosed(const ConnectionRecord &record);

/** The kept records, oldest first, and forgets them. */
QList<ConnectionRecord> takeRecords();

/** One line describing @p record, e.g. "#3 tls 1.2 (127.0.0.1 3389): connect +20.1 …". */
QString describe(const ConnectionRecord &record);

/**
 * @p records as a chart, one line per connection in the order they started: its number,
 * purpose, start and end, and a bar over @p width columns spanning the first start to the
 * last close: ' ' not yet, '=' connecting, '-' waiting for the first answer, '#' TLS
 * handshake, '.' open afterwards. Pure; empty for no records.
 */
QStringList formatTimeline(QList<ConnectionRecord> records, int width = 50);

} // namespace timeline
} // namespace rdpdiag
