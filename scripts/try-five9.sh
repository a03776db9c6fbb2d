#!/usr/bin/env bash
# Tries ACD Connect by hand against the fake Five9 (tests/fakes/five9) on 127.0.0.1: builds
# both, starts the fake on a free port, and starts the program pointed at it with a database
# of its own, so your real integrations are not touched. Sign in as wfm.admin / s3cret-Five9
# (agent.only has no admin role, any other password is wrong). Arguments go to the program,
# e.g. scripts/try-five9.sh --lang it
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)" --target acdconnect fake-five9
scratch=$(mktemp -d -t acdconnect-five9.XXXXXX)
trap 'kill "$fake" 2>/dev/null || true; rm -rf "$scratch"' EXIT

build/dev/tests/fakes/five9/fake-five9 >"$scratch/fake.log" 2>&1 &
fake=$!
url=""
for _ in $(seq 1 50); do
    url=$(sed -n 's/^Fake Five9 listening on //p' "$scratch/fake.log")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$scratch/fake.log" >&2; exit 1; }
cat "$scratch/fake.log"

program=(build/dev/acdconnect --database "$scratch/acd.sqlite" --keychain-service "ACD Connect (fake Five9)"
         --test-endpoint "$url" --test-ca tests/fakes/five9/test-cert.pem "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting ACD Connect on a virtual X display (xvfb-run)." >&2
    xvfb-run -a "${program[@]}"
else
    "${program[@]}"
fi
