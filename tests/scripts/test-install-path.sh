#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The install path of a fresh machine, without installing anything: scripts/install-deps.sh,
# scripts/run.sh and scripts/test.sh run with stand-ins for dpkg-query (every package
# missing), apt-get, systemctl and cmake/ctest on PATH, in a private mount namespace whose
# /usr/sbin and /run are scratch folders, so this machine's real policy-rc.d is never touched.
#
# Checked, each with and without a pre-existing policy-rc.d (none; Docker's, which forbids
# service starts; one that allows them):
#   - the scripts succeed on the first try and print why they install;
#   - while apt-get runs, a policy-rc.d forbids starting xrdp;
#   - afterwards the policy-rc.d is exactly as before (absent, or same inode, mode, time, bytes);
#   - the packaged xrdp units are disabled when systemd runs;
#   - a failing apt-get fails the script with a message, and still restores the policy-rc.d;
#   - nothing missing: apt-get is not called at all.
# Needs root (unshare --mount); see tests/scripts/preconditions.sh for what happens without it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/scripts/preconditions.sh
source "$repo/tests/scripts/preconditions.sh"

if [[ -z "${RDPDIAG_INSTALL_TEST_NS:-}" ]]; then
    rdpdiag_require rdpdiag_is_root -- "needs root for a private mount namespace (unshare --mount)"
    rdpdiag_require rdpdiag_has_command unshare -- "unshare (util-linux) is not installed"
    exec unshare --mount --propagation private env RDPDIAG_INSTALL_TEST_NS=1 bash "$0" "$@"
fi

# --- inside the private mount namespace from here on ---
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mount -t tmpfs rdpdiag-test-sbin /usr/sbin
mount -t tmpfs rdpdiag-test-run /run

failures=0
fail() {
    echo "FAIL [$case_name]: $*" >&2
    failures=$((failures + 1))
}
case_name=""
failures_before=0
report_case() { # one line per case that had no failure
    if [[ -n $case_name && $failures -eq $failures_before ]]; then
        echo "ok   [$case_name]"
    fi
    return 0
}

# Stand-ins. State lives in $state: installed packages, apt-get's log, the units' state.
bin="$scratch/bin"
mkdir -p "$bin"
cat >"$bin/dpkg-query" <<'STANDIN'
#!/bin/bash
# dpkg-query -W -f='${Package} ${Status}\n' PKG…: a line for each package in $STATE/installed,
# a complaint and exit status 1 for the others, as dpkg-query does.
status=0
for pkg in "$@"; do
    [[ $pkg == -* ]] && continue
    if grep -qxF "$pkg" "$STATE/installed" 2>/dev/null; then
        echo "$pkg install ok installed"
    else
        echo "dpkg-query: no packages found matching $pkg" >&2
        status=1
    fi
done
exit $status
STANDIN
cat >"$bin/apt-get" <<'STANDIN'
#!/bin/bash
# Logs each call; on install, records what the policy-rc.d said about starting xrdp at that
# moment, then "installs" the packages (or fails with $APT_STATUS).
echo "apt-get $*" >>"$STATE/apt.log"
if [[ " $* " == *" install "* ]]; then
    verdict=absent
    if [[ -x /usr/sbin/policy-rc.d ]]; then
        /usr/sbin/policy-rc.d xrdp start >/dev/null 2>&1
        verdict=$?
    fi
    echo "policy-rc.d during install: $verdict" >>"$STATE/apt.log"
    if [[ "${APT_STATUS:-0}" != 0 ]]; then
        echo "E: Unable to locate package (stand-in failure)" >&2
        exit "$APT_STATUS"
    fi
    for arg in "$@"; do
        [[ $arg == -* || $arg == install ]] || echo "$arg" >>"$STATE/installed"
    done
fi
exit 0
STANDIN
cat >"$bin/systemctl" <<'STANDIN'
#!/bin/bash
# is-enabled/is-active answer from $STATE/units; "disable --now UNIT" is logged.
case "$1" in
is-enabled | is-active) grep -qxF "${!#}" "$STATE/units" 2>/dev/null ;;
disable)
    echo "systemctl $*" >>"$STATE/systemctl.log"
    sed -i "/^${!#}\$/d" "$STATE/units"
    ;;
*) exit 1 ;;
esac
STANDIN
cat >"$bin/cmake" <<'STANDIN'
#!/bin/bash
# Configures and "builds": makes the wizard program that scripts/run.sh starts at the end.
echo "cmake $*" >>"$STATE/build.log"
if [[ "$1" == --build ]]; then
    mkdir -p "$2/app/wizard"
    printf '#!/bin/sh\necho "wizard started: $*"\n' >"$2/app/wizard/rdpdiag-wizard"
    chmod +x "$2/app/wizard/rdpdiag-wizard"
fi
STANDIN
cat >"$bin/ctest" <<'STANDIN'
#!/bin/bash
echo "ctest $*" >>"$STATE/build.log"
echo "100% tests passed, 0 tests failed out of 1"
STANDIN
chmod +x "$bin"/*

# A copy of the scripts in a scratch checkout, so run.sh and test.sh build there.
checkout="$scratch/checkout"
mkdir -p "$checkout"
cp -r "$repo/scripts" "$checkout/"

policy=/usr/sbin/policy-rc.d
policy_signature() {
    if [[ -e $policy ]]; then
        stat -c '%i %a %u %Y %s' "$policy"
        sha256sum <"$policy"
    else
        echo absent
    fi
}

# new_case NAME PRE_EXISTING(none|docker|allowing)
new_case() {
    report_case
    case_name=$1
    failures_before=$failures
    export STATE="$scratch/state-$case_name"
    rm -rf "$STATE" "$checkout/build"
    mkdir -p "$STATE"
    : >"$STATE/installed"
    printf 'xrdp\nxrdp-sesman\n' >"$STATE/units"
    rm -f "$policy" /usr/sbin/policy-rc.d.rdpdiag-saved.*
    rm -rf /run/systemd
    mkdir -p /run/systemd/system
    case $2 in
    none) ;;
    docker) printf '#!/bin/sh\n# as in Docker images\nexit 101\n' >"$policy" ;;
    allowing) printf '#!/bin/sh\n# a site policy that allows starts\nexit 0\n' >"$policy" ;;
    esac
    if [[ -e $policy ]]; then
        chmod 755 "$policy"
        touch -d '2020-01-02 03:04:05' "$policy"
    fi
    before=$(policy_signature)
}

# run_script SCRIPT [ARG…]: output to $STATE/out, exit status to $status. $apt_status is
# the stand-in apt-get's exit status.
apt_status=0
run_script() {
    status=0
    env PATH="$bin:$PATH" APT_STATUS="$apt_status" RDPDIAG_SKIP_SANITIZERS=1 RDPDIAG_SKIP_FUZZ=1 RDPDIAG_SKIP_WINDOWS=1 \
        bash "$checkout/scripts/$1" "${@:2}" </dev/null >"$STATE/out" 2>&1 || status=$?
}

check_common() { # after a successful install
    [[ $status -eq 0 ]] || fail "exit status $status, output: $(tail -5 "$STATE/out")"
    grep -q 'installing Debian packages:.* file ' "$STATE/out" ||
        fail "did not say what it installs (or file is not in the list)"
    grep -qx 'policy-rc.d during install: 101' "$STATE/apt.log" ||
        fail "service starts were not forbidden during the install: $(grep policy "$STATE/apt.log")"
    [[ "$(policy_signature)" == "$before" ]] ||
        fail "policy-rc.d changed: before [$before] after [$(policy_signature)]"
    [[ -z "$(find /usr/sbin -name 'policy-rc.d.*')" ]] || fail "a saved policy-rc.d was left behind"
    grep -qx 'systemctl disable --now xrdp' "$STATE/systemctl.log" 2>/dev/null ||
        fail "the packaged xrdp unit was not disabled"
}

for pre in none docker allowing; do
    new_case "install-deps/$pre" "$pre"
    run_script install-deps.sh
    check_common

    # The same machine again: nothing missing, so apt-get is not called.
    : >"$STATE/apt.log"
    run_script install-deps.sh
    [[ $status -eq 0 && ! -s "$STATE/apt.log" ]] || fail "second run: status $status, apt-get called"

    new_case "apt-fails/$pre" "$pre"
    apt_status=100
    run_script install-deps.sh
    apt_status=0
    [[ $status -ne 0 ]] || fail "a failing apt-get did not fail the script"
    grep -q 'could not install' "$STATE/out" || fail "no message about the failed install"
    [[ "$(policy_signature)" == "$before" ]] || fail "policy-rc.d not restored after a failure"

    new_case "test.sh/$pre" "$pre"
    run_script test.sh
    check_common
    grep -q '^ctest ' "$STATE/build.log" || fail "test.sh did not get as far as ctest"

    new_case "run.sh/$pre" "$pre"
    run_script run.sh --lang de
    check_common
    grep -qx 'wizard started: --lang de' "$STATE/out" || fail "run.sh did not start the wizard"
done

# Without systemd (a container): nothing to disable, and no attempt to.
new_case "no-systemd" docker
rm -rf /run/systemd
run_script install-deps.sh
[[ $status -eq 0 && ! -e "$STATE/systemctl.log" ]] || fail "status $status or systemctl called"
report_case

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "install path: every case passed"
