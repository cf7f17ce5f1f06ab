// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Rules of the x224 stage: how the server answered the Connection Requests of the
 * negotiation matrix (x224.*), and what that says about its security policy
 * (security.*). The x224.* transport findings come from the primary request only — the
 * one current clients send — so a server that mishandles an exotic request is not
 * blamed for breaking the user's connection; the matrix feeds the policy findings.
 */

#include "model/Facts.h"
#include "model/Finding.h"
#include "rules/RuleContext.h"

#include <QList>

namespace rdpdiag {

/** What the negotiation matrix says about the server's policy. */
struct SecurityPolicy
{
    bool answered = false;          ///< at least one request got a Connection Confirm
    bool rdpOnly = false;           ///< only Standard RDP Security (SSL refused or downgraded)
    bool tlsRequired = false;       ///< SSL_REQUIRED_BY_SERVER to a Standard RDP request
    bool nlaRequired = false;       ///< HYBRID_REQUIRED_BY_SERVER
    bool userAuthRequired = false;  ///< SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER
    bool noCertificate = false;     ///< SSL_CERT_NOT_ON_SERVER
    bool inconsistentFlags = false; ///< INCONSISTENT_FLAGS
    bool nlaSupported = false;      ///< HYBRID or HYBRID_EX selected when asked
    bool tlsSupported = false;      ///< SSL selected when asked
    bool rdpAllowed = false;        ///< Standard RDP Security selected when asked
};

/** Derives the policy from the negotiation facts (pure). */
SecurityPolicy deriveSecurityPolicy(const NegotiationFacts &facts);

QList<Finding> evaluateSecurityRules(const Facts &facts, const RuleContext &context);

} // namespace rdpdiag
