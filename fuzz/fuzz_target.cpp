// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the target text a user types (input/Target.h): host, host:port,
// [v6]:port, bare IPv6 with zone ids, IDN names. The first input byte picks the text
// encoding (UTF-8 or UTF-16) and the next two the default port; a parsed target, written
// back as host:port, parses to the same target.
#include "FuzzSupport.h"

#include "input/Target.h"

#include <QHostAddress>

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);
    if (bytes.size() < 3)
        return 0;
    const bool utf16 = (static_cast<quint8>(bytes[0]) & 1) != 0;
    quint16 defaultPort = rdpdiag::fuzz::le16At(bytes, 1);
    if (defaultPort == 0)
        defaultPort = kDefaultRdpPort;
    const QByteArrayView textBytes = bytes.sliced(3);
    const QString text =
        utf16 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(textBytes.data()),
                                   textBytes.size() / 2)
              : QString::fromUtf8(textBytes);
    (void)looksLikeRdpFile(text);

    const TargetParse parse = parseTargetText(text, defaultPort);
    RDPDIAG_FUZZ_CHECK(parse.target.has_value() == parse.error.isEmpty());
    if (!parse.target)
        return 0;
    const Target &target = *parse.target;
    RDPDIAG_FUZZ_CHECK(!target.host.isEmpty());
    RDPDIAG_FUZZ_CHECK(target.port >= 1);
    RDPDIAG_FUZZ_CHECK(target.source == Target::Source::Argument);
    if (target.isIpLiteral)
        RDPDIAG_FUZZ_CHECK(!QHostAddress(target.host).isNull());

    // host:port (brackets around IPv6) is a canonical form: it parses to the same target.
    // (One multi-argument arg(): a zone id such as "%2" must not be taken for a placeholder.)
    const QString canonical = (target.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2")
                                                                      : QStringLiteral("%1:%2"))
                                  .arg(target.host, QString::number(target.port));
    const TargetParse again = parseTargetText(canonical, defaultPort);
    RDPDIAG_FUZZ_CHECK(again.target.has_value());
    RDPDIAG_FUZZ_CHECK(again.target->host == target.host);
    RDPDIAG_FUZZ_CHECK(again.target->port == target.port);
    RDPDIAG_FUZZ_CHECK(again.target->isIpLiteral == target.isIpLiteral);
    return 0;
}
