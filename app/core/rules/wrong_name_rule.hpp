// wrong-name: the note greets someone other than the person on the card ("Hi Tom," in a
// note to Maria Lopez). It happens when a note written for one person is reused for the
// next, and it tells the recipient exactly that. Only checked when the card has a name.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class WrongNameRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
