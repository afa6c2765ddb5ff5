#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks the rule reference, docs/rules/<id>.md, against the rule catalogue.

usage: check_rule_docs.py SOURCE_DIR                  every id has a page, every page an id
       check_rule_docs.py SOURCE_DIR --examples LINT  and each page's examples do what it says
       check_rule_docs.py --pages DIR CATALOG         ids of CATALOG against the pages in DIR
                                                      (the test's self-check)

A page's examples are runnable commands, a fenced ```sh block each:

    overture-lint --name Marta --relationship never-interacted - <<'NOTE'
    Hi Marta, it was a pleasure working with you on the billing migration.
    NOTE

followed, for the ones under "## Fires on", by a fenced block with the finding it prints.
With --examples, each command is run (LINT in place of overture-lint, from SOURCE_DIR,
with the source tree's data): under "## Fires on" the page's rule must report, with the
severity of the line shown; under "## Leaves alone" it must report nothing. Prints
page:line: what is wrong for each problem; exit 1 when there is one.
"""
import os
import re
import shlex
import subprocess
import sys

RULE_LINE = re.compile(r'^\s*OVERTURE_RULE\("([a-z0-9-]+)"')
FINDING = re.compile(r": (error|warning|hint): .*\[([a-z0-9-]+)\]$")


def catalogue_ids(path):
    with open(path, encoding="utf-8") as f:
        return [m.group(1) for m in map(RULE_LINE.match, f) if m]


def page_ids(pages_dir):
    if not os.path.isdir(pages_dir):
        return []
    return sorted(name[:-3] for name in os.listdir(pages_dir) if name.endswith(".md"))


def check_ids(ids, pages, pages_dir):
    problems = []
    for rule in ids:
        if rule not in pages:
            problems.append(f"{pages_dir}/{rule}.md: missing: rule {rule} of the catalogue has no page")
    for page in pages:
        if page not in ids:
            problems.append(f"{pages_dir}/{page}.md: no rule {page} in the catalogue "
                            "(a page for a renamed or removed rule?)")
    return problems


def examples(path):
    """(section, line number, argv, note, shown finding or None) for each ```sh block."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    section, out, i = "", [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            section = line[3:].strip()
        if line.strip() != "```sh":
            i += 1
            continue
        start = i + 1
        block = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            block.append(lines[i])
            i += 1
        i += 1
        # The finding shown after the command: the next fenced block that is not another
        # command, before the next heading.
        shown = None
        j = i
        while j < len(lines) and not lines[j].startswith(("```", "## ")):
            j += 1
        if j < len(lines) and lines[j].strip() == "```":
            k = j + 1
            while k < len(lines) and lines[k].strip() != "```":
                if FINDING.search(lines[k]):
                    shown = lines[k]
                    break
                k += 1
        out.append((section, start, block, shown))
    return out


def parse_command(block):
    """argv (without the program) and the here-document, or an error."""
    if not block or not block[0].startswith("overture-lint "):
        return None, None, "the block does not start with overture-lint"
    head = shlex.split(block[0])
    if len(head) < 3 or head[-2:] != ["-", "<<NOTE"]:
        return None, None, "the command must end with - <<'NOTE' (the note follows)"
    try:
        end = block.index("NOTE", 1)
    except ValueError:
        return None, None, "no NOTE line ends the note"
    return head[1:-2], "\n".join(block[1:end]) + "\n", None


def check_examples(source, lint, rule, page):
    problems = []
    rel = os.path.relpath(page, source)
    env = dict(os.environ, OVERTURE_DATA_DIR=source, XDG_DATA_HOME=os.path.join(source, ".no-such"))
    found_fire = found_pass = False
    for section, line, block, shown in examples(page):
        fire = section.lower().startswith("fires")
        if not fire and not section.lower().startswith("leaves"):
            continue
        args, note, error = parse_command(block)
        if error:
            problems.append(f"{rel}:{line}: {error}")
            continue
        done = subprocess.run([lint, *args, "-"], input=note, capture_output=True, text=True,
                              cwd=source, env=env, timeout=60)
        if done.returncode == 2:
            problems.append(f"{rel}:{line}: overture-lint exited 2: {done.stderr.strip()}")
            continue
        severities = [m.group(1) for m in map(FINDING.search, done.stdout.split("\n"))
                      if m and m.group(2) == rule]
        if fire:
            found_fire = True
            if not severities:
                problems.append(f"{rel}:{line}: {rule} does not fire on this example:\n"
                                f"{done.stdout}")
            elif shown is None:
                problems.append(f"{rel}:{line}: no finding of {rule} shown after the command")
            else:
                m = FINDING.search(shown)
                if m.group(2) != rule:
                    problems.append(f"{rel}:{line}: the finding shown is of {m.group(2)}, not {rule}")
                elif m.group(1) not in severities:
                    problems.append(f"{rel}:{line}: the page shows a {m.group(1)}, overture-lint "
                                    f"reports {', '.join(severities)}")
        else:
            found_pass = True
            if severities:
                problems.append(f"{rel}:{line}: {rule} fires on an example it should leave alone:\n"
                                f"{done.stdout}")
    if not found_fire:
        problems.append(f"{rel}: no example under \"## Fires on\"")
    if not found_pass:
        problems.append(f"{rel}: no example under \"## Leaves alone\"")
    return problems


def main(argv):
    if len(argv) == 3 and argv[0] == "--pages":
        problems = check_ids(catalogue_ids(argv[2]), page_ids(argv[1]), argv[1])
    elif len(argv) in (1, 3) and (len(argv) == 1 or argv[1] == "--examples"):
        source = argv[0]
        ids = catalogue_ids(os.path.join(source, "app", "core", "rules", "rule_catalog.def"))
        pages_dir = os.path.join(source, "docs", "rules")
        problems = check_ids(ids, page_ids(pages_dir), pages_dir)
        if len(argv) == 3:
            for rule in ids:
                page = os.path.join(pages_dir, rule + ".md")
                if os.path.exists(page):
                    problems += check_examples(source, argv[2], rule, page)
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
