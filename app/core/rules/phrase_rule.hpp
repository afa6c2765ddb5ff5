// Shared by the rules that report pattern groups (rules/phrase_rule.cpp and the rules
// with more logic on top: default-text, false-relationship).
#pragma once

#include "rules/rule.hpp"

#include <optional>

namespace overture {

// Reports the matches of the groups of `ruleId` for which `make` returns a finding,
// skipping a match that lies inside one already reported (the longest match of a start
// comes first). `make(match, group, span)` returns std::optional<Finding> or Finding.
template <typename Make>
void reportGroupMatches(const LintContext& ctx, std::string_view ruleId, std::vector<Finding>& out,
                        Make&& make) {
    std::size_t reportedEnd = 0;
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
        out.push_back(std::move(*f));
        reportedEnd = span.end;
    }
}

} // namespace overture
