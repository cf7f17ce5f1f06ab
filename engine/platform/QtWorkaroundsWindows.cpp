// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every Windows program that links the engine (an INTERFACE source of
// rdpdiag_engine, engine/platform/CMakeLists.txt), so it runs before main() in the CLI,
// the wizard and every test alike.
//
// Qt 6.4's QRegularExpression keeps PCRE2's JIT stack in a thread_local of Qt6Core.dll.
// With MinGW, the destructor of that thread_local crashes (or hangs ExitProcess) when a
// thread that matched a regular expression ends: every std::thread of a run that parsed
// tool output or classified an interface name. Without the JIT, PCRE2 interprets the
// patterns, which is fast enough for the short texts the parsers read, and the thread_local
// is never touched. Qt reads this variable once, at the first match.
#include <QByteArray>
#include <QtGlobal>

namespace {

const bool kRegexJitDisabled = [] {
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", QByteArrayLiteral("0"));
    return true;
}();

} // namespace
