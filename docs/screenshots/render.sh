#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Renders the README's screenshots, light and dark, from a filled opener: a card for
# someone met at a meetup (name, relationship, where and what about), the met-at-event
# opener filled from it, and a meeting request added so that a finding shows.
#   docs/screenshots/render.sh [BUILD_DIR]      (default: build)
# Each run uses its own empty data and settings folders; the person's own are untouched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config/overture" "$work/data" "$work/runtime"
chmod 700 "$work/runtime"
cat > "$work/config/overture/settings.ini" <<'INI'
[card]
name=Priya Shah
company=Northwind
role=Head of Data
relationship=met-in-person
event=the Leeds Data Meetup
topic=streaming pipelines
reason=I'm building a streaming pipeline for our payroll data
INI
"$build/overture-lint" --openers --relationship met-in-person --name "Priya Shah" \
    --context "the Leeds Data Meetup" --format json |
    python3 -c 'import json,sys; o=[x for x in json.load(sys.stdin) if x["id"]=="met-at-event"][0]; print(o["text"].replace("{topic}", "streaming pipelines") + " Could we hop on a quick call next week?")' \
    > "$work/note.txt"
for theme in light dark; do
    # No screen needed: the window is drawn off screen and grabbed.
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime" \
        "$build/overture" --theme "$theme" --draft "$work/note.txt" \
        --screenshot "$here/editor-$theme.png"
done
