#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the engine, overture-lint and their tests under sanitizers (no GUI) and runs them;
# any sanitizer report fails the run.
#   address: AddressSanitizer + UndefinedBehaviorSanitizer (-DOVERTURE_SANITIZE=ON) into
#            build-asan; the engine and CLI tests.
#   thread:  ThreadSanitizer into build-tsan; the engine tests, among them
#            tests/core/threads_test.cpp, which lints from four threads at once on one
#            const Linter (the contract in app/core/engine/linter.hpp).
#   scripts/sanitize.sh [address|thread]...        (default: both)
# Environment: BUILD_DIR (asan folder, default build-asan), TSAN_BUILD_DIR (default
# build-tsan), JOBS (default 2).
# Time on CI's 2 cores, from clean folders: about 6 min for address, 5 min for thread.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-asan}
TSAN_BUILD_DIR=${TSAN_BUILD_DIR:-build-tsan}
JOBS=${JOBS:-2}
KINDS=("$@")
((${#KINDS[@]})) || KINDS=(address thread)

address() {
    # -O1: sanitizer builds at -O2 take longer to compile and report the same problems.
    cmake -S . -B "$BUILD_DIR" -DOVERTURE_SANITIZE=ON -DOVERTURE_BUILD_GUI=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
    cmake --build "$BUILD_DIR" --target overture-lint overture_core_tests overture_cli_tests -j "$JOBS"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" -R '^(core|cli):' --no-tests=error
}

thread() {
    # ThreadSanitizer cannot be combined with AddressSanitizer: a build of its own. Only
    # the engine: overture-lint is single-threaded, and the Qt libraries Debian ships are
    # not instrumented, so a GUI test would report Qt's own synchronisation as races.
    cmake -S . -B "$TSAN_BUILD_DIR" -DOVERTURE_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS="-fsanitize=thread" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" >/dev/null
    cmake --build "$TSAN_BUILD_DIR" --target overture_core_tests -j "$JOBS"
    # halt_on_error: the first race fails the test that found it, with both stacks.
    TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1} \
        ctest --test-dir "$TSAN_BUILD_DIR" --output-on-failure -j "$JOBS" -R '^core:' --no-tests=error
}

for kind in "${KINDS[@]}"; do
    case "$kind" in
    address | thread)
        echo "== sanitize: $kind"
        "$kind"
        ;;
    *)
        echo "usage: scripts/sanitize.sh [address|thread]..." >&2
        exit 2
        ;;
    esac
done
