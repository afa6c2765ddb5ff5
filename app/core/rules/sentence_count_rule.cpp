#include "rules/sentence_count_rule.hpp"

#include <algorithm>

namespace overture {

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
        const bool empty = ctx.words.size() == 0;
        out.push_back(makeFinding(Span{0, ctx.text.size()},
                                  empty ? "The note is empty" : "Only a greeting",
                                  "A blank invitation is the least likely to be accepted; say how "
                                  "you know them and why you are writing."));
        return;
    }
    if (count == 1) {
        const bool framed =
            std::any_of(ctx.sentences.begin(), ctx.sentences.end(),
                        [&](const text::Sentence& s) { return s.wordCount > 0 && &s != only; });
        out.push_back(makeFinding(
            Span{only->begin, only->end},
            framed ? "Only one sentence besides the greeting or sign-off" : "Only one sentence",
            "Two or three sentences (how you know them, one detail, a reason) "
            "are what recipients accept."));
        return;
    }
    if (count > kMaxSentences) {
        Finding f = makeFinding(
            Span{ctx.sentences.front().begin, ctx.sentences.back().end},
            std::to_string(count) + " sentences; two or three read best",
            "An invitation is read in a few seconds; keep the one detail and the reason.");
        f.severity = Severity::Hint;
        out.push_back(std::move(f));
    }
}

} // namespace overture
