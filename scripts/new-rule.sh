#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Scaffolds a new rule: the one catalogue line, the one code file (or, with --patterns, the
# pattern file of the language pack), the messages entry, the doc page and the fixture
# folder with a first case. The first case fails until the rule is written, on purpose.
#
#   scripts/new-rule.sh [--patterns] [--reason R] [--severity S] [--whole-note] ID
#
#   ID           the new rule's id, lower case with hyphens: "too-many-links"
#   --patterns   a rule that only reports the language pack's pattern groups
#   --reason R   indistinguishable | disingenuous | lacking-creativity | lazy (default lazy)
#   --severity S error | warning | hint (default warning)
#   --whole-note its findings are about the whole note (listed, not underlined)
#
# Then: write the check in app/core/rules/<id>_rule.cpp (or the patterns), the messages in
# dictionaries/*/messages.json, the page in docs/rules/<id>.md, and the cases in
# tests/rules/<id>/; build and run `ctest -R "rules: <id>"`.
set -euo pipefail
cd "$(dirname "$0")/.."

patterns=false reason=lazy severity=warning scope=Words id=""
while (($#)); do
    case "$1" in
    --patterns) patterns=true ;;
    --reason) reason=$2; shift ;;
    --severity) severity=$2; shift ;;
    --whole-note) scope=WholeNote ;;
    -h | --help) awk 'NR == 1 || /SPDX-/ { next } /^#/ { print; started = 1; next } started { exit }' "$0"; exit 0 ;;
    -*) echo "new-rule.sh: unknown option $1" >&2; exit 2 ;;
    *) id=$1 ;;
    esac
    shift
done
[[ $id =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || { echo "new-rule.sh: the id must look like too-many-links (got '${id}')" >&2; exit 2; }
grep -q "OVERTURE_RULE(\"$id\"" app/core/rules/rule_catalog.def && { echo "new-rule.sh: rule $id exists already" >&2; exit 2; }
case $reason in
indistinguishable) Reason=Indistinguishable ;; disingenuous) Reason=Disingenuous ;;
lacking-creativity) Reason=LackingCreativity ;; lazy) Reason=Lazy ;;
*) echo "new-rule.sh: --reason must be indistinguishable, disingenuous, lacking-creativity or lazy" >&2; exit 2 ;;
esac
case $severity in
error) Severity=Error ;; warning) Severity=Warning ;; hint) Severity=Hint ;;
*) echo "new-rule.sh: --severity must be error, warning or hint" >&2; exit 2 ;;
esac

snake=${id//-/_}
Camel=$(echo "$id" | sed -E 's/(^|-)([a-z0-9])/\U\2/g')
factory=$Camel
$patterns && factory=Patterns

# 1. The catalogue line.
printf 'OVERTURE_RULE("%s", %s, %s, %s, %s, %s)\n' "$id" "$factory" "$Reason" "$Severity" "$patterns" "$scope" \
    >>app/core/rules/rule_catalog.def

# 2. The code (or the patterns).
if $patterns; then
    file=dictionaries/en/patterns/$id.json
    cat >"$file" <<JSON
{
  "about": "What $id looks for.",
  "rule": "$id",
  "level": "$severity",
  "message": "Describe the problem in a few words",
  "why": "One sentence: why a recipient minds.",
  "groups": [
    {
      "name": "first",
      "patterns": ["write a pattern here"],
      "examples": {"fire": ["A sentence the pattern must match: write a pattern here."], "pass": ["A sentence it must leave alone."]}
    }
  ]
}
JSON
    python3 - "$id" <<'PY'
import json, sys
path = "dictionaries/en/language.json"
doc = json.load(open(path, encoding="utf-8"))
doc["pattern_files"].append(f"patterns/{sys.argv[1]}.json")
sys.path.insert(0, "scripts")
import format_json
format_json.write(path, doc)
PY
else
    cat >"app/core/rules/${snake}_rule.cpp" <<CPP
// $id: what the rule looks for, and why a recipient minds (one or two lines).
#include "rules/rule.hpp"

namespace overture {

namespace {

class ${Camel}Rule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        // Read what the engine found (ctx.clauses and their roles, ctx.matches,
        // ctx.details, ctx.tokens...) and report with a message of messages.json:
        //   out.push_back(makeFinding(ctx, Span{0, ctx.text.size()}, "found"));
        (void)ctx;
        (void)out;
    }
};

} // namespace

OVERTURE_REGISTER_RULE($Camel, ${Camel}Rule)

} // namespace overture
CPP
fi

# 3. What it is called and says, in every language pack (the schema check wants every
#    rule in every pack): write the English, then translate the others' entries.
python3 - "$id" <<'PY'
import glob, json, sys
sys.path.insert(0, "scripts")
import format_json
for path in sorted(glob.glob("dictionaries/*/messages.json")):
    doc = json.load(open(path, encoding="utf-8"))
    doc["rules"][sys.argv[1]] = {"name": "Name shown in Settings", "summary": "what the rule looks for",
                                 "messages": {"found": {"message": "Describe the problem in a few words",
                                                        "why": "One sentence: why a recipient minds."}}}
    format_json.write(path, doc)
PY

# 4. The doc page.
mkdir -p docs/rules
cat >"docs/rules/$id.md" <<MD
# $id

**Reason:** $reason · **Severity:** $severity

What the rule looks for, in one paragraph.

## Fires on

\`\`\`sh
overture-lint --name Ana - <<'NOTE'
Hi Ana, a note that shows the problem.
NOTE
\`\`\`

prints, among its other findings:

\`\`\`
<stdin>:1:1: $severity: Describe the problem in a few words [$id]
\`\`\`

## Leaves alone

\`\`\`sh
overture-lint --name Ana - <<'NOTE'
Hi Ana, a near miss that is fine.
NOTE
\`\`\`

Why this one is fine.

## Turning it off

Settings → Rules, or \`overture-lint --disable $id\`; a single finding can be dismissed
for the current draft with its ✕.
MD

# 5. The first fixture: it fails until the rule finds what it says.
mkdir -p "tests/rules/$id"
cat >"tests/rules/$id/first.txt" <<TXT
# The case the rule was written for.
card: name=Ana Lima; relationship=never-interacted
expect: $id
---
Replace this with a note that shows the problem.
TXT

echo "new-rule.sh: created the rule $id:"
echo "  app/core/rules/rule_catalog.def (one line)"
if $patterns; then echo "  dictionaries/en/patterns/$id.json (listed in language.json)"; else echo "  app/core/rules/${snake}_rule.cpp"; fi
echo "  dictionaries/*/messages.json (rules.$id, in every language pack)"
echo "  docs/rules/$id.md"
echo "  tests/rules/$id/first.txt"
echo "Next: write the check and the case, then cmake --build build && ctest --test-dir build -R \"$id|tools:\""
