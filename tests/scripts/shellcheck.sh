#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints every shell script of the repository with shellcheck (warnings and errors, and the
# style notes that catch real mistakes). Usage: tests/scripts/shellcheck.sh  (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=tests/scripts/preconditions.sh
source tests/scripts/preconditions.sh
rdpdiag_require rdpdiag_has_command shellcheck -- "shellcheck is not installed (scripts/install-deps.sh installs it)"

mapfile -t files < <(find scripts bench tests fuzz .ci -type f \( -name '*.sh' -o -path .ci/run \) | sort)
echo "shellcheck $(shellcheck --version | sed -n 's/^version: //p') over ${#files[@]} files"
shellcheck --external-sources --severity=style "${files[@]}"
echo "shellcheck: no findings"
