// no-specifics: nothing in the note is specific to this recipient, so it would read the
// same sent to anyone. Evidence of specificity, any one of which is enough:
//   - a word from the card's company, role or context (not the name: a name alone is
//     what mail merges add);
//   - a proper noun that is not the greeting's name, a sentence's first word, "I" or a
//     word listed as not specific (LinkedIn, Monday is specific: a real date);
//   - a number or number word ("three years", "2019");
//   - a named piece of their work: "your talk on …", "your article about …";
//   - a link, a #tag or an @handle.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class NoSpecificsRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

// True when the note has at least one specific detail (shared with no-reason's message).
bool hasSpecificDetail(const LintContext& ctx);

// True when a work-noun match names a piece of the recipient's work: "your talk on …",
// "your article about …" (also used to tell the topic of their work from a pitch).
bool namesAPieceOfWork(const LintContext& ctx, const PhraseMatch& m);

} // namespace overture
