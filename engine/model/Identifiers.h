// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Which fields of the facts identify a person, a computer or an organisation, declared next
 * to each facts type (visitIdentifiers() in DnsFacts.h … ServerFacts.h, implemented in
 * model/Identifiers.cpp) so that redaction (bundle/Redaction) learns and replaces them all
 * before anything is rendered or written. A field that is not declared is not redacted: the
 * redaction test (tests/engine/TestRedaction) plants a name into every string field of every
 * stage and fails when one survives (docs/bundle.md).
 */

#include "model/Stages.h"

#include <QString>

namespace rdpdiag {

struct Facts;

/** What kind of value a field holds (how redaction learns and replaces it). */
enum class IdentifierKind {
    Host,              ///< a host or computer name ("rdp01.corp.example.com", "RDP01")
    User,              ///< an account, in any form ("alice", "CORP\alice", "alice@corp")
    Domain,            ///< a NetBIOS or DNS domain, a DNS search domain
    Name,              ///< another name: an organisation, an interface, a principal
    DistinguishedName, ///< an RFC 2253 subject or issuer
    SubjectAltName,    ///< "DNS:name", "IP:address", "email:user@domain"
    Address,           ///< an IP address, or an address with a prefix ("10.0.0.2/24")
    FilePath,          ///< a file path (a user's home folder in it names the user)
    Url,               ///< a proxy URL ("http://user@proxy.example:3128")
    HostList,          ///< a no_proxy list: host names, domains and addresses
    Sid,               ///< a Windows security identifier ("S-1-5-21-…")
    Text,              ///< free text (an error, a log line, a rule) that may contain any of them
};

/** Receives the identifying fields of facts; may change them (redaction rewrites them). */
class IdentifierSink
{
public:
    virtual ~IdentifierSink() = default;
    /** One field; empty values are never passed. */
    virtual void identifier(IdentifierKind kind, QString &value) = 0;
};

/** Every identifying string field of @p stage's facts, rewritten in place by @p sink.
 * Only that stage's own fields (the gateway's facts are the gateway stage's, not local's). */
void visitStageIdentifiers(FactsStage stage, Facts &facts, IdentifierSink &sink);

/** The same, read only (the sink's changes are dropped). */
void collectStageIdentifiers(FactsStage stage, const Facts &facts, IdentifierSink &sink);

} // namespace rdpdiag
