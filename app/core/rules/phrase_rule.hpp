// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Shared by the rules that report pattern groups (rules/phrase_rule.cpp and the rules
// with more logic on top: default-text, false-relationship).
#pragma once

#include "rules/rule.hpp"

#include <optional>

namespace overture {

// Reports the matches of the groups of `ruleId` for which `make` returns a finding,
// skipping a match that lies inside one already reported (the longest match of a start
// comes first). A match that overlaps the last finding of this rule extends it instead
// of making a second card: "Could we hop on a quick call next week?" is one request,
// though three patterns see it ("could we hop", "hop on a quick call", "call next
// week"); a finding so extended offers no replacement, which was written for one match.
// `make(match, group, span)` returns std::optional<Finding> or Finding.
template <typename Make>
void reportGroupMatches(const LintContext& ctx, std::string_view ruleId, std::vector<Finding>& out,
                        Make&& make) {
    std::size_t reportedEnd = 0;
    std::optional<std::size_t> last; // index in `out` of this rule's last finding
    for (const PhraseMatch& m : ctx.matches) {
        if (Rule::full(out))
            return;
        const PatternGroup& g = ctx.groupOf(m);
        if (g.rule != ruleId)
            continue;
        const Span span = ctx.spanOfWords(m.firstWord, m.endWord);
        if (span.end <= reportedEnd)
            continue;
        std::optional<Finding> f = make(m, g, span);
        if (!f)
            continue;
        if (last && span.begin < reportedEnd && out[*last].severity == f->severity) {
            out[*last].span.end = span.end;
            out[*last].replacements.clear();
        } else {
            out.push_back(std::move(*f));
            last = out.size() - 1;
        }
        reportedEnd = span.end;
    }
}

} // namespace overture
