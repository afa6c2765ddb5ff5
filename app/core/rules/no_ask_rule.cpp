#include "rules/no_ask_rule.hpp"

#include <algorithm>
#include <string>

namespace overture {

void NoAskRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.words.size() == 0 || ctx.hasSignal(PatternKind::AskMarker))
        return;
    const bool question =
        std::any_of(ctx.tokens.begin(), ctx.tokens.end(), [](const text::Token& t) {
            return t.kind == text::TokenKind::Punct && (t.first == '?' || t.first == 0xFF1F);
        });
    if (question)
        return;
    const auto& last = ctx.sentences.back();
    Finding f = makeFinding(Span{last.begin, last.end}, "No question or invitation to reply",
                            "A gentle ask (a question, or \"would you be open to connecting?\") "
                            "makes it easy to answer.");
    // The fix keeps the last sentence and adds an ask after it.
    f.replacements.push_back(std::string(ctx.slice(f.span)) + " Would you be open to connecting?");
    out.push_back(std::move(f));
}

} // namespace overture
