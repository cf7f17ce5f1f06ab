#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks rdpdiag against the peers a troubleshooter would otherwise run, on this
# machine, against servers on 127.0.0.1 only, and prints a markdown table (also written to
# $RDPDIAG_BENCH_WORK/results.md). Not a test: it measures, it does not assert.
#
# It installs the peers from Debian (nmap, sslscan, xfreerdp, hyperfine) and the lab servers
# (xrdp, freerdp-shadow-cli, Xvfb) when missing, builds rdpdiag and the wizard, compiles the
# floor client (bench/x224tls.cpp) and the lab server of fleet mode (bench/labserver.cpp),
# then runs bench/bench.py. Needs root for apt-get and for the network namespace of the
# filtered-port case. rdp-sec-check is not packaged in Debian and is not used. Takes about
# 10 minutes (4 of them the fleet runs of 10,000 targets; fewer with
# RDPDIAG_BENCH_ARGS="--fleet-size 1000") plus ~130 s for the OS connect timeout (skip that
# one with RDPDIAG_BENCH_ARGS=--skip-os-timeout).
#
# Usage: bench/run.sh
# Environment: RDPDIAG_BENCH_BUILD (build directory, default build-bench),
#              RDPDIAG_BENCH_WORK (scratch directory, default /tmp/rdpdiag-bench),
#              RDPDIAG_BENCH_RUNS (runs per command, default 5),
#              RDPDIAG_BENCH_ARGS (more arguments for bench.py, e.g. "--only peers fleet").
set -euo pipefail
cd "$(dirname "$0")/.."

build=${RDPDIAG_BENCH_BUILD:-build-bench}
work=${RDPDIAG_BENCH_WORK:-/tmp/rdpdiag-bench}
runs=${RDPDIAG_BENCH_RUNS:-5}

# What the build needs (scripts/install-deps.sh), then the peers and the lab servers.
scripts/install-deps.sh
# shellcheck source=scripts/lib/debian-packages.sh
source scripts/lib/debian-packages.sh
PACKAGES=(nmap sslscan freerdp2-x11 freerdp2-shadow-x11 winpr-utils hyperfine xrdp xvfb x11-utils
    openssl python3 g++ libssl-dev iproute2 nftables)
mapfile -t missing < <(rdpdiag_missing_packages "${PACKAGES[@]}")
rdpdiag_apt_install "${missing[@]}"
# Never leave the packaged RDP service on 0.0.0.0:3389 (the lab starts its own on loopback).
rdpdiag_keep_rdp_service_off

# A build directory of its own is configured for a release build; an existing one (e.g.
# RDPDIAG_BENCH_BUILD=build) is used as it is configured.
if [[ -f "$build/CMakeCache.txt" ]]; then
    cmake -S . -B "$build" >/dev/null
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" --target rdpdiag rdpdiag-wizard --parallel "$(nproc)" >/dev/null ||
    cmake --build "$build" --target rdpdiag --parallel "$(nproc)" >/dev/null

mkdir -p "$work"
g++ -O2 -std=c++17 bench/x224tls.cpp -o "$work/x224tls" -lssl -lcrypto
g++ -O2 -std=c++17 -pthread bench/labserver.cpp -o "$work/labserver" -lssl -lcrypto

wizard="$build/app/wizard/rdpdiag-wizard"
# shellcheck disable=SC2086 # RDPDIAG_BENCH_ARGS is a list of words on purpose
python3 bench/bench.py --rdpdiag "$build/app/cli/rdpdiag" --floor "$work/x224tls" \
    --labserver "$work/labserver" --wizard "$wizard" --work "$work" --runs "$runs" \
    ${RDPDIAG_BENCH_ARGS:-}
