// no-ask: no question and no invitation to reply or connect. Only a hint: many good
// notes end with a statement, but a low-pressure ask makes a reply easier.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class NoAskRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
