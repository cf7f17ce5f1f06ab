// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/RdpFile.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <limits>

namespace rdpdiag {

namespace {

RdpFileParse fail(const QString &error)
{
    RdpFileParse result;
    result.error = error;
    return result;
}

/**
 * Decodes UTF-16 by hand: QStringDecoder in Qt 6.4 does not flag unpaired surrogates or
 * an odd trailing byte, and both are signs of a binary file rather than a saved `.rdp`.
 */
std::optional<QString> decodeUtf16(QByteArrayView bytes, bool littleEndian)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    QString text;
    text.reserve(bytes.size() / 2);
    const qsizetype units = bytes.size() / 2;
    auto unitAt = [&](qsizetype i) {
        const auto first = static_cast<quint8>(bytes[2 * i]);
        const auto second = static_cast<quint8>(bytes[2 * i + 1]);
        return littleEndian ? static_cast<char16_t>(first | (second << 8))
                            : static_cast<char16_t>((first << 8) | second);
    };
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t unit = unitAt(i);
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 >= units || !QChar::isLowSurrogate(unitAt(i + 1)))
                return std::nullopt;
            text.append(QChar(unit));
            text.append(QChar(unitAt(++i)));
            continue;
        }
        if (QChar::isLowSurrogate(unit))
            return std::nullopt;
        text.append(QChar(unit));
    }
    return text;
}

/** UTF-16LE saved without a BOM: ASCII text where every second byte is 0. */
bool looksLikeBomlessUtf16Le(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        const auto low = static_cast<quint8>(bytes[i]);
        if (low == 0 || low >= 0x80 || bytes[i + 1] != 0)
            return false;
    }
    return true;
}

/** Text files have no control characters besides tab and line ends; binary files do. */
bool hasBinaryCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n')
            return true;
    }
    return false;
}

struct Decoded
{
    std::optional<QString> text;
    QString error;
};

Decoded decode(QByteArrayView bytes)
{
    Decoded result;
    if (bytes.size() >= 2 && static_cast<quint8>(bytes[0]) == 0xFF &&
        static_cast<quint8>(bytes[1]) == 0xFE) {
        // How mstsc saves: UTF-16LE with a byte-order mark.
        result.text = decodeUtf16(bytes.sliced(2), true);
        if (!result.text)
            result.error = QCoreApplication::translate("rdpdiag::RdpFile",
                                                       "the file is not valid UTF-16 text");
    } else if (bytes.size() >= 2 && static_cast<quint8>(bytes[0]) == 0xFE &&
               static_cast<quint8>(bytes[1]) == 0xFF) {
        result.text = decodeUtf16(bytes.sliced(2), false);
        if (!result.text)
            result.error = QCoreApplication::translate("rdpdiag::RdpFile",
                                                       "the file is not valid UTF-16 text");
    } else if (looksLikeBomlessUtf16Le(bytes)) {
        result.text = decodeUtf16(bytes, true);
    } else {
        QByteArrayView body = bytes;
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        if (body.contains('\0')) {
            result.error = QCoreApplication::translate("rdpdiag::RdpFile",
                                                       "the file contains binary data, not text");
            return result;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        // Files written by older tools in an ANSI code page are not UTF-8; Latin-1 keeps
        // the ASCII host name readable instead of refusing the whole file.
        if (utf8.hasError())
            text = QString::fromLatin1(body.data(), body.size());
        result.text = text;
    }
    if (result.text && (result.text->contains(QChar(u'\0')) || hasBinaryCharacters(*result.text))) {
        result.text.reset();
        result.error = QCoreApplication::translate("rdpdiag::RdpFile",
                                                   "the file contains binary data, not text");
    }
    return result;
}

/** Whole-string decimal integer ("12abc", "", "+" and overflow are rejected). */
std::optional<int> parseInteger(QStringView value)
{
    value = value.trimmed();
    QStringView digits = value;
    if (digits.startsWith(u'-'))
        digits = digits.sliced(1);
    if (digits.isEmpty() || digits.size() > 10)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    if (!ok || number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(number);
}

} // namespace

RdpFileParse parseRdpFile(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("rdpdiag::RdpFile", "the file is empty"));
    if (bytes.size() > kMaxRdpFileBytes)
        return fail(QCoreApplication::translate("rdpdiag::RdpFile",
                                                "the file is too large for a Remote Desktop "
                                                "file (%1 bytes, at most %2)")
                        .arg(bytes.size())
                        .arg(kMaxRdpFileBytes));

    Decoded decoded = decode(bytes);
    if (!decoded.text)
        return fail(decoded.error);

    QString text = std::move(*decoded.text);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    RdpFileSettings settings;
    bool hasFullAddress = false;
    const auto lines = QStringView(text).split(u'\n');
    for (const QStringView rawLine : lines) {
        const QStringView line = rawLine.trimmed();
        const qsizetype firstColon = line.indexOf(u':');
        if (firstColon < 0)
            continue;
        const qsizetype secondColon = line.indexOf(u':', firstColon + 1);
        if (secondColon < 0)
            continue;
        const QString name = line.first(firstColon).toString().simplified().toLower();
        // Only note that a password blob exists; its value is never copied anywhere.
        if (name == QLatin1String("password 51")) {
            settings.hadPasswordBlob = true;
            continue;
        }
        const QString type = line.sliced(firstColon + 1, secondColon - firstColon - 1)
                                 .trimmed()
                                 .toString()
                                 .toLower();
        // The value runs to the end of the line: "[fe80::1]:3390" keeps its colons.
        const QStringView value = line.sliced(secondColon + 1).trimmed();

        if (type == QLatin1String("s")) {
            if (name == QLatin1String("full address")) {
                settings.fullAddress = value.toString();
                hasFullAddress = true;
            } else if (name == QLatin1String("alternate full address")) {
                settings.alternateFullAddress = value.toString();
            } else if (name == QLatin1String("gatewayhostname")) {
                settings.gatewayHostname = value.toString();
            } else if (name == QLatin1String("username")) {
                settings.username = value.toString();
            }
        } else if (type == QLatin1String("i")) {
            std::optional<int> *target = nullptr;
            if (name == QLatin1String("server port"))
                target = &settings.serverPort;
            else if (name == QLatin1String("gatewayusagemethod"))
                target = &settings.gatewayUsageMethod;
            else if (name == QLatin1String("enablecredsspsupport"))
                target = &settings.enableCredSspSupport;
            else if (name == QLatin1String("authentication level"))
                target = &settings.authenticationLevel;
            else if (name == QLatin1String("negotiate security layer"))
                target = &settings.negotiateSecurityLayer;
            if (target) {
                // A malformed number leaves the setting absent; it does not make the file unusable.
                if (const auto number = parseInteger(value))
                    *target = *number;
            }
        }
    }

    if (!hasFullAddress)
        return fail(QCoreApplication::translate("rdpdiag::RdpFile",
                                                "the file has no \"full address\" setting"));
    if (settings.fullAddress.isEmpty())
        return fail(QCoreApplication::translate("rdpdiag::RdpFile",
                                                "the \"full address\" setting is empty"));

    RdpFileParse result;
    result.settings = std::move(settings);
    return result;
}

} // namespace rdpdiag
