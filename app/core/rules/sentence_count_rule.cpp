#include "rules/sentence_count_rule.hpp"

namespace overture {

void SentenceCountRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    std::size_t count = 0;
    const text::Sentence* only = nullptr;
    for (const auto& s : ctx.sentences) {
        if (s.wordCount > 0) {
            ++count;
            only = &s;
        }
    }
    if (count == 0) {
        out.push_back(makeFinding(Span{0, ctx.text.size()}, "The note is empty",
                                  "A blank invitation is the least likely to be accepted; say how "
                                  "you know them and why you are writing."));
        return;
    }
    if (count == 1) {
        out.push_back(
            makeFinding(Span{only->begin, only->end}, "Only one sentence",
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
