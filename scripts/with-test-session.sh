#!/usr/bin/env bash
# Runs a command in a private, throw-away desktop session for the tests: its own D-Bus
# session bus, an unlocked gnome-keyring serving the Secret Service on it, and a temporary
# XDG_RUNTIME_DIR and XDG_DATA_HOME, so the tests use a real keychain and never the user's.
# Widgets render on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.
set -euo pipefail

session_dir=$(mktemp -d -t acdconnect-session.XXXXXX)
trap 'rm -rf "$session_dir"' EXIT
mkdir -p "$session_dir/runtime" "$session_dir/data" "$session_dir/config" "$session_dir/cache"
chmod 700 "$session_dir/runtime"
export XDG_RUNTIME_DIR="$session_dir/runtime"
export XDG_DATA_HOME="$session_dir/data"
export XDG_CONFIG_HOME="$session_dir/config"
export XDG_CACHE_HOME="$session_dir/cache"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

# Inside the bus: start the keyring (it creates and unlocks a new login keyring with a
# throw-away password read from stdin), then run the command; the bus and the keyring end
# with it (gnome-keyring-daemon leaves when its bus closes).
exec dbus-run-session -- bash -c '
    printf "acd-test-session" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' acd-session "$@"
