// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rule kind of Vale's "existence" check: reports every match of the language pack's
// pattern groups of this rule, with the group's message, explanation and replacements.
// generic-phrase, sales-pitch, meeting-request, flattery and apology are all this rule
// with another id (rule_catalog.def: factory Patterns). A group's permitted_by lists the
// relationships on the card in which its finding is only a hint.
#include "rules/phrase_rule.hpp"

#include <algorithm>

namespace overture {

namespace {

class PatternsRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        reportGroupMatches(
            ctx, info().id, out, [&](const PhraseMatch&, const PatternGroup& g, Span span) {
                // A group without a message of its own is reported under the rule's name.
                const std::string& message =
                    g.message.empty() ? ctx.data.ruleText(info().id).name : g.message;
                Finding f =
                    makeFinding(span, fillMessage(message, {{"match", ctx.slice(span)}}), g.why);
                f.severity = g.severity;
                // A group may name the relationships in which what it finds is fine ("let's
                // grab a coffee" to a former colleague): there it is only a hint.
                const auto& fine = g.permittedBy;
                if (ctx.card.relationship &&
                    std::find(fine.begin(), fine.end(), *ctx.card.relationship) != fine.end())
                    f.severity = Severity::Hint;
                f.replacements = g.replacements;
                return f;
            });
    }
};

} // namespace

OVERTURE_REGISTER_RULE(Patterns, PatternsRule)

} // namespace overture
