#!/usr/bin/env bash
# Renders the Integrations window and every wizard step, in English and Italian, into
# docs/screenshots/<lang>/, on a virtual X display with a throw-away keychain and database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)" --target acdconnect
# A large screen for the docs; then the small screens the wizard must fit (the program
# shoots the window and every wizard page there, named -800x600 and -scale2): 800×600, and
# 1600×1200 at scale factor 2, which is 800×600 logical pixels.
shoot() { # lang screen [scale]
    scratch=$(mktemp -d)
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="${3:-1}" bash scripts/with-test-session.sh \
        xvfb-run -a -s "-screen 0 $2x24" \
        build/dev/acdconnect --lang "$1" --database "$scratch/acd.sqlite" \
        --keychain-service "ACD Connect screenshots" --screenshots docs/screenshots
    rm -rf "$scratch"
}
for lang in en it; do
    shoot "$lang" 1400x1000
    shoot "$lang" 800x600
    shoot "$lang" 1600x1200 2
done
