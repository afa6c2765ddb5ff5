#include "rules/length_rule.hpp"

#include "text/utf8.hpp"

namespace overture {

void LengthRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.card.limit <= 0)
        return;
    const auto limit = static_cast<std::size_t>(ctx.card.limit);
    const text::Utf16Map map(ctx.text);
    const std::size_t characters = map.utf16Size();
    if (characters <= limit)
        return;
    const Span span{map.toByte(limit), ctx.text.size()};
    out.push_back(makeFinding(span,
                              std::to_string(characters) +
                                  " characters: " + std::to_string(characters - limit) +
                                  " over the limit of " + std::to_string(limit),
                              "LinkedIn will not send a note over " + std::to_string(limit) +
                                  " characters (an emoji counts as two); cut a sentence."));
}

} // namespace overture
