// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// no-reason: no clause gives a reason to connect (the "reason" role). Two sentences
// around a shared past or a detail carry their reason implicitly ("working with you on
// the portal launch taught me a lot"), so they are not flagged.
#include "rules/rule.hpp"

namespace overture {

namespace {

class NoReasonRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        if (ctx.words.size() == 0 || ctx.hasRole(Role::Reason))
            return;
        if (ctx.substantiveCount() >= 2 && ctx.hasRole(Role::Detail))
            return;
        out.push_back(makeFinding(ctx, Span{0, ctx.text.size()}, "missing"));
    }
};

} // namespace

OVERTURE_REGISTER_RULE(NoReason, NoReasonRule)

} // namespace overture
