// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The built-in languages other than the chosen one, as candidates for the "this note looks
// like …" hint (spelling/language_guess.hpp): each pack's name and default dictionary,
// read from its manifest alone (no patterns are compiled for a hint).
#pragma once

#include "spelling/language_guess.hpp"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace overture {

// `chosen`: the dictionary or language in use ("en_US", "de"). A manifest that cannot be
// read or parsed leaves its language out (the lint itself reports broken data).
std::vector<LanguageCandidate> otherLanguages(const std::optional<std::filesystem::path>& dataDir,
                                              std::string_view chosen);

} // namespace overture
