#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fails when a file of the core engine includes a header of a layer above its own.

usage: check_layering.py SOURCE_DIR [FILE...]

The layers of app/core, lowest first (a file may include its own folder and lower ones):
    text -> model -> data -> (phrases | spelling | history | openers) -> rules -> engine
The four in brackets are one layer and do not include each other. Prints
file:line: "include" (folder -> folder) for each violation; exit 1 when there is one.
Given FILEs (paths under app/core/), checks those instead (the test's self-check).
"""
import glob
import os
import re
import sys

RANK = {"text": 0, "model": 1, "data": 2, "phrases": 3, "spelling": 3, "history": 3,
        "openers": 3, "rules": 4, "engine": 5}


def layer_of(path, core):
    rel = os.path.relpath(path, core)
    return rel.split(os.sep)[0]


def main(argv):
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = argv[0]
    core = os.path.join(root, "app", "core")
    files = argv[1:] or sorted(glob.glob(os.path.join(core, "*", "*.[ch]pp")) +
                               glob.glob(os.path.join(core, "*", "*.def")))
    problems = []
    unknown = set()
    for path in files:
        own = layer_of(path, core) if not argv[1:] else os.path.basename(os.path.dirname(path))
        if own not in RANK:
            unknown.add(own)
            continue
        for no, line in enumerate(open(path, encoding="utf-8"), 1):
            m = re.match(r'\s*#\s*include\s+"([a-z_]+)/[^"]+"', line)
            if not m:
                continue
            target = m.group(1)
            if target not in RANK:
                unknown.add(target)
                continue
            if RANK[target] > RANK[own] or (RANK[target] == RANK[own] and target != own):
                problems.append(f"{os.path.relpath(path, root)}:{no}: \"{m.group(0).strip()}\" "
                                f"({own} -> {target})")
    for u in sorted(unknown):
        problems.append(f"app/core/{u}: a folder with no place in the layers (check_layering.py RANK)")
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} includes that climb back up")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
