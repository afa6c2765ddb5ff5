// sentence-count: an empty note or a single sentence is too little to say how you know
// the person, one detail and a reason (warning); more than four sentences is more than
// a recipient reads in an invitation (hint).
#pragma once

#include "engine/rule.hpp"

namespace overture {

class SentenceCountRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
    static constexpr std::size_t kMaxSentences = 4;
};

} // namespace overture
