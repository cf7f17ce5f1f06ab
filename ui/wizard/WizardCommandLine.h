// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The wizard's command line: `rdpdiag-wizard [options] [TARGET | file.rdp | bundle.zip]`.
 * What a file association or a double-click on an .rdp file calls; the argument only
 * pre-fills the first page (or opens a bundle read-only), nothing runs by itself.
 */

#include <QString>
#include <QStringList>

#include <optional>

namespace rdpdiag::ui {

struct LaunchOptions
{
    QString input;        ///< TARGET, .rdp file or bundle; empty when none
    QString language;     ///< --lang; empty = the system language
    QString errorCode;    ///< --error-code as typed
    QString extendedCode; ///< --extended-code as typed
    bool help = false;
    bool version = false;
};

struct WizardCommandLine
{
    std::optional<LaunchOptions> options;
    QString error;    ///< one line when options is empty
    QString helpText; ///< the --help text
};

/** Parses @p arguments (arguments[0] is the program). Pure apart from translations. */
WizardCommandLine parseWizardCommandLine(const QStringList &arguments);

/** True when @p path names a findings bundle (by extension: .zip). */
bool looksLikeBundle(const QString &path);

} // namespace rdpdiag::ui
