# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Shared by the install tests: strict mode, a fresh work folder, small helpers.
set -euo pipefail
: "${BUILD_DIR:?}" "${SOURCE_DIR:?}" "${WORK_DIR:?}" "${CMAKE_COMMAND:?}"
rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip() {
    echo "SKIP: $*"
    exit 77
}
check() { # check DESCRIPTION COMMAND...: runs the command, fails with the description
    local what=$1
    shift
    "$@" || fail "$what"
}

# Installs the build into $1 (as a person would, with cmake --install).
install_into() {
    "$CMAKE_COMMAND" --install "$BUILD_DIR" --prefix "$1" >"$WORK_DIR/install.log" 2>&1 ||
        { cat "$WORK_DIR/install.log" >&2; fail "cmake --install --prefix $1"; }
}
