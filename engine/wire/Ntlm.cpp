// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/Ntlm.h"

#include "support/SafeText.h"
#include "wire/Bytes.h"

#include <algorithm>

namespace rdpdiag::wire {

namespace {

constexpr char kSignature[] = "NTLMSSP"; // plus its terminating NUL: 8 bytes
constexpr int kSignatureLength = 8;
constexpr quint32 kTypeNegotiate = 1;
constexpr quint32 kTypeChallenge = 2;
constexpr int kNegotiateLength = 40;
/** CHALLENGE fixed part up to and including TargetInfoFields. */
constexpr int kChallengeFixedLength = 48;
constexpr int kVersionLength = 8;
/** Seconds between 1601-01-01 and 1970-01-01. */
constexpr qint64 kFileTimeEpochOffsetSeconds = 11644473600LL;

NtlmChallengeParse fail(const QString &error)
{
    NtlmChallengeParse result;
    result.error = error;
    return result;
}

/** A (len, maxlen, offset) field's payload, or nullopt when it leaves the message. */
std::optional<QByteArrayView> payloadField(QByteArrayView data, qsizetype at)
{
    const quint16 length = readLe16(data, at);
    const quint32 offset = readLe32(data, at + 4);
    if (length == 0)
        return QByteArrayView();
    if (offset > static_cast<quint64>(data.size()) ||
        length > static_cast<quint64>(data.size()) - offset)
        return std::nullopt;
    return data.sliced(offset, length);
}

std::optional<QString> utf16(QByteArrayView bytes)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i < bytes.size(); i += 2)
        text.append(QChar(readLe16(bytes, i)));
    return safeText(text); // names chosen by the server: never a control character
}

/** Reads the AV pairs of TargetInfo into @p challenge; returns an error text or empty. */
QString readTargetInfo(QByteArrayView info, NtlmChallenge &challenge)
{
    qsizetype at = 0;
    for (;;) {
        if (info.size() - at < 4)
            return QStringLiteral("TargetInfo ends without MsvAvEOL");
        const quint16 id = readLe16(info, at);
        const quint16 length = readLe16(info, at + 2);
        at += 4;
        if (length > info.size() - at)
            return QStringLiteral("AV pair %1 claims %2 bytes, %3 left")
                .arg(id)
                .arg(length)
                .arg(info.size() - at);
        const QByteArrayView value = info.sliced(at, length);
        at += length;
        QString *target = nullptr;
        switch (id) {
        case AvEol:
            return {};
        case AvNbComputerName:
            target = &challenge.netbiosComputer;
            break;
        case AvNbDomainName:
            target = &challenge.netbiosDomain;
            break;
        case AvDnsComputerName:
            target = &challenge.dnsComputer;
            break;
        case AvDnsDomainName:
            target = &challenge.dnsDomain;
            break;
        case AvDnsTreeName:
            target = &challenge.dnsTree;
            break;
        case AvTimestamp:
            if (length != 8)
                return QStringLiteral("MsvAvTimestamp of %1 bytes").arg(length);
            challenge.timestamp = fileTimeToDateTime(readLe64(value, 0));
            break;
        default:
            break; // flags, restrictions, channel bindings, …: not needed
        }
        if (target) {
            const auto text = utf16(value);
            if (!text)
                return QStringLiteral("AV pair %1 has an odd UTF-16 length %2").arg(id).arg(length);
            *target = *text;
        }
    }
}

} // namespace

QByteArray buildNtlmNegotiate()
{
    QByteArray out(kSignature, kSignatureLength);
    appendLe32(out, kTypeNegotiate);
    appendLe32(out, kNtlmNegotiateFlags);
    // DomainNameFields and WorkstationFields: empty, pointing at the end of the message.
    for (int field = 0; field < 2; ++field) {
        appendLe16(out, 0);
        appendLe16(out, 0);
        appendLe32(out, kNegotiateLength);
    }
    // Version: 10.0 build 19041, NTLMSSP_REVISION_W2K3 (15). Debugging aid only.
    out.append(static_cast<char>(10));
    out.append(static_cast<char>(0));
    appendLe16(out, 19041);
    out.append(3, '\0');
    out.append(static_cast<char>(15));
    return out;
}

NtlmChallengeParse parseNtlmChallenge(QByteArrayView data)
{
    if (data.size() < kChallengeFixedLength)
        return fail(QStringLiteral("CHALLENGE of %1 bytes is shorter than %2")
                        .arg(data.size())
                        .arg(kChallengeFixedLength));
    if (data.first(kSignatureLength) != QByteArrayView(kSignature, kSignatureLength))
        return fail(QStringLiteral("no NTLMSSP signature"));
    const quint32 type = readLe32(data, 8);
    if (type != kTypeChallenge)
        return fail(QStringLiteral("NTLM message type %1, expected 2").arg(type));

    NtlmChallenge challenge;
    challenge.flags = readLe32(data, 20);
    challenge.serverChallenge = data.sliced(24, 8).toByteArray();

    const auto targetName = payloadField(data, 12);
    if (!targetName)
        return fail(QStringLiteral("TargetName lies outside the message"));
    if (challenge.flags & NtlmNegotiateUnicode) {
        const auto text = utf16(*targetName);
        if (!text)
            return fail(
                QStringLiteral("TargetName has an odd UTF-16 length %1").arg(targetName->size()));
        challenge.targetName = *text;
    } else {
        challenge.targetName = safeText(QString::fromLatin1(*targetName));
    }

    const auto targetInfo = payloadField(data, 40);
    if (!targetInfo)
        return fail(QStringLiteral("TargetInfo lies outside the message"));
    if (!targetInfo->isEmpty()) {
        challenge.hasTargetInfo = true;
        const QString error = readTargetInfo(*targetInfo, challenge);
        if (!error.isEmpty())
            return fail(error);
    }

    // The Version field exists when the flag says so and the payload leaves room for it
    // (some servers set the flag but start the payload at offset 48).
    const auto payloadStart = [&](qsizetype at) -> quint64 {
        return readLe16(data, at) == 0 ? ~quint64(0) : readLe32(data, at + 4);
    };
    const quint64 firstPayload = std::min(payloadStart(12), payloadStart(40));
    if ((challenge.flags & NtlmNegotiateVersion) &&
        data.size() >= kChallengeFixedLength + kVersionLength &&
        firstPayload >= quint64(kChallengeFixedLength + kVersionLength)) {
        challenge.version = QStringLiteral("%1.%2.%3")
                                .arg(byteAt(data, 48))
                                .arg(byteAt(data, 49))
                                .arg(readLe16(data, 50));
    }

    NtlmChallengeParse result;
    result.challenge = std::move(challenge);
    return result;
}

QDateTime fileTimeToDateTime(quint64 fileTime)
{
    // Whole milliseconds are plenty for a clock comparison; the division keeps the value
    // far inside qint64 for any 64-bit input.
    const qint64 msSince1601 = static_cast<qint64>(fileTime / 10000);
    return QDateTime::fromMSecsSinceEpoch(msSince1601 - kFileTimeEpochOffsetSeconds * 1000,
                                          Qt::UTC);
}

quint64 dateTimeToFileTime(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch() + kFileTimeEpochOffsetSeconds * 1000;
    return ms < 0 ? 0 : static_cast<quint64>(ms) * 10000;
}

} // namespace rdpdiag::wire
