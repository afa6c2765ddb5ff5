// Vale's "existence" kind: a rule that reports every phrase of its list found in the
// draft, with the entry's message, explanation and replacements. generic-phrase,
// sales-pitch, meeting-request, flattery and apology are all this rule with another id.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class PhraseRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

// Shared by the phrase-driven rules: reports the entries of `ruleId` that `accept`
// lets through, skipping a match that lies inside one already reported.
template <typename Accept, typename Make>
void reportPhraseMatches(const LintContext& ctx, std::string_view ruleId, Accept&& accept,
                         Make&& make, std::vector<Finding>& out) {
    std::size_t reportedEnd = 0;
    for (const PhraseMatch& m : ctx.matches) {
        const PhraseEntry* entry = ctx.entryOf(m);
        if (entry == nullptr || entry->rule != ruleId)
            continue;
        const Span span = ctx.spanOfWords(m.firstWord, m.endWord);
        if (span.end <= reportedEnd || !accept(m, *entry))
            continue;
        out.push_back(make(m, *entry, span));
        reportedEnd = span.end;
    }
}

} // namespace overture
