// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Internal to report/FactsHtml: the tables of each stage's facts (without the heading, which
 * stageFactsHtml() adds), and the pieces that several stages share (a TLS handshake, a
 * certificate, TCP attempts, firewall readings).
 */

#include "model/Facts.h"
#include "report/HtmlParts.h"

#include <QList>
#include <QString>

namespace rdpdiag::html {

// ConnectionFactsHtml.cpp: the stages of the connection pipeline.
QString dnsFactsHtml(const DnsFacts &dns);
QString tcpFactsHtml(const TcpFacts &tcp);
QString negotiationFactsHtml(const NegotiationFacts &negotiation);
QString rdpSecurityFactsHtml(const RdpSecurityFacts &rdpSecurity);
QString tlsFactsHtml(const TlsFacts &tls);
QString certificateFactsHtml(const CertificateFacts &certificate);
QString credsspFactsHtml(const CredsspFacts &credssp);

/** One handshake in a line: outcome, version, cipher, alert, bytes, detail. */
QString tlsAttemptText(const TlsAttempt &attempt);
/** Every shown fact of a certificate (not its PEM). */
void certificateRows(KeyValues &rows, const CertificateFacts &certificate);
/** Outcome, addresses, time and error of a name lookup. */
void dnsRows(KeyValues &rows, const DnsFacts &dns);
/** TCP attempts: address, outcome, time, error. */
QString tcpAttemptsTable(const QList<TcpAttempt> &attempts);

// LocalFactsHtml.cpp: this computer's side and the RD Gateway.
QString localFactsHtml(const LocalFacts &local);
QString gatewayFactsHtml(const GatewayFacts &gateway);
/** Firewall readings with their verdicts (this computer's, and the server's inbound ones). */
QString firewallsHtml(const QList<FirewallReading> &firewalls);
/** What a stage could not collect, as a list under its own heading. */
QString notCollectedHtml(const QStringList &notCollected);

// ServerFactsHtml.cpp: the server self-check.
QString serverFactsHtml(const ServerFacts &server);

} // namespace rdpdiag::html
