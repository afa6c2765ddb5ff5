#include "rules/spelling_rule.hpp"

#include "spelling/speller.hpp"
#include "text/utf8.hpp"

#include <map>
#include <unordered_set>

namespace overture {

namespace {

// Hunspell's dictionaries use ASCII apostrophes and hyphens; DESIGN.md asks to fold U+2019
// first. The typographic hyphens U+2010 and U+2011 ("start‐up") are folded too, so
// Hunspell splits the compound as it does at an ASCII hyphen.
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

// "Acme's" -> "Acme"; "students'" is already cut by the tokenizer.
std::string_view withoutPossessive(std::string_view word) {
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s")
        return word.substr(0, word.size() - 2);
    return word;
}

} // namespace

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
    std::map<std::string, std::vector<std::string>> suggestionCache;
    for (std::uint32_t t = 0; t < ctx.tokens.size(); ++t) {
        const text::Token& tok = ctx.tokens[t];
        if (tok.kind != text::TokenKind::Word || tok.hasDigit || tok.allCaps)
            continue;
        const std::string_view raw = tok.in(ctx.text);
        if (raw.size() < 2 || raw.size() > 64 || ctx.insidePlaceholder(tok.begin))
            continue;
        const std::string word = foldForSpeller(raw);
        const std::string folded = text::foldForMatching(word);
        const std::string foldedStem = text::foldForMatching(withoutPossessive(word));
        auto accepted = [&](const std::string& w) {
            return ctx.nameWords.count(w) != 0 || ctx.cardDetailWords.count(w) != 0 ||
                   ctx.data.projectWords.count(w) != 0 ||
                   (ctx.acceptedWords != nullptr && ctx.acceptedWords->count(w) != 0) ||
                   ctx.ignoredWords.contains(w);
        };
        if (accepted(folded) || accepted(foldedStem))
            continue;
        if (ctx.speller->isCorrect(word))
            continue;
        // Hunspell knows "Acme" only if listed; the possessive of a known word is fine.
        if (foldedStem != folded && ctx.speller->isCorrect(std::string(withoutPossessive(word))))
            continue;
        const bool likelyName = tok.capitalized && sentenceStarts.count(t) == 0;
        Finding f = makeFinding(
            Span{tok.begin, tok.end},
            likelyName ? "\"" + std::string(raw) + "\" is not in the dictionary (a name?)"
                       : "\"" + std::string(raw) + "\" may be misspelt",
            "A misspelling in two sentences stands out; check it, or add the word "
            "to your dictionary.");
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

} // namespace overture
