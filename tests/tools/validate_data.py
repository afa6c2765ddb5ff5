#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Validates every language pack file against its JSON Schema in docs/schema/.

usage: validate_data.py SOURCE_DIR            every dictionaries/<lang>/ pack
       validate_data.py --file SCHEMA FILE    one file (the test's self-check uses it)

Checks language.json, classes.json, messages.json and every file the manifest lists in
pattern_files, and that every patterns/*.json of a pack is listed (a file nobody loads is
a mistake). Prints one line per problem (file: path: message); exit 1 when there is any.
"""
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("validate_data.py: python3-jsonschema is not installed (scripts/overture.sh installs it)",
          file=sys.stderr)
    sys.exit(2)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check(schema_path, path):
    schema = load(schema_path)
    validator = jsonschema.Draft202012Validator(schema)
    try:
        doc = load(path)
    except (OSError, ValueError) as e:
        return [f"{path}: cannot read: {e}"]
    return [f"{path}: {'/'.join(str(p) for p in err.absolute_path) or '(top level)'}: {err.message}"
            for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))]


def check_rule_ids(root, messages_path):
    """messages.json names every rule of the catalogue, and nothing else."""
    import re
    catalog = open(os.path.join(root, "app", "core", "rules", "rule_catalog.def"), encoding="utf-8").read()
    ids = set(re.findall(r'OVERTURE_RULE\("([a-z-]+)"', catalog))
    try:
        named = set(load(messages_path).get("rules", {}))
    except (OSError, ValueError):
        return []  # reported by the schema check
    return ([f"{messages_path}: rules: no entry for rule \"{i}\"" for i in sorted(ids - named)] +
            [f"{messages_path}: rules: \"{i}\" is not a rule of the catalogue" for i in sorted(named - ids)])


def main(argv):
    if len(argv) == 3 and argv[0] == "--file":
        problems = check(argv[1], argv[2])
    elif len(argv) == 1:
        root = argv[0]
        schemas = os.path.join(root, "docs", "schema")
        problems = []
        packs = sorted(glob.glob(os.path.join(root, "dictionaries", "*", "language.json")))
        if not packs:
            problems.append(f"{root}: no language pack found")
        for manifest in packs:
            pack = os.path.dirname(manifest)
            problems += check(os.path.join(schemas, "language.schema.json"), manifest)
            problems += check(os.path.join(schemas, "classes.schema.json"), os.path.join(pack, "classes.json"))
            problems += check(os.path.join(schemas, "messages.schema.json"), os.path.join(pack, "messages.json"))
            problems += check_rule_ids(root, os.path.join(pack, "messages.json"))
            listed = load(manifest).get("pattern_files", [])
            for rel in listed:
                problems += check(os.path.join(schemas, "patterns.schema.json"), os.path.join(pack, rel))
            for path in sorted(glob.glob(os.path.join(pack, "patterns", "*.json"))):
                if os.path.relpath(path, pack) not in listed:
                    problems.append(f"{path}: not listed in {manifest} pattern_files")
            print(f"{pack}: {1 + 2 + len(listed)} files checked")
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
