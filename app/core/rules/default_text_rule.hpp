// default-text: LinkedIn's stock invitation sentences. Exact phrases come from the
// phrase list; a sentence that shares most of its words with a whole stock sentence
// (entries marked "fuzzy") is caught too, so paraphrases do not slip through.
#pragma once

#include "engine/rule.hpp"

namespace overture {

class DefaultTextRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;

    // Thresholds for the fuzzy match, chosen on the stock texts and their paraphrases
    // in tests/core/default_text_test.cpp: share at least 70% of the stock sentence's
    // words and 60% of its content words, with at most half the sentence being other words.
    static constexpr double kStockCoverage = 0.70;
    static constexpr double kContentCoverage = 0.60;
    static constexpr double kSentenceCoverage = 0.50;
};

} // namespace overture
