// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The reference code of a run: 8 characters a user can read out on the phone without
 * ambiguity (no 0/O, no 1/I/L), shown in the CLI summary, the wizard, the bundle's name
 * and every file in it.
 */

#include <QString>

namespace rdpdiag {

/** The alphabet: digits 2–9 and upper-case letters without I, L and O. */
inline constexpr char kReferenceAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kReferenceLength = 8;

/** A new random reference code (cryptographically random). */
QString newReferenceCode();

/** True when @p code has the length and alphabet of a reference code. */
bool isReferenceCode(const QString &code);

} // namespace rdpdiag
