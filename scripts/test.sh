#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds rdpdiag and runs every test: the Windows build's suites under Wine, the normal build
# (which also runs the Windows rdpdiag.exe against the Linux test servers), then the same
# suite under AddressSanitizer + UndefinedBehaviorSanitizer. Installs missing Debian packages
# first.
# Usage: scripts/test.sh            (all builds, then a fuzz smoke run when clang is there)
#        RDPDIAG_SKIP_SANITIZERS=1 scripts/test.sh   (no sanitizer build, for a quicker loop)
#        RDPDIAG_SKIP_WINDOWS=1 scripts/test.sh      (no Windows build)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# ccache (when installed) hashes paths relative to the checkout, so clones share its cache.
export CCACHE_BASEDIR="$PWD"

jobs=$(nproc)

# First the Windows build: its suites under Wine, then its rdpdiag.exe and installer for the
# Linux build's integration_windowscli and package_windows_installer (docs/windows.md).
# RDPDIAG_SKIP_WINDOWS=1 leaves it out (those two tests then skip, or fail under CI).
windows_options=()
if [[ -z "${RDPDIAG_SKIP_WINDOWS:-}" ]]; then
    echo "== Windows: cross-build, test under Wine, installer =="
    # shellcheck source=scripts/lib/mingw-toolchain.sh
    source scripts/lib/mingw-toolchain.sh
    mingw=$(rdpdiag_mingw_prefix)
    scripts/build-windows.sh --test --package
    windows_options=(-DRDPDIAG_WINDOWS_CLI="$PWD/build-windows/rdpdiag.exe"
        -DRDPDIAG_WINE="$mingw/bin/rdpdiag-wine"
        -DRDPDIAG_WINDOWS_INSTALLER="$(echo "$PWD"/build-windows/rdpdiag-*-win64.exe)")
fi

build_and_test() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DRDPDIAG_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" --parallel "$jobs"
    ctest --test-dir "$dir" --output-on-failure --timeout 300 --parallel 2
}

echo "== build and test (RelWithDebInfo) =="
build_and_test build "${windows_options[@]}"

if [[ -z "${RDPDIAG_SKIP_SANITIZERS:-}" ]]; then
    echo "== build and test with ASan + UBSan =="
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
    build_and_test build-asan -DCMAKE_BUILD_TYPE=Debug -DRDPDIAG_SANITIZE=ON "${windows_options[@]}"
fi

# Third: every libFuzzer target for a short smoke run (clang only; scripts/fuzz.sh runs them
# longer). RDPDIAG_FUZZ_SECONDS sets the time per target, RDPDIAG_SKIP_FUZZ=1 skips the step.
if [[ -z "${RDPDIAG_SKIP_FUZZ:-}" ]] && { command -v clang++ || command -v clang++-14; } >/dev/null; then
    echo "== fuzz smoke run (${RDPDIAG_FUZZ_SECONDS:-20} s per target) =="
    scripts/fuzz.sh "${RDPDIAG_FUZZ_SECONDS:-20}"
fi
