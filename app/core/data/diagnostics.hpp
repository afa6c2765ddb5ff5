// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The loaders' one-line diagnostics about data files, worded in one place (the engine
// and the rules build their messages from these and from the language pack, never
// from words of their own).
#pragma once

#include <string>
#include <string_view>

namespace overture::diagnostics {

// "<problem> (using the built-in copy)": a file on disk could not be used.
inline std::string usingBuiltInCopy(std::string_view problem) {
    return std::string(problem) + " (using the built-in copy)";
}
// "<problem> (using the built-in dictionaries/en)": the pack as a whole did not compile.
inline std::string usingBuiltInPack(std::string_view problem, std::string_view packDir) {
    return std::string(problem) + " (using the built-in " + std::string(packDir) + ")";
}
inline std::string builtInSource(std::string_view relative) {
    return "built-in " + std::string(relative);
}
inline std::string noLanguagePack(std::string_view language, std::string_view fallback) {
    return "no language pack for \"" + std::string(language) + "\" (using " +
           std::string(fallback) + ")";
}
inline std::string notAPatternRule(std::string_view rule) {
    return "\"" + std::string(rule) + "\" is not a rule that takes patterns";
}

} // namespace overture::diagnostics
