// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectionTimeline.h"

#include "support/Log.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

namespace rdpdiag {

namespace {

/** The innermost ConnectionPurpose of this thread. A plain pointer on purpose: a thread_local
 * QString (a destructor, run at thread exit) corrupted the heap of the MinGW build under Wine
 * (emulated TLS); the objects themselves live on their thread's stack. */
thread_local const ConnectionPurpose *t_innermost = nullptr;

std::atomic<int> g_nextId{0};
std::atomic<bool> g_recording{false};
std::mutex g_recordsMutex;
QList<ConnectionRecord> g_records;

QString moment(const char *name, double ms)
{
    return ms < 0 ? QString()
                  : QStringLiteral(", %1 +%2").arg(QLatin1String(name)).arg(ms, 0, 'f', 1);
}

} // namespace

ConnectionPurpose::ConnectionPurpose(const QString &purpose)
    : m_outer(t_innermost),
      m_purpose(m_outer ? m_outer->m_purpose + QStringLiteral(": ") + purpose : purpose)
{
    t_innermost = this;
}

ConnectionPurpose::~ConnectionPurpose()
{
    t_innermost = m_outer;
}

QString ConnectionPurpose::current()
{
    return t_innermost ? t_innermost->m_purpose : QString();
}

namespace timeline {

void setRecording(bool on)
{
    std::lock_guard lock(g_recordsMutex);
    g_recording = on;
    g_records.clear();
}

int nextConnectionId()
{
    return ++g_nextId;
}

void connectionClosed(const ConnectionRecord &record)
{
    if (log::debugEnabled()) // fleet mode makes ten thousand runs of a dozen connections
        log::debug("connection {}", describe(record));
    if (!g_recording.load())
        return;
    std::lock_guard lock(g_recordsMutex);
    if (g_recording)
        g_records << record;
}

QList<ConnectionRecord> takeRecords()
{
    std::lock_guard lock(g_recordsMutex);
    return std::exchange(g_records, {});
}

QString describe(const ConnectionRecord &record)
{
    const QString purpose = record.purpose.isEmpty() ? QStringLiteral("(unnamed)") : record.purpose;
    QString text = QStringLiteral("#%1 %2 (%3): connect +%4")
                       .arg(record.id)
                       .arg(purpose, record.peer)
                       .arg(record.startMs, 0, 'f', 1);
    text += moment("connected", record.connectedMs) + moment("sent", record.firstSentMs) +
            moment("answered", record.answeredMs) + moment("tls", record.tlsMs) +
            moment("closed", record.closedMs);
    if (!record.outcome.isEmpty())
        text += QStringLiteral(" (%1)").arg(record.outcome);
    return text;
}

QStringList formatTimeline(QList<ConnectionRecord> records, int width)
{
    if (records.isEmpty() || width < 1)
        return {};
    std::stable_sort(records.begin(), records.end(),
                     [](const auto &a, const auto &b) { return a.startMs < b.startMs; });
    double first = records.first().startMs;
    double last = first;
    qsizetype purposeWidth = 0;
    for (const ConnectionRecord &record : std::as_const(records)) {
        last = std::max({last, record.closedMs, record.tlsMs, record.answeredMs});
        purposeWidth = std::max(purposeWidth, record.purpose.size());
    }
    const double span = std::max(last - first, 1.0);
    // A phase covers the columns its time overlaps, at least one.
    const auto columns = [&](double from, double to) {
        const int begin = std::clamp(int(std::floor((from - first) / span * width)), 0, width - 1);
        const int end = std::clamp(int(std::ceil((to - first) / span * width)), begin + 1, width);
        return std::pair(begin, end);
    };
    QStringList lines;
    lines << QStringLiteral("timeline: %1, +%2 … +%3 ms since start, %4 ms per column ('=' "
                            "connecting, '-' waiting for the answer, '#' TLS, '.' open)")
                 .arg(records.size() == 1 ? QStringLiteral("1 connection")
                                          : QStringLiteral("%1 connections").arg(records.size()))
                 .arg(first, 0, 'f', 1)
                 .arg(last, 0, 'f', 1)
                 .arg(span / width, 0, 'g', 2);
    for (const ConnectionRecord &record : std::as_const(records)) {
        QString bar(width, QLatin1Char(' '));
        const double end = record.closedMs >= 0 ? record.closedMs : last;
        const auto paint = [&](double from, double to, QChar mark) {
            if (from < 0 || to < from)
                return;
            const auto [firstColumn, pastColumn] = columns(from, to);
            for (int i = firstColumn; i < pastColumn; ++i)
                bar[i] = mark;
        };
        const double connected = record.connectedMs >= 0 ? record.connectedMs : end;
        const double answered = record.answeredMs >= 0 ? record.answeredMs : end;
        paint(connected, end, QLatin1Char('.'));
        paint(record.answeredMs, record.tlsMs, QLatin1Char('#'));
        paint(connected, answered, QLatin1Char('-'));
        paint(record.startMs, connected, QLatin1Char('='));
        lines << QStringLiteral("%1 %2 %3 %4 |%5|")
                     .arg(record.id, 3)
                     .arg(record.purpose, -int(purposeWidth))
                     .arg(record.startMs, 7, 'f', 1)
                     .arg(end, 7, 'f', 1)
                     .arg(bar);
    }
    return lines;
}

} // namespace timeline
} // namespace rdpdiag
