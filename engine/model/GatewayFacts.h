// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Facts about the RD Gateway path (stage "gateway"): what the .rdp file says the client
 * does, and the gateway probed as a path of its own (dns, tcp, TLS, its certificate, the
 * answer to an anonymous RD Gateway request). Probed by probes/GatewayProbe during the local
 * stage; in the JSON report under facts.local.gateway.
 */

#include "model/CertificateFacts.h"
#include "model/DnsFacts.h"
#include "model/Identifiers.h"
#include "model/TcpFacts.h"
#include "model/TlsFacts.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** The RD Gateway named in the .rdp file, probed as a path of its own. */
struct GatewayFacts
{
    /** What the .rdp file says the client does. */
    enum class Path {
        Direct,        ///< gatewayusagemethod 0 or 4: no gateway
        Always,        ///< 1: always through the gateway
        IfDirectFails, ///< 2: direct first, the gateway when that fails
        ClientDefault, ///< 3 or absent: the client's default settings (usually the gateway)
    };
    QString host;
    quint16 port = 443;
    std::optional<int> usageMethod;
    Path path = Path::ClientDefault;
    std::optional<DnsFacts> dns; ///< absent when the host is an IP literal
    QList<TcpAttempt> tcp;       ///< one per address until one connects
    QString connectedAddress;
    std::optional<TlsAttempt> tls;
    std::optional<CertificateFacts> certificate;
    std::optional<int> httpStatus; ///< the answer to an anonymous RDG_OUT_DATA request
    QString httpStatusLine;
    QStringList authSchemes; ///< WWW-Authenticate schemes offered
    bool probed = false;     ///< false when the run was cancelled before the probe
};

QString gatewayPathString(GatewayFacts::Path path);

/** The identifying fields of GatewayFacts (model/Identifiers.h); every string field that is not
 * vocabulary.
 */
void visitIdentifiers(GatewayFacts &facts, IdentifierSink &sink);

} // namespace rdpdiag
