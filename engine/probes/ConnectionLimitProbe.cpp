// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/ConnectionLimitProbe.h"

#include "net/ConnectionPacer.h"
#include "probes/NegotiationProbe.h"
#include "support/Log.h"

#include <memory>
#include <thread>
#include <vector>

namespace rdpdiag {

ConnectionLimitMeasure measureConnectionLimit(const QString &address, quint16 port,
                                              quint32 requested, const Deadline &deadline,
                                              const CancelToken &cancel)
{
    const ConnectionPurpose purpose(QStringLiteral("connection limit"));
    ConnectionLimitMeasure measure;
    std::vector<std::unique_ptr<TcpConnection>> held; // closed together when the probe ends
    for (int opened = 0; opened <= kConnectionLimitCap; ++opened) {
        if (opened > 0)
            std::this_thread::sleep_for(kSideConnectionGap);
        if (cancel.isCancelled() || deadline.expired()) {
            measure.detail = cancel.isCancelled()
                                 ? QStringLiteral("cancelled")
                                 : QStringLiteral("the time budget ran out after %1 connections")
                                       .arg(held.size());
            return measure;
        }
        if (opened == kConnectionLimitCap) {
            measure.detail =
                QStringLiteral("the server held %1 connections at once without breaking one")
                    .arg(held.size());
            return measure;
        }
        std::unique_ptr<TcpConnection> connection;
        TcpAttempt connect;
        const NegotiationProbe probe = connectAndNegotiate(
            address, port, requested, deadline.remaining(), cancel, connection, &connect);
        const SideBreak broke = sideBreakOf(connect.outcome, probe.outcome);
        if (broke != SideBreak::None && held.empty()) {
            measure.detail = QStringLiteral("the first connection broke too (%1)")
                                 .arg(negotiationOutcomeString(probe.outcome));
            return measure;
        }
        if (broke != SideBreak::None) {
            measure.simultaneous = static_cast<int>(held.size());
            log::debug("connection limit: connection {} broke ({}) while {} were held", opened + 1,
                       negotiationOutcomeString(probe.outcome), held.size());
            return measure;
        }
        if (!connection) {
            measure.detail = QStringLiteral("connection %1 got %2 %3")
                                 .arg(opened + 1)
                                 .arg(negotiationOutcomeString(probe.outcome), probe.detail)
                                 .trimmed();
            return measure;
        }
        held.push_back(std::move(connection));
    }
    return measure;
}

} // namespace rdpdiag
