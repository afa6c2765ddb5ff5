#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# desktop-file-validate and appstreamcli validate --no-net on the installed desktop entry
# and AppStream metainfo (Debian packages desktop-file-utils and appstream).
source "$(dirname "$0")/common.sh"

missing=()
command -v desktop-file-validate >/dev/null || missing+=("desktop-file-validate (desktop-file-utils)")
command -v appstreamcli >/dev/null || missing+=("appstreamcli (appstream)")
((${#missing[@]} == 0)) || skip "not installed: ${missing[*]}"

if [ "$WITH_GUI" = 1 ]; then
    prefix="$WORK_DIR/prefix"
    install_into "$prefix"
    desktop="$prefix/share/applications/$APP_ID.desktop"
    metainfo="$prefix/share/metainfo/$APP_ID.metainfo.xml"
    icon="$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    [ -f "$icon" ] || fail "icon not installed: $icon"
else
    # No editor in this build, so nothing is installed: check the sources instead.
    echo "note: built without the editor; validating the files in packaging/"
    desktop="$SOURCE_DIR/packaging/$APP_ID.desktop"
    metainfo="$SOURCE_DIR/packaging/$APP_ID.metainfo.xml"
    icon="$SOURCE_DIR/packaging/icons/$APP_ID.svg"
fi

out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
appstreamcli validate --no-net --strict --explain "$metainfo" || fail "appstreamcli validate $metainfo"
if [ "$WITH_GUI" = 1 ]; then
    # The whole tree: metainfo, desktop entry and icon found together.
    appstreamcli validate-tree --no-net --strict --explain "$prefix" || fail "appstreamcli validate-tree $prefix"
fi

# The metainfo, desktop entry and icon agree on the id; the icon is an SVG.
grep -q "<id>$APP_ID</id>" "$metainfo" || fail "metainfo id is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
    fail "metainfo launchable is not $APP_ID.desktop"
grep -qx "Icon=$APP_ID" "$desktop" || fail "desktop entry Icon is not $APP_ID"
grep -q "<release version=\"$VERSION\"" "$metainfo" || fail "metainfo has no release notes for $VERSION"
grep -q "<screenshot" "$metainfo" || fail "metainfo has no screenshot"
head -c 400 "$icon" | grep -q "<svg" || fail "$icon is not an SVG"
if command -v xmllint >/dev/null; then
    xmllint --noout "$icon" "$metainfo" || fail "xmllint"
fi
echo "PASS"
