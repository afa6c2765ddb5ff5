// shouting: words in capitals that are not acronyms (a run of two or more, or one long
// word), and rows of exclamation marks. Acronyms come from dictionaries/signals.json;
// the recipient's name and company are never shouting, whatever their case.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class ShoutingRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
    static constexpr std::size_t kLongWord = 5; // one capitalised word this long shouts alone
};

} // namespace overture
