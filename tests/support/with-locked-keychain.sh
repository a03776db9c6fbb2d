#!/usr/bin/env bash
# Runs a command in a private D-Bus session whose Secret Service (gnome-keyring) has no
# unlocked keyring and no way to ask for a password (no display for its prompter): the
# keychain of a desktop login that did not unlock it. For tst_credentialstore_locked.
set -euo pipefail

dir=$(mktemp -d -t acdconnect-locked.XXXXXX)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/runtime" "$dir/data" "$dir/config"
chmod 700 "$dir/runtime"
export XDG_RUNTIME_DIR="$dir/runtime" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL

dbus-run-session -- bash -c '
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    exec "$@"
' locked-keychain "$@"
