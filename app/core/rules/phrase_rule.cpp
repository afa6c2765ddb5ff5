#include "rules/phrase_rule.hpp"

#include "rules/no_specifics_rule.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace overture {

namespace {

// "your paper on discount rates", "your talk on video call latency", "your essay about the
// genius myth": words that name the topic of the recipient's work are theirs, not the
// sender's pitch, meeting request, flattery or apology. The topic is the few words after
// "on" or "about", up to the end of the clause.
// `longestWorkNoun`: the most words of any work-noun match, so only the matches that can
// end within kTopicWords before `m` are looked at (all of them made a paste of repeated
// phrases quadratic).
bool inTopicOfTheirWork(const LintContext& ctx, const PhraseMatch& m,
                        std::uint32_t longestWorkNoun) {
    constexpr std::uint32_t kTopicWords = 4;
    static constexpr std::array<std::string_view, 9> kClauseBreaks = {
        "and", "but", "so", "then", "or", "because", "which", "while", "please"};
    const std::uint32_t reach = kTopicWords + longestWorkNoun;
    const std::uint32_t from = m.firstWord > reach ? m.firstWord - reach : 0;
    const auto start = std::lower_bound(
        ctx.matches.begin(), ctx.matches.end(), from,
        [](const PhraseMatch& w, std::uint32_t first) { return w.firstWord < first; });
    for (auto it = start; it != ctx.matches.end(); ++it) {
        const PhraseMatch& w = *it;
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
    std::uint32_t longestWorkNoun = 0;
    for (const PhraseMatch& w : ctx.matches)
        if (ctx.data.patterns[w.pattern].kind == PatternKind::WorkNoun)
            longestWorkNoun = std::max(longestWorkNoun, w.endWord - w.firstWord);
    reportPhraseMatches(
        ctx, info().id,
        [&](const PhraseMatch& m, const PhraseEntry&) {
            return !inTopicOfTheirWork(ctx, m, longestWorkNoun);
        },
        [&](const PhraseMatch&, const PhraseEntry& entry, Span span) {
            Finding f = makeFinding(span, entry.message, entry.why);
            f.severity = entry.severity;
            f.replacements = entry.replacements;
            return f;
        },
        out);
}

} // namespace overture
