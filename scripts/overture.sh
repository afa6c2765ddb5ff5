#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One entry point for a fresh Debian 12 machine (run as root, or with sudo for apt):
#   scripts/overture.sh run    install what is missing, build, start the editor
#   scripts/overture.sh test   install what is missing, build, run every test
#   scripts/overture.sh build  install what is missing and build only
# BUILD_DIR (default: build) chooses the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
JOBS=$(nproc 2>/dev/null || echo 2)

# Everything a clean Debian 12 needs to build and test the whole project.
PACKAGES=(
    build-essential cmake pkgconf
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qt-labs-settings
    libqt6sql6-sqlite libqt6svg6
    libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es
    libsqlite3-dev libicu-dev
    nlohmann-json3-dev doctest-dev libcli11-dev
    python3 python3-jsonschema
    xvfb xauth xdotool libx11-dev
    desktop-file-utils appstream
    reuse lintian
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

run_tests() {
    # Qt Quick tests run headless (a server has no display) and with the Basic style (the
    # same controls and sizes whatever the desktop's own style is).
    export QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Basic
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
}

case "${1:-}" in
run)
    install_missing
    build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        # A machine with no desktop (a server, a container): show that the app starts by
        # rendering its window under Xvfb into a picture.
        echo "No display: starting Overture under Xvfb; the window is saved to $BUILD_DIR/overture-window.png"
        export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
        chmod 700 "$XDG_RUNTIME_DIR"
        exec xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/overture" --screenshot "$BUILD_DIR/overture-window.png" "$@"
    fi
    exec "$BUILD_DIR/overture" "$@"
    ;;
test)
    install_missing
    build
    run_tests
    ;;
build)
    install_missing
    build
    ;;
*)
    echo "usage: scripts/overture.sh run|test|build" >&2
    exit 2
    ;;
esac
