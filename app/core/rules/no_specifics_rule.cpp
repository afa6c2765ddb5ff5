// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// no-specifics: nothing in the note is specific to this person: no clause plays the
// "detail" role (engine/specificity.cpp says what counts).
#include "rules/rule.hpp"

namespace overture {

namespace {

class NoSpecificsRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        if (ctx.words.size() == 0 || ctx.hasRole(Role::Detail))
            return;
        out.push_back(makeFinding(ctx, Span{0, ctx.text.size()}, "missing"));
    }
};

} // namespace

OVERTURE_REGISTER_RULE(NoSpecifics, NoSpecificsRule)

} // namespace overture
