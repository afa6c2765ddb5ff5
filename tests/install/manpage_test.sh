#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The man pages format without a groff warning, have the usual sections, and document
# every option that the program's --help lists (overture-lint, and overture when built).
source "$(dirname "$0")/common.sh"

check_page() { # check_page PAGE HELP-TEXT SECTION...
    local page=$1 help=$2
    shift 2
    [ -n "$help" ] || fail "no --help output to compare $page with"
    # The page with troff's escaped hyphens made plain.
    local plain undocumented=() opt
    plain=$(sed 's/\\-/-/g' "$page")
    for opt in $(grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' <<<"$help" | tr -d ' ,' | sort -u); do
        grep -qE -- "(^|[^a-z-])$opt([^a-z-]|\$)" <<<"$plain" || undocumented+=("$opt")
    done
    ((${#undocumented[@]} == 0)) || fail "options in --help but not in $page: ${undocumented[*]}"
    local section
    for section in "$@"; do
        grep -q "^\.SH \"\?$section\"\?\$" "$page" || fail "$page has no $section section"
    done
    grep -qF "\"Overture $VERSION\"" "$page" || fail "$page's title line does not say Overture $VERSION"
    if command -v groff >/dev/null; then
        local warnings
        warnings=$(groff -t -man -Tutf8 -ww -z "$page" 2>&1)
        [ -z "$warnings" ] || fail "groff warnings in $page: $warnings"
    fi
    echo "ok: $page"
}

command -v groff >/dev/null || echo "note: groff not installed, formatting not checked"

page="$SOURCE_DIR/packaging/overture-lint.1"
check_page "$page" "$("$BUILD_DIR/overture-lint" --help)" \
    NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT "DATA FILES" FILES EXAMPLES
grep -q OVERTURE_DATA_DIR "$page" || fail "OVERTURE_DATA_DIR is not documented in $page"

if [ "$WITH_GUI" = 1 ]; then
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK_DIR/runtime"
    mkdir -m 700 -p "$XDG_RUNTIME_DIR"
    help=$(timeout 30 "$BUILD_DIR/overture" --help 2>/dev/null) || fail "overture --help exited $?"
    check_page "$SOURCE_DIR/packaging/overture.1" "$help" NAME SYNOPSIS DESCRIPTION OPTIONS FILES
fi
echo "PASS"
