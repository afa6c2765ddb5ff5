#include "rules/phrase_rule.hpp"

namespace overture {

void PhraseRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    reportPhraseMatches(
        ctx, info().id, [](const PhraseMatch&, const PhraseEntry&) { return true; },
        [&](const PhraseMatch&, const PhraseEntry& entry, Span span) {
            Finding f = makeFinding(span, entry.message, entry.why);
            f.severity = entry.severity;
            f.replacements = entry.replacements;
            return f;
        },
        out);
}

} // namespace overture
