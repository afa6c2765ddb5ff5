#include "rules/no_specifics_rule.hpp"

#include "spelling/speller.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace overture {

namespace {

// Tokens that open a sentence or follow a greeting ("Hi Priya,") are capitalised for
// grammar's sake, not because they name something.
std::unordered_set<std::uint32_t> tokensCapitalisedByPosition(const LintContext& ctx) {
    std::unordered_set<std::uint32_t> out;
    for (const auto& s : ctx.sentences) {
        for (std::uint32_t t = s.firstToken; t < s.endToken; ++t) {
            if (ctx.tokens[t].isWordLike()) {
                out.insert(t);
                break;
            }
        }
    }
    for (const LintContext::Greeting& g : ctx.greetings) {
        // The greeting and up to two name words after it.
        for (std::uint32_t t = g.endToken; t < ctx.tokens.size() && t <= g.endToken + 1; ++t) {
            if (ctx.tokens[t].kind != text::TokenKind::Word)
                break;
            out.insert(t);
        }
    }
    return out;
}

bool capitalisedMidSentence(const LintContext& ctx, std::uint32_t t,
                            const std::unordered_set<std::uint32_t>& byPosition) {
    return t < ctx.tokens.size() && ctx.tokens[t].kind == text::TokenKind::Word &&
           ctx.tokens[t].capitalized && !byPosition.contains(t);
}

// A capitalised word inside a sentence names something when the dictionary does not
// know it in lower case ("Tallinn", "June"), or when it stands in a run of capitalised
// words ("Peak District Runners"). "a Friend" or "Great Work" alone do not.
bool looksLikeProperNoun(const LintContext& ctx, std::uint32_t t, const std::string& folded,
                         const std::unordered_set<std::uint32_t>& byPosition) {
    if (ctx.speller == nullptr || !ctx.speller->isCorrect(folded))
        return true;
    const bool prev =
        t > 0 && capitalisedMidSentence(ctx, t - 1, byPosition) && !ctx.tokens[t - 1].allCaps;
    const bool next = capitalisedMidSentence(ctx, t + 1, byPosition) && !ctx.tokens[t + 1].allCaps;
    return prev || next;
}

// The byte spans of boilerplate in the draft: phrases that could be sent to anyone
// (stock text, clichés, pitches, meeting requests, flattery, apologies). A number or a
// name inside one ("a quick 15-minute call", "join my network on LinkedIn") is part of
// the formula, not a detail about this person. Sorted by start, overlaps merged.
std::vector<Span> boilerplateSpans(const LintContext& ctx) {
    static const std::unordered_set<std::string_view> kBoilerplate = {
        "default-text", "generic-phrase", "sales-pitch", "meeting-request", "flattery", "apology"};
    std::vector<Span> out;
    for (const PhraseMatch& m : ctx.matches) {
        const PhraseEntry* entry = ctx.entryOf(m);
        if (entry == nullptr || !kBoilerplate.contains(entry->rule))
            continue;
        Span span = ctx.spanOfWords(m.firstWord, m.endWord);
        // The count in front belongs to the formula too: "15-minute call" (one token),
        // "15 minute call", "15 - minute call".
        std::uint32_t t = ctx.words[m.firstWord].token;
        span.begin = std::min<std::size_t>(span.begin, ctx.tokens[t].begin);
        if (t > 0 && ctx.tokens[t - 1].kind == text::TokenKind::Punct &&
            ctx.tokens[t - 1].first == '-')
            --t;
        if (t > 0 && ctx.tokens[t - 1].kind == text::TokenKind::Number)
            span.begin = ctx.tokens[t - 1].begin;
        if (!out.empty() && span.begin <= out.back().end) {
            out.back().begin = std::min(out.back().begin, span.begin);
            out.back().end = std::max(out.back().end, span.end);
        } else
            out.push_back(span);
    }
    return out;
}

bool isSubstantial(const LintContext& ctx, const std::string& folded) {
    return folded.size() >= 3 && !ctx.data.functionWords.contains(folded);
}

} // namespace

bool namesAPieceOfWork(const LintContext& ctx, const PhraseMatch& m) {
    // "your <work noun> on|about|at|in|for <something>"
    bool yours = false;
    for (std::uint32_t k = m.firstWord >= 3 ? m.firstWord - 3 : 0; k < m.firstWord; ++k)
        if (ctx.words.textOf(k) == "your" &&
            ctx.words[k].sentence == ctx.words[m.firstWord].sentence)
            yours = true;
    if (!yours || m.endWord + 1 >= ctx.words.size())
        return false;
    const std::string_view next = ctx.words.textOf(m.endWord);
    const bool linked = next == "on" || next == "about" || next == "at" || next == "in" ||
                        next == "for" || next == "with" || next == "from" || next == "to";
    // "your post about {topic}" names nothing: the topic is a template leftover.
    return linked && ctx.words[m.endWord + 1].sentence == ctx.words[m.firstWord].sentence &&
           !ctx.insidePlaceholder(ctx.words[m.endWord + 1].begin);
}

bool hasSpecificDetail(const LintContext& ctx) {
    const std::vector<Span> boilerplate = boilerplateSpans(ctx);
    for (std::size_t i = 0; i < ctx.words.size(); ++i) {
        if (anySpanHolds(boilerplate, ctx.words[i].begin))
            continue;
        const std::string folded(ctx.words.textOf(i));
        if (ctx.cardDetailWords.contains(folded) && !ctx.nameWords.contains(folded) &&
            isSubstantial(ctx, folded))
            return true;
        if (ctx.data.numberWords.contains(folded))
            return true;
        // Two-word entries of the list: "last week", "last year".
        if (i + 1 < ctx.words.size() && ctx.words[i + 1].sentence == ctx.words[i].sentence &&
            ctx.data.numberWords.contains(folded + " " + std::string(ctx.words.textOf(i + 1))))
            return true;
    }
    const auto byPosition = tokensCapitalisedByPosition(ctx);
    for (std::uint32_t t = 0; t < ctx.tokens.size(); ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (anySpanHolds(boilerplate, tok.begin))
            continue;
        switch (tok.kind) {
        case text::TokenKind::Url:
        case text::TokenKind::Hashtag:
        case text::TokenKind::Handle:
        case text::TokenKind::Number:
            if (!ctx.insidePlaceholder(tok.begin))
                return true;
            break;
        case text::TokenKind::Word: {
            if (ctx.insidePlaceholder(tok.begin))
                break;
            if (tok.hasDigit)
                return true;
            if (!tok.capitalized || byPosition.contains(t))
                break;
            const std::string folded = text::foldForMatching(tok.in(ctx.text));
            const bool pronoun = folded == "i" || folded.rfind("i'", 0) == 0;
            if (pronoun || ctx.nameWords.contains(folded) || ctx.data.notSpecific.contains(folded))
                break;
            if (looksLikeProperNoun(ctx, t, folded, byPosition))
                return true;
            break;
        }
        default:
            break;
        }
    }
    return std::ranges::any_of(ctx.matches, [&](const PhraseMatch& m) {
        return ctx.data.patterns[m.pattern].kind == PatternKind::WorkNoun &&
               namesAPieceOfWork(ctx, m);
    });
}

void NoSpecificsRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.words.size() == 0 || hasSpecificDetail(ctx))
        return;
    out.push_back(makeFinding(Span{0, ctx.text.size()}, "Nothing here is specific to this person",
                              "Without a shared event, a piece of their work, a place or a detail "
                              "from your card, the note reads as if sent to anyone."));
}

} // namespace overture
