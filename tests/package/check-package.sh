#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and the Debian package, checked with the tools a distribution uses:
# `cmake --install` puts the programs, the .desktop file, the AppStream metainfo, the MIME
# type of .rdp files and the hicolor icon in place; desktop-file-validate and appstreamcli
# accept them; `cpack -G DEB` makes a package that carries all of it and names what Qt
# loads at run time (the SVG plugin, Qt's own translations, fonts).
# Usage: check-package.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

app_id=io.github.rdpdiag.wizard
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >/dev/null
for file in usr/bin/rdpdiag usr/bin/rdpdiag-wizard \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/mime/packages/$app_id.xml"; do
    [[ -s "$work/root/$file" ]] || fail "cmake --install did not install /$file"
done
echo "installed: $(cd "$work/root" && find . -type f | wc -l) files"
# No RPATH, in the build tree or installed: every library is the system's, and an empty entry
# (CMake pads one when an install RPATH is set) makes the loader search the current folder.
for binary in "$build/app/cli/rdpdiag" "$build/app/wizard/rdpdiag-wizard" \
    "$work/root/usr/bin/rdpdiag" "$work/root/usr/bin/rdpdiag-wizard"; do
    ! readelf -d "$binary" | grep -qE 'RPATH|RUNPATH' ||
        fail "$binary carries an RPATH: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
done

desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate rejects the .desktop file"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli rejects the metainfo"
grep -q '^MimeType=.*application/x-rdp' "$work/root/usr/share/applications/$app_id.desktop" ||
    fail "the .desktop file does not offer to open .rdp files"
grep -q 'pattern="\*.rdp"' "$work/root/usr/share/mime/packages/$app_id.xml" ||
    fail "the MIME package does not map *.rdp"
xmllint --noout "$work/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ||
    fail "the icon is not well-formed SVG"

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >/dev/null) ||
    fail "cpack -G DEB failed"
deb=$(find "$work/pkg" -maxdepth 1 -name '*.deb' | head -1)
[[ -n "$deb" ]] || fail "cpack made no .deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Found by dpkg-shlibdeps from the linked libraries, and named by hand for what Qt loads.
for needed in libqt6widgets6 libqt6network6 libssl3 libzip4 libqt6svg6 qt6-translations-l10n \
    fonts-wqy-microhei; do
    [[ "$depends" == *"$needed"* ]] || fail "the package does not depend on $needed"
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/rdpdiag-wizard ./usr/bin/rdpdiag "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qF " $file" <<<"$contents" || fail "the package lacks $file"
done
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
