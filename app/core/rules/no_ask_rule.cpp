// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// no-ask: no question and no invitation to reply (no clause plays the "ask" role; a
// question mark makes its clause an ask).
#include "rules/rule.hpp"

namespace overture {

namespace {

class NoAskRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        if (ctx.words.size() == 0 || ctx.hasRole(Role::Ask) || ctx.sentences.empty())
            return;
        const auto& last = ctx.sentences.back();
        Finding f = makeFinding(ctx, Span{last.begin, last.end}, "missing");
        // The fix keeps the last sentence and adds an ask after it; a "sentence" longer
        // than any note (a pasted file) gets no fix, which would only copy it.
        constexpr std::size_t kMaxFixBytes = 2000;
        if (last.end - last.begin <= kMaxFixBytes)
            f.replacements.push_back(std::string(ctx.slice(f.span)) + " " + text(ctx, "added-ask"));
        out.push_back(std::move(f));
    }
};

} // namespace

OVERTURE_REGISTER_RULE(NoAsk, NoAskRule)

} // namespace overture
