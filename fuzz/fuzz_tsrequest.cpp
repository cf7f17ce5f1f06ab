// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the CredSSP TSRequest a server sends back (wire/TsRequest.h), and the NTLM
// CHALLENGE inside its negoToken, as the CredSSP probe reads them; plus the builder's round
// trip with a token taken from the input.
#include "FuzzSupport.h"

#include "wire/Ntlm.h"
#include "wire/TsRequest.h"

using namespace rdpdiag::wire;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);

    const TsRequestParse parse = parseTsRequest(bytes);
    RDPDIAG_FUZZ_CHECK(parse.request.has_value() == parse.error.isEmpty());
    if (parse.request) {
        RDPDIAG_FUZZ_CHECK(parse.request->version >= 0 && parse.request->version <= 0xFFFF);
        if (parse.request->negoToken) {
            const NtlmChallengeParse challenge = parseNtlmChallenge(*parse.request->negoToken);
            RDPDIAG_FUZZ_CHECK(challenge.challenge.has_value() == challenge.error.isEmpty());
        }
    }

    // What the builder writes, the parser reads back unchanged.
    const int version = rdpdiag::fuzz::le16At(bytes, 0);
    const QByteArrayView token = bytes.size() > 2 ? bytes.sliced(2) : QByteArrayView();
    const QByteArray built = buildTsRequest(token, version);
    const TsRequestParse reread = parseTsRequest(built);
    RDPDIAG_FUZZ_CHECK(reread.request.has_value());
    RDPDIAG_FUZZ_CHECK(reread.request->version == version);
    RDPDIAG_FUZZ_CHECK(reread.request->negoToken.has_value());
    RDPDIAG_FUZZ_CHECK(*reread.request->negoToken == token);
    RDPDIAG_FUZZ_CHECK(!reread.request->errorCode && !reread.request->hasAuthInfo &&
                       !reread.request->hasPubKeyAuth);
    return 0;
}
