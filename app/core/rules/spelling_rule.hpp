// spelling: words the dictionary does not know. Never judged: links, e-mail addresses,
// @handles, #tags, numbers, words with digits, acronyms in capitals, placeholders, the
// card's words (name, company, role, context), the project's word list and the
// person's own dictionary. An unknown capitalised word inside a sentence is most likely
// a name, so it is only a hint; anything else is a warning.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class SpellingRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
