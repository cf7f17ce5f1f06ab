#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds rdpdiag (installing missing Debian packages first) and opens the wizard.
# Usage: scripts/run.sh [rdpdiag-wizard arguments…]   e.g. scripts/run.sh rdp.example.com --error-code 0x904
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# ccache (when installed) hashes paths relative to the checkout, so clones share its cache.
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --parallel "$(nproc)" --target rdpdiag-wizard >/dev/null
exec build/app/wizard/rdpdiag-wizard "$@"
