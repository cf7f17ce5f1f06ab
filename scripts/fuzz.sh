#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (build-fuzz, -DRDPDIAG_FUZZ=ON) and runs each for
# a while, then prints how long each ran, how many inputs it executed and whether it found
# anything. Saved corpora (fuzz/corpus/<parser>) and fixed crashes (fuzz/regressions/<parser>)
# are read; new inputs go to build-fuzz/fuzz-work/<parser>, findings to
# build-fuzz/fuzz-artifacts/<parser>/.
#
# Usage: scripts/fuzz.sh [SECONDS] [PARSER…]
#   SECONDS   per target (default 20: the smoke run of scripts/test.sh)
#   PARSER…   some of: x224 mcs der tsrequest ntlm rdpfile target certificate hostsfile …
#             (default: every target of fuzz/CMakeLists.txt)
# Ten minutes each, two at a time, politely:
#   RDPDIAG_FUZZ_JOBS=2 nice -n 10 scripts/fuzz.sh 600
# Keep the new inputs that add coverage in the source corpus (minimising merge):
#   RDPDIAG_FUZZ_MERGE=1 scripts/fuzz.sh 600 x224
# Environment: RDPDIAG_FUZZ_JOBS (targets at once, default 1), RDPDIAG_FUZZ_BUILD (build
# directory, default build-fuzz), RDPDIAG_FUZZ_MERGE=1 (merge into fuzz/corpus afterwards),
# RDPDIAG_FUZZ_TIMEOUT (seconds one input may take before it counts as a hang, default 60:
# every parser answers in milliseconds, but a busy shared machine can stall a process for
# many seconds, and a smaller limit then reports hangs that are not there).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
shift || true
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS] [PARSER…]" >&2; exit 2; }
build=${RDPDIAG_FUZZ_BUILD:-build-fuzz}
jobs=${RDPDIAG_FUZZ_JOBS:-1}
unit_timeout=${RDPDIAG_FUZZ_TIMEOUT:-60}

# Debian's clang-14 package installs clang++-14; the `clang` package adds plain clang++.
compiler=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z "$compiler" ]]; then
    echo "fuzz.sh: clang++ is needed (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

parsers=("$@")
if ((${#parsers[@]} == 0)); then
    # The list in fuzz/CMakeLists.txt is the one source of truth.
    mapfile -t parsers < <(awk '/^set\(RDPDIAG_FUZZ_PARSERS/ { on = 1 }
        on { line = $0; sub(/set\(RDPDIAG_FUZZ_PARSERS/, "", line); done = sub(/\).*/, "", line)
             printf "%s ", line; if (done) exit }' fuzz/CMakeLists.txt | tr ' ' '\n' | grep -v '^$')
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DRDPDIAG_FUZZ=ON \
    -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzzers --parallel "$(nproc)"

# Longest input per target: room for the largest real message, not much more.
max_len() {
    case $1 in
        x224) echo 70000 ;;        # a TPKT may announce 65535 bytes
        mcs) echo 16384 ;;         # the probe keeps at most 16 KiB of a Connect Response
        certificate) echo 65536 ;; # a leaf plus a few intermediates
        rdpfile | hostsfile) echo 16384 ;;
        reportreader | bundle) echo 262144 ;;
        target) echo 1024 ;;
        firewall | serverparsers) echo 65536 ;; # a large nft JSON rule set, a netsh listing
        network | netlink) echo 16384 ;; # netlink: a few interfaces with their addresses
        *) echo 8192 ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}

logs="$build/fuzz-logs"
mkdir -p "$logs"
run_one() {
    local parser=$1
    local work="$build/fuzz-work/$parser" artifacts="$build/fuzz-artifacts/$parser/"
    mkdir -p "$work" "$artifacts"
    local inputs=("$work" "fuzz/corpus/$parser")
    if [[ -d "fuzz/regressions/$parser" ]]; then
        inputs+=("fuzz/regressions/$parser")
    fi
    local dict=()
    if [[ -f "fuzz/dict/$parser.dict" ]]; then
        dict=(-dict="fuzz/dict/$parser.dict")
    fi
    local status=0
    "$build/fuzz/fuzz_$parser" -max_total_time="$seconds" -timeout="$unit_timeout" -rss_limit_mb=2048 \
        -max_len="$(max_len "$parser")" -print_final_stats=1 -artifact_prefix="$artifacts" \
        "${dict[@]}" "${inputs[@]}" >"$logs/$parser.log" 2>&1 || status=$?
    echo "$status" >"$logs/$parser.status"
    if [[ -n "${RDPDIAG_FUZZ_MERGE:-}" && $status -eq 0 ]]; then
        "$build/fuzz/fuzz_$parser" -merge=1 -max_len="$(max_len "$parser")" \
            "fuzz/corpus/$parser" "$work" >>"$logs/$parser.log" 2>&1 || true
    fi
}

started=$(date +%s)
running=0
for parser in "${parsers[@]}"; do
    if [[ ! -x "$build/fuzz/fuzz_$parser" ]]; then
        echo "fuzz.sh: no fuzz target fuzz_$parser" >&2
        exit 2
    fi
    run_one "$parser" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=0
printf '\n%-14s %8s %14s %10s %8s  %s\n' target seconds executions exec/s corpus result
for parser in "${parsers[@]}"; do
    log="$logs/$parser.log"
    status=$(cat "$logs/$parser.status" 2>/dev/null || echo 1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    corpus=$(find "$build/fuzz-work/$parser" -type f | wc -l)
    if [[ $status -eq 0 ]]; then
        result=clean
    else
        result="FAILED (exit $status): $(grep -m1 -E 'ERROR:|fuzz invariant failed|runtime error' "$log" || true)"
        result+=" artifacts: $(find "$build/fuzz-artifacts/$parser/" -type f -printf '%f ' 2>/dev/null)"
        failed=1
    fi
    printf '%-14s %8s %14s %10s %8s  %s\n' "$parser" "${took:-?}" "${execs:-?}" "${rate:-?}" \
        "$corpus" "$result"
done
echo "total wall time: $(($(date +%s) - started)) s (logs in $logs/)"
exit $failed
