// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/ReferenceCode.h"

#include <QRandomGenerator>

namespace rdpdiag {

QString newReferenceCode()
{
    constexpr quint32 alphabetSize = sizeof(kReferenceAlphabet) - 1;
    QString code;
    code.reserve(kReferenceLength);
    for (int i = 0; i < kReferenceLength; ++i)
        code += QLatin1Char(kReferenceAlphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    return code;
}

bool isReferenceCode(const QString &code)
{
    if (code.size() != kReferenceLength)
        return false;
    const QLatin1String alphabet(kReferenceAlphabet);
    for (const QChar c : code)
        if (!alphabet.contains(c))
            return false;
    return true;
}

} // namespace rdpdiag
