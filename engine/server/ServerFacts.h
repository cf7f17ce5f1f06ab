// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The server self-check's facts. The structs live in ServerFactsTypes.h, which
 * model/Facts.h includes so that Facts can hold them; this header is the one to include,
 * and adds the string forms of their enumerations.
 */

#include "model/Facts.h"

#include <QString>

namespace rdpdiag {

QString serviceStateString(ServiceFacts::State state);

} // namespace rdpdiag
