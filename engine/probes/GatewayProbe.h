// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The RD Gateway path. When the .rdp file names a gateway (`gatewayhostname`, and
 * `gatewayusagemethod` is not 0 or 4), the user's client does not open TCP 3389 to the host
 * at all: it opens HTTPS to the gateway (port 443 unless the name carries another), and
 * the gateway connects to the host. So the gateway is probed as a path of its own — name
 * resolution, TCP, the TLS handshake and the gateway's certificate (which a client must
 * trust outright: it cannot click past a gateway certificate warning) — and one anonymous
 * HTTP request, `RDG_OUT_DATA /remoteDesktopGateway/` without any credential, which an RD
 * Gateway answers with "401 Unauthorized" and its authentication schemes ([MS-TSGU]
 * HTTP transport). Read-only, anonymous, each step with its own deadline.
 */

#include "input/RdpFile.h"
#include "model/Facts.h"
#include "net/CancelToken.h"

#include <QByteArrayView>
#include <chrono>

namespace rdpdiag {

/** The path the .rdp file makes the client take (gatewayusagemethod, MS documentation). */
GatewayFacts::Path gatewayPathFor(std::optional<int> usageMethod);

/** Whether the .rdp settings name a gateway the client may use (host set, method not 0/4). */
bool rdpUsesGateway(const RdpFileSettings &settings);

/** Probes the gateway of @p settings. Call only when rdpUsesGateway(). */
GatewayFacts probeGateway(const RdpFileSettings &settings, std::chrono::milliseconds timeout,
                          const CancelToken &cancel);

/** The HTTP answer's status code and WWW-Authenticate schemes (pure; for tests). */
struct HttpStatus
{
    std::optional<int> code;
    QString statusLine;
    QStringList authSchemes;
    bool complete = false; ///< the header block ended ("\r\n\r\n")
};
HttpStatus parseHttpResponseHead(QByteArrayView bytes);

} // namespace rdpdiag
