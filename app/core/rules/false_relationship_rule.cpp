#include "rules/false_relationship_rule.hpp"

#include "rules/phrase_rule.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace overture {

namespace {

// The last words of claims about a person ("my friend", "my old colleague"), as opposed
// to claims about a shared past ("we met at", "as we discussed").
bool isPersonNoun(std::string_view w) {
    static constexpr std::array<std::string_view, 11> kNouns = {
        "friend", "friends", "colleague", "classmate", "coworker", "worker",
        "boss",   "manager", "teammate",  "buddy",     "pal"};
    return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end();
}

// Words that may stand between a person noun and the name it introduces:
// "my friend and former colleague Elena".
bool isNameBridge(std::string_view w) {
    static constexpr std::array<std::string_view, 14> kBridges = {
        "and",    "former", "old",     "good",       "dear",      "longtime",  "close",
        "fellow", "mentor", "partner", "co-founder", "cofounder", "neighbour", "neighbor"};
    return isPersonNoun(w) || std::find(kBridges.begin(), kBridges.end(), w) != kBridges.end();
}

// Verbs (and "who") that make the person noun before them the subject of a sentence
// about someone else: "my friend is hiring", "my old colleague suggested I write".
bool isThirdPersonVerb(std::string_view w) {
    static constexpr std::array<std::string_view, 26> kVerbs = {
        "is",         "was",       "has",      "had",       "who",      "works", "worked",
        "runs",       "leads",     "said",     "says",      "told",     "tells", "recommended",
        "recommends", "suggested", "suggests", "mentioned", "mentions", "asked", "asks",
        "introduced", "shared",    "sent",     "pointed",   "forwarded"};
    return std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

bool isPunct(const LintContext& ctx, std::uint32_t t, char32_t c) {
    return t < ctx.tokens.size() && ctx.tokens[t].kind == text::TokenKind::Punct &&
           ctx.tokens[t].first == c;
}

// A capitalised word that may be a name: not "I" or "I'm", not a word in capitals.
bool isNameWord(const LintContext& ctx, std::uint32_t t) {
    if (t >= ctx.tokens.size())
        return false;
    const text::Token& tok = ctx.tokens[t];
    if (tok.kind != text::TokenKind::Word || !tok.capitalized || tok.allCaps)
        return false;
    const std::string folded = text::foldForMatching(tok.in(ctx.text));
    return folded != "i" && folded.rfind("i'", 0) != 0;
}

// "my friend Elena suggested…", "my friend and former colleague Elena…", "my friend,
// Elena Ruiz, told me…" and "a colleague of mine" talk about a third person, not the
// recipient. Only a claim that ends in a person noun can: "we met at KubeCon" and "as we
// discussed Kafka" are about the recipient whatever follows. A name from the card is the
// recipient's: "my friend Ana" to Ana still claims a friendship.
bool aboutSomeoneElse(const LintContext& ctx, const PhraseMatch& m) {
    if (!isPersonNoun(ctx.words.textOf(m.endWord - 1)))
        return false;
    // "you are a friend", "we were colleagues": about the recipient by their own words.
    for (std::uint32_t w = m.firstWord; w < m.endWord; ++w) {
        const std::string_view word = ctx.words.textOf(w);
        if (word == "you" || word == "we" || word == "our")
            return false;
    }
    if (m.endWord + 1 < ctx.words.size() && ctx.words.textOf(m.endWord) == "of" &&
        ctx.words.textOf(m.endWord + 1) == "mine")
        return true;
    std::uint32_t t = ctx.words[m.endWord - 1].token + 1;
    if (t < ctx.tokens.size() && ctx.tokens[t].kind == text::TokenKind::Word &&
        isThirdPersonVerb(text::foldForMatching(ctx.tokens[t].in(ctx.text))))
        return true; // "my friend is hiring", "my friend who runs…"
    if (isPunct(ctx, t, U',')) {
        // An apposition: ", Elena," or ", Elena Ruiz".
        ++t;
        if (!isNameWord(ctx, t) || !(isNameWord(ctx, t + 1) || isPunct(ctx, t + 1, U',')))
            return false;
    } else {
        for (int k = 0; k < 3 && t < ctx.tokens.size() &&
                        ctx.tokens[t].kind == text::TokenKind::Word && !ctx.tokens[t].capitalized &&
                        isNameBridge(text::foldForMatching(ctx.tokens[t].in(ctx.text)));
             ++k)
            ++t;
        // "my friend and I loved your talk"
        const bool andI = t > 0 && t < ctx.tokens.size() &&
                          text::foldForMatching(ctx.tokens[t - 1].in(ctx.text)) == "and" &&
                          text::foldForMatching(ctx.tokens[t].in(ctx.text)) == "i";
        if (andI)
            return true;
        if (!isNameWord(ctx, t))
            return false;
    }
    return !ctx.nameWords.contains(text::foldForMatching(ctx.tokens[t].in(ctx.text)));
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
                return true; // claims no relationship permits, and (as hints) the others
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
            if (!declared && !entry.permittedBy.empty()) {
                // True or not depends on how they know each other, which the card does not
                // say yet: a hint that asks for it instead of a verdict.
                Finding f = makeFinding(span,
                                        "\"" + claimed + "\" claims " + claim +
                                            ": choose how you know them so this can be checked",
                                        "Overture checks a claimed relationship against the one "
                                        "you choose (on the card, "
                                        "or with --relationship).");
                f.severity = Severity::Hint;
                return f;
            }
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
