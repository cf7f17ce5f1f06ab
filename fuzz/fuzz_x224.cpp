// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the server's first answer — TPKT header peek and X.224 Connection Confirm
// with RDP_NEG_RSP / RDP_NEG_FAILURE (wire/X224.h), fed exactly as the negotiation probe
// feeds them: the peek on whatever arrived, the parser on the PDU the peek announced.
#include "FuzzSupport.h"

#include "wire/X224.h"

using namespace rdpdiag::wire;

namespace {

void parseAndCheck(QByteArrayView pdu)
{
    const ConfirmParse parse = parseConnectionConfirm(pdu);
    // Exactly one of a confirm or a reason.
    RDPDIAG_FUZZ_CHECK(parse.confirm.has_value() == parse.error.isEmpty());
    if (!parse.confirm)
        return;
    // A confirm is only ever read from one whole, well-formed TPKT PDU.
    const TpktPeek peek = peekTpkt(pdu);
    RDPDIAG_FUZZ_CHECK(peek.status == TpktPeek::Status::Ok);
    RDPDIAG_FUZZ_CHECK(peek.totalLength == pdu.size());
    const ConnectionConfirm &confirm = *parse.confirm;
    // What the evidence and the JSON report derive from a confirm.
    RDPDIAG_FUZZ_CHECK(!selectedProtocolId(confirm.selectedProtocol).isEmpty());
    RDPDIAG_FUZZ_CHECK(!protocolIds(confirm.selectedProtocol).isEmpty());
    (void)responseFlagIds(confirm.flags);
    RDPDIAG_FUZZ_CHECK(!failureCodeName(confirm.failureCode).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);

    const TpktPeek peek = peekTpkt(bytes);
    switch (peek.status) {
    case TpktPeek::Status::NeedMore:
        RDPDIAG_FUZZ_CHECK(bytes.size() < kTpktHeaderLength);
        break;
    case TpktPeek::Status::Ok:
        RDPDIAG_FUZZ_CHECK(peek.totalLength >= kMinConfirmLength && peek.totalLength <= 0xFFFF);
        break;
    case TpktPeek::Status::BadLength:
        RDPDIAG_FUZZ_CHECK(peek.totalLength < kMinConfirmLength);
        break;
    case TpktPeek::Status::NotTpkt:
        break;
    }

    parseAndCheck(bytes);
    if (peek.status == TpktPeek::Status::Ok && peek.totalLength <= bytes.size())
        parseAndCheck(bytes.first(peek.totalLength));

    // Evidence renderings of arbitrary bytes, with the default and an odd limit.
    (void)hexDump(bytes);
    (void)printableText(bytes);
    (void)hexDump(bytes, static_cast<int>(size % 7));
    (void)printableText(bytes, static_cast<int>(size % 5));

    // Every request the probe can build is one whole PDU by the peek.
    const QByteArray request = buildConnectionRequest(rdpdiag::fuzz::le32At(bytes, 0));
    const TpktPeek requestPeek = peekTpkt(request);
    RDPDIAG_FUZZ_CHECK(requestPeek.status == TpktPeek::Status::Ok);
    RDPDIAG_FUZZ_CHECK(requestPeek.totalLength == request.size());
    return 0;
}
