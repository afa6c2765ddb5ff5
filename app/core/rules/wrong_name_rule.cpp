#include "rules/wrong_name_rule.hpp"

#include "text/accents.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace overture {

namespace {

// Words a greeting may be followed by that are not a person's name: "Hi there", "Hello
// all", and a sentence started without a comma ("Hi Great to meet you"). Function words
// ("you", "and") come from the lint data.
bool isNotAName(std::string_view folded) {
    static constexpr std::array<std::string_view, 21> kWords = {
        "there", "all",   "everyone", "everybody", "team",   "folks",    "friends",
        "guys",  "again", "from",     "both",      "great",  "good",     "nice",
        "hope",  "just",  "quick",    "glad",      "lovely", "congrats", "congratulations"};
    return std::ranges::find(kWords, folded) != kWords.end();
}

} // namespace

void WrongNameRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.nameWords.empty())
        return;
    for (const LintContext::Greeting& g : ctx.greetings) {
        const std::uint32_t end = ctx.sentences[g.sentence].endToken;
        // The first word after the greeting, in the same sentence, past commas and words
        // that name nobody (the lint data's not-specific list: titles such as "Dr", "Ms").
        std::uint32_t t = g.endToken;
        for (; t < end; ++t) {
            const text::Token& tok = ctx.tokens[t];
            if (tok.kind == text::TokenKind::Punct && (tok.first == ',' || tok.first == '.'))
                continue;
            if (tok.kind == text::TokenKind::Word &&
                ctx.data.notSpecific.contains(text::foldForMatching(tok.in(ctx.text))))
                continue;
            break;
        }
        if (t >= end)
            continue;
        const text::Token& name = ctx.tokens[t];
        if (name.kind != text::TokenKind::Word || !name.capitalized || name.allCaps ||
            ctx.insidePlaceholder(name.begin))
            continue;
        const std::string folded = text::foldForMatching(name.in(ctx.text));
        if (isNotAName(folded) || ctx.data.functionWords.contains(folded) ||
            folded.starts_with("i'"))
            continue;
        // A name on the card, typed with or without its accents ("Jose" for José), or a
        // short form of one ("Mar" for Maria).
        const std::string plain = text::withoutAccents(folded);
        bool onCard = false;
        for (const std::string& w : ctx.nameWords) {
            const std::string card = text::withoutAccents(w);
            onCard = onCard || card == plain || (plain.size() >= 3 && card.starts_with(plain));
        }
        if (onCard)
            continue;
        Finding f = makeFinding(Span{name.begin, name.end},
                                "Greets \"" + std::string(name.in(ctx.text)) +
                                    "\", but the card is for " + ctx.card.name,
                                "A note that greets someone else was written for someone else. "
                                "If they go by this name, add it to the card's name.");
        f.replacements.push_back(ctx.card.firstName());
        out.push_back(std::move(f));
    }
}

} // namespace overture
