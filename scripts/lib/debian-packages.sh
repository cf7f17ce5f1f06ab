# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Installing Debian packages for rdpdiag's scripts, sourced by scripts/install-deps.sh,
# scripts/fresh-check.sh and bench/run.sh (one place, so none of them lets the xrdp package's
# RDP service start).
#
#   rdpdiag_missing_packages PKG…      prints the packages that are not installed, one a line
#   rdpdiag_apt_install PKG…           installs them with service starts blocked
#   rdpdiag_keep_rdp_service_off       stops and disables the packaged xrdp units
#
# Every function returns 0 on success and non-zero only on a real failure, with a message:
# the callers run under `set -e`, where a function whose last command happens to be a false
# test would end the script silently (docs/development.md, "Shell scripts").

# The file invoke-rc.d and deb-systemd-invoke ask before they start a service (see
# /usr/share/doc/init-system-helpers/README.policy-rc.d.gz). tests/scripts/test-install-path.sh
# gives it other contents in a private mount namespace.
readonly RDPDIAG_POLICY_RC_D=/usr/sbin/policy-rc.d

rdpdiag_as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

rdpdiag_missing_packages() {
    (($#)) || return 0
    # One dpkg-query for all of them; it names each installed package on a line of its own
    # (and complains about, then leaves out, those it has never heard of).
    local installed pkg
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null || true)
    for pkg in "$@"; do
        if ! grep -qxF "$pkg install ok installed" <<<"$installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

# True when a policy-rc.d is in place and denies starting xrdp (exit status 101, "action
# forbidden"), as Docker's Debian images and our own stand-in do.
rdpdiag_policy_denies_starts() {
    local status=0
    [[ -x "$RDPDIAG_POLICY_RC_D" ]] || return 1
    "$RDPDIAG_POLICY_RC_D" xrdp start >/dev/null 2>&1 || status=$?
    [[ $status -eq 101 ]]
}

# Runs "$@" with service starts forbidden, and leaves the policy-rc.d of this machine as it
# found it: absent stays absent; one that already forbids starts is not touched at all; one
# that allows them is moved aside for the duration (same file, same inode) and moved back.
rdpdiag_with_service_starts_blocked() {
    local policy=$RDPDIAG_POLICY_RC_D saved="" status=0
    if rdpdiag_policy_denies_starts; then
        "$@" || status=$?
        return "$status"
    fi
    if [[ -e "$policy" || -L "$policy" ]]; then
        saved="$policy.rdpdiag-saved.$$"
        rdpdiag_as_root mv "$policy" "$saved"
    fi
    printf '#!/bin/sh\n# rdpdiag: no service starts while it installs packages\nexit 101\n' |
        rdpdiag_as_root tee "$policy" >/dev/null
    rdpdiag_as_root chmod 755 "$policy"
    # Put it back even when the script is interrupted (INT and TERM end it through EXIT).
    # shellcheck disable=SC2064 # the paths are fixed now, on purpose
    trap "rdpdiag_restore_policy '$policy' '$saved'" EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    "$@" || status=$?
    rdpdiag_restore_policy "$policy" "$saved"
    trap - EXIT INT TERM
    return "$status"
}

rdpdiag_restore_policy() {
    local policy=$1 saved=$2
    rdpdiag_as_root rm -f "$policy"
    if [[ -n "$saved" ]]; then
        rdpdiag_as_root mv "$saved" "$policy"
    fi
    return 0
}

rdpdiag_apt_install() {
    (($#)) || return 0
    echo "rdpdiag: installing Debian packages: $*"
    rdpdiag_with_service_starts_blocked rdpdiag_apt_get_install "$@" || {
        echo "rdpdiag: apt-get could not install: $* (see its messages above)" >&2
        return 1
    }
}

rdpdiag_apt_get_install() {
    rdpdiag_as_root apt-get update -qq &&
        rdpdiag_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "$@"
}

# Never leave the packaged RDP service running or enabled: it would listen on 0.0.0.0:3389.
# The tests and the benchmark start their own xrdp on a loopback port.
rdpdiag_keep_rdp_service_off() {
    local unit
    if [[ ! -d /run/systemd/system ]] || ! command -v systemctl >/dev/null; then
        return 0
    fi
    for unit in xrdp xrdp-sesman; do
        if systemctl is-enabled --quiet "$unit" 2>/dev/null ||
            systemctl is-active --quiet "$unit" 2>/dev/null; then
            echo "rdpdiag: stopping and disabling the system $unit service (the tests run their own)"
            rdpdiag_as_root systemctl disable --now "$unit" >/dev/null 2>&1 ||
                echo "rdpdiag: could not disable $unit; stop it with: systemctl disable --now $unit" >&2
        fi
    done
    return 0
}
