#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test headless
# against a real Secret Service. Ends with CTest's summary. Usage: scripts/test.sh [ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
exec bash scripts/with-test-session.sh ctest --preset ci -j"$(nproc)" --no-label-summary "$@"
