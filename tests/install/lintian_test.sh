#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# lintian on the .deb that install.deb built (the test's fixture): no error. Its
# warnings and notes are printed for the record; an error fails the test with its tag.
source "$(dirname "$0")/common.sh"

command -v lintian >/dev/null || skip "not installed: lintian (scripts/overture.sh installs it)"
: "${DEB_DIR:?}"
deb=$(find "$DEB_DIR" -maxdepth 1 -name 'overture_*.deb' -print -quit 2>/dev/null || true)
if [ -z "$deb" ]; then
    command -v dpkg-deb >/dev/null || skip "no .deb to check: install.deb needs dpkg-dev"
    fail "no overture_*.deb in $DEB_DIR: run install.deb first (ctest -R 'install\\.(deb|lintian)')"
fi

# Bounded: lintian on this package takes about 10 s; a hung check must not hold the run.
set +e
timeout 300 lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$WORK_DIR/lintian.log" 2>&1
status=$?
set -e
cat "$WORK_DIR/lintian.log"
[ $status -ne 124 ] || fail "lintian took more than 300 s"
errors=$(grep -E '^E: ' "$WORK_DIR/lintian.log" || true)
[ -z "$errors" ] || fail "lintian reports errors on $(basename "$deb"):
$errors"
[ $status -eq 0 ] || fail "lintian exited $status"
echo "PASS: lintian reports no error on $(basename "$deb") ($(grep -cE '^[WIP]: ' "$WORK_DIR/lintian.log" || true) warnings and notes)"
