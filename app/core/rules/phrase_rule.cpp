#include "rules/phrase_rule.hpp"

#include "rules/no_specifics_rule.hpp"

#include <array>
#include <string_view>

namespace overture {

namespace {

// "your paper on discount rates", "your talk on video call latency", "your essay about the
// genius myth": words that name the topic of the recipient's work are theirs, not the
// sender's pitch, meeting request, flattery or apology. The topic is the few words after
// "on" or "about", up to the end of the clause.
bool inTopicOfTheirWork(const LintContext& ctx, const PhraseMatch& m) {
    constexpr std::uint32_t kTopicWords = 4;
    static constexpr std::array<std::string_view, 9> kClauseBreaks = {
        "and", "but", "so", "then", "or", "because", "which", "while", "please"};
    for (const PhraseMatch& w : ctx.matches) {
        if (w.firstWord >= m.firstWord)
            break; // matches are ordered by their first word
        if (ctx.data.patterns[w.pattern].kind != PatternKind::WorkNoun)
            continue;
        const std::uint32_t prep = w.endWord;
        if (m.firstWord <= prep || m.firstWord > prep + kTopicWords)
            continue;
        const std::string_view p = ctx.words.textOf(prep);
        if ((p != "on" && p != "about") || !namesAPieceOfWork(ctx, w))
            continue;
        bool sameClause = ctx.words[prep].sentence == ctx.words[m.firstWord].sentence;
        for (std::uint32_t t = ctx.words[prep].token + 1;
             sameClause && t < ctx.words[m.firstWord].token; ++t)
            sameClause = ctx.tokens[t].kind != text::TokenKind::Punct;
        for (std::uint32_t k = prep + 1; sameClause && k < m.firstWord; ++k)
            for (const std::string_view b : kClauseBreaks)
                if (ctx.words.textOf(k) == b)
                    sameClause = false;
        if (sameClause)
            return true;
    }
    return false;
}

} // namespace

void PhraseRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    reportPhraseMatches(
        ctx, info().id,
        [&](const PhraseMatch& m, const PhraseEntry&) { return !inTopicOfTheirWork(ctx, m); },
        [&](const PhraseMatch&, const PhraseEntry& entry, Span span) {
            Finding f = makeFinding(span, entry.message, entry.why);
            f.severity = entry.severity;
            f.replacements = entry.replacements;
            return f;
        },
        out);
}

} // namespace overture
