// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recorded outputs of this computer's tools (tests/data/local), for the tests of the
// local-stage parsers and collectors. The test target defines RDPDIAG_FIXTURES.

#include <QByteArray>
#include <QFile>
#include <QString>

/** The bytes of tests/data/local/@p name; a missing fixture ends the test at once. */
inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(RDPDIAG_FIXTURES "/local/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QByteArray fixture(const char *name)
{
    return fixture(QString::fromUtf8(name));
}
