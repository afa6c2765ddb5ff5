#include "rules/false_relationship_rule.hpp"

#include "rules/phrase_rule.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

namespace {

// "my friend Elena suggested…" and "my old colleague of mine" talk about a third
// person, not the recipient: a capitalised name or "of mine" right after the claim.
bool aboutSomeoneElse(const LintContext& ctx, const PhraseMatch& m) {
    const std::uint32_t lastToken = ctx.words[m.endWord - 1].token;
    const std::uint32_t next = lastToken + 1;
    if (next >= ctx.tokens.size())
        return false;
    const text::Token& t = ctx.tokens[next];
    if (t.kind == text::TokenKind::Word && t.capitalized && !t.allCaps &&
        text::foldForMatching(t.in(ctx.text)) != "i")
        return true;
    if (m.endWord + 1 < ctx.words.size() && ctx.words.textOf(m.endWord) == "of" &&
        ctx.words.textOf(m.endWord + 1) == "mine")
        return true;
    return false;
}

} // namespace

void FalseRelationshipRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    const auto declared = ctx.card.relationship;
    reportPhraseMatches(
        ctx, info().id,
        [&](const PhraseMatch& m, const PhraseEntry& entry) {
            if (aboutSomeoneElse(ctx, m))
                return false;
            if (!declared)
                return entry.permittedBy.empty();
            return std::find(entry.permittedBy.begin(), entry.permittedBy.end(), *declared) ==
                   entry.permittedBy.end();
        },
        [&](const PhraseMatch&, const PhraseEntry& entry, Span span) {
            const std::string claimed = std::string(ctx.slice(span));
            const std::string claim =
                entry.claim.empty() ? "a closer relationship than you have" : entry.claim;
            std::string message = "\"" + claimed + "\" claims " + claim;
            if (declared)
                message +=
                    ", but the card says \"" + std::string(relationshipLabel(*declared)) + "\"";
            Finding f = makeFinding(
                span, std::move(message),
                entry.why.empty() ? "A relationship the recipient cannot remember reads as a trick."
                                  : entry.why);
            f.severity = entry.severity;
            f.replacements = entry.replacements;
            return f;
        },
        out);
}

} // namespace overture
