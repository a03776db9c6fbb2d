#!/usr/bin/env bash
# Installs what is missing, builds and starts ACD Connect. Arguments go to the program,
# e.g. scripts/run.sh --lang it
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)" --target acdconnect
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting ACD Connect on a virtual X display (xvfb-run)." >&2
    exec xvfb-run -a build/dev/acdconnect "$@"
fi
exec build/dev/acdconnect "$@"
