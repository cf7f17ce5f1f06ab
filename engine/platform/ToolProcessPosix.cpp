// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ToolProcess.h"

#include <QStringDecoder>

namespace rdpdiag::platform {

QProcessEnvironment toolEnvironment(QProcessEnvironment environment)
{
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

QString decodeToolOutput(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace rdpdiag::platform
