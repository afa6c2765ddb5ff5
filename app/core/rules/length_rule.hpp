// length: over the note's limit (300, or 200 for free accounts), counted as LinkedIn
// counts it, in UTF-16 code units (an emoji counts two). The span covers what LinkedIn
// would cut off.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class LengthRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
