// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Which kind of computer the user sits at — Linux, Windows or macOS — decided in this one
 * place, at run time from QSysInfo (no #ifdef). The end-user steps (diagnosis/Headline),
 * the steps the wizard shows for this computer (diagnosis/Audience), facts.local.platform,
 * the firewall readers and the server self-check follow it. (What differs at compile time,
 * the system calls, is in the other files of engine/platform.)
 */

#include <QString>

namespace rdpdiag {

enum class Platform { Linux, Windows, MacOS };

/** The platform this program runs on. */
Platform currentPlatform();

/** @p kernelType as QSysInfo::kernelType() spells it ("linux", "winnt", "darwin") → Platform;
 * anything else counts as Linux (the other Unix-likes share its steps). Pure. */
Platform platformFromKernelType(const QString &kernelType);

/** "windows", "macos", "linux": the JSON value of facts.local.platform. */
QString platformKey(Platform platform);

/** The shells whose commands run on @p platform ("bash"; "powershell" and "cmd"). */
bool shellRunsOn(const QString &shell, Platform platform);

} // namespace rdpdiag
