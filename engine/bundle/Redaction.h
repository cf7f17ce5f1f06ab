// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Redaction of a run (`--redact`, the Export checkbox): user names, host, computer and
 * domain names, certificate subject and issuer names, the .rdp file's path and IP addresses
 * are replaced by stable placeholders — the same original always gets the same placeholder
 * within one Redactor, so every file of a bundle (report, HTML, summary, environment, log)
 * agrees. No mapping is kept or written anywhere.
 *
 * Placeholders: `host-N` (host and computer names, certificate common names), `user-N`,
 * `domain-N` (NetBIOS / DNS domains, NTLM target and tree names, the base of a wildcard
 * name), `name-N` (other subject/issuer values: organisation, unit, locality …), `file-N`
 * (the .rdp file's path; its extension stays), `10.x.x.N` (IPv4) and `fd00::x:N` (IPv6).
 * The placeholders are deliberately not valid addresses or names, so that nobody mistakes
 * one for a real machine, and a second redaction leaves them alone (redaction is
 * idempotent).
 *
 * Rules (docs/bundle.md explains why):
 * - Names are learned from the report's structure (target, .rdp settings, certificate
 *   subject/issuer/SAN, NTLM target information) and then replaced wherever they occur as a
 *   whole word, case-insensitively, in every text: details, evidence, summaries, commands,
 *   the log. A name of fewer than 3 characters, or one that is an ordinary word of the
 *   tool's vocabulary ("server", "admin", "workgroup", "tls" …), is replaced only where it
 *   is a whole value (e.g. an NTLM field), never inside sentences, where it would replace
 *   ordinary words — and such a name identifies nobody.
 * - IP addresses are found by pattern in every text, learned or not. Loopback (127.0.0.0/8,
 *   ::1) and unspecified (0.0.0.0, ::) addresses and the name `localhost` stay: they are the
 *   same on every computer and reveal nothing.
 * - Raw bytes (hex evidence such as received_hex, hex dumps in the log) are decoded and
 *   withheld when they contain a learned name — in UTF-8/Latin-1 or UTF-16LE, the encoding
 *   of NTLM target information — or an address.
 * - Certificates (PEM) are withheld entirely: they carry the subject and issuer, which
 *   cannot be changed without breaking the signature. Thumbprints stay (they are needed by
 *   the fix commands); docs/bundle.md says what that implies.
 * - Passwords are not handled here because the engine never has any: an .rdp file's
 *   `password 51:b:` blob is discarded by the parser (input/RdpFile.h).
 */

#include "model/Identifiers.h"
#include "model/Report.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace rdpdiag {

/** What a placeholder stands for; its prefix. */
enum class RedactionKind { Host, User, Domain, Name, File };

/** The names of the computer that writes a report, which the report may mention anywhere
 * (a hostname in a log line, a search domain in a route) without a field of its own. */
struct ThisComputerNames
{
    QString hostName;
    QStringList searchDomains;
};

class Redactor
{
public:
    Redactor();

    /** Learns the names in @p report (see the file comment) without changing anything. */
    void learnReport(const Report &report);
    /** Learns one name; ignored when empty, a placeholder, an address or `localhost`. */
    void learnName(const QString &name, RedactionKind kind);
    /** Learns the values of an RFC 2253 distinguished name (as CertificateInspector prints
     * it): CN as a host (or a name when it has spaces), DC as domain labels, the rest as
     * names; the country (C) stays. */
    void learnDistinguishedName(const QString &dn);
    /** Learns a user name in any of its forms: "user", "DOMAIN\user", "user@domain". */
    void learnUserName(const QString &user);
    /** Learns one identifying field of the facts (model/Identifiers.h) by its kind: names
     * as they are, and in free text and paths what looks like a host name, a domain SID or
     * the user of a home folder. */
    void learnIdentifier(IdentifierKind kind, const QString &value);
    /** Learns a certificate's subject alternative name ("DNS:…", "IP:…", "email:…"). */
    void learnSubjectAltName(const QString &san);
    /** Numbers @p address now (so the report's own addresses come first). */
    void learnAddress(const QString &address);

    /** The placeholder of @p address (IPv4 or IPv6 text); loopback, unspecified and
     * non-addresses are returned unchanged. */
    QString address(const QString &address);
    /** @p text with every learned name and every address replaced, and hex runs that reveal
     * one withheld. */
    QString text(const QString &text);
    /** Same for UTF-8 bytes (the log). */
    QByteArray utf8(const QByteArray &text);
    /**
     * Recursively redacts string values. Keys are the engine's own identifiers and stay, and
     * so do the values of vocabulary keys (ids, outcomes, codes, versions, thumbprints, times:
     * see isVocabularyKey()), so that a computer named "server" cannot turn "where": "server"
     * into a placeholder. Raw bytes — a string under a key ending in "_hex", or a value that
     * is hex bytes as a whole — that reveal a name are withheld: emptied under "_hex" keys,
     * null elsewhere, with a sibling "<name>_withheld" saying how many bytes. "pem" and
     * "chain_pem" values are emptied.
     */
    QJsonValue json(const QJsonValue &value);
    QJsonObject json(const QJsonObject &object);
    /** The report struct with every name and address replaced and the certificates
     * withheld (learns the report's names first): every stage's facts, field by field as
     * each facts type declares its identifying fields (model/Identifiers.h). */
    Report report(const Report &report);

    /** Both forms of a redacted report; see redact(). */
    struct Redacted
    {
        Report report;    ///< for renderers (HTML, summaries)
        QJsonObject json; ///< the JSON report, every string of it redacted
        /** What report.json holds and `--json --redact` prints. */
        QByteArray jsonBytes() const;
    };
    /**
     * Learns @p report's names (the target, the .rdp file and every stage's identifying
     * fields), then redacts its struct (report()) and its JSON, which is that of the redacted
     * struct. Always in the same order, so a fresh Redactor gives the same result for the
     * same report every time.
     */
    Redacted redact(const Report &report, const ThisComputerNames &computer = {});

    /** True for the JSON keys whose values are vocabulary, never names (see json()). */
    static bool isVocabularyKey(const QString &key);

    /** True when @p bytes contain a learned name (Latin-1, UTF-8 or UTF-16LE, any case)
     * or an address as text. */
    bool bytesRevealNames(QByteArrayView bytes);

    /** True when @p text is one of the placeholders this class makes. */
    static bool isPlaceholder(const QString &text);

private:
    struct Term
    {
        QString original;
        QString placeholder;
    };

    QString placeholderFor(RedactionKind kind, const QString &original);
    /** learnIdentifier() without the names in text. */
    void learnByKind(IdentifierKind kind, const QString &value);
    /** Learns the host names, domain SIDs and home-folder users that @p text contains. */
    void learnNamesInText(const QString &text);
    /** Another spelling of a learned name, with that name's placeholder. */
    void addAlias(const QString &alias, const QString &placeholder);
    QString replaceIpv6Run(const QString &run);
    QString replaceIpv4Only(const QString &text);
    QString scrubHexRuns(const QString &text);
    void ensurePattern();

    QList<Term> m_terms;                 ///< learned names, in learning order
    QHash<QString, int> m_termKey;       ///< lower-case original → index in m_terms
    QHash<QString, QString> m_addresses; ///< normalised address → placeholder
    int m_counters[5] = {0, 0, 0, 0, 0};
    int m_ipv4Count = 0;
    int m_ipv6Count = 0;
    bool m_patternDirty = true;
    QRegularExpression m_pattern;
};

/** @p report redacted by a fresh Redactor (what `--json --redact` prints: jsonBytes()). */
Redactor::Redacted redactReport(const Report &report, const ThisComputerNames &computer = {});

} // namespace rdpdiag
