#!/usr/bin/env bash
# Builds the engine, overture-lint and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DOVERTURE_SANITIZE=ON, no GUI) into build-asan and runs
# the engine and CLI tests; any sanitizer report fails the run.
# Environment: BUILD_DIR (default build-asan), JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-asan}
JOBS=${JOBS:-2}

# -O1: sanitizer builds at -O2 take longer to compile and report the same problems.
cmake -S . -B "$BUILD_DIR" -DOVERTURE_SANITIZE=ON -DOVERTURE_BUILD_GUI=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build "$BUILD_DIR" --target overture-lint overture_core_tests overture_cli_tests -j "$JOBS"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" -R '^(core|cli):' --no-tests=error
