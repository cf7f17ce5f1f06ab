// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the JSON report reader (report/ReportReader.h) on report.json bytes from
// anywhere (a findings bundle someone attached to a ticket). A report it accepts is written
// again by the JSON writer, and what the writer wrote reads back and writes identically —
// the reader and the writer agree on every report the reader lets through.
#include "FuzzSupport.h"

#include "report/JsonReport.h"
#include "report/ReportReader.h"

using namespace rdpdiag;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = rdpdiag::fuzz::bytesOf(data, size);
    const ReportRead read = readReportJson(bytes);
    RDPDIAG_FUZZ_CHECK(read.report.has_value() == read.error.isEmpty());
    if (!read.report)
        return 0;
    const QByteArray written = reportToJsonBytes(*read.report);
    const ReportRead again = readReportJson(written);
    RDPDIAG_FUZZ_CHECK(again.report.has_value());
    RDPDIAG_FUZZ_CHECK(reportToJsonBytes(*again.report) == written);
    return 0;
}
