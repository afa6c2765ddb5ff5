#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fails when a rule or the engine names a word of a language in its code.

usage: check_no_words_in_code.py SOURCE_DIR [FILE...]

Rules are code that never names a word of any language (dictionaries/<lang>/ holds them).
Every string literal in app/core/rules/ and app/core/engine/ (comments and #include lines
aside) must be one of: punctuation, digits or white space; a rule id (rules/rule_catalog.def);
a message key or a {placeholder} of dictionaries/en/messages.json; a class the code asks
about (kCodeClassIds); a sentence-role or relationship id. Anything else is reported as
file:line: "literal". Given FILEs, checks those instead (the test's self-check).
"""
import glob
import json
import os
import re
import sys


def literals(source):
    """(line, text) of each string literal outside comments."""
    out, i, line, n = [], 0, 1, len(source)
    while i < n:
        c = source[i]
        if c == "\n":
            line += 1
            i += 1
        elif source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += source.count("\n", i, j)
            i = j
        elif c == "'":
            j = i + 1
            while j < n and source[j] != "'":
                j += 2 if source[j] == "\\" else 1
            i = j + 1
        elif c == '"':
            j, text = i + 1, []
            while j < n and source[j] != '"':
                if source[j] == "\\":
                    text.append(source[j:j + 2])
                    j += 2
                else:
                    text.append(source[j])
                    j += 1
            out.append((line, "".join(text)))
            i = j + 1
        elif c == "#" and re.match(r"#\s*include", source[i:i + 20]):
            j = source.find("\n", i)
            i = n if j < 0 else j
        else:
            i += 1
    return out


def allowed_keys(root):
    keys = set()
    catalog = open(os.path.join(root, "app/core/rules/rule_catalog.def"), encoding="utf-8").read()
    keys |= set(re.findall(r'OVERTURE_RULE\("([a-z-]+)"', catalog))
    messages = json.load(open(os.path.join(root, "dictionaries/en/messages.json"), encoding="utf-8"))
    for rule in messages["rules"].values():
        for key, m in rule.get("messages", {}).items():
            keys.add(key)
            keys |= set(re.findall(r"\{([a-z-]+)\}", m["message"] + m.get("why", "")))
    lint_data = open(os.path.join(root, "app/core/rules/lint_data.hpp"), encoding="utf-8").read()
    block = re.search(r"kCodeClassIds\[\] = \{(.*?)\};", lint_data, re.S)
    keys |= set(re.findall(r'"([a-z-]+)"', block.group(1))) if block else set()
    keys |= {"greeting", "shared-past", "detail", "reason", "ask", "pitch", "meeting-request",
             "sign-off", "other", "met-in-person", "worked-together", "studied-together",
             "did-business", "shared-group", "mutual-connection", "follows-their-work",
             "never-interacted"}
    return keys


def main(argv):
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = argv[0]
    files = argv[1:] or sorted(
        f for d in ("app/core/rules", "app/core/engine")
        for f in glob.glob(os.path.join(root, d, "*")) if re.search(r"\.(cpp|hpp|def)$", f))
    keys = allowed_keys(root)
    problems = []
    for path in files:
        for line, text in literals(open(path, encoding="utf-8").read()):
            # Escapes ("\\t", "\\xE2\\x80\\x99") are characters, not words.
            bare = re.sub(r"\\(x[0-9a-fA-F]+|u[0-9a-fA-F]{4}|.)", "", text)
            if re.fullmatch(r"[\W\d_]*", bare) or text in keys:
                continue
            problems.append(f"{os.path.relpath(path, root)}:{line}: \"{text}\"")
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(problems)} literals that are not data keys")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
