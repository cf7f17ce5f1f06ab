// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the NTLM CHALLENGE_MESSAGE a server sends before any credential
// (wire/Ntlm.h): offsets, lengths, UTF-16 fields, AV pairs, the timestamp; and the FILETIME
// conversion on any 64-bit value.
#include "FuzzSupport.h"

#include "wire/Ntlm.h"

using namespace rdpdiag::wire;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);

    const NtlmChallengeParse parse = parseNtlmChallenge(bytes);
    RDPDIAG_FUZZ_CHECK(parse.challenge.has_value() == parse.error.isEmpty());
    if (parse.challenge) {
        const NtlmChallenge &challenge = *parse.challenge;
        RDPDIAG_FUZZ_CHECK(bytes.size() >= 48);
        RDPDIAG_FUZZ_CHECK(challenge.serverChallenge.size() == 8);
        // Names come from inside the message: AV pairs are UTF-16 (two bytes a character);
        // TargetName is OEM text (a byte a character) when the Unicode flag is off.
        RDPDIAG_FUZZ_CHECK(challenge.targetName.size() <= bytes.size());
        for (const QString *field :
             {&challenge.netbiosComputer, &challenge.netbiosDomain, &challenge.dnsComputer,
              &challenge.dnsDomain, &challenge.dnsTree})
            RDPDIAG_FUZZ_CHECK(field->size() <= bytes.size() / 2);
        if (challenge.timestamp)
            (void)challenge.timestamp->toString(Qt::ISODate);
    }

    // FILETIME → QDateTime → FILETIME keeps the value to the millisecond.
    const quint64 fileTime = static_cast<quint64>(rdpdiag::fuzz::le32At(bytes, 0)) |
                             (static_cast<quint64>(rdpdiag::fuzz::le32At(bytes, 4)) << 32);
    const QDateTime time = fileTimeToDateTime(fileTime);
    if (time.isValid()) {
        const quint64 back = dateTimeToFileTime(time);
        RDPDIAG_FUZZ_CHECK(back <= fileTime && fileTime - back < 10000);
    }
    return 0;
}
