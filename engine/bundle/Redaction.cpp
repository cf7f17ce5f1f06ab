// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Redaction.h"

#include "input/Target.h"
#include "model/Identifiers.h"
#include "report/JsonReport.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace rdpdiag {

namespace {

/** Names shorter than this are replaced only where they are a whole value. */
constexpr int kMinTermLength = 3;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:host|user|domain|name|file)-\\d+(?:\\.[A-Za-z0-9]+)?"
                       "|10\\.x\\.x\\.\\d+|fd00::x:\\d+|::ffff:10\\.x\\.x\\.\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The pieces of the combined pattern. Placeholders come first so that a second redaction
// leaves them alone (e.g. "fd00::x:1" must not be read as the address "fd00::").
const QString kPlaceholderAlternative = QStringLiteral(
    "(?<ph>\\b(?:host|user|domain|name|file)-\\d+\\b|(?:::ffff:)?\\b10\\.x\\.x\\.\\d+\\b"
    "|\\bfd00::x:\\d+\\b)");
// A maximal run of hex digits, dots and colons with at least two colons: a candidate IPv6
// address, validated by QHostAddress afterwards.
const QString kIpv6Alternative = QStringLiteral(
    "(?<v6>(?<![0-9A-Fa-f:.])[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(?![0-9A-Fa-f:.]))");
// A dotted quad that is not part of a longer dotted number (OIDs such as 1.3.6.1.5.5.7.3.1,
// four-part versions): not preceded by a digit or "digit.", not followed by a digit or
// ".digit". A sentence-ending dot is allowed.
const QString kIpv4Core =
    QStringLiteral("(?<!\\d)(?<!\\d\\.)(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\.?\\d)");

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression pattern(kIpv4Core);
    return pattern;
}

const QRegularExpression &ipv6RunPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![0-9A-Fa-f:.])[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(?![0-9A-Fa-f:.])"));
    return pattern;
}

// Hex that stands for raw bytes: "03 00 00 13 …" as wire::hexDump() writes it (at least 8
// bytes), or compact hex of at least 8 bytes.
const QRegularExpression &hexRunPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9A-Za-z])(?:(?:[0-9A-Fa-f]{2} ){7,}[0-9A-Fa-f]{2}"
                       "|(?:[0-9A-Fa-f]{2}){8,})(?![0-9A-Za-z])"));
    return pattern;
}

bool isLocalName(const QString &lower)
{
    return lower == QLatin1String("localhost") || lower == QLatin1String("localhost.localdomain") ||
           lower == QLatin1String("localdomain");
}

// clang-format off
const char *const kCommonWords[] = {
    "input", "dns", "tcp", "x224", "tls", "ssl", "rdp", "hybrid", "hybrid_ex", "rdstls", "rdsaad",
    "credssp", "ntlm", "nla", "local", "server", "client", "passed", "warning", "failed",
    "skipped", "info", "error", "errors", "network", "firewall", "security", "certificate",
    "reset", "closed", "timeout", "refused", "unreachable", "cancelled", "selected", "failure",
    "malformed", "alert", "challenge", "literal", "resolved", "ok", "none", "null", "true",
    "false", "admin", "administrator", "administrators", "user", "users", "guest", "test", "root",
    "domain", "workgroup", "remote", "desktop", "windows", "microsoft", "default", "host", "name",
    "file", "gateway", "proxy", "vpn", "the", "and", "not", "for", "port", "address",
    "connection", "computer", "bash", "cmd", "powershell", "argument", "rdp-file",
    // Domain labels that are everyday words (DC=example, DC=com): alone they identify nobody,
    // and "for example" must not become "for domain-4".
    "example", "com", "net", "org",
};
// clang-format on

/** Words of the tool's own vocabulary and everyday account or machine names: as names they
 * identify nobody, and replacing them inside sentences would garble every text. */
bool isCommonWord(const QString &lower)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word : kCommonWords)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words.contains(lower);
}

bool isNumeric(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(':');
    });
}

bool looksLikeHostName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9*_][A-Za-z0-9._-]*$"));
    return pattern.match(text).hasMatch();
}

/** An address that reveals nothing: loopback or unspecified. */
bool isNeutralAddress(const QHostAddress &address)
{
    if (address.isLoopback())
        return true;
    if (address == QHostAddress(QHostAddress::AnyIPv4) ||
        address == QHostAddress(QHostAddress::AnyIPv6))
        return true;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && ((v4 >> 24) == 127 || v4 == 0);
}

/** The host part of an .rdp address setting ("name:port", "[v6]:port", …). */
QString hostOf(const QString &address)
{
    const TargetParse parsed = parseTargetText(address);
    return parsed.target ? parsed.target->host : address.trimmed();
}

/** Splits an RFC 2253 name into (type, raw value) pairs at unescaped ',' and '+'. */
QList<std::pair<QString, QString>> splitDistinguishedName(const QString &dn)
{
    QList<std::pair<QString, QString>> pairs;
    QString current;
    const auto flush = [&] {
        const qsizetype equals = current.indexOf(QLatin1Char('='));
        if (equals > 0)
            pairs.append({current.left(equals).trimmed(), current.mid(equals + 1).trimmed()});
        current.clear();
    };
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            current += c;
            current += dn.at(++i);
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return pairs;
}

/** Removes RFC 2253 escapes ("\," and "\2C"). */
QString unescapeDnValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '\\' && i + 1 < utf8.size()) {
            const QByteArray pair = utf8.mid(i + 1, 2);
            bool ok = false;
            const int byte = pair.size() == 2 ? pair.toInt(&ok, 16) : 0;
            if (ok) {
                out.append(static_cast<char>(byte));
                i += 2;
            } else {
                out.append(utf8.at(++i));
            }
            continue;
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

/** Little-endian UTF-16 reading of @p bytes starting at @p offset (0 or 1). */
QString utf16le(QByteArrayView bytes, qsizetype offset)
{
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = offset; i + 1 < bytes.size(); i += 2)
        text.append(QChar(static_cast<char16_t>(static_cast<quint8>(bytes[i]) |
                                                (static_cast<quint8>(bytes[i + 1]) << 8))));
    return text;
}

const char *const kPrefixes[] = {"host", "user", "domain", "name", "file"};

// clang-format off
/** Last labels of file names, which look like host names ("xrdp.ini", "svchost.exe"). */
const char *const kFileExtensions[] = {
    "ini", "pem", "key", "crt", "cer", "der", "pfx", "p12", "csr", "conf", "cfg", "log", "so",
    "dll", "exe", "sys", "txt", "json", "xml", "rdp", "sh", "ps1", "py", "js", "html", "htm",
    "zip", "gz", "service", "socket", "timer", "msc", "cpl", "mui", "evtx", "reg", "bat", "cmd",
    "msi", "tmp", "bak", "old", "pid", "sock", "db", "dat", "md",
};
// clang-format on

bool isFileExtension(const QString &label)
{
    static const QSet<QString> extensions = [] {
        QSet<QString> set;
        for (const char *extension : kFileExtensions)
            set.insert(QString::fromLatin1(extension));
        return set;
    }();
    return extensions.contains(label.toLower());
}

} // namespace

namespace {

/** The learning step's sink: learns what each identifying field names. */
class IdentifierLearner : public IdentifierSink
{
public:
    explicit IdentifierLearner(Redactor &redactor) : m_redactor(redactor) {}
    void identifier(IdentifierKind kind, QString &value) override
    {
        m_redactor.learnIdentifier(kind, value);
    }

private:
    Redactor &m_redactor;
};

/** The rewriting step's sink: every identifying field with its names replaced. */
class IdentifierRewriter : public IdentifierSink
{
public:
    explicit IdentifierRewriter(Redactor &redactor) : m_redactor(redactor) {}
    void identifier(IdentifierKind, QString &value) override { value = m_redactor.text(value); }

private:
    Redactor &m_redactor;
};

} // namespace

Redactor::Redactor() = default;

bool Redactor::isPlaceholder(const QString &text)
{
    return placeholderPattern().match(text).hasMatch();
}

QString Redactor::placeholderFor(RedactionKind kind, const QString &original)
{
    const int index = static_cast<int>(kind);
    QString placeholder =
        QStringLiteral("%1-%2").arg(QLatin1String(kPrefixes[index])).arg(++m_counters[index]);
    if (kind == RedactionKind::File) {
        // Keep the extension: "file-1.rdp" still says what it was.
        const QString suffix = QFileInfo(original).suffix();
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
        if (plain.match(suffix).hasMatch())
            placeholder += QLatin1Char('.') + suffix;
    }
    return placeholder;
}

void Redactor::learnName(const QString &name, RedactionKind kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || isPlaceholder(trimmed))
        return;
    QHostAddress asAddress;
    if (asAddress.setAddress(trimmed)) {
        learnAddress(trimmed);
        return;
    }
    const QString key = trimmed.toLower();
    if (isLocalName(key) || isNumeric(trimmed) || m_termKey.contains(key))
        return;
    const QString placeholder = placeholderFor(kind, trimmed);
    m_termKey.insert(key, static_cast<int>(m_terms.size()));
    m_terms.append({trimmed, placeholder});
    m_patternDirty = true;
    if (kind == RedactionKind::File) {
        // Texts name the file without its folder ("Finance Server.rdp"), or without the
        // extension: the same placeholder, with and without its extension.
        const QFileInfo info(trimmed);
        const QString bare = placeholder.section(QLatin1Char('.'), 0, 0);
        addAlias(info.fileName(), placeholder);
        addAlias(info.completeBaseName(), bare);
    }
}

void Redactor::addAlias(const QString &alias, const QString &placeholder)
{
    const QString key = alias.trimmed().toLower();
    if (key.size() < kMinTermLength || m_termKey.contains(key) || isPlaceholder(alias))
        return;
    m_termKey.insert(key, static_cast<int>(m_terms.size()));
    m_terms.append({alias.trimmed(), placeholder});
    m_patternDirty = true;
}

void Redactor::learnUserName(const QString &user)
{
    const QString trimmed = user.trimmed();
    if (trimmed.isEmpty())
        return;
    const qsizetype backslash = trimmed.indexOf(QLatin1Char('\\'));
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (backslash >= 0) {
        learnName(trimmed.left(backslash), RedactionKind::Domain);
        learnName(trimmed.mid(backslash + 1), RedactionKind::User);
    } else if (at > 0) {
        learnName(trimmed.left(at), RedactionKind::User);
        learnName(trimmed.mid(at + 1), RedactionKind::Domain);
    } else {
        learnName(trimmed, RedactionKind::User);
    }
}

void Redactor::learnDistinguishedName(const QString &dn)
{
    QStringList domainLabels;
    for (const auto &[type, raw] : splitDistinguishedName(dn)) {
        const QString upper = type.toUpper();
        const QString value = unescapeDnValue(raw);
        if (upper == QLatin1String("C"))
            continue; // a country code identifies nobody, and "US" would replace "us"
        if (upper == QLatin1String("DC")) {
            domainLabels << value;
            continue;
        }
        RedactionKind kind = RedactionKind::Name;
        if (upper == QLatin1String("CN") && looksLikeHostName(value))
            kind = RedactionKind::Host;
        if (upper == QLatin1String("EMAILADDRESS") || upper == QLatin1String("E")) {
            learnUserName(value);
            continue;
        }
        learnName(value, kind);
        // The escaped form is what the subject string shows: same placeholder.
        const QString valueKey = value.trimmed().toLower();
        if (raw != value && m_termKey.contains(valueKey))
            addAlias(raw, m_terms.at(m_termKey.value(valueKey)).placeholder);
    }
    if (!domainLabels.isEmpty()) {
        learnName(domainLabels.join(QLatin1Char('.')), RedactionKind::Domain);
        // Each label but the last (a top-level domain such as "com" identifies nobody).
        for (qsizetype i = 0; i + 1 < domainLabels.size(); ++i)
            learnName(domainLabels.at(i), RedactionKind::Domain);
    }
}

void Redactor::learnSubjectAltName(const QString &san)
{
    const qsizetype colon = san.indexOf(QLatin1Char(':'));
    const QString type = san.left(colon).trimmed().toUpper();
    const QString value = san.mid(colon + 1).trimmed();
    if (type == QLatin1String("DNS")) {
        if (value.startsWith(QLatin1String("*.")))
            learnName(value.mid(2), RedactionKind::Domain);
        else
            learnName(value, RedactionKind::Host);
    } else if (type.startsWith(QLatin1String("IP"))) {
        learnAddress(value);
    } else if (type == QLatin1String("EMAIL")) {
        learnUserName(value);
    } else if (colon > 0) {
        learnName(value, RedactionKind::Name);
    }
}

void Redactor::learnNamesInText(const QString &text)
{
    // Host names: two labels or more, the last one letters (not a file's extension).
    static const QRegularExpression hostName(
        QStringLiteral(
            "(?<![\\p{L}\\p{N}_.-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])?\\.)+"
            "(\\p{L}{2,63})(?![\\p{L}\\p{N}_-])"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto hosts = hostName.globalMatch(text);
    while (hosts.hasNext()) {
        const QRegularExpressionMatch match = hosts.next();
        if (!isFileExtension(match.captured(1)))
            learnName(match.captured(), RedactionKind::Host);
    }
    // Domain SIDs (S-1-5-21-…: the well-known ones such as S-1-5-32-544 identify nobody).
    static const QRegularExpression sid(QStringLiteral("\\bS-1-5-21(?:-\\d+){1,4}\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto sids = sid.globalMatch(text);
    while (sids.hasNext())
        learnName(sids.next().captured(), RedactionKind::Name);
    // The user of a home folder.
    static const QRegularExpression home(
        QStringLiteral("(?:^|[\\s\"'=(])(?:/home/|/Users/|/var/home/|[A-Za-z]:\\\\Users\\\\)"
                       "([^/\\\\\\s\"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    auto homes = home.globalMatch(text);
    while (homes.hasNext()) {
        const QString user = homes.next().captured(1);
        if (user.compare(QLatin1String("Public"), Qt::CaseInsensitive) != 0 &&
            user.compare(QLatin1String("Default"), Qt::CaseInsensitive) != 0)
            learnUserName(user);
    }
}

void Redactor::learnIdentifier(IdentifierKind kind, const QString &value)
{
    learnByKind(kind, value);
    // Whatever the field's kind, a host name, domain SID or home folder in it is learned
    // too: a field sometimes holds another form than its kind says ("gw.example" where an
    // address is usual, a bare name where a distinguished name is).
    learnNamesInText(value);
}

void Redactor::learnByKind(IdentifierKind kind, const QString &value)
{
    switch (kind) {
    case IdentifierKind::Host:
        learnName(value,
                  looksLikeHostName(value.trimmed()) ? RedactionKind::Host : RedactionKind::Name);
        return;
    case IdentifierKind::User:
        learnUserName(value);
        return;
    case IdentifierKind::Domain:
        learnName(value, RedactionKind::Domain);
        return;
    case IdentifierKind::Name:
    case IdentifierKind::Sid:
        learnName(value, RedactionKind::Name);
        return;
    case IdentifierKind::DistinguishedName:
        if (value.contains(QLatin1Char('=')))
            learnDistinguishedName(value);
        else
            learnByKind(IdentifierKind::Host, value);
        return;
    case IdentifierKind::SubjectAltName:
        if (value.contains(QLatin1Char(':')))
            learnSubjectAltName(value);
        else
            learnByKind(IdentifierKind::Host, value);
        return;
    case IdentifierKind::Address: {
        // An address ("192.0.2.1", "10.0.0.2/24"), or a name where one was given instead.
        const QString address = value.section(QLatin1Char('/'), 0, 0).trimmed();
        if (QHostAddress(address).isNull())
            learnByKind(IdentifierKind::Host, value);
        else
            learnAddress(address);
        return;
    }
    case IdentifierKind::Url: {
        const QUrl url(value.contains(QLatin1String("://")) ? value
                                                            : QStringLiteral("http://") + value);
        learnName(url.host(), RedactionKind::Host);
        if (!url.userName().isEmpty())
            learnUserName(url.userName());
        return;
    }
    case IdentifierKind::HostList: {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        for (QString entry : value.split(separators, Qt::SkipEmptyParts)) {
            while (entry.startsWith(QLatin1Char('*')) || entry.startsWith(QLatin1Char('.')))
                entry.remove(0, 1);
            learnByKind(entry.contains(QLatin1Char('/')) ? IdentifierKind::Address
                                                         : IdentifierKind::Domain,
                        entry);
        }
        return;
    }
    case IdentifierKind::FilePath:
    case IdentifierKind::Text:
        return; // what they name is learned by learnNamesInText()
    }
}

void Redactor::learnAddress(const QString &address)
{
    this->address(address);
}

QString Redactor::address(const QString &text)
{
    QHostAddress parsed;
    if (!parsed.setAddress(text) || isNeutralAddress(parsed))
        return text;
    if (!parsed.scopeId().isEmpty())
        parsed.setScopeId(QString());
    bool isV4Mapped = false;
    const quint32 v4 =
        parsed.protocol() == QAbstractSocket::IPv6Protocol ? parsed.toIPv4Address(&isV4Mapped) : 0;
    if (isV4Mapped) {
        // "::ffff:192.0.2.1" is the IPv4 address in IPv6 clothes: same number.
        return QStringLiteral("::ffff:") + address(QHostAddress(v4).toString());
    }
    const QString key = parsed.toString();
    const auto found = m_addresses.constFind(key);
    if (found != m_addresses.cend())
        return *found;
    const QString placeholder = parsed.protocol() == QAbstractSocket::IPv4Protocol
                                    ? QStringLiteral("10.x.x.%1").arg(++m_ipv4Count)
                                    : QStringLiteral("fd00::x:%1").arg(++m_ipv6Count);
    m_addresses.insert(key, placeholder);
    return placeholder;
}

void Redactor::ensurePattern()
{
    if (!m_patternDirty)
        return;
    QStringList terms;
    for (const Term &term : std::as_const(m_terms))
        if (term.original.size() >= kMinTermLength && !isCommonWord(term.original.toLower()))
            terms << term.original;
    // Longest first: "rdp01.corp.example" must win over "corp.example" at the same place.
    std::stable_sort(terms.begin(), terms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives{kPlaceholderAlternative};
    if (!terms.isEmpty()) {
        QStringList escaped;
        for (const QString &term : std::as_const(terms))
            escaped << QRegularExpression::escape(term);
        // A whole word: not glued to letters, digits, '_' or '-' (which belong to names);
        // '.', '\\', '@', '=', ',' and spaces separate.
        alternatives << QStringLiteral("(?<term>(?<![\\p{L}\\p{N}_-])(?:%1)(?![\\p{L}\\p{N}_-]))")
                            .arg(escaped.join(QLatin1Char('|')));
    }
    alternatives << kIpv6Alternative << QStringLiteral("(?<v4>%1)").arg(kIpv4Core);
    m_pattern = QRegularExpression(alternatives.join(QLatin1Char('|')),
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
    m_patternDirty = false;
}

QString Redactor::replaceIpv4Only(const QString &text)
{
    QString out;
    qsizetype position = 0;
    auto matches = ipv4Pattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out += text.mid(position, match.capturedStart() - position);
        out += address(match.captured());
        position = match.capturedEnd();
    }
    out += text.mid(position);
    return out;
}

QString Redactor::replaceIpv6Run(const QString &run)
{
    QString prefix;
    QString core = run;
    QString suffix;
    // "IP Address:fe80::1" leaves a single leading colon on the run.
    if (core.startsWith(QLatin1Char(':')) && !core.startsWith(QLatin1String("::"))) {
        prefix = QStringLiteral(":");
        core = core.mid(1);
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        QHostAddress parsed;
        if (parsed.setAddress(core) && parsed.protocol() == QAbstractSocket::IPv6Protocol)
            return prefix + address(core) + suffix;
        // A sentence-ending dot or a separating colon after the address.
        if (core.endsWith(QLatin1Char('.')) || core.endsWith(QLatin1Char(':'))) {
            suffix.prepend(core.back());
            core.chop(1);
            continue;
        }
        break;
    }
    // Not an IPv6 address (a time "10:00:00", a MAC …): it may still hold a dotted quad.
    return replaceIpv4Only(run);
}

bool Redactor::bytesRevealNames(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    const QString readings[] = {
        QString::fromLatin1(bytes).toLower(),
        QString::fromUtf8(bytes).toLower(),
        utf16le(bytes, 0).toLower(),
        utf16le(bytes, 1).toLower(),
    };
    for (const Term &term : std::as_const(m_terms)) {
        if (term.original.size() < kMinTermLength || isCommonWord(term.original.toLower()))
            continue;
        const QString needle = term.original.toLower();
        for (const QString &reading : readings)
            if (reading.contains(needle))
                return true;
    }
    for (const QString &reading : readings) {
        auto v4 = ipv4Pattern().globalMatch(reading);
        while (v4.hasNext()) {
            QHostAddress parsed;
            if (parsed.setAddress(v4.next().captured()) && !isNeutralAddress(parsed))
                return true;
        }
        auto v6 = ipv6RunPattern().globalMatch(reading);
        while (v6.hasNext()) {
            QHostAddress parsed;
            if (parsed.setAddress(v6.next().captured()) && !isNeutralAddress(parsed))
                return true;
        }
    }
    return false;
}

QString Redactor::scrubHexRuns(const QString &text)
{
    if (text.size() < 16)
        return text;
    QString out;
    qsizetype position = 0;
    auto matches = hexRunPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString hex = match.captured();
        hex.remove(QLatin1Char(' '));
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        if (!bytesRevealNames(bytes))
            continue;
        out += text.mid(position, match.capturedStart() - position);
        out += QStringLiteral("[%1 bytes withheld by redaction]").arg(bytes.size());
        position = match.capturedEnd();
    }
    if (position == 0)
        return text;
    out += text.mid(position);
    return out;
}

QString Redactor::text(const QString &input)
{
    if (input.isEmpty())
        return input;
    // A whole value that is a learned name: replaced whatever its length.
    const auto whole = m_termKey.constFind(input.trimmed().toLower());
    if (whole != m_termKey.cend())
        return m_terms.at(*whole).placeholder;

    const QString text = scrubHexRuns(input);
    ensurePattern();
    QString out;
    out.reserve(text.size());
    qsizetype position = 0;
    auto matches = m_pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out += QStringView(text).mid(position, match.capturedStart() - position);
        position = match.capturedEnd();
        const QString matched = match.captured();
        if (match.capturedStart(QStringLiteral("ph")) >= 0) {
            out += matched;
        } else if (match.capturedStart(QStringLiteral("term")) >= 0) {
            const auto found = m_termKey.constFind(matched.toLower());
            if (found != m_termKey.cend()) {
                out += m_terms.at(*found).placeholder;
            } else {
                // Case folding that toLower() does not mirror (e.g. "ß"): search.
                const auto term =
                    std::find_if(m_terms.cbegin(), m_terms.cend(), [&matched](const Term &t) {
                        return t.original.compare(matched, Qt::CaseInsensitive) == 0;
                    });
                out += term != m_terms.cend() ? term->placeholder : QStringLiteral("[redacted]");
            }
        } else if (match.capturedStart(QStringLiteral("v6")) >= 0) {
            out += replaceIpv6Run(matched);
        } else {
            out += address(matched);
        }
    }
    out += QStringView(text).mid(position);
    return out;
}

QByteArray Redactor::utf8(const QByteArray &input)
{
    return text(QString::fromUtf8(input)).toUtf8();
}

namespace {
// clang-format off
/** JSON keys whose values are ids, outcomes, codes, versions, thumbprints or times. */
const char *const kVocabularyKeys[] = {
    "schema", "reference", "code", "severity", "category", "stage", "status", "id", "outcome",
    "where", "shell", "source", "selected", "requested", "flags", "supported", "failure_name",
    "failure_code", "version", "negotiated_version", "cipher", "key_type", "signature_algorithm",
    "eku", "key_usage", "primary", "error_code", "extended_code", "sha1", "sha256", "started",
    "collected", "created", "run_started", "not_before", "not_after", "server_time", "now", "utc",
    "alert_name", "os_version", "offered", "accepted", "type", "kind", "method", "role", "platform",
    "direction", "product_type", "product_version", "kernel_type", "kernel_version",
    "cpu_architecture", "runtime", "build", "spdlog", "libzip",
};
// clang-format on

} // namespace

bool Redactor::isVocabularyKey(const QString &key)
{
    static const QSet<QString> keys = [] {
        QSet<QString> set;
        for (const char *name : kVocabularyKeys)
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return keys.contains(key);
}

QJsonObject Redactor::json(const QJsonObject &object)
{
    // Hex bytes as a whole value ("16 03 03 00 4a …", "0300000b…"), at least 8 bytes.
    static const QRegularExpression wholeHex(
        QStringLiteral("^[0-9A-Fa-f]{2}(?: ?[0-9A-Fa-f]{2}){7,}$"));
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (out.contains(key))
            continue; // a "_withheld" note made for a sibling already took the key
        if (isVocabularyKey(key)) {
            out.insert(key, value);
        } else if (key == QLatin1String("pem") && value.isString()) {
            out.insert(key, QString());
        } else if (key == QLatin1String("chain_pem") && value.isArray()) {
            out.insert(key, QJsonArray());
        } else if (value.isString()) {
            const QString text = value.toString();
            const bool hexKey = key.endsWith(QLatin1String("_hex"));
            if (hexKey || wholeHex.match(text).hasMatch()) {
                QString hex = text;
                hex.remove(QLatin1Char(' '));
                const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
                if (bytesRevealNames(bytes)) {
                    out.insert(key, hexKey ? QJsonValue(QString()) : QJsonValue());
                    out.insert((hexKey ? key.chopped(4) : key) + QStringLiteral("_withheld"),
                               QStringLiteral("%1 bytes withheld by redaction").arg(bytes.size()));
                } else {
                    out.insert(key, value);
                }
            } else {
                out.insert(key, this->text(text));
            }
        } else {
            out.insert(key, json(value));
        }
    }
    return out;
}

QJsonValue Redactor::json(const QJsonValue &value)
{
    if (value.isString())
        return text(value.toString());
    if (value.isObject())
        return json(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(json(item));
        return out;
    }
    return value;
}

void Redactor::learnReport(const Report &report)
{
    const Target &target = report.target;
    // Addresses first, in the order the report lists them, so the target is 10.x.x.1.
    for (const QString &address : report.addresses)
        learnAddress(address);
    if (report.facts.dns)
        for (const QString &address : report.facts.dns->addresses())
            learnAddress(address);
    if (report.facts.tcp) {
        learnAddress(report.facts.tcp->connectedAddress);
        for (const TcpAttempt &attempt : report.facts.tcp->attempts)
            learnAddress(attempt.address);
    }

    if (target.rdp)
        learnUserName(target.rdp->username);
    learnName(target.host, RedactionKind::Host);
    // A name typed with non-ASCII letters is kept in its ACE form ("xn--…"); the input and
    // the log may show it as typed.
    const QString unicodeHost = QUrl::fromAce(target.host.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (unicodeHost != target.host && m_termKey.contains(target.host.toLower()))
        addAlias(unicodeHost, m_terms.at(m_termKey.value(target.host.toLower())).placeholder);
    if (target.rdp) {
        for (const QString *setting : {&target.rdp->fullAddress, &target.rdp->alternateFullAddress,
                                       &target.rdp->gatewayHostname})
            if (!setting->isEmpty())
                learnName(hostOf(*setting), RedactionKind::Host);
    }
    // Every stage's identifying fields, as each facts type declares them (model/Identifiers.h).
    IdentifierLearner learner(*this);
    for (const FactsStage stage : kFactsStages)
        collectStageIdentifiers(stage, report.facts, learner);
    if (target.source == Target::Source::RdpFile)
        learnName(target.input, RedactionKind::File);
}

Report Redactor::report(const Report &input)
{
    learnReport(input);
    Report out = input;
    const auto redact = [this](QString &text) {
        text = this->text(text);
    };
    const auto redactList = [this](QStringList &list) {
        for (QString &item : list)
            item = text(item);
    };

    Target &target = out.target;
    redact(target.input);
    redact(target.host);
    if (target.rdp) {
        RdpFileSettings &rdp = *target.rdp;
        redact(rdp.fullAddress);
        redact(rdp.alternateFullAddress);
        redact(rdp.gatewayHostname);
        // Piece by piece ("DOMAIN\\user", "user@domain"), so that short parts are replaced too.
        QString &user = rdp.username;
        const qsizetype backslash = user.indexOf(QLatin1Char('\\'));
        const qsizetype at = user.lastIndexOf(QLatin1Char('@'));
        if (backslash >= 0)
            user = text(user.left(backslash)) + QLatin1Char('\\') + text(user.mid(backslash + 1));
        else if (at > 0)
            user = text(user.left(at)) + QLatin1Char('@') + text(user.mid(at + 1));
        else
            redact(user);
    }
    redactList(out.addresses);
    for (StageResult &stage : out.stages)
        redact(stage.summary);
    for (Finding &finding : out.findings) {
        redact(finding.title);
        redact(finding.detail);
        finding.evidence = json(finding.evidence);
        for (Remedy &remedy : finding.remediation) {
            redact(remedy.text);
            redact(remedy.command);
        }
        for (auto it = finding.parameters.begin(); it != finding.parameters.end(); ++it)
            redact(it.value()); // what a reopened bundle fills the catalogue's texts with
    }
    redact(out.diagnosis.summary);
    redactList(out.diagnosis.unchecked);

    Facts &facts = out.facts;
    // Every identifying string of every stage (model/Identifiers.h), then the raw bytes.
    IdentifierRewriter rewriter(*this);
    for (const FactsStage stage : kFactsStages)
        visitStageIdentifiers(stage, facts, rewriter);
    const auto withholdReceived = [](QByteArray &received, QString &detail) {
        const QString note = QStringLiteral("(the %1 bytes received are withheld by redaction)")
                                 .arg(received.size());
        detail = detail.isEmpty() ? note : detail + QLatin1Char(' ') + note;
        received.clear();
    };
    if (facts.negotiation) {
        for (NegotiationProbe &probe : facts.negotiation->probes)
            if (bytesRevealNames(probe.received))
                withholdReceived(probe.received, probe.detail);
    }
    if (facts.rdpSecurity) {
        for (RdpSecurityOffer &offer : facts.rdpSecurity->offers) {
            // An X.509 chain holds subject and issuer in DER: withheld like a PEM.
            const bool x509 = offer.certificate && offer.certificate->type == QLatin1String("x509");
            if (x509 || bytesRevealNames(offer.received))
                withholdReceived(offer.received, offer.detail);
        }
    }
    const auto withholdBytes = [this](TlsAttempt &attempt) {
        if (bytesRevealNames(attempt.firstBytes))
            attempt.firstBytes.clear();
    };
    // The PEM carries subject and issuer in DER; it cannot be redacted, only withheld.
    const auto withholdPem = [](CertificateFacts &certificate) {
        certificate.pem.clear();
        certificate.chainPem.clear();
    };
    if (facts.tls) {
        withholdBytes(facts.tls->main);
        for (TlsAttempt &attempt : facts.tls->versions)
            withholdBytes(attempt);
        if (facts.tls->weakCipherAttempt)
            withholdBytes(*facts.tls->weakCipherAttempt);
        if (facts.tls->pathMtu && facts.tls->pathMtu->attempt)
            withholdBytes(*facts.tls->pathMtu->attempt);
    }
    if (facts.certificate)
        withholdPem(*facts.certificate);
    if (facts.credssp)
        facts.credssp->received.clear(); // the NTLM CHALLENGE holds the names in UTF-16LE
    if (facts.local && facts.local->gateway) {
        GatewayFacts &gateway = *facts.local->gateway;
        if (gateway.tls)
            withholdBytes(*gateway.tls);
        if (gateway.certificate)
            withholdPem(*gateway.certificate);
    }
    if (facts.server && facts.server->xrdp && facts.server->xrdp->tlsFiles &&
        facts.server->xrdp->tlsFiles->certificate)
        withholdPem(*facts.server->xrdp->tlsFiles->certificate);
    return out;
}

QByteArray Redactor::Redacted::jsonBytes() const
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Redactor::Redacted Redactor::redact(const Report &input, const ThisComputerNames &computer)
{
    learnReport(input);
    // This computer's names after the report's own (so that the target stays host-1), but
    // before anything is redacted or written.
    learnName(computer.hostName, RedactionKind::Host);
    for (const QString &domain : computer.searchDomains)
        learnName(domain, RedactionKind::Domain);
    Redacted out;
    // Field by field, every stage (model/Identifiers.h): the result reads back exactly
    // (ReportReader) and raw bytes are withheld where they live, not only in the JSON.
    out.report = report(input);
    out.json = reportToJson(out.report);
    // Top-level keys the struct does not carry (none today): every string redacted.
    const QJsonObject generic = json(reportToJson(input));
    for (auto it = generic.constBegin(); it != generic.constEnd(); ++it)
        if (!out.json.contains(it.key()))
            out.json.insert(it.key(), it.value());
    return out;
}

Redactor::Redacted redactReport(const Report &report, const ThisComputerNames &computer)
{
    Redactor redactor;
    return redactor.redact(report, computer);
}

} // namespace rdpdiag
