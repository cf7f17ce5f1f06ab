// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the DER reader under TSRequest (wire/Der.h) — the length peek used for
// stream reads, a full recursive walk of every element, INTEGER decoding — and the
// writer's round trip (what encodeElement / encodeInteger write, the reader reads back).
#include "FuzzSupport.h"

#include "wire/Der.h"

using namespace rdpdiag::wire;

namespace {

struct Walk
{
    const char *begin = nullptr;
    const char *end = nullptr;
    int elements = 0;
};

void walk(der::Reader reader, Walk &state)
{
    while (const auto element = reader.next()) {
        ++state.elements;
        // Every element lies inside the input.
        RDPDIAG_FUZZ_CHECK(element->headerLength >= 2 && element->headerLength <= 6);
        RDPDIAG_FUZZ_CHECK(element->content.size() >= 0);
        RDPDIAG_FUZZ_CHECK(element->content.isEmpty() ||
                           (element->content.data() >= state.begin &&
                            element->content.data() + element->content.size() <= state.end));
        if (element->tag == der::TagInteger) {
            if (const auto value = der::decodeInteger(element->content)) {
                // The minimal encoding of the value decodes to the same value.
                const QByteArray encoded = der::encodeInteger(*value);
                der::Reader again(encoded);
                const auto reread = again.next();
                RDPDIAG_FUZZ_CHECK(reread && reread->tag == der::TagInteger);
                RDPDIAG_FUZZ_CHECK(der::decodeInteger(reread->content) == value);
                RDPDIAG_FUZZ_CHECK(reread->content.size() <= element->content.size());
            }
        }
        if (element->constructed()) {
            auto inner = reader.enter(*element);
            if (!inner) {
                RDPDIAG_FUZZ_CHECK(reader.failed());
                RDPDIAG_FUZZ_CHECK(reader.depth() + 1 > der::kMaxDepth);
                return;
            }
            RDPDIAG_FUZZ_CHECK(inner->depth() == reader.depth() + 1);
            walk(*inner, state);
        }
    }
    // next() ends at the end of the buffer or with a reason.
    RDPDIAG_FUZZ_CHECK(reader.atEnd() || reader.failed());
    RDPDIAG_FUZZ_CHECK(!reader.failed() || !reader.error().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);

    const der::LengthPeek peek = der::peekLength(bytes);
    if (peek.status == der::LengthPeek::Status::Ok) {
        RDPDIAG_FUZZ_CHECK(peek.totalLength >= 2);
        // When the whole element is there, the reader agrees with the peek.
        if (peek.totalLength <= bytes.size()) {
            der::Reader reader(bytes.first(static_cast<qsizetype>(peek.totalLength)));
            const auto element = reader.next();
            RDPDIAG_FUZZ_CHECK(element.has_value());
            RDPDIAG_FUZZ_CHECK(element->totalLength() == peek.totalLength);
            RDPDIAG_FUZZ_CHECK(reader.atEnd());
        }
    } else if (peek.status == der::LengthPeek::Status::Invalid) {
        RDPDIAG_FUZZ_CHECK(!peek.error.isEmpty());
    }

    Walk state{bytes.data(), bytes.data() + bytes.size(), 0};
    walk(der::Reader(bytes), state);

    // Writer round trip: any one-byte tag (not the high-tag form) and any content.
    if (!bytes.isEmpty() && (static_cast<quint8>(bytes[0]) & 0x1F) != 0x1F) {
        const quint8 tag = static_cast<quint8>(bytes[0]);
        const QByteArrayView content = bytes.sliced(1);
        const QByteArray encoded = der::encodeElement(tag, content);
        der::Reader reader(encoded);
        const auto element = reader.next();
        RDPDIAG_FUZZ_CHECK(element && element->tag == tag && element->content == content);
        RDPDIAG_FUZZ_CHECK(reader.atEnd() && !reader.failed());
        const der::LengthPeek encodedPeek = der::peekLength(encoded);
        RDPDIAG_FUZZ_CHECK(encodedPeek.status == der::LengthPeek::Status::Ok &&
                           encodedPeek.totalLength == encoded.size());
    }
    return 0;
}
