// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine/analysis.hpp"

#include "model/lint_options.hpp"
#include "phrases/word_flags.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

bool LintContext::tokenInClass(std::uint32_t token, CodeClass c) const {
    if (token >= tokens.size() || !tokens[token].isWordLike())
        return false;
    if (data.wordInClass(text::foldForMatching(tokens[token].in(text)), c))
        return true;
    // A contraction is read as its expansion ("I'm" is "i am"): its first word decides.
    const std::vector<text::MatchWord>& all = words.all();
    const auto w = std::lower_bound(
        all.begin(), all.end(), token,
        [](const text::MatchWord& word, std::uint32_t t) { return word.token < t; });
    return w != all.end() && w->token == token &&
           data.inClass(wordIds[static_cast<std::size_t>(w - all.begin())], c);
}

namespace {

// Folded words of a card field, and the parts of "Acme Print's" and "start-up".
void addFoldedWords(std::string_view field, WordSet& out) {
    const auto tokens = text::tokenize(field);
    for (const auto& t : tokens) {
        if (!t.isWordLike())
            continue;
        out.insert(text::foldForMatching(t.in(field)));
        const std::string_view raw = t.in(field);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= raw.size(); ++i) {
            if (i == raw.size() || raw[i] == '-' || raw[i] == '\'') {
                if (i > start && i - start < raw.size())
                    out.insert(text::foldForMatching(raw.substr(start, i - start)));
                start = i + 1;
            }
        }
    }
}

bool isCurrencySign(char32_t c) {
    return c == U'$' || c == U'\u20AC' || c == U'\u00A3' || c == U'\u00A5' || c == U'\u20B9' ||
           c == U'\u20A9' || c == U'\u20BD' || c == U'\u20BA';
}

bool firstInSentence(const text::MatchWords& words, std::uint32_t w) {
    return w == 0 || words[w - 1].sentence != words[w].sentence;
}
bool lastInSentence(const text::MatchWords& words, std::uint32_t end) {
    return end >= words.size() || words[end].sentence != words[end - 1].sentence;
}

void computeFlags(LintContext& ctx) {
    ctx.wordFlags.assign(ctx.words.size(), 0);
    for (std::uint32_t w = 0; w < ctx.words.size(); ++w) {
        const text::Token& tok = ctx.tokens[ctx.words[w].token];
        const std::string_view folded = ctx.words.textOf(w);
        WordFlags f = 0;
        const bool first = firstInSentence(ctx.words, w);
        if (first)
            f |= kFlagFirst;
        // A number starts with a digit ("15", "3.2x", "4th"): "Cas9" in "CRISPR-Cas9
        // off-target" is a name with a digit, not a count ("20 off").
        const bool startsWithDigit = !folded.empty() && folded[0] >= '0' && folded[0] <= '9';
        if (tok.kind == text::TokenKind::Number || (tok.hasDigit && startsWithDigit)) {
            f |= kFlagNumber;
            const std::uint32_t t = ctx.words[w].token;
            if (t > 0 && ctx.tokens[t - 1].end == tok.begin &&
                isCurrencySign(ctx.tokens[t - 1].first))
                f |= kFlagMoney;
        }
        const bool recipient = ctx.nameWords.contains(folded);
        if (recipient)
            f |= kFlagRecipient;
        if (ctx.mailMergeWords.contains(folded))
            f |= kFlagCard;
        // A capital belongs to the word its letter starts: "Jean-Luc" has two, but "I'd"
        // expands to "i would" and only "i" has one.
        const bool expanded = w > 0 && ctx.words[w - 1].begin == ctx.words[w].begin;
        const bool startsToken = ctx.words[w].begin == tok.begin;
        bool capital = !expanded && tok.capitalized && startsToken;
        if (!startsToken && !expanded) {
            const char c = ctx.text[ctx.words[w].begin];
            capital = c >= 'A' && c <= 'Z';
        }
        if (capital) {
            f |= kFlagCapitalised;
            if (!first && !recipient &&
                !ctx.data.inClass(ctx.wordIds[w], CodeClass::PersonalPronoun))
                f |= kFlagName;
        }
        ctx.wordFlags[w] = f;
    }
}

bool overlaps(const PhraseMatch& a, const PhraseMatch& b) {
    return a.firstWord < b.endWord && b.firstWord < a.endWord;
}

} // namespace

void findMatches(LintContext& ctx) {
    ctx.tokens = text::tokenize(ctx.text);
    ctx.sentences = text::splitSentences(ctx.text, ctx.tokens, ctx.data.pack.text);
    ctx.words = text::MatchWords(ctx.text, ctx.tokens, ctx.sentences);
    addFoldedWords(ctx.card.name, ctx.nameWords);
    for (const std::string* field : {&ctx.card.company, &ctx.card.role})
        addFoldedWords(*field, ctx.mailMergeWords);
    for (const std::string* field : {&ctx.card.context, &ctx.card.reason})
        addFoldedWords(*field, ctx.contextWords);
    ctx.data.matcher.idsOf(ctx.words, ctx.wordIds);
    computeFlags(ctx);

    std::vector<PhraseMatch> raw;
    ctx.data.matcher.match(ctx.words, ctx.wordIds, ctx.wordFlags, raw);
    std::vector<PhraseMatch> exceptions;
    ctx.matches.clear();
    ctx.matches.reserve(raw.size());
    for (const PhraseMatch& m : raw) {
        const PatternRef& ref = ctx.data.patterns[m.pattern];
        if (ref.anchoredStart && !firstInSentence(ctx.words, m.firstWord))
            continue;
        if (ref.anchoredEnd && !lastInSentence(ctx.words, m.endWord))
            continue;
        (ref.antipattern ? exceptions : ctx.matches).push_back(m);
    }
    if (!exceptions.empty()) {
        // An exception cancels every match of its own group that it overlaps
        // (LanguageTool's antipatterns): "a friend of mine recommended" is no claim.
        // A file's exceptions cancel the matches of every group of the file.
        std::erase_if(ctx.matches, [&](const PhraseMatch& m) {
            const std::uint32_t group = ctx.data.patterns[m.pattern].group;
            const std::uint32_t file = ctx.data.group(group).file;
            return std::any_of(exceptions.begin(), exceptions.end(), [&](const PhraseMatch& e) {
                const PatternRef& ref = ctx.data.patterns[e.pattern];
                const bool scope =
                    ref.fileWide ? ctx.data.group(ref.group).file == file : ref.group == group;
                return scope && overlaps(m, e);
            });
        });
    }
    ctx.placeholders = findPlaceholders(ctx.text, ctx.tokens, ctx.data.placeholderWords,
                                        ctx.data.placeholderFieldKeys);

    // Greetings opening a sentence, one per first token (the longest match): what the
    // salutation, the name after it and wrong-name read. Matches are in text order.
    ctx.greetings.clear();
    for (const PhraseMatch& m : ctx.matches) {
        if (ctx.groupOf(m).role != Role::Greeting || !firstInSentence(ctx.words, m.firstWord))
            continue;
        const std::uint32_t first = ctx.words[m.firstWord].token;
        const std::uint32_t after = ctx.words[m.endWord - 1].token + 1;
        if (!ctx.greetings.empty() && ctx.greetings.back().firstToken == first)
            ctx.greetings.back().endToken = std::max(ctx.greetings.back().endToken, after);
        else
            ctx.greetings.push_back({first, after, ctx.words[m.firstWord].sentence});
    }
}

void analyse(LintContext& ctx) {
    for (const std::string& w : ctx.options.ignoredWords)
        ctx.ignoredWords.insert(text::foldForMatching(w));
    findMatches(ctx);
    findClauses(ctx);
    findDetails(ctx);
    assignRoles(ctx);
}

} // namespace overture
