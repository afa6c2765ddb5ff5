#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs `reuse lint` (Debian's reuse 1.x) on the project: every file has a licence and a
copyright holder, from its own SPDX header or from .reuse/dep5, and every licence used is
in LICENSES/.

usage: check_reuse.py SOURCE_DIR
       check_reuse.py --self-check   a scratch project with a misspelt licence: must fail

Exit 0 compliant, 1 not (reuse's report is printed), 77 skipped (reuse or git missing, or
SOURCE_DIR is not a git checkout: without git, reuse cannot tell build folders, which
.gitignore names, from sources).
"""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TIMEOUT_S = 300  # reuse reads every file once: seconds on this project


def run_reuse(root):
    if shutil.which("reuse") is None:
        print("SKIP: not installed: reuse (scripts/overture.sh installs it)")
        return SKIP
    if shutil.which("git") is None:
        print("SKIP: not installed: git (reuse needs it to skip ignored files)")
        return SKIP
    inside = subprocess.run(["git", "-C", root, "rev-parse", "--is-inside-work-tree"],
                            capture_output=True, text=True)
    if inside.returncode != 0:
        print(f"SKIP: {root} is not a git checkout; reuse would read the build folders too")
        return SKIP
    try:
        done = subprocess.run(["reuse", "--root", root, "lint"], capture_output=True, text=True,
                              timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        print(f"FAIL: reuse lint took more than {TIMEOUT_S} s")
        return 1
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    if done.returncode != 0:
        print(f"FAIL: reuse lint exited {done.returncode}: {root} is not REUSE-compliant")
        return 1
    return 0


def self_check(licences_dir):
    """A project whose one file names a licence that does not exist: reuse must refuse it."""
    with tempfile.TemporaryDirectory() as root:
        subprocess.run(["git", "init", "-q", root], check=True)
        shutil.copytree(licences_dir, os.path.join(root, "LICENSES"))
        # Written in two parts so that reuse, reading this script, does not take it for
        # this script's own licence.
        spdx = "SPDX-"
        with open(os.path.join(root, "note.cpp"), "w", encoding="utf-8") as f:
            f.write(f"// {spdx}FileCopyrightText: 2026 Someone\n"
                    f"// {spdx}License-Identifier: GPL-3.0-or-latr\n")
        return run_reuse(root)


def main(argv):
    if argv == ["--self-check"]:
        here = os.path.dirname(os.path.abspath(__file__))
        return self_check(os.path.join(here, "..", "..", "LICENSES"))
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return run_reuse(argv[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
