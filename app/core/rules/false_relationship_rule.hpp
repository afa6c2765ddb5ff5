// false-relationship: a claim ("my friend", "great to see you again", "as we
// discussed", "my former colleague") that the declared relationship does not permit.
// Each claim in the phrase list carries the relationships that make it honest; claims
// that no relationship permits ("a person I trust") are reported even with none declared.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class FalseRelationshipRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
