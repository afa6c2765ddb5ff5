// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spelling: words the dictionary does not know. Accepted besides the dictionary: the
// card's words, the pack's professional vocabulary (words.txt), the personal dictionary
// and the words ignored for this draft. A capitalised word in a name's place (a greeting
// or sign-off clause, "Eleanor," opening the note) is a name, not a misspelling; one
// inside a sentence is at most a hint ("a name?"). A word the other variant of the
// language knows ("colour" under en_US) is a hint that offers that dictionary.
#include "rules/rule.hpp"
#include "spelling/speller.hpp"
#include "text/utf8.hpp"

#include <map>
#include <unordered_set>

namespace overture {

namespace {

// Hunspell's dictionaries use ASCII apostrophes and hyphens; fold U+2019 first. The
// typographic hyphens U+2010 and U+2011 ("start‐up") are folded too, so Hunspell splits
// the compound as it does at an ASCII hyphen.
std::string foldForSpeller(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
            out += '\'';
            i += 2;
        } else if (word.compare(i, 3, "\xE2\x80\x90") == 0 ||
                   word.compare(i, 3, "\xE2\x80\x91") == 0) {
            out += '-';
            i += 2;
        } else {
            out += word[i];
        }
    }
    return out;
}

// "Acme's" -> "Acme" for the pack's possessive suffixes.
std::string_view withoutPossessive(const LintContext& ctx, std::string_view word) {
    for (const std::string& suffix : ctx.data.pack.possessiveSuffixes)
        if (word.size() > suffix.size() + 1 && word.ends_with(suffix))
            return word.substr(0, word.size() - suffix.size());
    return word;
}

// "peatland", "dashboarding": two dictionary words of three letters or more, written as
// one. Technical writing coins such compounds all the time; a typo rarely splits so.
bool compoundOfKnownWords(const Speller& speller, std::string_view word) {
    constexpr std::size_t kMinPart = 3;
    if (word.size() < 2 * kMinPart || word.size() > 30)
        return false;
    for (std::size_t i = kMinPart; i + kMinPart <= word.size(); ++i)
        if (speller.isCorrect(word.substr(0, i)) && speller.isCorrect(word.substr(i)))
            return true;
    return false;
}

// "qPCR", "iOS", "pgBouncer": a capital after a small letter is a product's or a
// field's spelling, not a slip of the keyboard.
bool innerCapital(std::string_view word) {
    for (std::size_t i = 1; i < word.size(); ++i)
        if (word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z')
            return true;
    return false;
}

// "hx-boost", "LiDAR-based", "re-run": a hyphenated word whose parts are each known,
// accepted, or too short to judge (two letters: an abbreviation or a prefix).
bool hyphenPartsKnown(const LintContext& ctx, const Speller& speller, std::string_view word) {
    if (word.find('-') == std::string_view::npos)
        return false;
    std::size_t start = 0;
    while (start <= word.size()) {
        std::size_t end = word.find('-', start);
        if (end == std::string_view::npos)
            end = word.size();
        const std::string_view part = word.substr(start, end - start);
        if (part.size() > 2) {
            const std::string folded = text::foldForMatching(part);
            if (!speller.isCorrect(part) && !ctx.data.projectWords.contains(folded) &&
                !ctx.mailMergeWords.contains(folded) && !ctx.contextWords.contains(folded))
                return false;
        }
        start = end + 1;
    }
    return true;
}

class SpellingRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override;
};

// Tokens in a name's place: every capitalised word of a greeting or sign-off clause, and
// a capitalised first word followed by a comma ("Eleanor, I was tidying...").
std::unordered_set<std::uint32_t> namePlaces(const LintContext& ctx) {
    std::unordered_set<std::uint32_t> out;
    for (const Clause& c : ctx.clauses) {
        if (!c.has(Role::Greeting) && !c.has(Role::SignOff))
            continue;
        for (std::uint32_t t = c.firstToken; t < c.endToken; ++t)
            if (ctx.tokens[t].capitalized)
                out.insert(t);
    }
    for (const text::Sentence& s : ctx.sentences) {
        std::uint32_t t = s.firstToken;
        while (t < s.endToken && !ctx.tokens[t].isWordLike())
            ++t;
        if (t + 1 < s.endToken && ctx.tokens[t].capitalized &&
            ctx.tokens[t + 1].kind == text::TokenKind::Punct && ctx.tokens[t + 1].first == U',')
            out.insert(t);
    }
    return out;
}

void SpellingRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.speller == nullptr)
        return;
    std::unordered_set<std::uint32_t> sentenceStarts;
    for (const auto& s : ctx.sentences)
        for (std::uint32_t t = s.firstToken; t < s.endToken; ++t)
            if (ctx.tokens[t].isWordLike()) {
                sentenceStarts.insert(t);
                break;
            }
    const std::unordered_set<std::uint32_t> names = namePlaces(ctx);
    std::map<std::string, std::vector<std::string>> suggestionCache;
    for (std::uint32_t t = 0; t < ctx.tokens.size() && !full(out); ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (tok.kind != text::TokenKind::Word || tok.hasDigit || tok.allCaps)
            continue;
        const std::string_view raw = tok.in(ctx.text);
        if (raw.size() < 2 || raw.size() > 64 || ctx.insidePlaceholder(tok.begin))
            continue;
        const std::string word = foldForSpeller(raw);
        const std::string folded = text::foldForMatching(word);
        const std::string stem(withoutPossessive(ctx, word));
        const std::string foldedStem = text::foldForMatching(stem);
        auto accepted = [&](const std::string& w) {
            return ctx.nameWords.contains(w) || ctx.mailMergeWords.contains(w) ||
                   ctx.contextWords.contains(w) || ctx.data.projectWords.contains(w) ||
                   (ctx.acceptedWords != nullptr && ctx.acceptedWords->contains(w)) ||
                   ctx.ignoredWords.contains(w);
        };
        if (accepted(folded) || accepted(foldedStem))
            continue;
        if (ctx.speller->isCorrect(word) || (stem != word && ctx.speller->isCorrect(stem)))
            continue;
        if (hyphenPartsKnown(ctx, *ctx.speller, stem))
            continue;
        if (tok.capitalized && names.contains(t))
            continue; // a name in a name's place
        const Span span{tok.begin, tok.end};
        if (ctx.alternateSpeller != nullptr &&
            (ctx.alternateSpeller->isCorrect(word) ||
             (stem != word && ctx.alternateSpeller->isCorrect(stem)))) {
            const std::string dictionary = ctx.alternateSpeller->language();
            Finding f =
                makeFinding(ctx, span, "variant", {{"match", raw}, {"dictionary", dictionary}});
            f.severity = Severity::Hint;
            out.push_back(std::move(f));
            continue;
        }
        if (innerCapital(raw) || compoundOfKnownWords(*ctx.speller, folded)) {
            Finding f = makeFinding(ctx, span, "unknown-term", {{"match", raw}});
            f.severity = Severity::Hint;
            out.push_back(std::move(f));
            continue;
        }
        const bool likelyName = tok.capitalized && !sentenceStarts.contains(t);
        Finding f = makeFinding(ctx, span, likelyName ? "name" : "misspelt", {{"match", raw}});
        if (likelyName)
            f.severity = Severity::Hint;
        // Suggestions cost 13-57 ms a word; a likely name gets none (it is not misspelt,
        // and a list of dictionary words for "Tallinn" helps nobody).
        if (ctx.options.suggestions && !likelyName) {
            auto it = suggestionCache.find(word);
            if (it == suggestionCache.end() &&
                suggestionCache.size() < ctx.options.maxSuggestedWords)
                it = suggestionCache
                         .emplace(word, ctx.speller->suggest(word, ctx.options.maxSuggestions))
                         .first;
            if (it != suggestionCache.end())
                f.replacements = it->second;
        }
        out.push_back(std::move(f));
    }
}

} // namespace

OVERTURE_REGISTER_RULE(Spelling, SpellingRule)

} // namespace overture
