#include "rules/no_reason_rule.hpp"

#include "rules/no_specifics_rule.hpp"

namespace overture {

void NoReasonRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.words.size() == 0 || ctx.hasSignal(PatternKind::ReasonMarker))
        return;
    // Two sentences around a specific shared detail carry their reason implicitly
    // ("working with you on the portal launch taught me a lot").
    if (ctx.substantiveCount() >= 2 && hasSpecificDetail(ctx))
        return;
    Finding f = makeFinding(Span{0, ctx.text.size()}, "No reason for connecting",
                            "Recipients accept a note that says why you want to connect: what "
                            "you share, what you are working on, what you hope to learn.");
    out.push_back(std::move(f));
}

} // namespace overture
