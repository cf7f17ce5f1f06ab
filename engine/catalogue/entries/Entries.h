// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The catalogue's content, one list per category: every finding code of docs/findings.md
 * with its severity, category, stage, texts and remedies. catalogueEntries() joins the lists
 * in pipeline order. The facts behind the texts and commands — client error codes, causes
 * and fixes, event IDs — are in docs/protocol-notes.md.
 *
 * Writing rules for these files:
 * - Texts are for people who are not network experts: say what happened, the usual
 *   causes, and how it connects to the error code the user saw.
 * - Remedies are ordered: the most likely fix first. Where a certificate or private-key
 *   problem is the usual cause, its fix comes before anything else.
 * - Commands must work when pasted as they are (after placeholder substitution) into the
 *   shell named next to them. Never a password. A command that weakens security says so in
 *   its text, together with how to undo it.
 * - Placeholders: {host}, {port}, {address}, {thumbprint} (see Catalogue.h).
 * - A step that several findings give is a constant of catalogue/Remedies.h, written once.
 * - Each list is in pipeline order; where a new entry goes within its stage matters too
 *   (see catalogueEntries()).
 */

#include "catalogue/Catalogue.h"

#include <QList>

namespace rdpdiag {

/** dns.*, tcp.* (tcp.timeout too, although the firewall page shows it) and net.*. */
QList<CatalogueEntry> networkEntries();

/** x224.*, security.* and credssp.*. */
QList<CatalogueEntry> securityEntries();

/** security.rdp_*: Standard RDP Security's encryption (stage x224, after securityEntries()). */
QList<CatalogueEntry> rdpSecurityEntries();

/** tls.* and cert.*. */
QList<CatalogueEntry> certificateEntries();

/** server.*: the self-check on the RDP host. */
QList<CatalogueEntry> serverEntries();

/** firewall.*: this computer's firewall (stages tcp, local) and the server's (stage server). */
QList<CatalogueEntry> firewallEntries();

/** gateway.*: the RD Gateway of an .rdp file (stage local). */
QList<CatalogueEntry> gatewayEntries();

} // namespace rdpdiag
