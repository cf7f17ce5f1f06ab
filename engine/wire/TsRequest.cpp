// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/TsRequest.h"

#include "wire/Der.h"

namespace rdpdiag::wire {

namespace {

constexpr quint8 context(int number)
{
    return static_cast<quint8>(der::TagContext0 + number);
}

TsRequestParse fail(const QString &error)
{
    TsRequestParse result;
    result.error = error;
    return result;
}

/** Reads `[0] OCTET STRING` of the first NegoDataItem in the content of negoTokens [1]. */
std::optional<QByteArray> firstNegoToken(der::Reader &outer, const der::Element &negoTokens,
                                         QString &error)
{
    auto sequenceOf = outer.enter(negoTokens);
    if (!sequenceOf) {
        error = QStringLiteral("negoTokens: %1").arg(outer.error());
        return std::nullopt;
    }
    const auto items = sequenceOf->next();
    if (!items || items->tag != der::TagSequence) {
        error = sequenceOf->failed() ? QStringLiteral("negoTokens: %1").arg(sequenceOf->error())
                                     : QStringLiteral("negoTokens is not a SEQUENCE OF");
        return std::nullopt;
    }
    auto list = sequenceOf->enter(*items);
    if (!list) {
        error = QStringLiteral("negoTokens: %1").arg(sequenceOf->error());
        return std::nullopt;
    }
    const auto item = list->next();
    if (!item) {
        error = list->failed() ? QStringLiteral("negoTokens: %1").arg(list->error())
                               : QStringLiteral("negoTokens is empty");
        return std::nullopt;
    }
    if (item->tag != der::TagSequence) {
        error = QStringLiteral("NegoDataItem is not a SEQUENCE");
        return std::nullopt;
    }
    auto fields = list->enter(*item);
    if (!fields) {
        error = QStringLiteral("negoTokens: %1").arg(list->error());
        return std::nullopt;
    }
    const auto tokenField = fields->next();
    if (!tokenField || tokenField->tag != context(0)) {
        error = fields->failed() ? QStringLiteral("negoToken: %1").arg(fields->error())
                                 : QStringLiteral("NegoDataItem lacks negoToken [0]");
        return std::nullopt;
    }
    auto inner = fields->enter(*tokenField);
    if (!inner) {
        error = QStringLiteral("negoToken: %1").arg(fields->error());
        return std::nullopt;
    }
    const auto octets = inner->next();
    if (!octets || octets->tag != der::TagOctetString) {
        error = inner->failed() ? QStringLiteral("negoToken: %1").arg(inner->error())
                                : QStringLiteral("negoToken is not an OCTET STRING");
        return std::nullopt;
    }
    return octets->content.toByteArray();
}

/** Reads the INTEGER inside an explicit context tag. */
std::optional<qint64> explicitInteger(der::Reader &outer, const der::Element &field, QString &error)
{
    auto inner = outer.enter(field);
    if (!inner) {
        error = outer.error();
        return std::nullopt;
    }
    const auto value = inner->next();
    if (!value || value->tag != der::TagInteger) {
        error = inner->failed() ? inner->error() : QStringLiteral("not an INTEGER");
        return std::nullopt;
    }
    const auto decoded = der::decodeInteger(value->content);
    if (!decoded)
        error = QStringLiteral("INTEGER of %1 bytes").arg(value->content.size());
    return decoded;
}

} // namespace

QByteArray buildTsRequest(QByteArrayView negoToken, int version)
{
    const QByteArray token =
        der::encodeElement(context(0), der::encodeElement(der::TagOctetString, negoToken));
    const QByteArray item = der::encodeElement(der::TagSequence, token);
    const QByteArray negoData = der::encodeElement(der::TagSequence, item);
    QByteArray body = der::encodeElement(context(0), der::encodeInteger(version));
    body += der::encodeElement(context(1), negoData);
    return der::encodeElement(der::TagSequence, body);
}

TsRequestParse parseTsRequest(QByteArrayView data)
{
    der::Reader top(data);
    const auto message = top.next();
    if (!message)
        return fail(top.failed() ? top.error() : QStringLiteral("empty message"));
    if (message->tag != der::TagSequence)
        return fail(
            QStringLiteral("not a SEQUENCE (tag 0x%1)").arg(message->tag, 2, 16, QLatin1Char('0')));
    if (!top.atEnd())
        return fail(QStringLiteral("%1 bytes after the TSRequest")
                        .arg(data.size() - message->totalLength()));
    auto fields = top.enter(*message);
    if (!fields)
        return fail(top.error());

    TsRequest request;
    bool haveVersion = false;
    int lastTag = -1;
    while (const auto field = fields->next()) {
        // The fields are context-tagged and in ascending order; anything else is malformed.
        if ((field->tag & 0xE0) != 0xA0)
            return fail(QStringLiteral("unexpected tag 0x%1 in TSRequest")
                            .arg(field->tag, 2, 16, QLatin1Char('0')));
        const int number = field->tag & 0x1F;
        if (number <= lastTag)
            return fail(QStringLiteral("TSRequest fields out of order"));
        lastTag = number;
        QString error;
        switch (number) {
        case 0: {
            const auto version = explicitInteger(*fields, *field, error);
            if (!version)
                return fail(QStringLiteral("version: %1").arg(error));
            if (*version < 0 || *version > 0xFFFF)
                return fail(QStringLiteral("version %1 out of range").arg(*version));
            request.version = static_cast<int>(*version);
            haveVersion = true;
            break;
        }
        case 1: {
            auto token = firstNegoToken(*fields, *field, error);
            if (!token)
                return fail(error);
            request.negoToken = std::move(*token);
            break;
        }
        case 2:
            request.hasAuthInfo = true;
            break;
        case 3:
            request.hasPubKeyAuth = true;
            break;
        case 4: {
            const auto code = explicitInteger(*fields, *field, error);
            if (!code)
                return fail(QStringLiteral("errorCode: %1").arg(error));
            // NTSTATUS values have the top bit set and are often encoded as negative
            // INTEGERs; keep the 32-bit pattern either way.
            request.errorCode = static_cast<quint32>(static_cast<quint64>(*code) & 0xFFFFFFFFu);
            break;
        }
        default:
            break; // clientNonce and later additions
        }
    }
    if (fields->failed())
        return fail(fields->error());
    if (!haveVersion)
        return fail(QStringLiteral("TSRequest without version"));
    TsRequestParse result;
    result.request = std::move(request);
    return result;
}

} // namespace rdpdiag::wire
