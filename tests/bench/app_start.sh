#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The editor's start-up: time from launching `overture` (offscreen, --screenshot) to its
# first frame, and its peak memory. Needs a build with the GUI (OVERTURE_BUILD_GUI=ON).
#
#   tests/bench/app_start.sh [BUILD_DIR]      (default: build)
#
# The first frame is the moment the app reports it (OVERTURE_TIMING=1 makes it print
# "first frame after N ms" on frameSwapped), measured here from just before the launch,
# so dynamic linking and Qt's start-up count. Each run gets fresh, empty user folders.
# The same runs with a dictionary that takes several times longer to load (en_US copied
# six times over into a DICPATH folder) show whether the window waits for the
# dictionary: if it does not, the first frame does not move.
# Peak memory is "Maximum resident set size" of /usr/bin/time -v over a whole
# --screenshot run (start, first frame, lint, grab, exit).
#
# Environment: RUNS=15
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${RUNS:-15}
app=$build/overture
[[ -x $app ]] || {
    echo "app_start.sh: no $app (configure with -DOVERTURE_BUILD_GUI=ON and build the overture target)" >&2
    exit 2
}
command -v python3 >/dev/null || {
    echo "app_start.sh: needs python3" >&2
    exit 2
}
export OVERTURE_DATA_DIR=${OVERTURE_DATA_DIR:-$root}

python3 - "$app" "$runs" <<'EOF'
import os, re, statistics, subprocess, sys, tempfile, time

app, runs = sys.argv[1], int(sys.argv[2])

def fresh_env(home, extra=None):
    runtime = os.path.join(home, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", OVERTURE_TIMING="1",
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_CACHE_HOME=os.path.join(home, "cache"), XDG_RUNTIME_DIR=runtime)
    env.update(extra or {})
    return env

def first_frame(extra=None):
    """Seconds from launch to first frame, and the app's own main()-to-frame figure."""
    with tempfile.TemporaryDirectory() as home:
        shot = os.path.join(home, "shot.png")
        env = fresh_env(home, extra)
        t0 = time.monotonic()
        p = subprocess.Popen([app, "--screenshot", shot], env=env, stderr=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, text=True)
        launch_to_frame, inside = None, None
        for line in p.stderr:
            m = re.search(r"first frame after (\d+) ms", line)
            if m:
                launch_to_frame = time.monotonic() - t0
                inside = int(m.group(1)) / 1000
                break
        p.communicate()
        if launch_to_frame is None:
            sys.exit(f"app_start.sh: {app} never reported a first frame (exit {p.returncode})")
        return launch_to_frame, inside

def peak_rss_mb(extra=None):
    with tempfile.TemporaryDirectory() as home:
        shot = os.path.join(home, "shot.png")
        r = subprocess.run(["/usr/bin/time", "-v", app, "--screenshot", shot],
                           env=fresh_env(home, extra), stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
        return int(m.group(1)) / 1024 if m else float("nan")

def slow_dictionary(folder):
    """en_US six times over (distinct words), so it loads several times slower."""
    src = "/usr/share/hunspell/en_US"
    words = open(src + ".dic", encoding="utf-8").read().splitlines()[1:]
    with open(os.path.join(folder, "en_US.dic"), "w", encoding="utf-8") as out:
        out.write(f"{len(words) * 6}\n")
        for k in range(6):
            prefix = "" if k == 0 else "zq" * k
            out.writelines(prefix + w + "\n" for w in words)
    with open(src + ".aff", "rb") as a, open(os.path.join(folder, "en_US.aff"), "wb") as b:
        b.write(a.read())

first_frame()  # warm the page cache
rows = []
with tempfile.TemporaryDirectory() as slow:
    slow_dictionary(slow)
    for label, extra in (("en_US dictionary", None),
                         ("6× larger dictionary (DICPATH)", {"DICPATH": slow})):
        samples = [first_frame(extra) for _ in range(runs)]
        outer = sorted(s[0] for s in samples)
        inner = sorted(s[1] for s in samples)
        rss = sorted(peak_rss_mb(extra) for _ in range(3))
        rows.append((label, statistics.median(outer), outer[0], outer[-1],
                     statistics.median(inner), statistics.median(rss)))

print(f"| overture --screenshot (offscreen) | launch → first frame, median | min–max | main() → first frame | peak RSS |")
print(f"|---|---:|---:|---:|---:|")
for label, med, lo, hi, inner, rss in rows:
    print(f"| {label} | {med * 1000:.0f} ms | {lo * 1000:.0f}–{hi * 1000:.0f} ms | "
          f"{inner * 1000:.0f} ms | {rss:.0f} MB |")
print(f"\n{runs} runs each; peak RSS is the median of 3 runs of /usr/bin/time -v.")
med = rows[0][1]
print(f"  [{'met' if med <= 0.4 else 'MISSED'}] first frame {med * 1000:.0f} ms <= 400 ms")
print(f"  [{'met' if rows[0][5] <= 150 else 'MISSED'}] peak memory {rows[0][5]:.0f} MB <= 150 MB")
EOF
