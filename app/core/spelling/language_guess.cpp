// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spelling/language_guess.hpp"

#include "text/tokenizer.hpp"

namespace overture {

namespace {

// The words a dictionary can judge: letters only (no "Q3", no links), not an acronym in
// capitals, two letters or more.
std::vector<std::string_view> judgedWords(std::string_view text) {
    std::vector<std::string_view> out;
    for (const text::Token& t : text::tokenize(text)) {
        if (t.kind != text::TokenKind::Word || t.hasDigit || t.allCaps || t.end - t.begin < 2)
            continue;
        out.push_back(t.in(text));
    }
    return out;
}

std::size_t knownBy(const Speller& speller, const std::vector<std::string_view>& words) {
    std::size_t known = 0;
    for (const std::string_view w : words)
        known += speller.isCorrect(w) ? 1 : 0;
    return known;
}

constexpr std::size_t kMinWords = 4;

} // namespace

std::optional<LanguageHint> suggestOtherLanguage(std::string_view text, const Speller& chosen,
                                                 const std::vector<LanguageCandidate>& candidates,
                                                 const SpellerOpener& open) {
    const auto words = judgedWords(text);
    if (words.size() < kMinWords)
        return std::nullopt;
    const std::size_t chosenKnown = knownBy(chosen, words);
    if (chosenKnown * 2 >= words.size())
        return std::nullopt; // most words are the chosen language's: nothing to suggest
    std::optional<LanguageHint> best;
    for (const LanguageCandidate& candidate : candidates) {
        const auto speller = open(candidate.dictionary);
        if (speller == nullptr)
            continue; // not installed: it cannot be suggested
        const std::size_t known = knownBy(*speller, words);
        if (known * 4 < words.size() * 3 || known <= chosenKnown)
            continue;
        if (!best || known > best->knownByOther)
            best = LanguageHint{candidate, words.size(), chosenKnown, known};
    }
    return best;
}

} // namespace overture
