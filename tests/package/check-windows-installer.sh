#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (resources/windows/NSIS.template.in), installed and removed the way an
# administrator's script does it, in a Wine prefix of its own: a silent per-user install;
# every DLL and Qt plugin the programs load is there; the Start-menu entry; .rdp offered
# under "Open with" but not made the default; the installed rdpdiag.exe runs with plain Wine
# (no toolchain on its path), prints its version and diagnoses a server on 127.0.0.1; the
# silent uninstall leaves no file, shortcut or registry key behind. docs/windows.md.
# Usage: check-windows-installer.sh INSTALLER.exe
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/scripts/preconditions.sh
source "$here/../scripts/preconditions.sh"
installer=${1:-}
rdpdiag_require test -f "$installer" -- "the Windows installer (scripts/build-windows.sh --package)"
rdpdiag_require rdpdiag_has_command wine -- "wine (Debian package wine)"
rdpdiag_require rdpdiag_has_command python3 -- "python3"

work=$(mktemp -d)
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null
    WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
wineboot --init >/dev/null 2>&1
wineserver -w
registry() { wine reg query "$@" >/dev/null 2>&1; }

echo "install (silent, current user)"
wine "$installer" /S /CurrentUser >/dev/null 2>&1 || fail "the installer failed"
wineserver -w
wizard=$(find "$WINEPREFIX/drive_c" -path '*/rdpdiag/bin/rdpdiag-wizard.exe' | head -n 1)
[[ -n "$wizard" ]] || fail "rdpdiag-wizard.exe was not installed"
instdir=$(dirname "$(dirname "$wizard")")
echo "installed into ${instdir#"$WINEPREFIX/"}"
for file in bin/rdpdiag.exe bin/rdpdiag-wizard.exe Uninstall.exe \
    bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Network.dll bin/Qt6Svg.dll \
    bin/libssl-3-x64.dll bin/libcrypto-3-x64.dll bin/zlib1.dll bin/libzip.dll \
    bin/libstdc++-6.dll bin/libgcc_s_seh-1.dll bin/libwinpthread-1.dll \
    bin/platforms/qwindows.dll bin/styles/qwindowsvistastyle.dll bin/imageformats/qsvg.dll \
    bin/imageformats/qico.dll bin/iconengines/qsvgicon.dll bin/tls/qopensslbackend.dll; do
    [[ -s "$instdir/$file" ]] || fail "the installer did not install $file"
done
shortcut=$(find "$WINEPREFIX/drive_c/users" -name 'Remote Desktop Connection Check.lnk' | head -n 1)
[[ -n "$shortcut" ]] || fail "no Start-menu entry 'Remote Desktop Connection Check'"
registry 'HKCU\Software\Classes\.rdp\OpenWithProgids' /v rdpdiag.RdpFile ||
    fail ".rdp files are not offered under Open with"
registry 'HKCU\Software\Classes\rdpdiag.RdpFile\shell\open\command' ||
    fail "the Open with command is missing"
if wine reg query 'HKCU\Software\Classes\.rdp' /ve 2>/dev/null | grep -q 'rdpdiag'; then
    fail "the installer made rdpdiag the default program for .rdp files"
fi
registry 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\rdpdiag' ||
    fail "no entry under Apps & features"

echo "run the installed programs with plain Wine"
version=$(wine "$instdir/bin/rdpdiag.exe" --version 2>/dev/null | tr -d '\r')
[[ "$version" == "rdpdiag "* ]] || fail "rdpdiag.exe --version printed '$version'"
# A server on 127.0.0.1 that takes the connection and closes it at the first request: the
# classic 0x904 picture.
python3 - "$work/port" <<'PYTHON' &
import socket, sys
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(16)
open(sys.argv[1], "w").write(str(server.getsockname()[1]))
while True:
    connection, _ = server.accept()
    connection.recv(4096)
    connection.close()
PYTHON
server_pid=$!
for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port=$(cat "$work/port")
status=0
wine "$instdir/bin/rdpdiag.exe" --json "127.0.0.1:$port" >"$work/report.json" 2>/dev/null || status=$?
[[ $status -eq 1 ]] || fail "the diagnosis exited with $status, expected 1 (a problem found)"
python3 - "$work/report.json" <<'PYTHON' || fail "the installed rdpdiag.exe did not report the closed connection"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
codes = [finding["code"] for finding in report["findings"]]
stages = {stage["id"]: stage["status"] for stage in report["stages"]}
assert stages.get("tcp") == "passed", stages
assert "x224.closed" in codes or "x224.reset" in codes, codes
print("diagnosis:", report["diagnosis"]["primary"], codes)
PYTHON

echo "uninstall (silent)"
wine "$instdir/Uninstall.exe" /S /CurrentUser >/dev/null 2>&1 || fail "the uninstaller failed"
wineserver -w
[[ ! -e "$instdir" ]] || fail "left behind: $(cd "$instdir" && find . | head -n 5 | tr '\n' ' ')"
[[ ! -e "$shortcut" ]] || fail "the Start-menu entry is left behind"
for key in 'HKCU\Software\Classes\rdpdiag.RdpFile' 'HKCU\Software\rdpdiag' \
    'HKCU\Software\Classes\Applications\rdpdiag-wizard.exe' \
    'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\rdpdiag'; do
    if registry "$key"; then fail "registry key left behind: $key"; fi
done
if registry 'HKCU\Software\Classes\.rdp\OpenWithProgids' /v rdpdiag.RdpFile; then
    fail "the Open with entry is left behind"
fi
echo "PASS: installed, ran, uninstalled without a trace"
