#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The promise to a new user, checked for real: on a minimal Debian 12 root made with
# debootstrap (nothing of this machine's packages in it), a clean clone of this repository
# and the README's test command (scripts/test.sh) must install what they need, build, and
# pass every test, on the first try.
#
# Slow (about an hour on 2 cores: package downloads and two builds without a warm ccache),
# so it is not part of CI. Run it after changing scripts/, the package list or anything the
# build or the tests need from the system (docs/development.md, "The fresh-machine check").
#
# Usage: scripts/fresh-check.sh [--docker-policy] [--keep] [-- COMMAND…]
#   --docker-policy   put Docker's policy-rc.d (forbids service starts) into the root first,
#                     as container images have it
#   --keep            keep the root afterwards (its path is printed)
#   COMMAND…          run this in the clone instead of scripts/test.sh
# Environment: RDPDIAG_FRESH_DIR (where the temporary root goes, default /var/tmp),
#              RDPDIAG_FRESH_MIRROR (Debian archive URL; default: the one this machine's
#              apt sources use).
# Needs root (debootstrap, chroot, mounts). Everything is mounted in a private mount namespace,
# so nothing stays mounted on this machine, whatever happens.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
# shellcheck source=scripts/lib/debian-packages.sh
source scripts/lib/debian-packages.sh

docker_policy=no
keep=no
command=(scripts/test.sh)
while (($#)); do
    case $1 in
    --docker-policy) docker_policy=yes ;;
    --keep) keep=yes ;;
    --)
        shift
        command=("$@")
        break
        ;;
    *)
        echo "usage: $0 [--docker-policy] [--keep] [-- COMMAND…]" >&2
        exit 2
        ;;
    esac
    shift
done
if (($(id -u) != 0)); then
    echo "fresh-check: needs root (debootstrap, chroot and mounts)" >&2
    exit 2
fi

# The Debian archive this machine's apt uses for bookworm (deb822 .sources or sources.list).
host_mirror() {
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f $file ]] || continue
        awk 'BEGIN { RS = "" } /Suites:[^\n]*bookworm([ \t]|\n|$)/ {
                 if (match($0, /URIs:[ \t]*[^ \t\n]+/)) {
                     uri = substr($0, RSTART, RLENGTH); sub(/URIs:[ \t]*/, "", uri); print uri; exit
                 } }' "$file"
    done
    if [[ -f /etc/apt/sources.list ]]; then
        awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list
    fi
}
mirror=${RDPDIAG_FRESH_MIRROR:-$(host_mirror | head -n 1)}
if [[ -z $mirror ]]; then
    echo "fresh-check: no bookworm archive in this machine's apt sources; set RDPDIAG_FRESH_MIRROR" >&2
    exit 2
fi

mapfile -t missing < <(rdpdiag_missing_packages debootstrap git)
rdpdiag_apt_install "${missing[@]}"

if [[ -n "$(git status --porcelain --untracked-files=no)" ]]; then
    echo "fresh-check: note: uncommitted changes are not checked; the clone has HEAD ($(git rev-parse --short HEAD))"
fi

work=$(mktemp -d "${RDPDIAG_FRESH_DIR:-/var/tmp}/rdpdiag-fresh.XXXXXX")
root="$work/root"
log="$work/fresh-check.log"
# shellcheck disable=SC2317 # called by the EXIT trap
unmounted_or_kept() {
    if [[ $keep == yes ]]; then
        echo "fresh-check: the root stays in $root (log: $log)"
    elif findmnt -rn -o TARGET | grep -qF "$root"; then
        echo "fresh-check: something is still mounted under $root; not deleting it" >&2
    else
        rm -rf "$work"
    fi
    return 0
}
trap unmounted_or_kept EXIT

started=$(date +%s)
echo "fresh-check: debootstrap --variant=minbase bookworm from $mirror into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -20 "$work/debootstrap.log" >&2
    echo "fresh-check: debootstrap failed (log above)" >&2
    exit 1
}
# Reach the archive the way this machine does: its apt sources and its Acquire settings
# (proxies, snapshot validity); name resolution and localhost as on this machine.
rm -f "$root/etc/apt/sources.list"
cp -a /etc/apt/sources.list /etc/apt/sources.list.d "$root/etc/apt/" 2>/dev/null || true
find "$root/etc/apt/sources.list.d" -type f ! -name '*.list' ! -name '*.sources' -delete
grep -lsE '^[[:space:]]*Acquire::' /etc/apt/apt.conf.d/* | while read -r conf; do
    cp "$conf" "$root/etc/apt/apt.conf.d/"
done
cp /etc/resolv.conf /etc/hosts "$root/etc/"
if [[ $docker_policy == yes ]]; then
    printf '#!/bin/sh\n# as in Docker'"'"'s Debian images\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
fi
echo "fresh-check: root ready after $(($(date +%s) - started)) s ($(du -sh "$root" | cut -f1))"

commit=$(git rev-parse --short HEAD)
git clone --quiet --no-hardlinks "$repo" "$root/root/rdpdiag"
git -C "$root/root/rdpdiag" checkout --quiet --detach "$commit"
echo "fresh-check: clone of $commit in /root/rdpdiag; running: ${command[*]}"

# Inside a private mount namespace: the root bind-mounted onto itself (ip netns needs / to
# be a mount point), /proc, /sys, /dev and a fresh /run; then the command as a new user would
# run it, with CI=true (a missing precondition fails) and no terminal.
set +e
# shellcheck disable=SC2016 # the inner script expands its own variables
unshare --mount --propagation private -- bash -euo pipefail -c '
    root=$1; shift
    mount --bind "$root" "$root"
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/run"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI=true TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "cd /root/rdpdiag && exec \"\$@\"" fresh-check "$@"
' fresh-check "$root" "${command[@]}" </dev/null 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
took=$(($(date +%s) - started))

echo
echo "== fresh-check summary =="
echo "commit:   $commit   root: debootstrap --variant=minbase bookworm$([[ $docker_policy == yes ]] && echo ", Docker's policy-rc.d")"
echo "command:  ${command[*]}   exit status: $status"
echo "time:     $((took / 60)) min $((took % 60)) s (root, packages, builds and tests)"
grep -E 'tests passed, [0-9]+ tests? failed out of|^== |total wall time' "$log" | sed 's/^/          /' || true
if ((status == 0)); then
    echo "result:   PASS"
else
    echo "result:   FAIL (log: $log, kept)"
    keep=yes
fi
exit "$status"
