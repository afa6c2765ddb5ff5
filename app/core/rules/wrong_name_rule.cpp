// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// wrong-name: the greeting names someone other than the person on the card ("Hi Tom," in
// a note to Maria Lopez: a note reused for the next person).
#include "rules/rule.hpp"
#include "text/accents.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace overture {

namespace {

class WrongNameRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

} // namespace

void WrongNameRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.nameWords.empty())
        return;
    for (const LintContext::Greeting& g : ctx.greetings) {
        if (full(out))
            return;
        const std::uint32_t end = ctx.sentences[g.sentence].endToken;
        // The first word after the greeting, in the same sentence, past commas and words
        // that name nobody (the lint data's not-specific list: titles such as "Dr", "Ms").
        std::uint32_t t = g.endToken;
        for (; t < end; ++t) {
            const text::Token& tok = ctx.tokens[t];
            if (tok.kind == text::TokenKind::Punct && (tok.first == ',' || tok.first == '.'))
                continue;
            if (tok.kind == text::TokenKind::Word && ctx.tokenInClass(t, CodeClass::Title))
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
        if (ctx.tokenInClass(t, CodeClass::NotAName) || ctx.data.functionWords.contains(folded) ||
            ctx.tokenInClass(t, CodeClass::PersonalPronoun))
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
        Finding f = makeFinding(ctx, Span{name.begin, name.end}, "other-name",
                                {{"match", name.in(ctx.text)}, {"name", ctx.card.name}});
        f.replacements.push_back(ctx.card.firstName());
        out.push_back(std::move(f));
    }
}

OVERTURE_REGISTER_RULE(WrongName, WrongNameRule)

} // namespace overture
