#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the libFuzzer targets with clang 14 (tests/fuzz, -DOVERTURE_FUZZ=ON) into
# build-fuzz and runs each one for a bounded time on its seed corpus.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 30 s, every target)
# Fails on the first crash, sanitizer report, broken invariant, timeout or leak; the
# input that did it is saved as build-fuzz/artifacts/<target>-crash-... and printed.
# Environment: BUILD_DIR (default build-fuzz), JOBS (build jobs, default 2), FUZZ_JOBS
# (targets run side by side, default JOBS), CXX (default clang++-14).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${1:-30}
shift || true
BUILD_DIR=${BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-2}
CXX_FUZZ=${CXX:-clang++-14}
ALL_TARGETS=(fuzz_lint fuzz_openers fuzz_phrases fuzz_wordlist fuzz_history)
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=("${ALL_TARGETS[@]}")

if ! [[ "$SECONDS_PER_TARGET" =~ ^[0-9]+$ ]] || ((SECONDS_PER_TARGET < 1)); then
    echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
fi
if ! command -v "$CXX_FUZZ" >/dev/null; then
    echo "fuzz.sh: $CXX_FUZZ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi
if ! ls "$("$CXX_FUZZ" -print-resource-dir)"/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz.sh: libFuzzer not found for $CXX_FUZZ (apt-get install libclang-rt-14-dev)" >&2
    exit 2
fi

# -O1 without NDEBUG: fast enough to fuzz, and assertions stay on.
cmake -S . -B "$BUILD_DIR" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DOVERTURE_FUZZ=ON \
    -DOVERTURE_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build "$BUILD_DIR" --target "${TARGETS[@]}" -j "$JOBS"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$BUILD_DIR/artifacts"

# Runs one target; its summary line goes to $BUILD_DIR/<target>.summary.
run_target() {
    local target=$1
    local seeds=tests/fuzz/corpus/$target
    local work=$BUILD_DIR/corpus/$target # new inputs go here, never into the seed folder
    local log=$BUILD_DIR/$target.log
    local dict=()
    mkdir -p "$work"
    [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
    local rc=0
    "$BUILD_DIR/fuzz/$target" "$work" "$seeds" "${dict[@]}" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$target-" >"$log" 2>&1 || rc=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if ((rc != 0)); then
        echo "$target: FAILED (exit $rc) after ${runs:-?} executions, see $log" >"$BUILD_DIR/$target.summary"
        grep -E "ERROR|runtime error|invariant failed|Test unit written|SUMMARY" "$log" | head -20 >&2 || true
        return 1
    fi
    echo "$target: ok, ${runs:-?} executions in ${SECONDS_PER_TARGET}s" >"$BUILD_DIR/$target.summary"
}

# FUZZ_JOBS targets at a time (default: JOBS), each for the full time.
FUZZ_JOBS=${FUZZ_JOBS:-$JOBS}
status=0
pending=("${TARGETS[@]}")
while ((${#pending[@]})); do
    batch=("${pending[@]:0:FUZZ_JOBS}")
    pending=("${pending[@]:FUZZ_JOBS}")
    pids=()
    for target in "${batch[@]}"; do
        echo "== $target: ${SECONDS_PER_TARGET}s on tests/fuzz/corpus/$target"
        run_target "$target" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || status=1
    done
done
for target in "${TARGETS[@]}"; do
    cat "$BUILD_DIR/$target.summary"
done
exit $status
