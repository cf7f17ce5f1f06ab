#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-builds rdpdiag for 64-bit Windows into build-windows/: rdpdiag.exe, rdpdiag-wizard.exe
# and the test suites, warnings as errors, with the mingw-w64 toolchain of
# scripts/lib/mingw-toolchain.sh (docs/windows.md).
# Usage: scripts/build-windows.sh [--test] [--package]
#   --test     also runs the Windows test suites under Wine (ctest in build-windows/)
#   --package  also makes the installer and the portable zip (cpack: NSIS and ZIP)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/mingw-toolchain.sh
source scripts/lib/mingw-toolchain.sh

run_tests=0
make_package=0
for argument in "$@"; do
    case "$argument" in
        --test) run_tests=1 ;;
        --package) make_package=1 ;;
        *)
            echo "usage: $0 [--test] [--package]" >&2
            exit 2
            ;;
    esac
done

prefix=$(rdpdiag_mingw_prefix)
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build-windows -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/toolchain.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DRDPDIAG_WERROR=ON >/dev/null
cmake --build build-windows --parallel "$(nproc)"

if ((run_tests)); then
    # Wine keeps its own Windows installation (a "prefix") per user; the runner makes it on
    # first use. Tests run headless (Qt's offscreen platform) like the Linux suites.
    (cd build-windows && ctest --output-on-failure --timeout 300 --parallel 2)
fi

if ((make_package)); then
    (cd build-windows && cpack -G "NSIS;ZIP")
fi
echo "Windows build: $PWD/build-windows (toolchain $prefix)"
