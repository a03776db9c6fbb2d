#!/usr/bin/env bash
# Runs a command so that file permissions apply to it, as they do to the program's users.
# Root ignores them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), and the tests run as root in CI:
# there the command runs without those two capabilities (setpriv, util-linux), still as root,
# so it owns the files it makes. The tests check that a read-only file really cannot be
# written before they count on it, so a machine where this does not work fails, not passes.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
    exec "$@"
fi
exec setpriv --inh-caps=-dac_override,-dac_read_search \
    --bounding-set=-dac_override,-dac_read_search -- "$@"
