#!/usr/bin/env bash
# Installs what is missing, builds and starts ACD Connect. Arguments go to the program,
# e.g. scripts/run.sh --lang it
set -euo pipefail
cd "$(dirname "$0")/.."

# Only the window needs a display; --help, --version, --list, --import-now and --headless
# run anywhere.
needs_window=1
for argument in "$@"; do
    case "$argument" in
    -h | --help | --help-all | -v | --version | --list | --import-now | --import-now=* | --headless)
        needs_window=0 ;;
    esac
done
if [ "$needs_window" = 1 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<'TEXT'
No display found, so the ACD Connect window cannot be shown here.
  - On a server, run the imports without a window:  bash scripts/run.sh --headless
    (as a systemd user service: "Running on a server" in README.md)
  - See the integrations and their state:           bash scripts/run.sh --list
  - Import one now:                                 bash scripts/run.sh --import-now NAME
  - For the window, start it in a desktop session, or over ssh -X.
TEXT
    exit 1
fi

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)" --target acdconnect
exec build/dev/acdconnect "$@"
