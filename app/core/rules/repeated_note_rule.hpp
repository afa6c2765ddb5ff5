// repeated-note: nearly the same note was already sent to someone else (names masked,
// small edits ignored). The surest sign of an indistinguishable note.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class RepeatedNoteRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace overture
