// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the server's answer to the MCS Connect Initial of Standard RDP Security — the
// Connect Response (wire/Mcs.h) with its GCC Conference Create Response, the server data
// blocks (wire/Gcc.h) and the server certificate (wire/ServerCertificate.h) — fed as the
// rdp_security probe feeds it (the peek, then the PDU it announced), and each inner layer
// on its own so that the fuzzer reaches it without building the envelope first.
#include "FuzzSupport.h"

#include "wire/Mcs.h"
#include "wire/X224.h"

using namespace rdpdiag::wire;

namespace {

void checkServerData(const ServerDataParse &parse)
{
    // Data, or a reason; with data, the only error is the certificate's.
    RDPDIAG_FUZZ_CHECK(parse.data.has_value() || !parse.error.isEmpty());
    if (!parse.data)
        return;
    const ServerData &data = *parse.data;
    if (data.security) {
        RDPDIAG_FUZZ_CHECK(!encryptionMethodId(data.security->encryptionMethod).isEmpty());
        RDPDIAG_FUZZ_CHECK(!encryptionLevelId(data.security->encryptionLevel).isEmpty());
        RDPDIAG_FUZZ_CHECK(!encryptionMethodIds(data.security->encryptionMethod).isEmpty());
        if (data.security->certificate) {
            RDPDIAG_FUZZ_CHECK(data.security->certificateLength.value_or(0) > 0);
            RDPDIAG_FUZZ_CHECK(data.security->certificate->keyBits.value_or(1) > 0);
            RDPDIAG_FUZZ_CHECK(data.security->certificate->chainLength >= 0 &&
                               data.security->certificate->chainLength <= 32);
        }
    } else {
        RDPDIAG_FUZZ_CHECK(parse.error.isEmpty());
    }
}

void checkResponse(QByteArrayView pdu)
{
    const ConnectResponseParse parse = parseConnectResponse(pdu);
    RDPDIAG_FUZZ_CHECK(parse.response.has_value() == parse.error.isEmpty());
    if (!parse.response)
        return;
    // A response is only ever read from one whole TPKT PDU.
    RDPDIAG_FUZZ_CHECK(pdu.size() >= 9 && ((quint8(pdu[2]) << 8) | quint8(pdu[3])) == pdu.size());
    const ConnectResponse &response = *parse.response;
    RDPDIAG_FUZZ_CHECK((response.result == 0) == response.server.has_value());
    RDPDIAG_FUZZ_CHECK(!mcsResultName(response.result).isEmpty());
    if (!response.certificateError.isEmpty())
        RDPDIAG_FUZZ_CHECK(response.server && response.server->security);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);

    checkResponse(bytes);
    const TpktPeek peek = peekTpkt(bytes);
    if (peek.status == TpktPeek::Status::Ok && peek.totalLength <= bytes.size())
        checkResponse(bytes.first(peek.totalLength));

    checkServerData(parseConferenceCreateResponse(bytes));
    checkServerData(parseServerDataBlocks(bytes));

    const ServerCertificateParse certificate = parseServerCertificate(bytes);
    RDPDIAG_FUZZ_CHECK(certificate.certificate.has_value() == certificate.error.isEmpty());
    if (const auto bits = x509RsaKeyBits(bytes))
        RDPDIAG_FUZZ_CHECK(*bits > 0 && *bits <= bytes.size() * 8);

    // Every Connect Initial the probe can build is one whole TPKT PDU.
    const QByteArray request = buildConnectInitial(rdpdiag::fuzz::le32At(bytes, 0));
    const TpktPeek requestPeek = peekTpkt(request);
    RDPDIAG_FUZZ_CHECK(requestPeek.status == TpktPeek::Status::Ok);
    RDPDIAG_FUZZ_CHECK(requestPeek.totalLength == request.size());
    return 0;
}
