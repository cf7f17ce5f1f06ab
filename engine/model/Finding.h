// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A finding: the engine's judgement on the facts, with the evidence that supports it and
 * what to do about it. Findings are made only by the rules (engine/rules), from the
 * definitions of the catalogue (engine/catalogue).
 */

#include "model/Enums.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rdpdiag {

/** One step of "how to fix": where to do it, what to do, and the exact command if any. */
struct Remedy
{
    enum class Where { Client, Server };
    Where where = Where::Server;
    QString text;    ///< translated instruction
    QString command; ///< exact command (never translated); empty when the step is manual
    QString shell;   ///< "powershell", "cmd", "bash" or empty when there is no command
};
QString remedyWhereString(Remedy::Where where);
/** The prompt printed before a command of @p shell ("PS> ", "C:\\> ", "$ "), so that a
 * reader sees where it runs. */
QString shellPrompt(const QString &shell);

struct Finding
{
    QString code; ///< stable code, e.g. "x224.reset" (docs/findings.md)
    Severity severity = Severity::Info;
    Category category = Category::Network;
    StageId stage = StageId::Input; ///< the stage whose facts produced it
    QString title;                  ///< translated one-line title
    QString detail;                 ///< translated: what was observed here, then what it means
    QJsonObject evidence;           ///< raw, untranslated values (bytes as hex, codes, timings)
    QList<Remedy> remediation;
    /** The placeholder values ({host}, {port}, {address}, {thumbprint}) the rule gave the
     * catalogue: what a reopened report needs to show this version's texts and commands
     * again (catalogue/Catalogue.h, reopenedFinding()). */
    QHash<QString, QString> parameters;
};

} // namespace rdpdiag
