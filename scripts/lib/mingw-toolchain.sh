# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Where the Windows cross toolchain is (Qt 6.4.2, OpenSSL 3.0, zlib, libzip, spdlog built for
# x86_64-w64-mingw32), sourced by scripts/build-windows.sh and scripts/test.sh.
#
#   rdpdiag_mingw_prefix    prints the toolchain's prefix (the folder with toolchain.cmake),
#                           unpacking the team's archive first when needed
#
# Order: $RDPDIAG_MINGW when set; else a copy unpacked earlier into
# ${XDG_CACHE_HOME:-~/.cache}/rdpdiag/; else the archive rdpdiag-mingw-qt6.4.2.tar.xz from
# $RDPDIAG_MINGW_ARCHIVE or ../shared/toolchains/ beside the checkout, unpacked once (checked
# against its SHA-256) into that cache; else /opt/rdpdiag-mingw, where the toolchain's build
# script installs by default. Without any, it says how to build the toolchain
# (docs/windows.md).

readonly RDPDIAG_MINGW_ARCHIVE_NAME=rdpdiag-mingw-qt6.4.2.tar.xz
readonly RDPDIAG_MINGW_ARCHIVE_SHA256=f110bd98b37d0a656f2a4f9cdbca5cecea2f7cd6cfa460571690cfd9b85ffba2

rdpdiag_mingw_prefix() {
    local repo archive cache target
    repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    if [[ -n "${RDPDIAG_MINGW:-}" ]]; then
        if [[ ! -f "$RDPDIAG_MINGW/toolchain.cmake" ]]; then
            echo "RDPDIAG_MINGW=$RDPDIAG_MINGW has no toolchain.cmake" >&2
            return 1
        fi
        printf '%s\n' "$RDPDIAG_MINGW"
        return 0
    fi
    archive=${RDPDIAG_MINGW_ARCHIVE:-$repo/../shared/toolchains/$RDPDIAG_MINGW_ARCHIVE_NAME}
    cache=${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/rdpdiag
    target=$cache/mingw-$RDPDIAG_MINGW_ARCHIVE_SHA256
    if [[ -f "$target/rdpdiag-mingw/toolchain.cmake" ]]; then
        printf '%s\n' "$target/rdpdiag-mingw"
        return 0
    fi
    if [[ ! -f "$archive" && -f /opt/rdpdiag-mingw/toolchain.cmake ]]; then
        printf '%s\n' /opt/rdpdiag-mingw
        return 0
    fi
    if [[ ! -f "$archive" ]]; then
        cat >&2 <<MESSAGE
The Windows cross toolchain was not found.
  Set RDPDIAG_MINGW to its prefix (the folder with toolchain.cmake), or
  RDPDIAG_MINGW_ARCHIVE to $RDPDIAG_MINGW_ARCHIVE_NAME, or build it
  (about 25 minutes on 2 cores) with the team's build-mingw-toolchain.sh:
  see docs/windows.md, "The toolchain".
MESSAGE
        return 1
    fi
    if ! echo "$RDPDIAG_MINGW_ARCHIVE_SHA256  $archive" | sha256sum --check --status; then
        echo "$archive is not the expected archive (SHA-256 differs)" >&2
        return 1
    fi
    mkdir -p "$cache"
    local partial
    partial=$(mktemp -d "$cache/unpack.XXXXXX")
    tar -C "$partial" -xJf "$archive"
    rm -rf "$target"
    mv "$partial" "$target"
    printf '%s\n' "$target/rdpdiag-mingw"
}
