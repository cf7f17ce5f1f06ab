// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Text from outside — a server's names and banners, a certificate's names, every string of
 * a findings bundle — made safe to show, once, where it enters the engine: C0 controls
 * (U+0000–U+001F), DEL, C1 controls (U+0080–U+009F) and the bidirectional embedding,
 * override and isolate controls (U+202A–U+202E, U+2066–U+2069) become U+FFFD. Such text can
 * then neither move a terminal's cursor, recolour it or retitle its window, nor make a
 * label read backwards; everything downstream (reports, labels, the terminal) trusts it.
 * docs/bundle.md describes what this means for a reopened bundle.
 */

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rdpdiag {

/** The character that replaces a control character. */
inline constexpr char16_t kReplacementCharacter = u'\uFFFD';

/** True for the characters that safeText() replaces. */
bool isUnsafeTextCharacter(char16_t c);

/** @p text with every unsafe character replaced by U+FFFD (line breaks too). */
QString safeText(QStringView text);

/** The same, but line feeds stay: for text made of lines (a PEM, a log). */
QString safeMultilineText(QStringView text);

/**
 * @p value with safeText() applied to every string and every object key, recursively.
 * Values under the keys in @p multilineKeys (e.g. "pem") keep their line feeds.
 */
QJsonValue safeJson(const QJsonValue &value, const QStringList &multilineKeys = {});

} // namespace rdpdiag
