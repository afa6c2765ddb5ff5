// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What makes a note specific to its recipient: something of theirs or shared that a
// mail merge could not have filled in. Counted as a detail:
//   - a match of a pattern group with the role "detail" ("your talk on ...", "last week")
//   - a number, URL, #tag or @handle, a word with a digit ("Q3", "v2")
//   - a proper noun: a capitalised word that is not the sentence's first (unless the
//     dictionary does not know it), not a word of the card's name, company or role,
//     and not in the not-specific, title or first-person classes
//   - a word of the card's "where or what" or reason (not a function word)
//   - a quotation of two words or more
// never inside boilerplate (stock text, clichés, pitches, mail-merge formulas: the pack's
// groups marked "boilerplate") or a placeholder. An unknown word is not a detail by being
// unknown, and the company, role, school or industry alone do not make a note specific.
#include "engine/analysis.hpp"
#include "phrases/word_flags.hpp"
#include "spelling/speller.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

namespace {

void findBoilerplate(LintContext& ctx) {
    ctx.boilerplate.clear();
    for (const PhraseMatch& m : ctx.matches) {
        if (!ctx.groupOf(m).boilerplate)
            continue;
        Span span = ctx.spanOfWords(m.firstWord, m.endWord);
        // The count in front belongs to the formula too: "15-minute call" (one token),
        // "15 minute call", "15 - minute call".
        std::uint32_t t = ctx.words[m.firstWord].token;
        span.begin = std::min<std::size_t>(span.begin, ctx.tokens[t].begin);
        if (t > 0 && ctx.tokens[t - 1].kind == text::TokenKind::Punct &&
            ctx.tokens[t - 1].first == '-')
            --t;
        // ... and so does an ordinal: "Happy 4th work anniversary".
        if (t > 0 &&
            (ctx.tokens[t - 1].kind == text::TokenKind::Number ||
             (ctx.tokens[t - 1].kind == text::TokenKind::Word && ctx.tokens[t - 1].hasDigit)))
            span.begin = ctx.tokens[t - 1].begin;
        ctx.boilerplate.push_back(span);
    }
    std::sort(ctx.boilerplate.begin(), ctx.boilerplate.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::vector<Span> merged;
    for (const Span& s : ctx.boilerplate) {
        if (!merged.empty() && s.begin <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    ctx.boilerplate = std::move(merged);
}

bool inBoilerplate(const LintContext& ctx, std::size_t byte) {
    return anySpanHolds(ctx.boilerplate, byte) || ctx.insidePlaceholder(byte);
}

bool isQuote(char32_t c) {
    return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u00AB' || c == U'\u00BB' ||
           c == U'\u201E';
}

bool properNoun(const LintContext& ctx, std::uint32_t w) {
    const WordFlags f = ctx.wordFlags[w];
    if ((f & kFlagCapitalised) == 0 || (f & (kFlagRecipient | kFlagCard)) != 0)
        return false;
    const std::uint32_t id = ctx.wordIds[w];
    if (ctx.data.inClass(id, CodeClass::NotSpecific) || ctx.data.inClass(id, CodeClass::Title) ||
        ctx.data.inClass(id, CodeClass::PersonalPronoun))
        return false;
    const std::string_view folded = ctx.words.textOf(w);
    // Right after a greeting, a capital is the greeted person's name.
    const std::uint32_t token = ctx.words[w].token;
    for (const LintContext::Greeting& g : ctx.greetings)
        if (token >= g.endToken && token <= g.endToken + 1)
            return false;
    if ((f & kFlagFirst) != 0)
        return ctx.speller != nullptr && !ctx.data.functionWords.contains(folded) &&
               !ctx.speller->isCorrect(folded);
    // Inside a sentence a capital marks a name even on a common word ("Terraform
    // modules", "the Helm charts", "Rust"); the not-specific class holds the exceptions.
    if ((f & kFlagName) == 0)
        return false;
    // Where every noun is capitalised (German), a capital alone names nothing: a word the
    // dictionary knows as written is an ordinary noun ("spannende Einblicke").
    const auto& word = ctx.words[w];
    if (ctx.data.pack.text.capitalisedNouns && ctx.speller != nullptr &&
        ctx.speller->isCorrect(ctx.text.substr(word.begin, word.end - word.begin)))
        return false;
    // A word the pack itself uses as an ordinary word ("great", "wonderful", "post"),
    // capitalised on its own, is emphasis ("you are Great"), not a name; beside another
    // capital it is part of one ("the Data Council talk").
    if (ctx.wordIds[w] != PhraseMatcher::kUnknownWord) {
        const auto named = [&](std::uint32_t other) {
            return (ctx.wordFlags[other] & kFlagName) != 0 &&
                   ctx.words[other].sentence == ctx.words[w].sentence;
        };
        return (w > 0 && named(w - 1)) || (w + 1 < ctx.words.size() && named(w + 1));
    }
    return true;
}

} // namespace

void findDetails(LintContext& ctx) {
    findBoilerplate(ctx);
    ctx.details.clear();
    auto add = [&](Span s) {
        if (!inBoilerplate(ctx, s.begin))
            ctx.details.push_back(s);
    };
    for (const PhraseMatch& m : ctx.matches) {
        if (ctx.groupOf(m).role != Role::Detail)
            continue;
        // "your post about {topic}": the specific part is a slot nobody filled in (in the
        // match or within the two words after it).
        const Span span = ctx.spanOfWords(m.firstWord, m.endWord);
        std::uint32_t last = std::min<std::uint32_t>(m.endWord + 2, ctx.words.size()) - 1;
        while (last >= m.endWord && ctx.words[last].sentence != ctx.words[m.firstWord].sentence)
            --last;
        const std::size_t reach = ctx.words[last].end;
        const bool beforePlaceholder = std::any_of(
            ctx.placeholders.begin(), ctx.placeholders.end(),
            [&](const Placeholder& p) { return p.span.end > span.begin && p.span.begin <= reach; });
        if (!beforePlaceholder)
            add(span);
    }
    for (std::uint32_t w = 0; w < ctx.words.size(); ++w) {
        const std::string_view folded = ctx.words.textOf(w);
        // A word of the card's "where or what" counts, unless it says nothing on its
        // own ("alumni", "industry": the not-specific class).
        const bool fromContext = ctx.contextWords.contains(folded) &&
                                 !ctx.nameWords.contains(folded) &&
                                 !ctx.mailMergeWords.contains(folded) && folded.size() >= 4 &&
                                 !ctx.data.functionWords.contains(folded) &&
                                 !ctx.data.inClass(ctx.wordIds[w], CodeClass::NotSpecific);
        if (fromContext || properNoun(ctx, w))
            add(Span{ctx.words[w].begin, ctx.words[w].end});
    }
    bool inQuote = false;
    std::uint32_t quoteStart = 0;
    std::uint32_t quoteWords = 0;
    for (std::uint32_t t = 0; t < ctx.tokens.size(); ++t) {
        const text::Token& tok = ctx.tokens[t];
        switch (tok.kind) {
        case text::TokenKind::Url:
        case text::TokenKind::Hashtag:
        case text::TokenKind::Handle:
        case text::TokenKind::Number:
            add(Span{tok.begin, tok.end});
            break;
        case text::TokenKind::Word:
            if (tok.hasDigit)
                add(Span{tok.begin, tok.end});
            quoteWords += inQuote ? 1 : 0;
            break;
        case text::TokenKind::Punct:
            if (isQuote(tok.first)) {
                if (inQuote && quoteWords >= 2)
                    add(Span{ctx.tokens[quoteStart].begin, tok.end});
                inQuote = !inQuote;
                quoteStart = t;
                quoteWords = 0;
            }
            break;
        default:
            break;
        }
    }
    std::sort(ctx.details.begin(), ctx.details.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
}

} // namespace overture
