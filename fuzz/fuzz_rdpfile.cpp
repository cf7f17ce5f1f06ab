// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: `.rdp` files (input/RdpFile.h) as a user may hand them over — any encoding,
// any line ends, any garbage — and, for files that parse, the path the CLI and the wizard
// take from a file to a target (loadRdpFileTarget: address and port precedence).
#include "FuzzSupport.h"

#include "input/RdpFile.h"
#include "input/Target.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace rdpdiag;

namespace {

/** One scratch file per process (the fuzzer runs inputs one after another). */
const QString &scratchPath()
{
    static const QString path =
        QDir::tempPath() + QStringLiteral("/rdpdiag-fuzz-%1.rdp").arg(::getpid());
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);

    const RdpFileParse parse = parseRdpFile(bytes);
    RDPDIAG_FUZZ_CHECK(parse.settings.has_value() == parse.error.isEmpty());
    if (!parse.settings)
        return 0;
    const RdpFileSettings &settings = *parse.settings;
    RDPDIAG_FUZZ_CHECK(!settings.fullAddress.isEmpty());
    RDPDIAG_FUZZ_CHECK(!settings.fullAddress.contains(QChar(u'\n')));

    // From the file to a target, as `rdpdiag file.rdp` does it.
    QFile file(scratchPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(bytes.data(), bytes.size());
    file.close();
    const TargetParse target = loadRdpFileTarget(scratchPath());
    RDPDIAG_FUZZ_CHECK(target.target.has_value() == target.error.isEmpty());
    if (target.target) {
        RDPDIAG_FUZZ_CHECK(target.target->source == Target::Source::RdpFile);
        RDPDIAG_FUZZ_CHECK(target.target->rdp.has_value());
        RDPDIAG_FUZZ_CHECK(!target.target->host.isEmpty());
        RDPDIAG_FUZZ_CHECK(target.target->port >= 1);
    }
    return 0;
}
