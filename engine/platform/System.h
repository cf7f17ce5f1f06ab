// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Which operating system family this program runs on, decided at run time from Qt
 * (QSysInfo::kernelType), so that code choosing per system needs no #ifdef. Used for
 * facts.local.platform, the firewall collector, and the fix steps shown for "this computer".
 */

#include <QString>

namespace rdpdiag {

enum class OsFamily { Windows, MacOs, Linux, Other };

OsFamily currentOsFamily();

/** "windows", "macos", "linux", "other": the JSON value of facts.local.platform. */
QString osFamilyKey(OsFamily family);

} // namespace rdpdiag
