#!/usr/bin/env bash
# Builds the .deb (a Release build without tests, then cpack) and installs it on a CLEAN
# Debian 12 made by debootstrap (minbase) in a chroot, the way a user would:
# `apt-get install ./acdconnect_<version>_<arch>.deb`, with no recommended packages, so the
# package's Depends alone must be enough. Then runs the installed program there without a
# display or a session bus: --version, --help, --list (the SQLite driver plugin) and the
# window on Qt's offscreen platform up to its first paint (widgets, charts, the SVG plugins).
# Exits non-zero when a step fails.
#
# Needs network (Debian's mirror) and root for debootstrap and chroot (sudo otherwise); takes
# several minutes the first time, so it is not part of scripts/test.sh. The downloaded base
# system is kept in build/debootstrap/ and reused.
#   bash scripts/check-deb.sh
# shellcheck disable=SC2016 # dpkg-query formats: ${field} is for dpkg-query, not the shell
set -euo pipefail
cd "$(dirname "$0")/.."

mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
build=build/deb
cache=build/debootstrap/bookworm-minbase.tar.gz
started=$(date +%s)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
step() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - started))"; }

if ! command -v debootstrap > /dev/null; then
    step "Installing debootstrap"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends debootstrap
fi
command -v dpkg-shlibdeps > /dev/null || {
    echo "dpkg-shlibdeps is missing: bash scripts/install-deps.sh installs dpkg-dev" >&2
    exit 1
}

step "Building the package"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DACD_BUILD_TESTS=OFF > /dev/null
cmake --build "$build"
rm -f "$build"/acdconnect_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/acdconnect_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

root=$(mktemp -d /tmp/acdconnect-debian12.XXXXXX)
cleanup() {
    $sudo umount "$root/proc" 2> /dev/null || true
    $sudo rm -rf --one-file-system "$root"
    rm -f "$root.log"
}
trap cleanup EXIT

if [ ! -f "$cache" ]; then
    step "Downloading a minimal Debian 12 into $cache"
    mkdir -p "$(dirname "$cache")"
    $sudo debootstrap --variant=minbase --make-tarball="$PWD/$cache.part" bookworm \
        "$root" "$mirror" > "$root.log" 2>&1 || {
        tail -20 "$root.log"
        exit 1
    }
    mv "$cache.part" "$cache"
    $sudo rm -rf --one-file-system "$root" && mkdir "$root"
fi
step "Making a clean Debian 12 in $root"
$sudo debootstrap --variant=minbase --unpack-tarball="$PWD/$cache" bookworm "$root" "$mirror" \
    > "$root.log" 2>&1 || {
    tail -20 "$root.log"
    exit 1
}
rm -f "$root.log"
$sudo mount -t proc proc "$root/proc"
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
# No service starts inside the chroot.
printf '#!/bin/sh\nexit 101\n' | $sudo tee "$root/usr/sbin/policy-rc.d" > /dev/null
$sudo chmod +x "$root/usr/sbin/policy-rc.d"
$sudo cp "$deb" "$root/tmp/"

in_chroot() { $sudo chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
packages() { in_chroot dpkg-query -W -f '${binary:Package}\n' | wc -l; }

before=$(packages)
step "apt-get install ./$(basename "$deb") (the clean system has $before packages)"
in_chroot apt-get update -qq
if ! in_chroot sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$(basename "$deb")" \
    > "$root.log" 2>&1; then
    cat "$root.log"
    exit 1
fi
grep -E '^(Need to get|After this|Setting up acdconnect)' "$root.log"
in_chroot dpkg-query -W -f '${Status}\n' acdconnect | grep -qx 'install ok installed'
after=$(packages)
echo "installed: $((after - before)) packages (acdconnect and its dependencies); $after in all"

step "acdconnect --version"
in_chroot acdconnect --version
step "acdconnect --help"
in_chroot acdconnect --help
step "acdconnect --list on a new database (the SQLite driver plugin)"
in_chroot acdconnect --list --database /tmp/check.sqlite
step "The window on the offscreen platform, up to its first paint"
$sudo install -d -m 700 "$root/tmp/runtime"
in_chroot env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime \
    acdconnect --database /tmp/check.sqlite --quit-after-first-paint
step "Installed files"
in_chroot dpkg -L acdconnect | grep -E 'bin/|\.desktop|metainfo|/apps/|systemd'
in_chroot grep '^ExecStart=' /usr/lib/systemd/user/acdconnect.service

step "The .deb installs and runs on a clean Debian 12"
