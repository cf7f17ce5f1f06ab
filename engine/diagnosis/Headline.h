// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The headline of a run, for the person who saw the error rather than an engineer: the
 * answer in one short sentence, who has to act (this computer, the network, the remote
 * computer's administrator), and one to three things the user can do now on their own
 * platform. The wizard's Summary, the HTML report and the ticket summary start with it.
 * Pure: computed from the report, never stored in it.
 */

#include "diagnosis/FindingRoles.h"
#include "model/Report.h"
#include "platform/Platform.h"

#include <QStringList>

namespace rdpdiag {

struct Headline
{
    Severity tone = Severity::Info; ///< Error: it fails; Warning: it works, with a problem
    QString answer;                 ///< one short sentence
    Actor actor = Actor::Nobody;
    QString who;            ///< who must act, one sentence (empty for Actor::Nobody)
    QStringList userSteps;  ///< one to three things the user can do now
    QStringList notChecked; ///< when nothing stops a connection: what this run could not check
    /** The verdict's part the answer does not already say, for right under the headline:
     * how the answer relates to the reported error code ("This explains error code 0x904
     * (extended 0x7)."), or the whole verdict when it says more than the answer. Empty when
     * it would only repeat the answer. */
    QString verdict;
};

/** The headline of @p report for a user on @p platform. */
Headline headlineFor(const Report &report, Platform platform);

/** The remedies of @p finding a user on @p platform can run: the remote computer's steps all,
 * this computer's only those whose command runs on @p platform (no registry commands on a
 * Mac). */
QList<Remedy> remediesFor(const Finding &finding, Platform platform);

} // namespace rdpdiag
