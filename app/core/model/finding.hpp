// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One problem in a draft, in LanguageTool's shape: which rule, why it matters (one of
// the four reasons), how serious, where (UTF-8 byte span), what to say and what to do.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overture {

// The four reasons a recipient declines a note, plus spelling, which is its own category.
enum class Reason { Indistinguishable, Disingenuous, LackingCreativity, Lazy, Spelling };

enum class Severity { Hint, Warning, Error };

std::string_view reasonId(Reason r);    // "indistinguishable", ...
std::string_view reasonLabel(Reason r); // "Indistinguishable", "Lacking creativity", ...
std::optional<Reason> parseReason(std::string_view id);
std::string_view severityId(Severity s); // "hint" | "warning" | "error"
std::optional<Severity> parseSeverity(std::string_view id);

struct Span {
    std::size_t begin = 0; // UTF-8 byte offsets, half open
    std::size_t end = 0;
    friend bool operator==(const Span&, const Span&) = default;
};

// Whether one of `sorted` holds `byte`, for spans in text order that never overlap
// (placeholders, boilerplate): a binary search, as a scan per word was quadratic on a
// paste full of them. `spanOf` gives an element's Span (&Placeholder::span, ...).
template <typename Range, typename Proj = std::identity>
bool anySpanHolds(const Range& sorted, std::size_t byte, Proj spanOf = {}) {
    const auto after =
        std::ranges::upper_bound(sorted, byte, std::ranges::less{},
                                 [&](const auto& x) { return std::invoke(spanOf, x).begin; });
    return after != std::ranges::begin(sorted) && byte < std::invoke(spanOf, *std::prev(after)).end;
}

struct Finding {
    std::string rule; // stable id, e.g. "default-text"
    Reason reason = Reason::Lazy;
    Severity severity = Severity::Warning;
    Span span;
    std::string message;     // short, shown as the title
    std::string explanation; // one sentence: why a recipient minds
    std::vector<std::string> replacements;
};

} // namespace overture
