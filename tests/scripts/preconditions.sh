# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# For the shell tests: a missing precondition (root, a tool) skips the test on a developer's
# machine (exit 77, CTest's SKIP_RETURN_CODE of these tests) and fails it under CI=true,
# where everything must be there (docs/development.md, "Tests").
#   rdpdiag_require CONDITION-COMMAND… -- "what is missing"

rdpdiag_require() {
    local command=()
    while (($#)) && [[ $1 != -- ]]; do
        command+=("$1")
        shift
    done
    shift # the --
    if "${command[@]}"; then
        return 0
    fi
    if [[ -n "${CI:-}" && "${CI}" != false ]]; then
        echo "FAIL: precondition missing under CI: $*" >&2
        exit 1
    fi
    echo "SKIP: $*" >&2
    exit 77
}

rdpdiag_is_root() { [[ $(id -u) -eq 0 ]]; }
rdpdiag_has_command() { command -v "$1" >/dev/null; }
