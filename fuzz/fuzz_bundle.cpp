// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the findings bundle reader (bundle/Bundle.h) on zip bytes from anywhere —
// the archive checks, the manifest, sizes and hashes, every entry — read from memory
// (readBundleData, what readBundle does after loading the file). An accepted bundle holds a
// report.json that the report reader accepts on its own.
#include "FuzzSupport.h"

#include "bundle/Bundle.h"
#include "report/ReportReader.h"

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray archive(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const BundleReadResult read = readBundleData(archive);
    RDPDIAG_FUZZ_CHECK(read.contents.has_value() == read.error.isEmpty());
    if (read.contents)
        RDPDIAG_FUZZ_CHECK(readReportJson(read.contents->reportJson).report.has_value());
    return 0;
}
