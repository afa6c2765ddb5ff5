#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# cpack -G DEB builds overture_<version>_<arch>.deb; its file list and its Depends hold
# what a person's machine needs (the libraries dpkg-shlibdeps finds, plus the QML
# modules, SQL driver and Hunspell dictionary that no link reveals).
source "$(dirname "$0")/common.sh"

for tool in dpkg-deb dpkg-shlibdeps dpkg; do
    command -v "$tool" >/dev/null || skip "not installed: $tool (dpkg-dev)"
done
: "${CPACK_COMMAND:?}"
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $BUILD_DIR"

arch=$(dpkg --print-architecture)
# Plain `cpack -G DEB` first builds the `preinstall` target, that is `all`; with Qt 6.4's
# QML module the editor is relinked on every build, which would race with the editor's
# tests under `ctest -j`. So the test stages the install itself (`cmake --install
# --strip`, the same rules) and has cpack package that folder with the project's own
# CPackConfig.cmake: same name, Depends, shlibdeps, description. OVERTURE_REAL_CPACK=1
# runs plain `cpack -G DEB` instead (as a person does).
if [ "${OVERTURE_REAL_CPACK:-0}" = 1 ]; then
    cpack_args=()
else
    "$CMAKE_COMMAND" --install "$BUILD_DIR" --prefix "$WORK_DIR/stage" --strip >"$WORK_DIR/install.log" 2>&1 ||
        { cat "$WORK_DIR/install.log" >&2; fail "cmake --install --strip"; }
    cpack_args=(-D CPACK_INSTALL_CMAKE_PROJECTS= -D "CPACK_INSTALLED_DIRECTORIES=$WORK_DIR/stage;usr")
fi
(cd "$WORK_DIR" && "$CPACK_COMMAND" -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK_DIR" \
    "${cpack_args[@]}" >"$WORK_DIR/cpack.log" 2>&1) || { cat "$WORK_DIR/cpack.log" >&2; fail "cpack -G DEB"; }
deb="$WORK_DIR/overture_${VERSION}_${arch}.deb"
[ -f "$deb" ] || fail "no $deb (cpack made: $(ls "$WORK_DIR"/*.deb 2>/dev/null))"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(./usr/bin/overture-lint
    ./usr/share/overture/dictionaries/en/language.json ./usr/share/overture/dictionaries/en/messages.json
    ./usr/share/overture/dictionaries/en/patterns/default-text.json
    ./usr/share/overture/dictionaries/en/words.txt ./usr/share/overture/templates/openers.json
    ./usr/share/man/man1/overture-lint.1.gz ./usr/share/doc/overture/changelog.gz
    ./usr/share/doc/overture/copyright)
if [ "$WITH_GUI" = 1 ]; then
    expected+=(./usr/bin/overture ./usr/share/man/man1/overture.1.gz "./usr/share/applications/$APP_ID.desktop"
        "./usr/share/metainfo/$APP_ID.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg")
fi
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$files" || fail "$f is not in the package; it has:
$files"
done
# Nothing outside /usr, nothing from the build or source tree.
bad=$(grep -vE '^\./usr(/|$)' <<<"$files" || true)
[ -z "$bad" ] || fail "files outside /usr: $bad"

# The changelog's newest entry is this version (bump packaging/changelog with the version).
mkdir -p "$WORK_DIR/extracted"
dpkg-deb -x "$deb" "$WORK_DIR/extracted"
head -1 < <(gzip -dc "$WORK_DIR/extracted/usr/share/doc/overture/changelog.gz") | grep -qF "overture ($VERSION)" ||
    fail "packaging/changelog's first entry is not overture ($VERSION)"

[ "$(dpkg-deb -f "$deb" Package)" = overture ] || fail "Package is not overture"
[ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "Version is not $VERSION"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
has_dep() { grep -qE "(^|, )$1( \(|,|\$)" <<<"$depends"; }
want=(libc6 "libstdc\\+\\+6" hunspell-en-us) # extended regular expressions
want+=("libhunspell-[0-9.]+-[0-9]+")
if [ "$WITH_GUI" = 1 ]; then
    want+=(qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
        qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
        qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtqml-models
        libqt6sql6-sqlite "libqt6core6[a-z0-9]*" "libqt6quick6[a-z0-9]*")
fi
for p in "${want[@]}"; do
    has_dep "$p" || fail "Depends lacks $p: $depends"
done
# The dictionaries of the other language packs are recommended, not required: English
# (en_US) works without them.
recommends=$(dpkg-deb -f "$deb" Recommends)
[ "$recommends" = "hunspell-en-gb, hunspell-de-de, hunspell-fr, hunspell-es" ] ||
    fail "Recommends is '$recommends', not the dictionaries of en_GB, de, fr and es"

# Every Qt module the QML imports is installed by a package in Depends: an import
# without one makes the editor fail at start ("module ... is not installed").
if [ "$WITH_GUI" = 1 ]; then
    map="$BUILD_DIR/packaging/qml-import-packages.txt"
    [ -f "$map" ] || fail "no $map"
    while read -r uri; do
        case "$uri" in Qt*) ;; *) continue ;; esac # the app's own modules need nothing
        [ "$uri" = QtTest ] && continue             # tests only
        key=$uri
        [[ $uri == QtQuick.Controls.* ]] && key=QtQuick.Controls
        pkg=$(grep -E "^${key//./\\.}=" "$map" | cut -d= -f2 || true)
        [ -n "$pkg" ] || fail "QML import $uri has no package in cmake/Packaging.cmake's OVERTURE_QML_IMPORT_PACKAGES"
        has_dep "$pkg" || fail "QML import $uri needs $pkg, which is not in Depends (reconfigure?)"
    done < <(find "$SOURCE_DIR/qml" -name '*.qml' -exec sed -nE 's/^[[:space:]]*import[[:space:]]+([A-Za-z][A-Za-z0-9_.]*).*/\1/p' {} + | sort -u)
fi

size=$(stat -c %s "$deb")
echo "PASS: $(basename "$deb"), $size bytes, Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
