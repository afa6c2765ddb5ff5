// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Copies of the shipped data files compiled into the binary (generated at build time by
// cmake/embed_files.cmake), so Overture always starts with a working phrase list and
// opener library even when the files on disk are missing or broken.
#pragma once

#include <string_view>
#include <vector>

namespace overture {

// Contents of e.g. "dictionaries/phrases.json"; empty when no such file was embedded.
std::string_view embeddedFile(std::string_view relativePath);
// The relative paths of every embedded file, in sorted order.
std::vector<std::string_view> embeddedFiles();

} // namespace overture
