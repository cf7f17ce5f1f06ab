// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Everything the probes learned in one run: one facts type per stage, each in its own
 * header next to this one. The stage table (model/Stages.h) says, for each stage, where its
 * facts are, how they are written, read, redacted and shown.
 */

#include "model/CertificateFacts.h"
#include "model/CredsspFacts.h"
#include "model/DnsFacts.h"
#include "model/GatewayFacts.h"
#include "model/LocalFacts.h"
#include "model/NegotiationFacts.h"
#include "model/RdpSecurityFacts.h"
#include "model/ServerFacts.h"
#include "model/TcpFacts.h"
#include "model/TlsFacts.h"

#include <optional>

namespace rdpdiag {

/** Everything the probes learned in one run. */
struct Facts
{
    std::optional<DnsFacts> dns;
    std::optional<TcpFacts> tcp;
    std::optional<NegotiationFacts> negotiation;
    std::optional<RdpSecurityFacts> rdpSecurity; ///< Standard RDP Security (stage "rdp_security")
    std::optional<TlsFacts> tls;
    std::optional<CertificateFacts> certificate;
    std::optional<CredsspFacts> credssp;
    std::optional<LocalFacts> local;   ///< this computer's side (stage "local")
    std::optional<ServerFacts> server; ///< the server self-check (rdpdiag --server)
};

} // namespace rdpdiag
