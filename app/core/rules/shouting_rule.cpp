// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// shouting: words in capitals that are not acronyms (the pack's acronyms, the card's
// words, or capitals the dictionary does not know: brand names), and rows of
// exclamation marks.
#include "rules/rule.hpp"
#include "spelling/speller.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace overture {

namespace {

class ShoutingRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

// One word in capitals this long is shouting on its own ("AMAZING"); shorter ones only
// in a run of two or more.
constexpr std::size_t kLongWord = 5;

enum class Caps { Shouty, Neutral, Breaks };

Caps classify(const LintContext& ctx, const text::Token& t) {
    if (t.kind == text::TokenKind::Punct && t.first != '\n')
        return t.first == ',' || t.first == '\'' ? Caps::Neutral : Caps::Breaks;
    if (t.kind != text::TokenKind::Word)
        return Caps::Breaks;
    const std::string_view word = t.in(ctx.text);
    if (word.size() == 1)
        return Caps::Neutral; // "I", "A"
    if (!t.allCaps || t.hasDigit || ctx.insidePlaceholder(t.begin))
        return Caps::Breaks;
    const std::string folded = text::foldForMatching(word);
    if (ctx.data.acronyms.count(std::string(word)) != 0 || ctx.nameWords.count(folded) != 0 ||
        ctx.mailMergeWords.count(folded) != 0 || ctx.contextWords.count(folded) != 0)
        return Caps::Breaks;
    return Caps::Shouty;
}

// "PLEASE ACCEPT" -> "please accept"; the first letter kept capital at a sentence start,
// and the sender's own pronoun (the first-person class: "I") kept a capital.
std::string calmDown(const LintContext& ctx, std::string_view shouted, bool sentenceStart) {
    std::string out = text::foldForMatching(shouted);
    auto capitalise = [&](std::size_t i) {
        if (out[i] >= 'a' && out[i] <= 'z')
            out[i] = static_cast<char>(out[i] - 'a' + 'A');
    };
    if (sentenceStart && !out.empty())
        capitalise(0);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= out.size(); ++i) {
        if (i < out.size() && out[i] != ' ' && out[i] != ',')
            continue;
        if (i > start && ctx.data.wordInClass(std::string_view(out).substr(start, i - start),
                                              CodeClass::PersonalPronoun))
            capitalise(start);
        start = i + 1;
    }
    return out;
}

// Unknown acronyms and brand names in capitals ("NVIDIA", "SIGGRAPH", "OWASP") are not
// shouting; a run is when at least one of its words is an ordinary word in capitals
// ("AMAZING", "PLEASE ACCEPT"). Without a dictionary every run counts.
bool hasOrdinaryWord(const LintContext& ctx, std::uint32_t first, std::uint32_t last) {
    if (ctx.speller == nullptr)
        return true;
    for (std::uint32_t t = first; t <= last; ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (tok.kind == text::TokenKind::Word && tok.allCaps &&
            ctx.speller->isCorrect(text::foldForMatching(tok.in(ctx.text))))
            return true;
    }
    return false;
}

bool startsSentence(const LintContext& ctx, std::uint32_t token) {
    return std::ranges::binary_search(ctx.sentences, token, {}, &text::Sentence::firstToken);
}

} // namespace

void ShoutingRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    const auto& tokens = ctx.tokens;
    const auto n = static_cast<std::uint32_t>(tokens.size());
    for (std::uint32_t i = 0; i < n && !full(out); ++i) {
        // Rows of exclamation marks: "!!", "!!!".
        if (tokens[i].kind == text::TokenKind::Punct && tokens[i].first == '!' && i + 1 < n &&
            tokens[i + 1].kind == text::TokenKind::Punct && tokens[i + 1].first == '!' &&
            tokens[i + 1].begin == tokens[i].end) {
            std::uint32_t j = i + 1;
            while (j + 1 < n && tokens[j + 1].first == '!' && tokens[j + 1].begin == tokens[j].end)
                ++j;
            Finding f = makeFinding(ctx, Span{tokens[i].begin, tokens[j].end}, "exclamations");
            f.replacements = {"!", "."};
            out.push_back(std::move(f));
            i = j;
            continue;
        }
        if (classify(ctx, tokens[i]) != Caps::Shouty)
            continue;
        // Extend the run over shouty words and neutral tokens in between.
        std::uint32_t last = i;
        std::size_t shoutyWords = 1;
        std::size_t longest = tokens[i].end - tokens[i].begin;
        for (std::uint32_t j = i + 1; j < n; ++j) {
            const Caps c = classify(ctx, tokens[j]);
            if (c == Caps::Breaks)
                break;
            if (c == Caps::Shouty) {
                last = j;
                ++shoutyWords;
                longest = std::max<std::size_t>(longest, tokens[j].end - tokens[j].begin);
            }
        }
        if ((shoutyWords >= 2 || longest >= kLongWord) && hasOrdinaryWord(ctx, i, last)) {
            // The run ends at its last shouty word; a "!!!" after it is its own finding.
            const Span span{tokens[i].begin, tokens[last].end};
            Finding f = makeFinding(ctx, span, "capitals");
            f.replacements.push_back(calmDown(ctx, ctx.slice(span), startsSentence(ctx, i)));
            out.push_back(std::move(f));
        }
        i = last;
    }
}

OVERTURE_REGISTER_RULE(Shouting, ShoutingRule)

} // namespace overture
