#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the language packs' JSON files in the project's layout: two-space indents,
lists of plain values packed onto lines of about 100 characters (a word class stays
readable), objects one key per line.

usage: format_json.py FILE...    rewrites each file in place (after checking it parses)
"""
import json
import sys


def dumps(obj, indent=0, width=100):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + "  " + json.dumps(k, ensure_ascii=False) + ": " + dumps(v, indent + 1, width).lstrip()
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if all(not isinstance(x, (dict, list)) for x in obj):
            parts = [json.dumps(x, ensure_ascii=False) for x in obj]
            one = "[" + ", ".join(parts) + "]"
            if len(one) + len(pad) + 10 <= width:
                return one
            lines, cur = [], ""
            for p in parts:
                if cur and len(cur) + len(p) + 2 + len(pad) + 4 > width:
                    lines.append(cur.rstrip())
                    cur = ""
                cur += p + ", "
            if cur:
                lines.append(cur.rstrip().rstrip(","))
            return "[\n" + "\n".join(pad + "    " + line for line in lines) + "\n" + pad + "  ]"
        return "[\n" + ",\n".join(pad + "    " + dumps(x, indent + 2, width).lstrip() for x in obj) + "\n" + pad + "  ]"
    return json.dumps(obj, ensure_ascii=False)


def write(path, obj):
    text = dumps(obj) + "\n"
    json.loads(text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            write(path, json.load(f))
