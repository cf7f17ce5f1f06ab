// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Loading of the user's language for both front ends: Qt's own strings (qtbase_<lang>.qm
 * from Qt's translations directory, which translate e.g. QWizard's Back/Next/Cancel) and
 * rdpdiag's strings (rdpdiag_<lang>.qm, embedded by the build under :/i18n).
 */

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdpdiag {

/** Where rdpdiag's compiled translations are embedded (qt_add_lrelease + qt_add_resources). */
inline constexpr char kTranslationsResourcePath[] = ":/i18n";

struct TranslationSetup
{
    QLocale locale;             ///< the locale that was asked for
    bool appLoaded = false;     ///< rdpdiag_<lang>.qm was found and installed
    bool qtLoaded = false;      ///< qtbase_<lang>.qm was found and installed
    QString qtTranslationsPath; ///< where qtbase_*.qm were looked for
};

/**
 * Installs the translators for @p language ("de", "fr_FR", "zh_CN", …); an empty string
 * means the system's UI languages. Translators installed by an earlier call are removed
 * first, so a test may switch languages. English (the source language) installs nothing.
 * Also makes the locale the default QLocale, so dates and numbers follow the language.
 * Needs a QCoreApplication.
 */
TranslationSetup installTranslators(const QString &language = {});

/** Removes the translators installed by installTranslators(). */
void removeTranslators();

/** True when @p language is a well-formed language code (e.g. "de", "pt_BR", "zh-CN"). */
bool isLanguageCode(const QString &language);

/**
 * Takes `--lang CODE` / `--lang=CODE` out of @p arguments (arguments[0] is the program) and
 * returns CODE — empty when the option is absent — so that the translators are installed
 * before anything is printed, --help included. Sets @p error and returns nullopt when the
 * value is missing or is not a language code. Pure.
 */
std::optional<QString> takeLanguageOption(QStringList &arguments, QString *error);

} // namespace rdpdiag
