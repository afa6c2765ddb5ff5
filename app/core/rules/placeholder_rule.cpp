// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// placeholder: template leftovers ([Name], {company}, XXXX, NAME), with the card's value
// as the fix when the placeholder names a card field the pack knows ("firstname").
#include "rules/placeholders.hpp"
#include "rules/rule.hpp"

namespace overture {

std::string cardValueFor(const LintData& data, const std::string& key, const Recipient& card) {
    const auto it = data.pack.placeholderFields.find(key);
    return it == data.pack.placeholderFields.end() ? std::string() : card.field(it->second);
}

namespace {

class PlaceholderRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        for (const Placeholder& p : ctx.placeholders) {
            if (full(out))
                return;
            Finding f = makeFinding(ctx, p.span, "unfilled", {{"match", ctx.slice(p.span)}});
            if (const std::string value = cardValueFor(ctx.data, p.key, ctx.card); !value.empty())
                f.replacements.push_back(value);
            out.push_back(std::move(f));
        }
    }
};

} // namespace

OVERTURE_REGISTER_RULE(Placeholder, PlaceholderRule)

} // namespace overture
