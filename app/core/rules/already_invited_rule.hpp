// already-invited: this recipient (same name, and company when both are known) already
// got a note. A hint: people do re-send after a while, but should know they are doing it.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class AlreadyInvitedRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
