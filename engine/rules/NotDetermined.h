// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The facts a run could not learn, and why (pure). A fact of the report is either measured
 * or "not determined": its value is null (or the stage is absent) and the stage's facts
 * carry the reason under "not_determined" (docs/findings.md). What counts as not determined:
 * the step never got an answer from the server — its connection failed, the run was
 * stopped, this computer's own TLS library refused, the server fell silent, or a side
 * connection that broke among the run's simultaneous connections could not be tried again
 * alone (model/SideRetry.h). A reset, a close or an alert that the server gave is an answer,
 * and measured.
 */

#include "model/Facts.h"
#include "model/Stages.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rdpdiag {

/** Translated texts of the reasons (context rdpdiag::NotDetermined). */
class NotDeterminedText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::NotDetermined)
};

/** One fact that was not learned. */
struct UndeterminedFact
{
    FactsStage stage;
    /** Its key below the stage's facts object: "versions.1.0", "probes[2].selected" … */
    QString key;
    QString reason; ///< translated: why it could not be learned
};

/** Every fact of @p facts that was not learned, in stage order. */
QList<UndeterminedFact> undeterminedFacts(const Facts &facts);

/** Those of @p stage. */
QList<UndeterminedFact> undeterminedFacts(const Facts &facts, FactsStage stage);

} // namespace rdpdiag
