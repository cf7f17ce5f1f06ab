// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a test does when something it needs is missing (root, a tool, ::1): on a developer's
// machine it is skipped with the reason; under CI=true, where everything must be there, it
// fails with the reason (docs/development.md, "Tests"). The shell tests do the same with
// tests/scripts/preconditions.sh.

#include <QtGlobal>
#include <QtTest>

namespace rdpdiag::test {

// True when the CI environment variable says this is a CI run (anything but empty or "false").
inline bool runningUnderCi()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "false" && ci != "0";
}

} // namespace rdpdiag::test

// RDPDIAG_REQUIRE(condition, "what is missing"): use inside a test function or initTestCase.
#define RDPDIAG_REQUIRE(condition, missing)                                                        \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (::rdpdiag::test::runningUnderCi())                                                 \
                QFAIL(qPrintable(QStringLiteral("precondition missing under CI: ") +               \
                                 QStringLiteral(missing)));                                        \
            QSKIP(missing);                                                                        \
        }                                                                                          \
    } while (false)
