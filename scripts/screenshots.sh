#!/usr/bin/env bash
# Renders the Integrations window and every wizard step, in English and Italian, into
# docs/screenshots/<lang>/, on a virtual X display with a throw-away keychain and database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)" --target acdconnect
for lang in en it; do
    scratch=$(mktemp -d)
    QT_QPA_PLATFORM=xcb bash scripts/with-test-session.sh \
        xvfb-run -a -s "-screen 0 1400x1000x24" \
        build/dev/acdconnect --lang "$lang" --database "$scratch/acd.sqlite" \
        --keychain-service "ACD Connect screenshots" --screenshots docs/screenshots
    rm -rf "$scratch"
done
