#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages rdpdiag needs to build, run and test — only those missing.
#
# Installing the `xrdp` package (used by the tests as a real RDP server on 127.0.0.1) would,
# on a desktop with systemd, start an RDP service on all interfaces. This script prevents
# that: it installs with a policy-rc.d that forbids service starts, and keeps the system
# units stopped and disabled. The tests start their own xrdp instances on loopback only.
set -euo pipefail

PACKAGES=(
    # build
    cmake ninja-build g++ pkg-config clang-format ccache
    # fuzzing (scripts/fuzz.sh): libFuzzer and the sanitizer runtimes come with clang
    clang-14 libclang-rt-14-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev qt6-svg-dev
    libssl-dev libspdlog-dev libzip-dev
    # run
    libqt6svg6 qt6-translations-l10n fonts-dejavu-core fonts-wqy-microhei
    # packaging and desktop integration checks (cpack -G DEB, desktop-file-validate, appstreamcli)
    dpkg-dev desktop-file-utils appstream
    # tests: real servers and tools on loopback
    xrdp openssl ssl-cert xvfb xauth freerdp2-shadow-x11 winpr-utils iproute2 nftables iptables
    # tests: second readers of the findings bundle (zip, HTML)
    unzip python3 libxml2-utils
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    SUDO=(sudo)
fi

if ((${#missing[@]})); then
    echo "rdpdiag: installing Debian packages: ${missing[*]}"
    added_policy=no
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\n# rdpdiag install-deps: no service starts during install\nexit 101\n' |
            "${SUDO[@]}" tee /usr/sbin/policy-rc.d >/dev/null
        "${SUDO[@]}" chmod 755 /usr/sbin/policy-rc.d
        added_policy=yes
    fi
    cleanup() { [[ $added_policy == yes ]] && "${SUDO[@]}" rm -f /usr/sbin/policy-rc.d; }
    trap cleanup EXIT
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"
    cleanup
    trap - EXIT
fi

# Never leave the packaged RDP service running or enabled (it would listen on 0.0.0.0:3389).
if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null; then
    for unit in xrdp xrdp-sesman; do
        if systemctl is-enabled --quiet "$unit" 2>/dev/null ||
            systemctl is-active --quiet "$unit" 2>/dev/null; then
            echo "rdpdiag: stopping and disabling the system $unit service (tests use their own)"
            "${SUDO[@]}" systemctl disable --now "$unit" >/dev/null 2>&1 || true
        fi
    done
fi
