#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Times overture-lint side by side with the spelling floor (hunspell -l) and the prose
# linters people use today (proselint, write-good, alex), on the same two inputs: a
# typical 300-character note and about 1 MB of English prose made from the licence
# texts in /usr/share/common-licenses (tests/bench/prose.hpp). hyperfine runs every
# command several times; the table shows medians and ratios.
#
#   tests/bench/compare.sh [BUILD_DIR]        (default: build)
#
# It installs what is missing: hyperfine, hunspell and python3-proselint with apt-get
# (as root or through sudo), write-good and alex with npm into BUILD_DIR/bench-node.
# It is never part of the test run: it needs the network once and takes minutes
# (proselint alone needs about a minute per run on 1 MB).
#
# Environment:
#   RUNS=10        runs of each fast command (overture-lint, hunspell)
#   SLOW_RUNS=3    runs of each slow command (proselint, write-good, alex on 1 MB)
#   PROSE_BYTES=1048576
#   TOOLS="hunspell proselint write-good alex"   which others to run
#   INPUTS="note prose"                          which inputs to time
#   OVERTURE_BENCH_LANG=en_US
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
[[ -d $build ]] || {
    echo "compare.sh: no build folder $build (configure and build first)" >&2
    exit 2
}
build=$(cd "$build" && pwd)
work=$build/bench-compare
node_dir=$build/bench-node
runs=${RUNS:-10}
slow_runs=${SLOW_RUNS:-3}
prose_bytes=${PROSE_BYTES:-1048576}
tools=${TOOLS-hunspell proselint write-good alex}
inputs=${INPUTS-note prose}
lang=${OVERTURE_BENCH_LANG:-en_US}
mkdir -p "$work"

say() { printf '== %s\n' "$*" >&2; }
wants() { [[ " $tools " == *" $1 "* ]]; }
timing() { [[ " $inputs " == *" $1 "* ]]; }

# ---- Tools ----------------------------------------------------------------------------

apt_install() {
    local runner=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || {
            echo "compare.sh: please install: $*" >&2
            exit 2
        }
        runner=(sudo)
    fi
    say "apt-get install $*"
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null ||
        {
            "${runner[@]}" apt-get update >/dev/null
            "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null
        }
}

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v python3 >/dev/null || missing+=(python3)
wants hunspell && ! command -v hunspell >/dev/null && missing+=(hunspell)
wants hunspell && [[ ! -e /usr/share/hunspell/$lang.dic ]] && missing+=("hunspell-${lang,,}")
wants proselint && ! command -v proselint >/dev/null && missing+=(python3-proselint)
((${#missing[@]} == 0)) || apt_install "${missing[@]//_/-}"

npm_tools=()
wants write-good && [[ ! -x $node_dir/node_modules/.bin/write-good ]] && npm_tools+=(write-good)
wants alex && [[ ! -x $node_dir/node_modules/.bin/alex ]] && npm_tools+=(alex)
if ((${#npm_tools[@]} > 0)); then
    command -v npm >/dev/null || apt_install npm
    say "npm install ${npm_tools[*]} into $node_dir"
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error "${npm_tools[@]}" >/dev/null
fi

# ---- Inputs ---------------------------------------------------------------------------

say "building overture-lint and overture_prose in $build"
cmake --build "$build" --target overture-lint overture_prose >/dev/null
lint=$(find "$build" -maxdepth 1 -name overture-lint -type f -perm -u+x | head -n1)
[[ -n $lint ]] || lint=$(find "$build" -name overture-lint -type f -perm -u+x | head -n1)
prose_tool=$(find "$build" -name overture_prose -type f -perm -u+x | head -n1)
export OVERTURE_DATA_DIR=${OVERTURE_DATA_DIR:-$root}

note=$work/note.txt
prose=$work/prose.txt
"$prose_tool" note >"$note"
"$prose_tool" "$prose_bytes" >"$prose"
say "inputs: $note ($(wc -c <"$note") bytes), $prose ($(wc -c <"$prose") bytes)"

# ---- Runs -----------------------------------------------------------------------------

# proselint keeps a result cache under XDG_CACHE_HOME: empty it before every run.
pl_cache=$work/proselint-cache
write_good=$node_dir/node_modules/.bin/write-good
alex=$node_dir/node_modules/.bin/alex
card="--name 'Priya Shah' --company Stripe --relationship met-in-person --context 'Berlin FinTech Summit'"

# bench NAME RUNS WARMUP  then "label" "command" pairs
bench() {
    local name=$1 n=$2 warmup=$3
    shift 3
    local args=()
    while (($# > 0)); do
        args+=(--command-name "$1" "$2")
        shift 2
    done
    say "$name: $((${#args[@]} / 3)) commands, $n runs each"
    hyperfine --style basic --ignore-failure --warmup "$warmup" --runs "$n" \
        --export-json "$work/$name.json" "${args[@]}" >&2
}

# The note: every command is fast enough for the full run count.
note_cmds=(
    "overture-lint" "$lint --format json $card $note >/dev/null"
    "overture-lint --no-spell" "$lint --format json --no-spell $card $note >/dev/null"
)
wants hunspell && note_cmds+=("hunspell -l" "hunspell -l -d $lang <$note >/dev/null")
wants proselint && note_cmds+=("proselint" "rm -rf $pl_cache; XDG_CACHE_HOME=$pl_cache proselint $note >/dev/null")
wants write-good && note_cmds+=("write-good" "$write_good $note >/dev/null")
wants alex && note_cmds+=("alex" "$alex --text $note >/dev/null 2>&1")
if timing note; then
    rm -f "$work/note.json"
    bench note "$runs" 2 "${note_cmds[@]}"
fi

# The prose: overture-lint and hunspell with the full count, the others with fewer runs.
if timing prose; then
    rm -f "$work/prose-fast.json" "$work/prose-slow.json"
    prose_fast=(
        "overture-lint" "$lint --format json --no-suggest $card $prose >/dev/null"
        "overture-lint --no-spell" "$lint --format json --no-spell $card $prose >/dev/null"
    )
    wants hunspell && prose_fast+=("hunspell -l" "hunspell -l -d $lang <$prose >/dev/null")
    bench prose-fast "$runs" 1 "${prose_fast[@]}"
    prose_slow=()
    wants proselint && prose_slow+=("proselint" "rm -rf $pl_cache; XDG_CACHE_HOME=$pl_cache proselint $prose >/dev/null")
    wants write-good && prose_slow+=("write-good" "$write_good $prose >/dev/null")
    wants alex && prose_slow+=("alex" "$alex --text $prose >/dev/null 2>&1")
    ((${#prose_slow[@]} == 0)) || bench prose-slow "$slow_runs" 0 "${prose_slow[@]}"
fi

# ---- Table ----------------------------------------------------------------------------

python3 - "$work" "$(wc -c <"$note")" "$(wc -c <"$prose")" <<'EOF'
import json, os, sys

work, note_bytes, prose_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def load(name):
    path = os.path.join(work, name + ".json")
    if not os.path.exists(path):
        return {}
    return {r["command"]: r for r in json.load(open(path))["results"]}

note = load("note")
prose = {**load("prose-fast"), **load("prose-slow")}
others = ["proselint", "write-good", "alex"]

def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

def cpu(r):  # user + system, mean over the runs (hyperfine keeps no per-run CPU time)
    return r["user"] + r["system"]

print()
print(f"Wall-clock medians, and CPU time (user + system, mean), from {work}/*.json (hyperfine).")
print("Ratios: the command's median (CPU time) over overture-lint's, with and without spelling.")
print()
print("| input | command | median | min–max | CPU | runs | × overture-lint | × --no-spell |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for label, size, results in (("note", note_bytes, note), ("prose", prose_bytes, prose)):
    base = results.get("overture-lint")
    base_ns = results.get("overture-lint --no-spell")
    for cmd, r in results.items():
        ratio = f"{r['median'] / base['median']:.1f}× ({cpu(r) / cpu(base):.1f}×)" if base else ""
        ratio_ns = (f"{r['median'] / base_ns['median']:.1f}× ({cpu(r) / cpu(base_ns):.1f}×)"
                    if base_ns else "")
        name = f"{label} ({size / 1024:.0f} KiB)" if size >= 4096 else f"{label} ({size} B)"
        print(f"| {name} | `{cmd}` | {fmt(r['median'])} | {fmt(r['min'])}–{fmt(r['max'])} "
              f"| {fmt(cpu(r))} | {len(r['times'])} | {ratio} | {ratio_ns} |")

print()
print("Targets, whole processes: wall-clock medians (CPU time in brackets):")
def check(text, wall_ok, cpu_ok):
    verdict = "met" if wall_ok else ("met by CPU time, not wall-clock" if cpu_ok else "MISSED")
    print(f"  [{verdict}] {text}")
if "overture-lint" in note:
    r = note["overture-lint"]
    check(f"one note, dictionary load included: {fmt(r['median'])} ({fmt(cpu(r))}) <= 60 ms",
          r["median"] <= 0.060, cpu(r) <= 0.060)
spell = prose.get("overture-lint")
rules = prose.get("overture-lint --no-spell")
if spell and "hunspell -l" in prose:
    h = prose["hunspell -l"]
    check(f"1 MB with spelling vs hunspell -l: {h['median'] / spell['median']:.1f}× "
          f"({cpu(h) / cpu(spell):.1f}×) faster, >= 2×",
          h["median"] / spell["median"] >= 2, cpu(h) / cpu(spell) >= 2)
present = [dict(prose[o], name=o) for o in others if o in prose]
if present:
    fastest = min(present, key=lambda r: r["median"])
    for r, label, need in ((spell, "with spelling", 25), (rules, "rules only", 100)):
        if r:
            check(f"1 MB {label} vs the fastest prose linter ({fastest['name']}): "
                  f"{fastest['median'] / r['median']:.0f}× ({cpu(fastest) / cpu(r):.0f}×) faster, "
                  f">= {need}×", fastest["median"] / r["median"] >= need,
                  cpu(fastest) / cpu(r) >= need)
EOF
