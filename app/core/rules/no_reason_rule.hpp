// no-reason: the note never says why the sender wants to connect. Evidence of a reason
// is any reason marker of dictionaries/signals.json ("because", "thanks for",
// "I work on", "mentioned", "hiring" ...), or two sentences with a specific detail.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class NoReasonRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
