// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// default-text: LinkedIn's stock invitation, exact (the pack's default-text groups) or
// paraphrased: a sentence that shares most of a stock sentence's words (the groups marked
// "fuzzy"), whatever their order.
#include "rules/phrase_rule.hpp"

#include <algorithm>

namespace overture {

namespace {

// A sentence reads as a stock text when it holds this share of the stock's words and of
// its content words, and the stock's words are this share of the sentence's.
constexpr double kStockCoverage = 0.70;
constexpr double kContentCoverage = 0.60;
constexpr double kSentenceCoverage = 0.50;

std::size_t intersectionSize(const std::vector<std::uint32_t>& a,
                             const std::vector<std::uint32_t>& b) {
    std::size_t n = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

class DefaultTextRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

void DefaultTextRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    const std::size_t before = out.size();
    reportGroupMatches(
        ctx, info().id, out, [&](const PhraseMatch&, const PatternGroup& g, Span span) {
            Finding f =
                makeFinding(span, fillMessage(g.message, {{"match", ctx.slice(span)}}), g.why);
            f.severity = g.severity;
            f.replacements = g.replacements;
            return f;
        });
    if (ctx.data.stockTexts.empty() || ctx.words.size() == 0)
        return;

    // Sentences that already have an exact hit are not compared again.
    auto alreadyReported = [&](Span s) {
        return std::any_of(
            out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
            [&](const Finding& f) { return f.span.begin < s.end && f.span.end > s.begin; });
    };
    // A sentence can only match a stock text it is not much longer than.
    std::size_t longestStock = 0;
    for (const FuzzyStockText& stock : ctx.data.stockTexts)
        longestStock = std::max(longestStock, stock.words.size());
    const auto longestSentence =
        static_cast<std::size_t>(static_cast<double>(longestStock) / kSentenceCoverage);

    std::vector<std::uint32_t> ids;
    std::size_t w = 0;
    while (w < ctx.words.size()) {
        const std::uint32_t sentence = ctx.words[w].sentence;
        std::size_t end = w;
        while (end < ctx.words.size() && ctx.words[end].sentence == sentence)
            ++end;
        const std::size_t wordsInSentence = end - w;
        if (wordsInSentence < 4 || wordsInSentence > longestSentence) {
            w = end;
            continue;
        }
        ids.clear();
        for (std::size_t i = w; i < end; ++i)
            if (ctx.wordIds[i] != PhraseMatcher::kUnknownWord)
                ids.push_back(ctx.wordIds[i]);
        const Span span =
            ctx.spanOfWords(static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(end));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (!alreadyReported(span)) {
            for (const FuzzyStockText& stock : ctx.data.stockTexts) {
                if (stock.words.empty() || stock.content.empty())
                    continue;
                const auto shared = static_cast<double>(intersectionSize(ids, stock.words));
                const auto sharedContent =
                    static_cast<double>(intersectionSize(ids, stock.content));
                if (shared / static_cast<double>(stock.words.size()) >= kStockCoverage &&
                    sharedContent / static_cast<double>(stock.content.size()) >= kContentCoverage &&
                    shared / static_cast<double>(wordsInSentence) >= kSentenceCoverage) {
                    const PatternGroup& g = ctx.data.group(stock.group);
                    Finding f = makeFinding(ctx, span, "paraphrase", {{"stock", stock.pattern}});
                    f.explanation = g.why;
                    f.severity = g.severity;
                    out.push_back(std::move(f));
                    break;
                }
            }
        }
        w = end;
    }
}

} // namespace

OVERTURE_REGISTER_RULE(DefaultText, DefaultTextRule)

} // namespace overture
