#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Gives every source, header, CMake, shell, Python and QML file of the repository the
# project's two-line SPDX header (REUSE), in the comment syntax of its type, after the
# shebang when there is one; a file that already has an SPDX licence line near its top
# is left as it is, so running the script twice changes nothing the second time. Then it
# deletes the catch-all stanza of .reuse/dep5 (between "# BEGIN CATCH-ALL" and
# "# END CATCH-ALL"), which licensed every file until the headers were there; what
# cannot hold a comment (JSON, pictures, fixtures) keeps its own dep5 stanzas.
#
#   scripts/add-spdx-headers.sh [--check] [--keep-catch-all]
#
#   --check           change nothing: list the files that lack a header, exit 1 if any
#   --keep-catch-all  add the headers but leave .reuse/dep5 as it is
#
# Files: what git tracks plus new files it does not ignore. Left alone, because a test
# reads their exact bytes: tests/tools/fixtures/, tests/fuzz/corpus/, tests/data/.
# Afterwards: `reuse lint` (Debian package reuse) must say the project is compliant.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false keep_catch_all=false
while (($#)); do
    case "$1" in
    --check) check=true ;;
    --keep-catch-all) keep_catch_all=true ;;
    -h | --help)
        awk 'NR == 1 || /SPDX-/ { next } /^#/ { print; started = 1; next } started { exit }' "$0"
        exit 0
        ;;
    *) echo "add-spdx-headers.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

# The tags are written in two parts so that reuse, reading this script, does not take
# them for the script's own header.
spdx="SPDX-"
copyright_line="${spdx}FileCopyrightText: 2026 The Overture contributors"
licence_line="${spdx}License-Identifier: GPL-3.0-or-later"
licence_tag="${spdx}License-Identifier:"

# Sets `comment` to what starts a comment line in `file`, or to nothing for a file that
# gets no header. (A variable, not output: no subshell per file.)
comment_of() {
    local file=$1 first=""
    comment=""
    case "$file" in
    tests/tools/fixtures/* | tests/fuzz/corpus/* | tests/data/* | LICENSES/* | .reuse/*) return ;;
    *.cpp | *.hpp | *.h | *.cc | *.c | *.def | *.qml | *.js) comment="//"; return ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.bash | *.py) comment="#"; return ;;
    esac
    case "${file##*/}" in
    *.*) return ;; # another extension: data or documentation
    esac
    # No extension: a script if its shebang says so (.ci/run).
    IFS= read -r first <"$file" || true
    case "$first" in
    '#!'*[/\ ]sh | '#!'*[/\ ]bash | '#!'*[/\ ]python3 | '#!'*[/\ ]python) comment="#" ;;
    '#!'*[/\ ]sh\ * | '#!'*[/\ ]bash\ * | '#!'*[/\ ]python3\ * | '#!'*[/\ ]python\ *) comment="#" ;;
    esac
}

# Whether one of the first 12 lines of `file` is an SPDX licence line.
has_header() {
    local -a head
    mapfile -n 12 -t head <"$1"
    [[ "${head[*]}" == *"$licence_tag"* ]]
}

# Writes the header into `file` with comment `c`: after the shebang (and a Python
# encoding line, which must stay on the first two lines), else at the top; a blank line
# separates it from what follows. The file keeps its inode and permissions.
add_header() {
    local file=$1 c=$2 keep=0
    local -a head
    mapfile -n 3 -t head <"$file"
    if [[ ${head[0]-} == '#!'* ]]; then
        keep=1
        [[ $c == "#" && ${head[1]-} =~ ^#.*coding[:=] ]] && keep=2
    elif [[ $c == "#" && ${head[0]-} =~ ^#.*coding[:=] ]]; then
        keep=1
    fi
    {
        ((keep >= 1)) && printf '%s\n' "${head[0]}"
        ((keep >= 2)) && printf '%s\n' "${head[1]}"
        printf '%s %s\n%s %s\n' "$c" "$copyright_line" "$c" "$licence_line"
        # A blank line after the header, unless the file ends there or has one already.
        [ -n "${head[keep]-}" ] && echo
        tail -n +$((keep + 1)) "$file"
    } >"$scratch"
    cat "$scratch" >"$file"
}

main() {
    scratch=$(mktemp)
    trap 'rm -f "$scratch"' EXIT
    local added=0 present=0 file
    local -a missing=()
    while IFS= read -r -d '' file; do
        if [ ! -f "$file" ] || [ -L "$file" ]; then
            continue # deleted in the work tree, or a link
        fi
        comment_of "$file"
        [ -n "$comment" ] || continue
        if has_header "$file"; then
            present=$((present + 1))
        elif $check; then
            missing+=("$file")
        else
            add_header "$file" "$comment"
            added=$((added + 1))
        fi
    done < <(git ls-files -z --cached --others --exclude-standard | sort -zu)

    if $check; then
        if ((${#missing[@]} == 0)); then
            echo "add-spdx-headers.sh: all $present files have a header"
            return 0
        fi
        printf '%s\n' "${missing[@]}"
        echo "add-spdx-headers.sh: ${#missing[@]} files lack a header ($present have one)" >&2
        return 1
    fi
    echo "add-spdx-headers.sh: added a header to $added files; $present had one"

    local dep5=.reuse/dep5
    if ! $keep_catch_all && grep -q '^# BEGIN CATCH-ALL' "$dep5"; then
        # The stanza, from its first comment line to its last, and one blank line after it.
        awk '/^# BEGIN CATCH-ALL/ { skip = 1 }
             skip { if (/^# END CATCH-ALL/) { skip = 0; after = 1 }; next }
             after && /^$/ { after = 0; next }
             { after = 0; print }' "$dep5" >"$dep5.new"
        mv "$dep5.new" "$dep5"
        echo "add-spdx-headers.sh: removed the catch-all stanza of $dep5"
    fi
    echo "Now check: reuse lint"
}

# The script gives itself a header too: bash reads a script as it runs, so everything
# happens inside main(), which bash has read whole before the file changes.
main; exit
