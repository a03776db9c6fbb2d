#!/usr/bin/env bash
# Installs the Debian 12 packages ACD Connect needs to build, run and test,
# and only those that are missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-httpserver-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libsqlite3-dev
  libgl-dev libglx-dev libvulkan-dev
  # run
  libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n libqt6svg6 libqt6charts6 fonts-dejavu-core
  # package: dpkg-shlibdeps, which gives the .deb (cpack -G DEB) its library dependencies
  dpkg-dev
  # test: a headless display, a private D-Bus session and a real Secret Service
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libxml2-utils sqlite3 openssl
  # test: tst_install validates the installed desktop entry and AppStream metadata
  desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
