#!/usr/bin/env bash
# Fails when a tracked C++ source is not in the repository's .clang-format style, and names
# the files. Fix with: cmake --build build/dev --target format
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(git ls-files '*.cpp' '*.h' | while read -r f; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"
done)
if [ -n "$bad" ]; then
    echo "Not in the repository's clang-format style (run the 'format' target):" >&2
    echo "$bad" | sed 's/^/  /' >&2
    exit 1
fi
echo "clang-format: every source is in style."
