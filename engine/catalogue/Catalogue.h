// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The finding catalogue: the only place where a finding code is defined, with its
 * severity, category, stage, translatable title and explanation, and its remedies (steps
 * and exact commands for this computer and for the server). The codes and their severity
 * and category are the public contract of docs/findings.md.
 *
 * Texts are marked with QT_TRANSLATE_NOOP("rdpdiag::Catalogue", …) and translated when a
 * finding is made, so lupdate sees them and the JSON report carries the user's language.
 * Commands are never translated. Placeholders in texts and commands — {host}, {port},
 * {address}, {thumbprint} — are replaced by makeFinding().
 */

#include "model/Finding.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rdpdiag {

/** A remedy as stored in the catalogue (untranslated source text, placeholders intact). */
struct RemedyTemplate
{
    Remedy::Where where;
    const char *text;    ///< QT_TRANSLATE_NOOP("rdpdiag::Catalogue", …)
    const char *command; ///< nullptr when the step has no command
    const char *shell;   ///< "powershell", "cmd", "bash", or nullptr
};

struct CatalogueEntry
{
    const char *code;
    Severity severity;
    Category category;
    StageId stage;
    const char *title;       ///< QT_TRANSLATE_NOOP("rdpdiag::Catalogue", …): one line
    const char *explanation; ///< QT_TRANSLATE_NOOP: plain language, for a non-expert
    QList<RemedyTemplate> remedies;
};

/** Every entry, in pipeline order (dns, tcp, firewall, x224, security, tls, cert, credssp). */
const QList<CatalogueEntry> &catalogueEntries();

/** The entry for @p code, or nullptr when the code is unknown. */
const CatalogueEntry *findCatalogueEntry(const QString &code);

/** Values substituted for {name} placeholders in texts and commands (Finding::parameters). */
using Placeholders = QHash<QString, QString>;

/**
 * Whether @p value may be pasted into a shell command: host names, IP addresses, ports and
 * hex thumbprints pass; shell syntax, spaces, quotes and a leading '-' do not.
 */
bool isSafeForCommand(const QString &value);

/** Replaces every {name} in @p text with its value in @p values (unknown names stay). */
QString fillPlaceholders(QString text, const Placeholders &values);

/**
 * The evidence key that marks a risk this run proved on the wire (`"proven": true`): such a
 * finding is an error whatever its catalogue severity, made and reopened alike. Today only
 * net.small_mtu, proven by the small-MSS handshake (rules/PathMtuRules.h).
 */
inline constexpr char kProvenEvidenceKey[] = "proven";

/**
 * Makes a finding of @p code (which must be in the catalogue; asserts otherwise).
 * @param observed  translated sentence(s) on what was seen in this run; the catalogue's
 *                  explanation follows it in Finding::detail.
 * @param evidence  raw values for support staff and scripts.
 * @param values    placeholder values for remedy texts and commands.
 */
Finding makeFinding(const QString &code, const QString &observed, const QJsonObject &evidence,
                    const Placeholders &values);

/**
 * A finding read back from a report (a reopened findings bundle, whose report.json anybody
 * may have edited): title, detail and remedies are this version's catalogue's for @p code and
 * @p values, never text from the report, and so are severity, category and stage. Values that
 * fail isSafeForCommand() are not used at all (their placeholder stays visible). A code this
 * version does not know (a newer rdpdiag's) gives a finding titled as unknown, with the
 * report's @p severity, @p category and @p stage, its evidence, and no remedy.
 */
Finding reopenedFinding(const QString &code, Severity severity, Category category, StageId stage,
                        const QJsonObject &evidence, const Placeholders &values);

/**
 * The catalogue's plain-language explanation of @p finding, its placeholders filled from the
 * finding's parameters, without the technical observation that Finding::detail starts with:
 * the "why" for a person who is not an engineer. The detail when the catalogue lacks the code.
 */
QString plainExplanation(const Finding &finding);

} // namespace rdpdiag
