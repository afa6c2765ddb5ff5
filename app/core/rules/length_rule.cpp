// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// length: over the note's character limit, counted as LinkedIn counts (UTF-16 units).
#include "rules/rule.hpp"
#include "text/utf8.hpp"

namespace overture {

namespace {

class LengthRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        if (ctx.card.limit <= 0)
            return;
        const auto limit = static_cast<std::size_t>(ctx.card.limit);
        const text::Utf16Map map(ctx.text);
        const std::size_t characters = map.utf16Size();
        if (characters <= limit)
            return;
        const std::string count = std::to_string(characters);
        const std::string over = std::to_string(characters - limit);
        const std::string max = std::to_string(limit);
        out.push_back(makeFinding(ctx, Span{map.toByte(limit), ctx.text.size()}, "over",
                                  {{"count", count}, {"over", over}, {"limit", max}}));
    }
};

} // namespace

OVERTURE_REGISTER_RULE(Length, LengthRule)

} // namespace overture
