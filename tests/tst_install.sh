#!/usr/bin/env bash
# tst_install (issue 12, acceptance 1): `cmake --install` into a temporary prefix puts the
# binary, the desktop entry, the icon at every size, the AppStream metadata and the systemd
# user unit in place, and Debian's own validators accept them.
#   tst_install.sh CMAKE BUILD_DIR APP_ID VERSION
set -uo pipefail

cmake=$1 build=$2 id=$3 version=$4
prefix=$(mktemp -d /tmp/acdconnect-install.XXXXXX)
trap 'rm -rf "$prefix"' EXIT
failures=0
pass() { echo "PASS   $*"; }
fail() {
    echo "FAIL!  $*"
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
need() {
    command -v "$1" > /dev/null || {
        echo "FAIL!  $1 is missing: bash scripts/install-deps.sh installs it ($2)"
        exit 1
    }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need xmllint libxml2-utils

if ! "$cmake" --install "$build" --prefix "$prefix" > "$prefix/install.log" 2>&1; then
    cat "$prefix/install.log"
    echo "FAIL!  cmake --install (is everything built? cmake --build the whole build first)"
    exit 1
fi
pass "cmake --install $build --prefix $prefix"

binary=$prefix/bin/acdconnect
check "the binary is installed and prints its version" \
    test "$("$binary" --version 2> /dev/null)" = "acdconnect $version"

# Validators: any message fails, not only errors (both print nothing else but a verdict).
desktop=$prefix/share/applications/$id.desktop
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate $id.desktop"
else
    fail "desktop-file-validate $id.desktop: ${out:-exit code not 0}"
fi
check "the desktop entry names the icon $id" grep -qx "Icon=$id" "$desktop"
check "the desktop entry has an Italian name and comment" \
    bash -c "grep -q '^Name\[it\]=' '$desktop' && grep -q '^Comment\[it\]=' '$desktop'"

metainfo=$prefix/share/metainfo/$id.metainfo.xml
if out=$(appstreamcli validate --no-net --strict --pedantic --no-color "$metainfo" 2>&1) &&
    [ "$(printf '%s\n' "$out" | grep -vc 'Validation was successful')" -eq 0 ]; then
    pass "appstreamcli validate --no-net --strict --pedantic $id.metainfo.xml"
else
    fail "appstreamcli validate --no-net --strict --pedantic $id.metainfo.xml:"$'\n'"$out"
fi
if out=$(appstreamcli validate-tree --no-net --strict --pedantic --no-color "$prefix" 2>&1) &&
    [ "$(printf '%s\n' "$out" | grep -vc 'Validation was successful')" -eq 0 ]; then
    pass "appstreamcli validate-tree: the metainfo, its desktop entry and icon together"
else
    fail "appstreamcli validate-tree --no-net --strict --pedantic:"$'\n'"$out"
fi
xpath() { xmllint --xpath "string($1)" "$metainfo" 2> /dev/null; }
check "the metainfo's id is $id" test "$(xpath /component/id)" = "$id"
check "the metainfo launches $id.desktop" test "$(xpath /component/launchable)" = "$id.desktop"
check "the metainfo's newest release is $version" \
    test "$(xpath '/component/releases/release[1]/@version')" = "$version"
check "the metainfo has screenshots over https" \
    test "$(xpath "count(/component/screenshots/screenshot/image[starts-with(., 'https://')])")" -ge 1

# The icon: a PNG of the right size at every size of the hicolor theme, and the SVG.
png_size() { # prints WIDTHxHEIGHT of a PNG, or nothing when the file is not a PNG
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return
    [ "$(dd if="$1" bs=1 skip=12 count=4 status=none)" = IHDR ] || return
    local w h
    read -r w h < <(dd if="$1" bs=1 skip=16 count=8 status=none | od -An -tu1 |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    echo "${w}x${h}"
}
for size in 16 24 32 48 64 128 256; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png
    if [ -f "$png" ] && [ "$(png_size "$png")" = "${size}x${size}" ]; then
        pass "icon ${size}x${size} is a ${size}x${size} PNG"
    else
        fail "icon ${size}x${size}: $png is missing or not a ${size}x${size} PNG ($(png_size "$png" 2> /dev/null))"
    fi
done
svg=$prefix/share/icons/hicolor/scalable/apps/$id.svg
check "the scalable icon is well-formed SVG" \
    test "$(xmllint --xpath 'local-name(/*)' "$svg" 2> /dev/null)" = svg

unit=$prefix/lib/systemd/user/acdconnect.service
check "the systemd user unit starts the installed binary" \
    grep -qx "ExecStart=$binary --headless" "$unit"
check "the unit's binary is there and executable" test -x "$binary"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every check passed"
