// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/Target.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

namespace rdpdiag {

namespace {

constexpr int kMaxHostNameLength = 253;
constexpr int kMaxLabelLength = 63;

TargetParse fail(const QString &error)
{
    TargetParse result;
    result.error = error;
    return result;
}

struct HostCheck
{
    QString host;
    bool isIpLiteral = false;
    QString error;
};

HostCheck hostError(const QString &error)
{
    HostCheck check;
    check.error = error;
    return check;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool hasWhitespace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

/** How to name a rejected character in a message: spaces and control characters are
 * invisible between quotes, so they get a name or a code point instead. */
QString describeCharacter(QChar c)
{
    if (c == u' ')
        return QCoreApplication::translate("rdpdiag::Target", "a space");
    if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSpace())
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("'%1'").arg(c);
}

/**
 * Strict dotted quad: four decimal parts 0–255 without leading zeros. QHostAddress alone
 * would accept "1.2.3" (as 1.2.0.3) and "010.1.1.1" (octal, 8.1.1.1), which connect to a
 * different machine than the user meant.
 */
bool isStrictIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        if (part.size() > 1 && part.startsWith(u'0'))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol;
}

bool isIpv6Literal(const QString &text)
{
    // QHostAddress tolerates surrounding blanks; a typed address with blanks is a typo.
    if (text.isEmpty() || hasWhitespace(text))
        return false;
    // QHostAddress takes any text after '%' as the zone id, even "" or "e/th"; interface
    // names and indexes only use these characters.
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0) {
        const QStringView zone = QStringView(text).sliced(percent + 1);
        if (zone.isEmpty())
            return false;
        for (const QChar c : zone) {
            if (!isAsciiDigit(c) && !isAsciiLetter(c) && c != u'-' && c != u'_' && c != u'.')
                return false;
        }
    }
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

/** Validates the label structure of an ASCII host name (RFC 1123, plus '_' as Windows allows). */
QString dnsNameError(const QString &host)
{
    QString name = host;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return QCoreApplication::translate("rdpdiag::Target", "\"%1\" is not a computer name")
            .arg(host);
    if (name.size() > kMaxHostNameLength)
        return QCoreApplication::translate("rdpdiag::Target",
                                           "the computer name is longer than %1 characters")
            .arg(kMaxHostNameLength);
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return QCoreApplication::translate("rdpdiag::Target",
                                               "\"%1\" has an empty part between dots")
                .arg(host);
        if (label.size() > kMaxLabelLength)
            return QCoreApplication::translate("rdpdiag::Target",
                                               "a part of the computer name is longer than %1 "
                                               "characters: \"%2\"")
                .arg(kMaxLabelLength)
                .arg(label);
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QCoreApplication::translate("rdpdiag::Target",
                                               "a part of a computer name cannot start or end "
                                               "with '-': \"%1\"")
                .arg(label);
    }
    return {};
}

/** Accepts an IPv4 literal or a host name (IDN converted to its ASCII form). */
HostCheck checkHost(const QString &host)
{
    if (host.isEmpty())
        return hostError(
            QCoreApplication::translate("rdpdiag::Target", "no computer name or address given"));

    bool digitsAndDots = true;
    bool anyDigit = false;
    bool nonAscii = false;
    for (const QChar c : host) {
        if (c.unicode() >= 0x80) {
            nonAscii = true;
            digitsAndDots = false;
            continue;
        }
        if (isAsciiDigit(c))
            anyDigit = true;
        else if (c != u'.')
            digitsAndDots = false;
        if (!isAsciiDigit(c) && !isAsciiLetter(c) && c != u'-' && c != u'_' && c != u'.')
            return hostError(QCoreApplication::translate(
                                 "rdpdiag::Target", "%1 is not allowed in a computer name: \"%2\"")
                                 .arg(describeCharacter(c), host));
    }

    // All digits and dots can only be meant as an IPv4 address (no top-level domain is
    // numeric), so "1.2.3.999" is a bad address, not a name to look up in DNS.
    if (digitsAndDots && anyDigit) {
        if (!isStrictIpv4(host))
            return hostError(
                QCoreApplication::translate("rdpdiag::Target", "\"%1\" is not a valid IPv4 address")
                    .arg(host));
        HostCheck check;
        check.host = host;
        check.isIpLiteral = true;
        return check;
    }

    if (nonAscii) {
        // Internationalised names are looked up by their ACE ("xn--") form, which is what
        // DNS and the certificate carry. The ACE form is pure ASCII, so checking it again
        // cannot recurse further; it also catches full-width digits that map to an IPv4
        // address.
        const QString ace = QString::fromLatin1(QUrl::toAce(host));
        if (ace.isEmpty()) {
            QChar first;
            for (const QChar c : host) {
                if (c.unicode() >= 0x80) {
                    first = c;
                    break;
                }
            }
            return hostError(QCoreApplication::translate(
                                 "rdpdiag::Target", "%1 is not allowed in a computer name: \"%2\"")
                                 .arg(describeCharacter(first), host));
        }
        return checkHost(ace);
    }
    const QString error = dnsNameError(host);
    if (!error.isEmpty())
        return hostError(error);
    HostCheck check;
    check.host = host;
    return check;
}

/** Port text after the ':'; std::nullopt with @p error set when it is not 1–65535. */
std::optional<quint16> parsePort(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("rdpdiag::Target", "no port number after ':'");
        return std::nullopt;
    }
    bool digitsOnly = text.size() <= 5;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            digitsOnly = false;
    }
    const int value = digitsOnly ? text.toInt() : 0;
    if (!digitsOnly || value < 1 || value > 65535) {
        *error = QCoreApplication::translate("rdpdiag::Target",
                                             "invalid port \"%1\": use a number from 1 to 65535")
                     .arg(text);
        return std::nullopt;
    }
    return static_cast<quint16>(value);
}

TargetParse makeTarget(const QString &input, const QString &host, bool isIpLiteral, quint16 port)
{
    Target target;
    target.input = input;
    target.host = host;
    target.isIpLiteral = isIpLiteral;
    target.port = port;
    TargetParse result;
    result.target = target;
    return result;
}

TargetParse parseBracketed(const QString &text, quint16 defaultPort)
{
    const qsizetype open = text.indexOf(u'[');
    const qsizetype close = text.indexOf(u']');
    if (text.count(u'[') != text.count(u']') || open < 0 || close < open)
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "unbalanced brackets in \"%1\": write an IPv6 "
                                                "address as [address] or [address]:port")
                        .arg(text));
    if (text.count(u'[') != 1 || open != 0)
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "unexpected brackets in \"%1\": write an IPv6 "
                                                "address as [address] or [address]:port")
                        .arg(text));

    const QString address = text.sliced(1, close - 1);
    if (!isIpv6Literal(address))
        return fail(
            QCoreApplication::translate("rdpdiag::Target", "\"%1\" is not a valid IPv6 address")
                .arg(address));

    const QString rest = text.sliced(close + 1);
    quint16 port = defaultPort;
    if (!rest.isEmpty()) {
        if (!rest.startsWith(u':'))
            return fail(
                QCoreApplication::translate("rdpdiag::Target", "unexpected text \"%1\" after ']'")
                    .arg(rest));
        QString error;
        const auto parsed = parsePort(rest.sliced(1), &error);
        if (!parsed)
            return fail(error);
        port = *parsed;
    }
    return makeTarget(text, address, true, port);
}

} // namespace

TargetParse parseTargetText(const QString &text, quint16 defaultPort)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(
            QCoreApplication::translate("rdpdiag::Target", "no computer name or address given"));

    // "rdp://host" or "https://host" would otherwise fail as a strange port number.
    if (trimmed.contains(QLatin1String("://")))
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "\"%1\" looks like a URL: give only the computer "
                                                "name or address, optionally with :port")
                        .arg(trimmed));

    if (trimmed.contains(u'[') || trimmed.contains(u']'))
        return parseBracketed(trimmed, defaultPort);

    const qsizetype colons = trimmed.count(u':');
    if (colons >= 2) {
        // Without brackets, two or more colons can only be an IPv6 literal; its last group
        // cannot be told apart from a port, so a port needs the [address]:port form.
        if (!isIpv6Literal(trimmed))
            return fail(QCoreApplication::translate("rdpdiag::Target",
                                                    "\"%1\" is not a valid IPv6 address (write "
                                                    "[address]:port to give a port)")
                            .arg(trimmed));
        return makeTarget(trimmed, trimmed, true, defaultPort);
    }

    QString hostText = trimmed;
    quint16 port = defaultPort;
    if (colons == 1) {
        const qsizetype colon = trimmed.indexOf(u':');
        hostText = trimmed.first(colon);
        if (hostText.isEmpty())
            return fail(QCoreApplication::translate("rdpdiag::Target",
                                                    "no computer name or address before ':'"));
        QString error;
        const auto parsed = parsePort(trimmed.sliced(colon + 1), &error);
        if (!parsed)
            return fail(error);
        port = *parsed;
    }

    const HostCheck check = checkHost(hostText);
    if (!check.error.isEmpty())
        return fail(check.error);
    return makeTarget(trimmed, check.host, check.isIpLiteral, port);
}

bool looksLikeRdpFile(const QString &argument)
{
    return argument.trimmed().endsWith(QLatin1String(".rdp"), Qt::CaseInsensitive);
}

TargetParse loadRdpFileTarget(const QString &path, quint16 defaultPort)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "cannot open \"%1\": the file does not exist")
                        .arg(shownPath));
    if (info.isDir())
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "cannot read \"%1\": it is a folder, not a file")
                        .arg(shownPath));
    // Devices and pipes could block or never end; a saved .rdp file is always a plain file.
    if (!info.isFile())
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "cannot read \"%1\": it is not a regular file")
                        .arg(shownPath));
    if (info.size() > kMaxRdpFileBytes)
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "\"%1\" is too large for a Remote Desktop file "
                                                "(%2 bytes, at most %3)")
                        .arg(shownPath)
                        .arg(info.size())
                        .arg(kMaxRdpFileBytes));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("rdpdiag::Target", "cannot read \"%1\": %2")
                        .arg(shownPath, file.errorString()));
    // Read at most one byte past the limit: the file may have grown since the size check.
    const QByteArray bytes = file.read(kMaxRdpFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("rdpdiag::Target", "cannot read \"%1\": %2")
                        .arg(shownPath, file.errorString()));
    if (bytes.size() > kMaxRdpFileBytes)
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "\"%1\" is too large for a Remote Desktop file "
                                                "(more than %2 bytes)")
                        .arg(shownPath)
                        .arg(kMaxRdpFileBytes));

    RdpFileParse parsed = parseRdpFile(bytes);
    if (!parsed.settings)
        return fail(QCoreApplication::translate("rdpdiag::Target", "\"%1\": %2")
                        .arg(shownPath, parsed.error));
    const RdpFileSettings &settings = *parsed.settings;

    // Precedence: a port inside "full address" > "server port" > the caller's default.
    quint16 port = defaultPort;
    if (settings.serverPort) {
        const int serverPort = *settings.serverPort;
        if (serverPort < 1 || serverPort > 65535)
            return fail(QCoreApplication::translate("rdpdiag::Target",
                                                    "\"%1\": the server port %2 is not a number "
                                                    "from 1 to 65535")
                            .arg(shownPath)
                            .arg(serverPort));
        port = static_cast<quint16>(serverPort);
    }

    TargetParse fromAddress = parseTargetText(settings.fullAddress, port);
    if (!fromAddress.target)
        return fail(QCoreApplication::translate("rdpdiag::Target",
                                                "\"%1\": the full address is not usable: %2")
                        .arg(shownPath, fromAddress.error));

    Target target = *fromAddress.target;
    target.input = path;
    target.source = Target::Source::RdpFile;
    target.rdp = settings;
    TargetParse result;
    result.target = target;
    return result;
}

TargetParse parseTargetArgument(const QString &argument, quint16 defaultPort)
{
    if (looksLikeRdpFile(argument))
        return loadRdpFileTarget(argument.trimmed(), defaultPort);
    return parseTargetText(argument, defaultPort);
}

} // namespace rdpdiag
