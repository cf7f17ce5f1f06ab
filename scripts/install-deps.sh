#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages rdpdiag needs to build, run, test and package — only those
# missing — and keeps the xrdp package's own RDP service off.
#
# Installing `xrdp` (the tests' real RDP server on 127.0.0.1) would, on a desktop with
# systemd, start an RDP service on all interfaces. The install runs with a policy-rc.d that
# forbids service starts, and the system units are kept stopped and disabled afterwards
# (scripts/lib/debian-packages.sh). The tests start their own xrdp on loopback only.
#
# The list is what a minimal Debian 12 root (debootstrap --variant=minbase) lacks;
# scripts/fresh-check.sh proves it there.
set -euo pipefail
# shellcheck source=scripts/lib/debian-packages.sh
source "$(dirname "$0")/lib/debian-packages.sh"

PACKAGES=(
    # build
    cmake ninja-build g++ pkg-config clang-format ccache
    # fuzzing (scripts/fuzz.sh): libFuzzer and the sanitizer runtimes come with clang
    clang-14 libclang-rt-14-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev qt6-svg-dev
    libssl-dev libspdlog-dev libzip-dev
    # run
    libqt6svg6 qt6-translations-l10n fonts-dejavu-core fonts-wqy-microhei
    # packaging and desktop integration checks (cpack -G DEB needs dpkg-deb and file;
    # desktop-file-validate, appstreamcli)
    dpkg-dev file desktop-file-utils appstream
    # tests: real servers and tools on loopback, network namespaces and their firewalls
    xrdp openssl ssl-cert ca-certificates xvfb xauth freerdp2-shadow-x11 winpr-utils
    iproute2 nftables iptables procps
    # tests: second readers of the findings bundle (zip, HTML), and the scripts' lint
    unzip python3 libxml2-utils shellcheck
    # the Windows build (scripts/build-windows.sh): the MinGW-w64 cross compilers, Wine to run
    # its programs and tests, NSIS for its installer (docs/windows.md)
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    wine wine64 fonts-wine nsis xz-utils
)

mapfile -t missing < <(rdpdiag_missing_packages "${PACKAGES[@]}")
rdpdiag_apt_install "${missing[@]}"
rdpdiag_keep_rdp_service_off
