#!/usr/bin/env bash
# Builds the fuzz targets (the fuzz preset: clang, libFuzzer, ASan and UBSan) and runs each
# for a bounded time, one after the other, each on one core. New inputs go to a working
# corpus in build/fuzz/corpus/<target> (seeded from tests/fuzz/corpus/<target>); a crash
# leaves its input in build/fuzz/crashes/<target>/ and makes the script fail. Ends with a
# line per target: executions, seconds, executions per second, corpus size, crashes.
# Usage: scripts/fuzz.sh [seconds per target, default 60] [target...]
#   FUZZ_RUNS=1000000 scripts/fuzz.sh 900 csv   # stop at a million executions, or 900 s
# Needs clang and libclang-rt-14-dev (docs/reliability.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(soap returntext csv calllog agentstates values settings)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"

build=build/fuzz
summary=()
failed=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    log="$build/fuzz_$target.log"
    runs=()
    [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
    echo "== fuzz_$target: up to $seconds s${FUZZ_RUNS:+ or $FUZZ_RUNS executions}"
    start=$(date +%s%N)
    status=0
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" "${runs[@]}" \
        -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    elapsed=$((($(date +%s%N) - start) / 1000000000))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    seeds=$(find "tests/fuzz/corpus/$target" -type f | wc -l)
    size=$(find "$corpus" -type f | wc -l)
    # libFuzzer also leaves slow-unit-* here when a machine under load starves it: not a fault.
    found=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' \
        -o -name 'timeout-*' \) | wc -l)
    tail -n 12 "$log"
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        echo "fuzz_$target: exit status $status, inputs in $crashes/ (log: $log)"
    fi
    summary+=("$(printf '%-12s %10s executions %6s s %7s exec/s  corpus %s seeds + %s found  crashes %s' \
        "$target" "${execs:-?}" "$elapsed" "${rate:-?}" "$seeds" "$size" "$found")")
done
echo
printf '%s\n' "${summary[@]}"
exit $failed
