#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Times overture-lint --batch on 10 000 notes in one process (hyperfine): the notes are
# the 319 labelled notes of tests/corpus/en/own.json with their cards, cycled.
#
#   tests/bench/batch_bench.sh [BUILD_DIR]        (default: build)
#
# Environment: NOTES=10000, RUNS=5. Installs hyperfine with apt-get when it is missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
notes=${NOTES:-10000}
runs=${RUNS:-5}
work=$build/bench-batch
mkdir -p "$work"

if ! command -v hyperfine >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends hyperfine >/dev/null
fi
cmake --build "$build" --target overture-lint overture_batch_notes >/dev/null
"$build/tests/bench/overture_batch_notes" "$root/tests/corpus/en/own.json" "$notes" jsonl >"$work/notes.jsonl"
"$build/tests/bench/overture_batch_notes" "$root/tests/corpus/en/own.json" "$notes" csv >"$work/notes.csv"

lint=$build/overture-lint
# Exit 1 (some notes have findings) is the expected outcome: -i keeps hyperfine going.
hyperfine -N -i --warmup 1 --runs "$runs" --export-markdown "$work/batch.md" \
    -n "jsonl, json out" "$lint --batch $work/notes.jsonl --format json" \
    -n "csv, text table" "$lint --batch $work/notes.csv" \
    -n "jsonl, json out, --no-spell" "$lint --batch $work/notes.jsonl --format json --no-spell"
cat "$work/batch.md"
