// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// sentence-count: one sentence or none besides the greeting and sign-off (a warning), or
// more than kMaxSentences (a hint). Counts the substantive sentences, as the counter does.
#include "rules/rule.hpp"

#include <algorithm>

namespace overture {

namespace {

constexpr std::size_t kMaxSentences = 4;

class SentenceCountRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

void SentenceCountRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    std::size_t count = 0;
    const text::Sentence* only = nullptr;
    for (std::size_t i = 0; i < ctx.sentences.size(); ++i) {
        if (ctx.substantive[i]) {
            ++count;
            only = &ctx.sentences[i];
        }
    }
    if (count == 0) {
        out.push_back(makeFinding(ctx, Span{0, ctx.text.size()},
                                  ctx.words.size() == 0 ? "empty" : "greeting-only"));
        return;
    }
    if (count == 1) {
        const bool framed =
            std::any_of(ctx.sentences.begin(), ctx.sentences.end(),
                        [&](const text::Sentence& s) { return s.wordCount > 0 && &s != only; });
        out.push_back(
            makeFinding(ctx, Span{only->begin, only->end}, framed ? "one-framed" : "one"));
        return;
    }
    if (count > kMaxSentences) {
        const std::string n = std::to_string(count);
        Finding f = makeFinding(ctx, Span{ctx.sentences.front().begin, ctx.sentences.back().end},
                                "many", {{"count", n}});
        f.severity = Severity::Hint;
        out.push_back(std::move(f));
    }
}

} // namespace

OVERTURE_REGISTER_RULE(SentenceCount, SentenceCountRule)

} // namespace overture
