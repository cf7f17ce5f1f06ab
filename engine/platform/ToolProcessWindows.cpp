// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ToolProcess.h"

#include <QStringDecoder>

#include <windows.h>

#include <string>

namespace rdpdiag::platform {

QProcessEnvironment toolEnvironment(QProcessEnvironment environment)
{
    return environment; // Windows tools ignore LANG/LC_ALL; the parsers know their wording
}

QString decodeToolOutput(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Console programs write in the OEM code page when their output is a pipe.
    const UINT codePage = GetConsoleOutputCP() != 0 ? GetConsoleOutputCP() : GetOEMCP();
    const int size = MultiByteToWideChar(codePage, 0, bytes.constData(),
                                         static_cast<int>(bytes.size()), nullptr, 0);
    if (size <= 0)
        return QString::fromLatin1(bytes);
    std::wstring wide(static_cast<size_t>(size), L'\0');
    MultiByteToWideChar(codePage, 0, bytes.constData(), static_cast<int>(bytes.size()), wide.data(),
                        size);
    return QString::fromStdWString(wide);
}

} // namespace rdpdiag::platform
