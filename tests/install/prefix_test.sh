#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake --install into a temporary prefix, then use overture-lint from there as a person
# would: --version, --help, a note linted with the right findings and exit status, and
# proof that it read <prefix>/share/overture (not the source tree, not the built-in copy).
source "$(dirname "$0")/common.sh"

prefix="$WORK_DIR/prefix"
install_into "$prefix"
data="$prefix/share/overture"
lint="$prefix/bin/overture-lint"

for f in bin/overture-lint \
    share/overture/dictionaries/en/language.json share/overture/dictionaries/en/messages.json \
    share/overture/dictionaries/en/patterns/default-text.json \
    share/overture/dictionaries/en/words.txt share/overture/templates/openers.json \
    share/man/man1/overture-lint.1.gz share/doc/overture/changelog.gz share/doc/overture/copyright \
    share/doc/overture/rules/default-text.md share/doc/overture/patterns.md; do
    [ -f "$prefix/$f" ] || fail "not installed: $f"
done
[ -x "$lint" ] || fail "bin/overture-lint is not executable"
if [ "$WITH_GUI" = 1 ]; then
    for f in bin/overture share/man/man1/overture.1.gz "share/applications/$APP_ID.desktop" "share/metainfo/$APP_ID.metainfo.xml" \
        "share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
        [ -f "$prefix/$f" ] || fail "not installed: $f"
    done
fi

# Run as a person would: no data override, an empty personal data folder.
unset OVERTURE_DATA_DIR
export XDG_DATA_HOME="$WORK_DIR/xdg-data" HOME="$WORK_DIR/home"
mkdir -p "$XDG_DATA_HOME" "$HOME"

out=$("$lint" --version) || fail "overture-lint --version exited $?"
[ "$out" = "overture-lint $VERSION" ] || fail "--version printed \"$out\""
"$lint" --help | grep -q -- "--relationship" || fail "--help does not list the options"

# LinkedIn's stock text with template leftovers, sent to a stranger: three rules at once.
bad="XXXX has indicated you are a Friend: I'd like to add you to my professional network on LinkedIn. - XXXX"
set +e
json=$(printf '%s' "$bad" | "$lint" --relationship never-interacted --format json -)
status=$?
set -e
[ $status -eq 1 ] || fail "stock text: exit status $status, expected 1"
for rule in default-text false-relationship placeholder; do
    grep -q "\"rule\":\"$rule\"" <<<"$json" || fail "stock text: no $rule finding in $json"
done

# A good note (the corpus's s-g01) is ready to send: exit 0.
good="Hi Hannah, thanks for the tour of the Bristol maker space on Saturday. Your laser-cutter safety checklist was brilliant, and I'd like to stay in touch while I set one up in Bath."
text=$(printf '%s' "$good" | "$lint" --name Hannah --relationship met-in-person) ||
    fail "good note: exit status $?, expected 0: $text"
grep -q "ready to send" <<<"$text" || fail "good note: not ready to send: $text"

# Every rule's reference page is installed, and --list-rules points at it there.
rules=$("$lint" --list-rules) || fail "overture-lint --list-rules exited $?"
ids=$(grep -oE '^[a-z][a-z0-9-]*  \(' <<<"$rules" | cut -d' ' -f1)
[ -n "$ids" ] || fail "--list-rules listed no rule: $rules"
for id in $ids; do
    page="$prefix/share/doc/overture/rules/$id.md"
    [ -f "$page" ] || fail "rule $id has no page installed at $page"
    grep -qxF "    see $page" <<<"$rules" || fail "--list-rules does not point $id at $page:
$rules"
done
json_doc=$("$lint" --list-rules --format json | grep -c "\"doc\": \"$prefix/share/doc/overture/rules/" || true)
[ "$json_doc" -eq "$(wc -w <<<"$ids")" ] || fail "--list-rules --format json: $json_doc of $(wc -w <<<"$ids") rules have their installed page as \"doc\""
echo "ok: --list-rules points every rule at its page under $prefix/share/doc/overture/rules"

openers=$("$lint" --openers --relationship worked-together --name Victor)
grep -q "Hi Victor" <<<"$openers" || fail "--openers lists no filled opener: $openers"

# Proof 1: a word added to the installed word list is accepted by the spelling check.
# (Needs the en_US Hunspell dictionary: without it the spelling check is off.)
note="Hi Priya, I enjoyed your Quuxbarian talk at the Leeds Data Meetup last week. Could we stay in touch?"
before=$(printf '%s' "$note" | "$lint" --name Priya --format json 2>/dev/null || true)
if grep -q '"match":"Quuxbarian"' <<<"$before"; then
    echo "Quuxbarian" >>"$data/dictionaries/en/words.txt"
    after=$(printf '%s' "$note" | "$lint" --name Priya --format json 2>/dev/null || true)
    grep -q '"match":"Quuxbarian"' <<<"$after" &&
        fail "a word added to $data/dictionaries/en/words.txt is still a spelling mistake: not reading the prefix"
    echo "ok: spelling reads $data/dictionaries/en/words.txt"
else
    echo "note: no en_US Hunspell dictionary (hunspell-en-us), word-list proof not run"
fi

# Proof 2: a broken installed file is reported by its path under the prefix (and the
# built-in copy is used instead, so the note is still linted).
broken="$data/dictionaries/en/patterns/flattery.json"
echo '{' >"$broken"
err=$(printf '%s' "$good" | "$lint" --name Hannah --relationship met-in-person 2>&1 >/dev/null || true)
grep -qF "$broken" <<<"$err" ||
    fail "a broken $broken was not reported: the prefix was not searched first ($err)"
echo "ok: overture-lint reads $data"

if [ "$WITH_GUI" = 1 ]; then
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK_DIR/runtime"
    mkdir -m 700 -p "$XDG_RUNTIME_DIR"
    gui=$(timeout 30 "$prefix/bin/overture" --version 2>&1) || fail "overture --version exited $?: $gui"
    grep -qF "$VERSION" <<<"$gui" || fail "overture --version printed \"$gui\""
    timeout 30 "$prefix/bin/overture" --help >/dev/null 2>&1 || fail "overture --help exited $?"
fi
echo "PASS: installed into $prefix"
