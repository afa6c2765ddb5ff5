// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A set of folded words looked up by string_view, without a temporary string (the lint
// asks "is this word of the draft in the set?" for every word).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace overture::text {

struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

} // namespace overture::text
