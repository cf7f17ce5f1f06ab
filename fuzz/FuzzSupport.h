// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Shared helpers of the fuzz targets. Every fuzz_<parser>.cpp defines libFuzzer's entry
 * point `LLVMFuzzerTestOneInput`; the same source is linked either with libFuzzer (clang,
 * RDPDIAG_FUZZ=ON) or with ReplayMain.cpp (any compiler), which runs the saved corpus and
 * every saved crash through it as a CTest regression test.
 *
 * Besides "does not crash", the targets check invariants the parsers promise (a result or
 * an error, never both; what a builder writes, the parser reads back). A broken invariant
 * aborts, so libFuzzer saves the input like a crash.
 */

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/** Aborts with the failed condition when @p condition is false (in every build type). */
#define RDPDIAG_FUZZ_CHECK(condition)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__,      \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace rdpdiag::fuzz {

/** The fuzz input as a byte view (no copy). */
inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/** Little-endian 16-bit value at @p offset, or 0 past the end (to derive parameters). */
inline quint16 le16At(QByteArrayView bytes, qsizetype offset)
{
    if (offset < 0 || offset + 2 > bytes.size())
        return 0;
    return static_cast<quint16>(static_cast<quint8>(bytes[offset]) |
                                (static_cast<quint8>(bytes[offset + 1]) << 8));
}

/** Little-endian 32-bit value at @p offset, or 0 past the end. */
inline quint32 le32At(QByteArrayView bytes, qsizetype offset)
{
    return static_cast<quint32>(le16At(bytes, offset)) |
           (static_cast<quint32>(le16At(bytes, offset + 2)) << 16);
}

} // namespace rdpdiag::fuzz
