// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the readers of the server self-check (engine/parsers/WindowsParsers,
// XrdpConfig) — `reg query`, `sc queryex`, `icacls`, `wevtutil qe … /f:text`,
// `netstat -ano`, the certificate CSV of PowerShell, and xrdp.ini. The first byte of the input
// picks the reader; the rest is the tool's output or the file.
#include "FuzzSupport.h"

#include "parsers/WindowsParsers.h"
#include "parsers/XrdpConfig.h"

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString text =
        QString::fromUtf8(rdpdiag::fuzz::bytesOf(data + 1, static_cast<qsizetype>(size) - 1));
    switch (data[0] % 7) {
    case 0: {
        const RegQueryParse parse = parseRegQuery(text);
        registryDword(parse.values, QStringLiteral("SecurityLayer"));
        schannelFromRegistry(parse.values);
        break;
    }
    case 1:
        serviceStateFromSc(parseScQuery(text));
        break;
    case 2: {
        const IcaclsParse parse = parseIcacls(
            text, QStringLiteral("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys"));
        machineKeysAclProblems(parse.entries);
        break;
    }
    case 3:
        parseWevtutilText(text);
        break;
    case 4:
        parseNetstatListening(text);
        break;
    case 5:
        for (const StoreCertificateFacts &certificate : parseCertificateCsv(text))
            RDPDIAG_FUZZ_CHECK(certificate.thumbprint ==
                               normaliseThumbprint(certificate.thumbprint));
        break;
    default: {
        const XrdpConfig config = xrdpConfigFromIni(text);
        xrdpTlsVersions(config.sslProtocols);
        xrdpCiphersAllowWeakKeys(config.tlsCiphers);
        break;
    }
    }
    return 0;
}
