#!/usr/bin/env bash
# The man page formats without a groff warning and documents every option that
# `overture-lint --help` lists, and the exit statuses.
source "$(dirname "$0")/common.sh"

page="$SOURCE_DIR/packaging/overture-lint.1"
help=$("$BUILD_DIR/overture-lint" --help)
# The page with troff's escaped hyphens made plain.
plain=$(sed 's/\\-/-/g' "$page")

undocumented=()
for opt in $(grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' <<<"$help" | tr -d ' ,' | sort -u); do
    grep -qE -- "(^|[^a-z-])$opt([^a-z-]|\$)" <<<"$plain" || undocumented+=("$opt")
done
((${#undocumented[@]} == 0)) || fail "options in --help but not in $page: ${undocumented[*]}"

for section in NAME SYNOPSIS DESCRIPTION OPTIONS '"EXIT STATUS"' ENVIRONMENT FILES EXAMPLES; do
    grep -q "^\.SH $section" "$page" || fail "no $section section"
done
grep -q OVERTURE_DATA_DIR "$page" || fail "OVERTURE_DATA_DIR is not documented"
grep -qF "Overture $VERSION" "$page" || fail "the page's title line does not say Overture $VERSION"

if command -v groff >/dev/null; then
    warnings=$(groff -t -man -Tutf8 -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || fail "groff warnings: $warnings"
else
    echo "note: groff not installed, formatting not checked"
fi
echo "PASS"
