// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportReader.h"

#include "catalogue/Catalogue.h"
#include "report/JsonReport.h"
#include "runner/ReferenceCode.h"
#include "support/SafeText.h"
#include "wire/X224.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>
#include <limits>

namespace rdpdiag {

namespace {

class ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::ReportReader)
};

// Bounds for hostile input. Real reports are far below every one of them.
constexpr qsizetype kMaxText = 64 * 1024;  ///< one title, detail, summary …
constexpr qsizetype kMaxShort = 1024;      ///< names, addresses, ids
constexpr qsizetype kMaxBlob = 256 * 1024; ///< a PEM, hex evidence
constexpr qsizetype kMaxFindings = 1000;
constexpr qsizetype kMaxSmallList = 256;
constexpr int kMaxEvidenceDepth = 16;
constexpr int kMaxEvidenceNodes = 20000;
constexpr qint64 kMaxDurationMs = qint64(1) << 40;

/** A field that violates the contract; caught in reportFromJson(). */
struct ReadError
{
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw ReadError{QStringLiteral("%1: %2").arg(path, what)};
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

/** A JSON object and its path, with typed getters that throw ReadError. */
class Node
{
public:
    Node(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    bool isNull(const char *key) const
    {
        return !has(key) || m_object.value(QLatin1String(key)).isNull();
    }
    QJsonValue raw(const char *key) const { return m_object.value(QLatin1String(key)); }
    QString where(const char *key) const { return child(m_path, QLatin1String(key)); }

    QString string(const char *key, qsizetype max = kMaxText) const
    {
        const QJsonValue value = raw(key);
        if (!value.isString())
            fail(where(key), has(key) ? ReaderText::tr("not a string") : ReaderText::tr("missing"));
        const QString text = value.toString();
        if (text.size() > max)
            fail(where(key), ReaderText::tr("longer than %1 characters").arg(max));
        return text;
    }
    /** Absent or null → empty. */
    QString optionalString(const char *key, qsizetype max = kMaxText) const
    {
        return isNull(key) ? QString() : string(key, max);
    }
    bool boolean(const char *key) const
    {
        const QJsonValue value = raw(key);
        if (!value.isBool())
            fail(where(key),
                 has(key) ? ReaderText::tr("not true or false") : ReaderText::tr("missing"));
        return value.toBool();
    }
    qint64 integer(const char *key, qint64 min, qint64 max) const
    {
        const QJsonValue value = raw(key);
        if (!value.isDouble())
            fail(where(key), has(key) ? ReaderText::tr("not a number") : ReaderText::tr("missing"));
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 number = value.toInteger(sentinel);
        if (number == sentinel || number < min || number > max)
            fail(where(key), ReaderText::tr("not a whole number from %1 to %2").arg(min).arg(max));
        return number;
    }
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max) const
    {
        if (isNull(key))
            return std::nullopt;
        return integer(key, min, max);
    }
    qint64 duration(const char *key) const { return integer(key, 0, kMaxDurationMs); }
    QJsonArray array(const char *key, qsizetype maxItems) const
    {
        const QJsonValue value = raw(key);
        if (!value.isArray())
            fail(where(key), has(key) ? ReaderText::tr("not a list") : ReaderText::tr("missing"));
        const QJsonArray items = value.toArray();
        if (items.size() > maxItems)
            fail(where(key), ReaderText::tr("more than %1 entries").arg(maxItems));
        return items;
    }
    QStringList strings(const char *key, qsizetype maxItems, qsizetype maxLength) const
    {
        const QJsonArray items = array(key, maxItems);
        QStringList out;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                fail(element(where(key), i), ReaderText::tr("not a string"));
            const QString text = items.at(i).toString();
            if (text.size() > maxLength)
                fail(element(where(key), i),
                     ReaderText::tr("longer than %1 characters").arg(maxLength));
            out << text;
        }
        return out;
    }
    Node object(const char *key) const
    {
        const QJsonValue value = raw(key);
        if (!value.isObject())
            fail(where(key),
                 has(key) ? ReaderText::tr("not an object") : ReaderText::tr("missing"));
        return Node(value.toObject(), where(key));
    }
    /** Each element of the list @p key as an object. */
    QList<Node> objects(const char *key, qsizetype maxItems) const
    {
        const QJsonArray items = array(key, maxItems);
        QList<Node> out;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                fail(element(where(key), i), ReaderText::tr("not an object"));
            out.append(Node(items.at(i).toObject(), element(where(key), i)));
        }
        return out;
    }
    QDateTime time(const char *key) const
    {
        const QString text = string(key, 64);
        QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!time.isValid())
            fail(where(key), ReaderText::tr("\"%1\" is not an ISO 8601 time").arg(text));
        return time.toUTC();
    }
    QDateTime optionalTime(const char *key) const { return isNull(key) ? QDateTime() : time(key); }
    /** Lower-case hex of at most kMaxBlob characters. */
    QByteArray hex(const char *key) const
    {
        const QString text = string(key, kMaxBlob);
        static const QRegularExpression pattern(QStringLiteral("^(?:[0-9a-fA-F]{2})*$"));
        if (!pattern.match(text).hasMatch())
            fail(where(key), ReaderText::tr("not hexadecimal bytes"));
        return QByteArray::fromHex(text.toLatin1());
    }
    /** Lower-case hex bytes separated by single spaces ("16 03 03"), as evidence shows them. */
    QByteArray spacedHex(const char *key) const
    {
        const QString text = string(key, kMaxBlob);
        static const QRegularExpression pattern(
            QStringLiteral("^(?:[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*)?$"));
        if (!pattern.match(text).hasMatch())
            fail(where(key), ReaderText::tr("not hexadecimal bytes"));
        return QByteArray::fromHex(text.toLatin1());
    }
    /** One of the strings that @p toString gives for @p values. */
    template <typename E, typename Values>
    E choice(const char *key, const Values &values, QString (*toString)(E)) const
    {
        const QString text = string(key, kMaxShort);
        for (const E value : values)
            if (toString(value) == text)
                return value;
        QStringList allowed;
        for (const E value : values)
            allowed << toString(value);
        fail(where(key), ReaderText::tr("\"%1\" is not one of %2")
                             .arg(text.left(64), allowed.join(QStringLiteral(", "))));
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// The enumerations, each as the list of its values (the writer's string functions give the
// names, so reader and writer cannot drift apart).
constexpr StageStatus kStageStatuses[] = {StageStatus::Passed, StageStatus::Warning,
                                          StageStatus::Failed, StageStatus::Skipped};
constexpr Severity kSeverities[] = {Severity::Info, Severity::Warning, Severity::Error};
constexpr IoOutcome kIoOutcomes[] = {IoOutcome::Ok,          IoOutcome::Refused, IoOutcome::Timeout,
                                     IoOutcome::Unreachable, IoOutcome::Reset,   IoOutcome::Closed,
                                     IoOutcome::Cancelled,   IoOutcome::Failed};
using DnsOutcome = DnsFacts::Outcome;
constexpr DnsOutcome kDnsOutcomes[] = {
    DnsOutcome::Literal, DnsOutcome::Resolved, DnsOutcome::NotFound, DnsOutcome::NoAnswer,
    DnsOutcome::Failed,  DnsOutcome::Timeout,  DnsOutcome::Cancelled};
using NegOutcome = NegotiationProbe::Outcome;
constexpr NegOutcome kNegotiationOutcomes[] = {
    NegOutcome::Selected,  NegOutcome::Failure,       NegOutcome::Reset,
    NegOutcome::Closed,    NegOutcome::Timeout,       NegOutcome::NotRdp,
    NegOutcome::Malformed, NegOutcome::ConnectFailed, NegOutcome::Cancelled};
using TlsOutcome = TlsAttempt::Outcome;
constexpr TlsOutcome kTlsOutcomes[] = {
    TlsOutcome::Established, TlsOutcome::Reset,        TlsOutcome::Closed,
    TlsOutcome::Timeout,     TlsOutcome::Alert,        TlsOutcome::LocalRefusal,
    TlsOutcome::Failed,      TlsOutcome::NotAttempted, TlsOutcome::Cancelled};
using CredsspOutcome = CredsspFacts::Outcome;
constexpr CredsspOutcome kCredsspOutcomes[] = {
    CredsspOutcome::Challenge,    CredsspOutcome::Reset,     CredsspOutcome::Closed,
    CredsspOutcome::Timeout,      CredsspOutcome::Malformed, CredsspOutcome::ServerError,
    CredsspOutcome::NotAttempted, CredsspOutcome::Cancelled};

/** Reads an id written as "0x…" (an unknown bit or value). */
std::optional<quint32> hexId(const QString &id)
{
    if (!id.startsWith(QLatin1String("0x")) || id.size() > 10)
        return std::nullopt;
    bool ok = false;
    const quint32 value = id.mid(2).toUInt(&ok, 16);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

/** The inverse of wire::protocolIds / responseFlagIds: ids → bit mask. */
quint32 bitsFromIds(const QStringList &ids, int bits, QStringList (*toIds)(quint32),
                    const QString &path)
{
    quint32 mask = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        if (id == QLatin1String("rdp") && toIds == &wire::protocolIds)
            continue; // PROTOCOL_RDP is the absence of bits
        bool known = false;
        for (int bit = 0; bit < bits && !known; ++bit) {
            const quint32 value = quint32(1) << bit;
            if (toIds(value) == QStringList{id}) {
                mask |= value;
                known = true;
            }
        }
        if (!known)
            fail(element(path, i), ReaderText::tr("\"%1\" is not a known id").arg(id.left(64)));
    }
    return mask;
}

QStringList flagIds(quint32 flags)
{
    return wire::responseFlagIds(static_cast<quint8>(flags));
}

quint32 selectedFromId(const QString &id, const QString &path)
{
    for (const quint32 value : {0x00u, 0x01u, 0x02u, 0x04u, 0x08u, 0x10u})
        if (wire::selectedProtocolId(value) == id)
            return value;
    if (const auto value = hexId(id))
        return *value;
    fail(path, ReaderText::tr("\"%1\" is not a protocol").arg(id.left(64)));
}

/** Bounds the shape of free-form evidence (depth and size). */
void checkEvidence(const QJsonValue &value, const QString &path, int depth, int &nodes)
{
    if (++nodes > kMaxEvidenceNodes)
        fail(path, ReaderText::tr("evidence too large"));
    if (depth > kMaxEvidenceDepth)
        fail(path, ReaderText::tr("evidence nested too deeply"));
    if (value.isString() && value.toString().size() > kMaxBlob)
        fail(path, ReaderText::tr("longer than %1 characters").arg(kMaxBlob));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkEvidence(array.at(i), element(path, i), depth + 1, nodes);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            checkEvidence(it.value(), child(path, it.key().left(64)), depth + 1, nodes);
    }
}

StageId stageFromString(const QString &text, const QString &path)
{
    for (const StageId stage : kAllStages)
        if (stageIdString(stage) == text)
            return stage;
    fail(path, ReaderText::tr("\"%1\" is not a stage").arg(text.left(64)));
}

Target readTarget(const Node &node)
{
    Target target;
    target.input = node.string("input", kMaxShort * 4);
    target.host = node.string("host", kMaxShort);
    if (target.host.isEmpty())
        fail(node.where("host"), ReaderText::tr("empty"));
    target.port = static_cast<quint16>(node.integer("port", 1, 65535));
    target.isIpLiteral = !QHostAddress(target.host).isNull();
    const QString source = node.string("source", kMaxShort);
    if (source == QLatin1String("rdp-file"))
        target.source = Target::Source::RdpFile;
    else if (source == QLatin1String("argument"))
        target.source = Target::Source::Argument;
    else
        fail(node.where("source"),
             ReaderText::tr("\"%1\" is not argument or rdp-file").arg(source.left(64)));
    if (node.has("rdp_file")) {
        const Node rdpNode = node.object("rdp_file");
        RdpFileSettings rdp;
        rdp.fullAddress = rdpNode.string("full_address", kMaxShort);
        rdp.alternateFullAddress = rdpNode.optionalString("alternate_full_address", kMaxShort);
        rdp.gatewayHostname = rdpNode.optionalString("gateway_hostname", kMaxShort);
        const auto optionalInt = [&rdpNode](const char *key) -> std::optional<int> {
            if (const auto value = rdpNode.optionalInteger(key, -1000000, 1000000))
                return static_cast<int>(*value);
            return std::nullopt;
        };
        rdp.serverPort = optionalInt("server_port");
        rdp.gatewayUsageMethod = optionalInt("gateway_usage_method");
        rdp.enableCredSspSupport = optionalInt("enable_credssp_support");
        rdp.authenticationLevel = optionalInt("authentication_level");
        rdp.negotiateSecurityLayer = optionalInt("negotiate_security_layer");
        target.rdp = rdp;
    }
    return target;
}

/**
 * A finding as this version's catalogue describes it (catalogue/Catalogue.h,
 * reopenedFinding()): the code, the placeholder values and the evidence are read; the
 * report's title, detail and remediation are not — a bundle's report.json is not signed, and
 * whoever edits it must not choose the command shown beside a Copy button.
 */
Finding readFinding(const Node &node)
{
    const QString code = node.string("code", 128);
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]+(?:\\.[a-z0-9_]+)+$"));
    if (!codePattern.match(code).hasMatch())
        fail(node.where("code"), ReaderText::tr("\"%1\" is not a finding code").arg(code.left(64)));
    const Severity severity = node.choice("severity", kSeverities, &severityString);
    const Category category = node.choice("category", kAllCategories, &categoryString);
    const StageId stage = stageFromString(node.string("stage", kMaxShort), node.where("stage"));
    const QJsonValue evidence = node.raw("evidence");
    if (!evidence.isObject())
        fail(node.where("evidence"), ReaderText::tr("not an object"));
    int nodes = 0;
    checkEvidence(evidence, node.where("evidence"), 0, nodes);
    // Older reports have no "parameters": their texts show the placeholders.
    Placeholders parameters;
    if (!node.isNull("parameters")) {
        const Node values = node.object("parameters");
        static const QRegularExpression namePattern(QStringLiteral("^[a-z_]{1,32}$"));
        const QJsonObject object = node.raw("parameters").toObject();
        if (object.size() > 32)
            fail(values.path(), ReaderText::tr("more than %1 entries").arg(32));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key();
            if (!namePattern.match(name).hasMatch())
                fail(values.path(),
                     ReaderText::tr("\"%1\" is not a placeholder name").arg(name.left(64)));
            parameters.insert(name, values.string(qPrintable(name), kMaxShort));
        }
    }
    return reopenedFinding(code, severity, category, stage, evidence.toObject(), parameters);
}

TcpAttempt readTcpAttempt(const Node &node)
{
    TcpAttempt attempt;
    attempt.address = node.string("address", kMaxShort);
    attempt.outcome = node.choice("outcome", kIoOutcomes, &ioOutcomeString);
    attempt.durationMs = node.duration("duration_ms");
    attempt.error = node.optionalString("error");
    return attempt;
}

NegotiationProbe readProbe(const Node &node)
{
    NegotiationProbe probe;
    probe.requested = bitsFromIds(node.strings("requested", 32, 64), 32, &wire::protocolIds,
                                  node.where("requested"));
    probe.outcome = node.choice("outcome", kNegotiationOutcomes, &negotiationOutcomeString);
    if (!node.isNull("selected"))
        probe.selected = selectedFromId(node.string("selected", 64), node.where("selected"));
    if (const auto code = node.optionalInteger("failure_code", 0, 0xFFFFFFFFLL))
        probe.failureCode = static_cast<quint32>(*code);
    probe.flags = static_cast<quint8>(
        bitsFromIds(node.strings("flags", 8, 64), 8, &flagIds, node.where("flags")));
    probe.durationMs = node.duration("duration_ms");
    probe.sent = node.hex("sent_hex");
    probe.received = node.hex("received_hex");
    probe.legacyConfirm = node.has("legacy_confirm") && node.boolean("legacy_confirm");
    probe.detail = node.optionalString("detail");
    return probe;
}

TlsAttempt readTlsAttempt(const Node &node)
{
    TlsAttempt attempt;
    attempt.version = node.optionalString("version", 16);
    attempt.outcome = node.choice("outcome", kTlsOutcomes, &tlsOutcomeString);
    attempt.negotiatedVersion = node.optionalString("negotiated_version", 64);
    attempt.cipher = node.optionalString("cipher", kMaxShort);
    if (const auto code = node.optionalInteger("alert_code", 0, 255))
        attempt.alertCode = static_cast<int>(*code);
    attempt.alertName = node.optionalString("alert_name", kMaxShort);
    attempt.bytesReceived = node.integer("bytes_received", 0, kMaxDurationMs);
    if (!node.isNull("first_bytes"))
        attempt.firstBytes = node.spacedHex("first_bytes");
    attempt.durationMs = node.duration("duration_ms");
    attempt.detail = node.optionalString("detail");
    return attempt;
}

TlsFacts readTls(const Node &node)
{
    TlsFacts tls;
    tls.main = readTlsAttempt(node.object("main"));
    for (const Node &attempt : node.objects("attempts", 16))
        tls.versions.append(readTlsAttempt(attempt));
    const Node weak = node.object("weak_ciphers");
    tls.weakCipherProbeRan = weak.boolean("ran");
    tls.weakCiphersOffered = weak.strings("offered", kMaxSmallList, kMaxShort);
    tls.weakCiphersAccepted = weak.strings("accepted", kMaxSmallList, kMaxShort);
    if (!weak.isNull("attempt"))
        tls.weakCipherAttempt = readTlsAttempt(weak.object("attempt"));
    return tls;
}

CertificateFacts readCertificate(const Node &node)
{
    CertificateFacts certificate;
    certificate.subject = node.string("subject", kMaxText);
    certificate.issuer = node.string("issuer", kMaxText);
    certificate.commonName = node.optionalString("common_name", kMaxShort * 4);
    certificate.notBefore = node.optionalTime("not_before");
    certificate.notAfter = node.optionalTime("not_after");
    certificate.selfSigned = node.boolean("self_signed");
    certificate.keyType = node.optionalString("key_type", 64);
    certificate.keyBits = static_cast<int>(node.integer("key_bits", 0, 1 << 20));
    certificate.signatureAlgorithm = node.optionalString("signature_algorithm", kMaxShort);
    certificate.san = node.strings("san", 4096, kMaxShort);
    if (!node.isNull("eku"))
        certificate.eku = node.strings("eku", kMaxSmallList, kMaxShort);
    certificate.keyUsage = node.strings("key_usage", 64, kMaxShort);
    certificate.sha1 = node.string("sha1", 128);
    certificate.sha256 = node.string("sha256", 128);
    certificate.pem = node.string("pem", kMaxBlob).toLatin1();
    for (const QString &pem : node.strings("chain_pem", 32, kMaxBlob))
        certificate.chainPem.append(pem.toLatin1());
    certificate.verifyErrors = node.strings("verify_errors", kMaxSmallList, kMaxShort);
    if (!node.isNull("name_matches"))
        certificate.nameMatches = node.boolean("name_matches");
    return certificate;
}

CredsspFacts readCredssp(const Node &node)
{
    CredsspFacts credssp;
    if (const auto version = node.optionalInteger("version", 0, 1000000))
        credssp.version = static_cast<int>(*version);
    credssp.outcome = node.choice("outcome", kCredsspOutcomes, &credsspOutcomeString);
    if (!node.isNull("error_code")) {
        const QString text = node.string("error_code", 16);
        const auto code = hexId(text);
        if (!code)
            fail(node.where("error_code"),
                 ReaderText::tr("\"%1\" is not a hexadecimal code").arg(text));
        credssp.errorCode = *code;
    }
    credssp.durationMs = node.duration("duration_ms");
    credssp.detail = node.optionalString("detail");
    if (!node.isNull("ntlm")) {
        const Node ntlmNode = node.object("ntlm");
        NtlmFacts ntlm;
        ntlm.targetName = ntlmNode.optionalString("target_name", kMaxShort);
        ntlm.netbiosDomain = ntlmNode.optionalString("netbios_domain", kMaxShort);
        ntlm.netbiosComputer = ntlmNode.optionalString("netbios_computer", kMaxShort);
        ntlm.dnsDomain = ntlmNode.optionalString("dns_domain", kMaxShort);
        ntlm.dnsComputer = ntlmNode.optionalString("dns_computer", kMaxShort);
        ntlm.dnsTree = ntlmNode.optionalString("dns_tree", kMaxShort);
        ntlm.osVersion = ntlmNode.optionalString("os_version", 64);
        if (!ntlmNode.isNull("server_time"))
            ntlm.serverTime = ntlmNode.time("server_time");
        if (const auto skew =
                ntlmNode.optionalInteger("clock_skew_s", -(qint64(1) << 40), qint64(1) << 40))
            ntlm.clockSkewSeconds = *skew;
        credssp.ntlm = ntlm;
    }
    return credssp;
}

Facts readFacts(const Node &node)
{
    Facts facts;
    if (node.has("dns")) {
        const Node dnsNode = node.object("dns");
        DnsFacts dns;
        dns.outcome = dnsNode.choice("outcome", kDnsOutcomes, &dnsOutcomeString);
        dns.ipv4 = dnsNode.strings("a", kMaxSmallList, 64);
        dns.ipv6 = dnsNode.strings("aaaa", kMaxSmallList, 64);
        dns.durationMs = dnsNode.duration("duration_ms");
        dns.error = dnsNode.optionalString("error");
        facts.dns = dns;
    }
    if (node.has("tcp")) {
        const Node tcpNode = node.object("tcp");
        TcpFacts tcp;
        for (const Node &attempt : tcpNode.objects("attempts", kMaxSmallList))
            tcp.attempts.append(readTcpAttempt(attempt));
        tcp.connectedAddress = tcpNode.optionalString("connected_address", kMaxShort);
        for (const Node &sample : tcpNode.objects("samples", kMaxSmallList))
            tcp.samples.append(readTcpAttempt(sample));
        tcp.samplesFailed = static_cast<int>(tcpNode.integer("samples_failed", 0, 1000000));
        if (!tcpNode.isNull("median_connect_ms")) {
            const QJsonValue median = tcpNode.raw("median_connect_ms");
            if (!median.isDouble() || median.toDouble() < 0 || median.toDouble() > 1e12)
                fail(tcpNode.where("median_connect_ms"), ReaderText::tr("not a duration"));
            tcp.medianConnectMs = median.toDouble();
        }
        facts.tcp = tcp;
    }
    if (node.has("negotiation")) {
        const Node negotiationNode = node.object("negotiation");
        NegotiationFacts negotiation;
        for (const Node &probe : negotiationNode.objects("probes", 32))
            negotiation.probes.append(readProbe(probe));
        const QStringList supported = negotiationNode.strings("supported", 32, 64);
        negotiation.rdpSupported = supported.contains(QStringLiteral("rdp"));
        negotiation.supportedMask =
            bitsFromIds(supported, 32, &wire::protocolIds, negotiationNode.where("supported"));
        facts.negotiation = negotiation;
    }
    if (node.has("tls") && !node.isNull("tls"))
        facts.tls = readTls(node.object("tls"));
    if (node.has("certificate") && !node.isNull("certificate"))
        facts.certificate = readCertificate(node.object("certificate"));
    if (node.has("credssp") && !node.isNull("credssp"))
        facts.credssp = readCredssp(node.object("credssp"));
    return facts;
}

Report readReport(const Node &root)
{
    Report report;
    const Node tool = root.object("tool");
    if (tool.string("name", kMaxShort) != QLatin1String("rdpdiag"))
        fail(tool.where("name"), ReaderText::tr("not rdpdiag"));
    report.toolVersion = tool.string("version", 64);
    report.reference = root.string("reference", 64);
    if (!isReferenceCode(report.reference))
        fail(root.where("reference"),
             ReaderText::tr("\"%1\" is not a reference code").arg(report.reference.left(64)));
    report.target = readTarget(root.object("target"));
    report.addresses = root.object("target").strings("addresses", kMaxSmallList, 64);
    report.started = root.time("started");
    report.durationMs = root.duration("duration_ms");
    report.timeoutMs = root.integer("timeout_ms", 0, kMaxDurationMs);
    report.cancelled = root.boolean("cancelled");

    QList<StageId> seen;
    for (const Node &stageNode : root.objects("stages", 16)) {
        StageResult stage;
        stage.id = stageFromString(stageNode.string("id", kMaxShort), stageNode.where("id"));
        if (seen.contains(stage.id))
            fail(stageNode.where("id"), ReaderText::tr("stage listed twice"));
        seen << stage.id;
        stage.status = stageNode.choice("status", kStageStatuses, &stageStatusString);
        stage.durationMs = stageNode.duration("duration_ms");
        stage.summary = stageNode.string("summary");
        report.stages.append(stage);
    }
    for (const Node &findingNode : root.objects("findings", kMaxFindings))
        report.findings.append(readFinding(findingNode));
    report.facts = readFacts(root.object("facts"));

    const Node diagnosis = root.object("diagnosis");
    report.diagnosis.errorCode = diagnosis.optionalString("error_code", 32);
    report.diagnosis.extendedCode = diagnosis.optionalString("extended_code", 32);
    report.diagnosis.primary = diagnosis.optionalString("primary", 128);
    report.diagnosis.summary = diagnosis.string("summary");
    if (diagnosis.has("unchecked"))
        report.diagnosis.unchecked = diagnosis.strings("unchecked", 64, kMaxText);
    return report;
}

/** @p report with every string made safe to show (support/SafeText.h); a PEM keeps its line
 * breaks. */
QJsonObject safeReport(const QJsonObject &report)
{
    return safeJson(report, {QStringLiteral("pem"), QStringLiteral("chain_pem")}).toObject();
}

} // namespace

ReportRead reportFromJson(const QJsonObject &object)
{
    ReportRead result;
    const QJsonValue schema = object.value(QStringLiteral("schema"));
    const QString expected = QLatin1String(kReportSchema);
    if (!schema.isString()) {
        result.error = ReaderText::tr("not an rdpdiag report (no \"schema\")");
        return result;
    }
    const QString name = schema.toString().left(64);
    if (name != expected) {
        const QString family = QStringLiteral("rdpdiag-report/");
        if (name.startsWith(family)) {
            bool ok = false;
            const int version = name.mid(family.size()).toInt(&ok);
            if (ok && version > 1) {
                result.error = ReaderText::tr("the report has schema %1, made by a newer rdpdiag; "
                                              "this version reads %2")
                                   .arg(name, expected);
                return result;
            }
        }
        result.error = ReaderText::tr("not an rdpdiag report (schema \"%1\", expected %2)")
                           .arg(name, expected);
        return result;
    }
    try {
        result.report = readReport(Node(safeReport(object), QString()));
    } catch (const ReadError &error) {
        result.error = error.message;
    }
    return result;
}

ReportRead readReportJson(QByteArrayView json)
{
    ReportRead result;
    if (json.size() > kMaxReportJsonBytes) {
        result.error = ReaderText::tr("the report is larger than %1 MiB")
                           .arg(kMaxReportJsonBytes / (1024 * 1024));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = ReaderText::tr("the report is not valid JSON (%1 at byte %2)")
                           .arg(error.errorString())
                           .arg(error.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = ReaderText::tr("not an rdpdiag report (not a JSON object)");
        return result;
    }
    return reportFromJson(document.object());
}

QByteArray reopenedReportJson(QByteArrayView json, const Report &read)
{
    QJsonObject object = safeReport(
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object());
    QJsonArray findings;
    for (const Finding &finding : read.findings)
        findings.append(findingToJson(finding));
    object.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace rdpdiag
