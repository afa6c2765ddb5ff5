# SPDX-FileCopyrightText: 2026 The Overture contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installation and packaging: what `cmake --install` puts where, and the .deb that
# `cpack -G DEB` builds from it (included at the end of the top-level CMakeLists.txt).
#
#   bin/overture-lint, bin/overture               the programs
#   share/overture/dictionaries/<lang>/...        the language packs (JSON, words.txt)
#   share/overture/templates/openers.json         the opener library
#   share/man/man1/overture-lint.1.gz, overture.1.gz  the man pages
#   share/doc/overture/changelog.gz, copyright    for the .deb (packaging/copyright)
#   share/doc/overture/rules/<id>.md              the rule reference (docs/rules)
#   share/applications/<id>.desktop               } only with the editor
#   share/metainfo/<id>.metainfo.xml              } (target `overture`)
#   share/icons/hicolor/scalable/apps/<id>.svg    }
#
# The programs find share/overture from their own location (<exe>/../share/overture),
# so any prefix works; see app/core/data/data_locator.hpp for the whole lookup order.

set(OVERTURE_APP_ID "io.github.overture.Overture")
set(OVERTURE_HOMEPAGE "https://github.com/overture/overture")
set(OVERTURE_MAINTAINER "The Overture developers <overture@users.noreply.github.com>"
    CACHE STRING "Maintainer written into the .deb")
set(OVERTURE_DATA_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/overture")
set(_pkg_src "${PROJECT_SOURCE_DIR}/packaging")

# --- Data ------------------------------------------------------------------------------
# Whole folders, so a phrase list added later ships without touching this file.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/dictionaries/"
        DESTINATION "${OVERTURE_DATA_INSTALL_DIR}/dictionaries"
        FILES_MATCHING PATTERN "*.json" PATTERN "words.txt")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/templates/"
        DESTINATION "${OVERTURE_DATA_INSTALL_DIR}/templates"
        FILES_MATCHING PATTERN "*.json")

# --- Man pages and the Debian changelog --------------------------------------------------
# Debian wants them compressed (gzip -n: no timestamp, so the package is reproducible).
find_program(OVERTURE_GZIP gzip)
function(overture_gzipped source name out_var)
    if(OVERTURE_GZIP)
        set(out "${CMAKE_CURRENT_BINARY_DIR}/packaging/${name}.gz")
        add_custom_command(
            OUTPUT "${out}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/packaging"
            COMMAND "${OVERTURE_GZIP}" -9 -n -c "${source}" > "${out}"
            DEPENDS "${source}"
            COMMENT "Compressing ${name}"
            VERBATIM)
        set(${out_var} "${out}" PARENT_SCOPE)
    else()
        set(${out_var} "${source}" PARENT_SCOPE)
    endif()
endfunction()

set(_man_pages overture-lint.1)
if(TARGET overture AND EXISTS "${_pkg_src}/overture.1")
    list(APPEND _man_pages overture.1)
endif()
set(_man_outputs)
foreach(page IN LISTS _man_pages)
    overture_gzipped("${_pkg_src}/${page}" "${page}" out)
    list(APPEND _man_outputs "${out}")
endforeach()
install(FILES ${_man_outputs} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# /usr/share/doc/<package>: the changelog and the machine-readable `copyright` file
# (Debian requires both in a package; `copyright` stays uncompressed).
set(OVERTURE_DOC_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/doc/overture")
overture_gzipped("${_pkg_src}/changelog" changelog _changelog)
install(FILES "${_changelog}" "${_pkg_src}/copyright" DESTINATION "${OVERTURE_DOC_INSTALL_DIR}")
# The rule reference (overture-lint --list-rules and the editor's "Learn more" point at
# share/doc/overture/rules/<id>.md, data/rule_docs.hpp) and the pattern language its
# pages link to.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/rules/" DESTINATION "${OVERTURE_DOC_INSTALL_DIR}/rules"
        FILES_MATCHING PATTERN "*.md")
install(FILES "${PROJECT_SOURCE_DIR}/docs/patterns.md" "${PROJECT_SOURCE_DIR}/docs/language-packs.md"
        DESTINATION "${OVERTURE_DOC_INSTALL_DIR}")
add_custom_target(overture_packaging_files ALL DEPENDS ${_man_outputs} ${_changelog})

# --- The editor: desktop entry, AppStream metainfo, icon -----------------------
# (The program itself is installed by app/gui/CMakeLists.txt.)
if(TARGET overture)
    install(FILES "${_pkg_src}/${OVERTURE_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_pkg_src}/${OVERTURE_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_pkg_src}/icons/${OVERTURE_APP_ID}.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

# --- Runtime packages that no library link reveals -------------------------------------
# dpkg-shlibdeps finds the Qt and Hunspell libraries from the ELF files; it cannot see
# the QML modules the editor imports at run time, the SQL driver plugin, or the Hunspell
# dictionaries. QML imports found in qml/ are mapped to their Debian packages here, on
# top of the fixed list; tests/install checks that every Qt import has a package.
set(OVERTURE_QML_IMPORT_PACKAGES
    "QtQml=qml6-module-qtqml"
    "QtQml.Models=qml6-module-qtqml-models"
    "QtQml.WorkerScript=qml6-module-qtqml-workerscript"
    "QtQuick=qml6-module-qtquick"
    "QtQuick.Controls=qml6-module-qtquick-controls"
    "QtQuick.Templates=qml6-module-qtquick-templates"
    "QtQuick.Layouts=qml6-module-qtquick-layouts"
    "QtQuick.Window=qml6-module-qtquick-window"
    "QtQuick.Dialogs=qml6-module-qtquick-dialogs"
    "QtQuick.Shapes=qml6-module-qtquick-shapes"
    "QtQuick.Particles=qml6-module-qtquick-particles"
    "QtQuick.LocalStorage=qml6-module-qtquick-localstorage"
    "QtQuick.NativeStyle=qml6-module-qtquick-nativestyle"
    "QtCore=qml6-module-qtcore"
    "Qt.labs.settings=qml6-module-qt-labs-settings"
    "Qt.labs.platform=qml6-module-qt-labs-platform"
    "Qt.labs.folderlistmodel=qml6-module-qt-labs-folderlistmodel"
    "Qt.labs.qmlmodels=qml6-module-qt-labs-qmlmodels"
    "Qt5Compat.GraphicalEffects=qml6-module-qt5compat-graphicaleffects"
)
# For tests/install: one "Import=package" per line.
string(REPLACE ";" "\n" _map_text "${OVERTURE_QML_IMPORT_PACKAGES}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/packaging/qml-import-packages.txt" "${_map_text}\n")

set(OVERTURE_DEB_DEPENDS hunspell-en-us)
if(TARGET overture)
    list(APPEND OVERTURE_DEB_DEPENDS
        qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
        qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
        qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
        qml6-module-qtqml-models libqt6sql6-sqlite)
    file(GLOB_RECURSE _qml_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/qml/*.qml")
    foreach(qml IN LISTS _qml_files)
        file(STRINGS "${qml}" _imports REGEX "^[ \t]*import[ \t]+[A-Za-z]")
        foreach(line IN LISTS _imports)
            string(REGEX REPLACE "^[ \t]*import[ \t]+([A-Za-z0-9_.]+).*" "\\1" uri "${line}")
            # QtQuick.Controls.Basic, .Material...: the styles ship with the controls.
            string(REGEX REPLACE "^QtQuick\\.Controls\\..*" "QtQuick.Controls" uri "${uri}")
            foreach(pair IN LISTS OVERTURE_QML_IMPORT_PACKAGES)
                if(pair MATCHES "^${uri}=(.*)$")
                    list(APPEND OVERTURE_DEB_DEPENDS "${CMAKE_MATCH_1}")
                endif()
            endforeach()
        endforeach()
    endforeach()
    # An SVG anywhere in the editor's sources needs Qt's SVG image plugin at run time.
    file(GLOB_RECURSE _svg_users CONFIGURE_DEPENDS
         "${PROJECT_SOURCE_DIR}/qml/*.qml" "${PROJECT_SOURCE_DIR}/app/gui/*.cpp")
    foreach(f IN LISTS _svg_users)
        file(STRINGS "${f}" _svg REGEX "\\.svg")
        if(_svg)
            list(APPEND OVERTURE_DEB_DEPENDS libqt6svg6)
            break()
        endif()
    endforeach()
endif()
list(REMOVE_DUPLICATES OVERTURE_DEB_DEPENDS)
list(JOIN OVERTURE_DEB_DEPENDS ", " _deb_depends)

# --- CPack: the .deb --------------------------------------------------------------------
set(CPACK_PACKAGE_NAME overture)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Overture developers")
set(CPACK_PACKAGE_CONTACT "${OVERTURE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${OVERTURE_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "write the note on a LinkedIn connection invitation")
if(TARGET overture)
    set(_contents "the editor (overture) and the same checks on the\ncommand line (overture-lint)")
else()
    set(_contents "the checks on the command line (overture-lint); this\nbuild has no editor")
endif()
set(CPACK_PACKAGE_DESCRIPTION "\
Overture helps you write the short note that goes with a LinkedIn connection
invitation. It checks the draft for what makes a recipient decline it:
LinkedIn's stock text, claims of a relationship that does not exist, template
leftovers, no specifics, no reason, pitches, and the length limit. It checks
spelling with Hunspell and offers a library of openers.

This package holds ${_contents}.")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # overture_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_deb_depends}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-gb, hunspell-de-de, hunspell-fr, hunspell-es")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/_CPack_Packages/")
include(CPack)
