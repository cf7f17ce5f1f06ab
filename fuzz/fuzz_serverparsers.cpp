// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the readers of the server self-check (engine/parsers/WindowsParsers,
// XrdpConfig) — `icacls`, `wevtutil qe … /f:text`, `netstat -ano` (and the number of the
// PowerShell grace-period query), and xrdp.ini. The first byte of the input picks the reader;
// the rest is the tool's output or the file. (The registry, services and certificate stores
// are read through the Win32 API, without text to parse.)
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
    switch (data[0] % 4) {
    case 0: {
        const IcaclsParse parse = parseIcacls(
            text, QStringLiteral("C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys"));
        machineKeysAclProblems(parse.entries);
        break;
    }
    case 1:
        parseWevtutilText(text);
        break;
    case 2:
        parseNetstatListening(text);
        parseFirstInteger(text);
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
