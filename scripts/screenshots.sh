#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots of every wizard page (docs/wizard.md, README.md): the real wizard in a
# window of its default size under Xvfb on a 1366 x 900 screen, at 100 % and 200 % (where the
# window is made to fit the screen), with a light and a dark palette, against a local server
# that resets after the Connection Request (the 0x904 / 0x7 story) and a local xrdp.
# Writes docs/screenshots/<scenario>-<page>-<scale>-<theme>.png.
# Usage: scripts/screenshots.sh [build dir, default build]   (RDPDIAG_SHOT_LANG=de for German)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
out=docs/screenshots
scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target wizard_screenshots >/dev/null
tool="$build/tests/ui/wizard_screenshots"
mkdir -p "$out"

lang_args=()
suffix=""
if [[ -n "${RDPDIAG_SHOT_LANG:-}" ]]; then
    lang_args=(--lang "$RDPDIAG_SHOT_LANG")
    suffix="-$RDPDIAG_SHOT_LANG"
fi

for scale in 1 2; do
    for theme in light dark; do
        dark=()
        if [[ $theme == dark ]]; then
            dark=(--dark)
        fi
        tag="${scale}00-${theme}${suffix}"
        echo "== ${tag} =="
        # No window manager under Xvfb: the window is shown without decorations.
        QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale LC_ALL=C.UTF-8 \
            xvfb-run -a -s "-screen 0 1366x900x24 -dpi 96" \
            "$tool" --out "$out" --tag "$tag" "${dark[@]}" "${lang_args[@]}"
    done
done
echo "screenshots in $out"
