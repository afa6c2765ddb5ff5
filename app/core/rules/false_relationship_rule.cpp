// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// false-relationship: a claim of a shared past (a pattern group with the role
// "shared-past") that the relationship on the card does not permit. Claims about someone
// else ("my friend Elena suggested I write", "a colleague of mine") are the groups'
// exceptions in the pack, not code.
#include "rules/phrase_rule.hpp"

#include <algorithm>

namespace overture {

namespace {

class FalseRelationshipRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        const auto declared = ctx.card.relationship;
        reportGroupMatches(
            ctx, info().id, out,
            [&](const PhraseMatch&, const PatternGroup& g, Span span) -> std::optional<Finding> {
                const bool permitted =
                    declared && std::find(g.permittedBy.begin(), g.permittedBy.end(), *declared) !=
                                    g.permittedBy.end();
                if (permitted)
                    return std::nullopt;
                const std::string claim = g.claim.empty() ? text(ctx, "any-claim") : g.claim;
                const std::string_view match = ctx.slice(span);
                if (!declared) {
                    if (g.permittedBy.empty()) {
                        // No relationship makes it honest: an error whatever the card says.
                        Finding f = makeFinding(ctx, span, "claim-always",
                                                {{"match", match}, {"claim", claim}});
                        if (!g.why.empty())
                            f.explanation = g.why;
                        f.severity = g.severity;
                        f.replacements = g.replacements;
                        return f;
                    }
                    // True or not depends on how they know each other, which the card does
                    // not say yet: a hint that asks for it instead of a verdict.
                    Finding f = makeFinding(ctx, span, "choose-relationship",
                                            {{"match", match}, {"claim", claim}});
                    f.severity = Severity::Hint;
                    return f;
                }
                Finding f = makeFinding(
                    ctx, span, "claim",
                    {{"match", match},
                     {"claim", claim},
                     {"relationship", ctx.data.relationshipLabel(relationshipId(*declared))}});
                if (!g.why.empty())
                    f.explanation = g.why;
                f.severity = g.severity;
                f.replacements = g.replacements;
                return f;
            });
    }
};

} // namespace

OVERTURE_REGISTER_RULE(FalseRelationship, FalseRelationshipRule)

} // namespace overture
