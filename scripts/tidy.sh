#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs clang-tidy with the project's .clang-tidy on every C++ source under app/, using the
# compile commands of a configured build folder (CMAKE_EXPORT_COMPILE_COMMANDS is on), so
# the GUI's files are checked with their Qt include paths and generated moc headers.
#   scripts/tidy.sh [BUILD_DIR]            (default: build; it must have been built once)
# Prints each warning and a summary line "clang-tidy: N warnings in M files". Exit 0 when
# it ran (warnings are reported, not fatal, unless TIDY_STRICT=1), 2 when it could not
# run or a file did not compile.
# Environment: JOBS (default 2), TIDY_TIMEOUT (seconds for the whole run, default 1200),
# TIDY_STRICT=1 (any warning fails).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${1:-build}
JOBS=${JOBS:-2}
TIDY=${CLANG_TIDY:-clang-tidy-14}
[ -f "$BUILD_DIR/compile_commands.json" ] || {
    echo "tidy.sh: no $BUILD_DIR/compile_commands.json (configure and build first)" >&2
    exit 2
}
command -v "$TIDY" >/dev/null || {
    echo "tidy.sh: $TIDY not found (apt-get install clang-tidy)" >&2
    exit 2
}

log=$BUILD_DIR/clang-tidy.log
mapfile -t files < <(find app -name '*.cpp' | sort)
# xargs -P: JOBS files at a time; each clang-tidy prints its own file's warnings.
rc=0
timeout "${TIDY_TIMEOUT:-1200}" xargs -P "$JOBS" -n 4 "$TIDY" -p "$BUILD_DIR" --quiet \
    <<<"$(printf '%s\n' "${files[@]}")" >"$log" 2>&1 || rc=$?
grep -E "^/.*(warning|error):" "$log" | sort -u || true
warnings=$(grep -cE "^/.*warning:" "$log" || true)
errors=$(grep -cE "^/.*error:" "$log" || true)
with=$(grep -E "^/.*(warning|error):" "$log" | cut -d: -f1 | sort -u | wc -l)
echo "clang-tidy: $warnings warnings, $errors errors in $with of ${#files[@]} files under app/ (log: $log)"
if ((rc == 124)); then
    echo "tidy.sh: stopped after ${TIDY_TIMEOUT:-1200} s" >&2
    exit 2
fi
if ((errors > 0)); then
    exit 2
fi
if [ "${TIDY_STRICT:-0}" = 1 ] && ((warnings > 0)); then
    exit 1
fi
exit 0
