// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Small helpers shared by the rule modules: placeholder values for remedies, and
 * translation of the "observed" sentences rules write.
 */

#include "catalogue/Catalogue.h"
#include "model/Facts.h"
#include "rules/RuleContext.h"

#include <QCoreApplication>

namespace rdpdiag {

/** {host}, {port}, {address} and {thumbprint} for this run. */
Placeholders placeholdersFor(const Facts &facts, const RuleContext &context);

/** "host:port", with brackets around an IPv6 literal. */
QString endpointText(const QString &host, quint16 port);

/** The address the probes used (connected address, else first resolved, else host). */
QString probedAddress(const Facts &facts, const RuleContext &context);

/**
 * Translation context of the sentences the rules write ("rdpdiag::Rules"): write
 * RuleText::tr("…") so that lupdate extracts them.
 */
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Rules)
};

} // namespace rdpdiag
