// The rule kind of Vale's "existence" check: reports every match of the language pack's
// pattern groups of this rule, with the group's message, explanation and replacements.
// generic-phrase, sales-pitch, meeting-request, flattery and apology are all this rule
// with another id (rule_catalog.def: factory Patterns).
#include "rules/phrase_rule.hpp"

namespace overture {

namespace {

class PatternsRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        reportGroupMatches(ctx, info().id, out, [&](const PhraseMatch&, const PatternGroup& g,
                                                    Span span) {
            // A group without a message of its own is reported under the rule's name.
            const std::string& message =
                g.message.empty() ? ctx.data.ruleText(info().id).name : g.message;
            Finding f =
                makeFinding(span, fillMessage(message, {{"match", ctx.slice(span)}}), g.why);
            f.severity = g.severity;
            f.replacements = g.replacements;
            return f;
        });
    }
};

} // namespace

OVERTURE_REGISTER_RULE(Patterns, PatternsRule)

} // namespace overture
