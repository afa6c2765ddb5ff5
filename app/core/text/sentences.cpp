// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/sentences.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace overture::text {

namespace {

// Abbreviations whose dot does not end a sentence (compared case-folded, without the
// final dot). These are facts of written English, so they live in code, not in data.
constexpr std::array<std::string_view, 29> kAbbreviations = {
    "mr",  "mrs",  "ms",  "dr", "prof", "sr",   "jr",   "st",  "vs",  "e.g",
    "i.e", "inc",  "ltd", "co", "corp", "dept", "univ", "mt",  "ave", "rd",
    "u.s", "ph.d", "cf",  "al", "gen",  "rev",  "sgt",  "gov", "capt"};

// Abbreviations that often close a sentence: "at 3 a.m. I'm ..." ends at the dot when a
// capitalised word follows.
constexpr std::array<std::string_view, 3> kClosingAbbreviations = {"a.m", "p.m", "etc"};

// Abbreviations that are also ordinary words ("no", "mar") or often end a sentence: only
// an abbreviation before a number ("No. 5", "Fig. 3", "Jan. 12").
constexpr std::array<std::string_view, 15> kNumberAbbreviations = {
    "no",  "fig", "approx", "jan",  "feb", "mar", "apr", "jun",
    "jul", "aug", "sep",    "sept", "oct", "nov", "dec"};

bool isAbbreviation(std::string_view word, bool numberFollows) {
    const std::string folded = foldForMatching(word);
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), folded) != kAbbreviations.end())
        return true;
    return numberFollows && std::find(kNumberAbbreviations.begin(), kNumberAbbreviations.end(),
                                      folded) != kNumberAbbreviations.end();
}

bool isTerminatorToken(const Token& t) {
    return t.kind == TokenKind::Punct && isSentenceTerminator(t.first);
}
bool isClosingToken(const Token& t) {
    return t.kind == TokenKind::Punct && isClosingMark(t.first);
}

// True when the gap between two tokens holds a blank line (two line breaks).
bool blankLineBetween(std::string_view text, std::uint32_t from, std::uint32_t to) {
    int breaks = 0;
    for (std::uint32_t i = from; i < to; ++i) {
        if (text[i] == '\n' && ++breaks == 2)
            return true;
    }
    return false;
}

// The abbreviation a dot closes, as TextRules keys it: "z.b" for "z. B." (the parts
// before, each a word and its dot) and "sra" for "Sra.". Walks back over at most three parts.
std::string abbreviationBefore(std::string_view text, const std::vector<Token>& tokens,
                               std::uint32_t dot) {
    std::string key = foldForMatching(tokens[dot - 1].in(text));
    std::uint32_t word = dot - 1;
    for (int parts = 1; parts < 3 && word >= 2; ++parts) {
        const Token& prevDot = tokens[word - 1];
        const Token& prevWord = tokens[word - 2];
        if (prevDot.kind != TokenKind::Punct || prevDot.first != '.' ||
            prevWord.kind != TokenKind::Word || prevWord.end != prevDot.begin)
            break;
        std::string longer = foldForMatching(prevWord.in(text));
        longer += '.';
        longer += key;
        key = std::move(longer);
        word -= 2;
    }
    return key;
}

// Whether the dot at `dot` belongs to one of the language's abbreviations or ordinals.
bool continuesByRules(std::string_view text, const std::vector<Token>& tokens, std::uint32_t dot,
                      const TextRules& rules) {
    const auto n = static_cast<std::uint32_t>(tokens.size());
    if (dot == 0 || dot + 1 >= n || tokens[dot - 1].end != tokens[dot].begin)
        return false;
    const Token& prev = tokens[dot - 1];
    const Token& next = tokens[dot + 1];
    // "am 3. März", "zum 2. Mal": a dot after a day or a count, before a word.
    if (rules.ordinalDot && prev.kind == TokenKind::Number && prev.end - prev.begin <= 2 &&
        next.kind == TokenKind::Word)
        return true;
    if (prev.kind != TokenKind::Word)
        return false;
    const std::string key = abbreviationBefore(text, tokens, dot);
    const std::string tail = foldForMatching(prev.in(text));
    if (rules.abbreviations.contains(key) || rules.abbreviations.contains(tail))
        return true;
    if ((rules.closingAbbreviations.contains(key) || rules.closingAbbreviations.contains(tail)) &&
        !next.capitalized)
        return true;
    if ((rules.numberAbbreviations.contains(key) || rules.numberAbbreviations.contains(tail)) &&
        next.kind == TokenKind::Number)
        return true;
    // The first part of an abbreviation in several parts ("z." of "z. B."), when its next
    // part follows.
    if (next.kind == TokenKind::Word &&
        (rules.abbreviationPrefixes.contains(key) || rules.abbreviationPrefixes.contains(tail))) {
        const std::string nextPart = foldForMatching(next.in(text));
        for (std::string candidate : {key, tail}) {
            candidate += '.';
            candidate += nextPart;
            if (rules.abbreviations.contains(candidate) ||
                rules.closingAbbreviations.contains(candidate) ||
                rules.numberAbbreviations.contains(candidate) ||
                rules.abbreviationPrefixes.contains(candidate))
                return true;
        }
    }
    return false;
}

std::vector<Sentence> split(std::string_view text, const std::vector<Token>& tokens,
                            const TextRules* rules) {
    std::vector<Sentence> out;
    const auto n = static_cast<std::uint32_t>(tokens.size());
    std::uint32_t start = 0;
    auto close = [&](std::uint32_t endToken) {
        if (endToken <= start)
            return;
        Sentence s;
        s.firstToken = start;
        s.endToken = endToken;
        s.begin = tokens[start].begin;
        s.end = tokens[endToken - 1].end;
        for (std::uint32_t k = start; k < endToken; ++k)
            if (tokens[k].isWordLike())
                ++s.wordCount;
        out.push_back(s);
        start = endToken;
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        if (i > start && blankLineBetween(text, tokens[i - 1].end, tokens[i].begin)) {
            close(i);
        }
        // An emoji standing where the full stop would be ("... at Rockhouse 🧗 Your beta")
        // ends the sentence when a capitalised word follows after a space.
        if (tokens[i].kind == TokenKind::Symbol && i > start && i + 1 < n &&
            tokens[i + 1].begin > tokens[i].end && tokens[i + 1].kind == TokenKind::Word &&
            tokens[i + 1].capitalized && tokens[i - 1].isWordLike()) {
            close(i + 1);
            continue;
        }
        if (!isTerminatorToken(tokens[i]))
            continue;
        if (rules != nullptr && tokens[i].first == '.' && continuesByRules(text, tokens, i, *rules))
            continue;
        // A dot right after an abbreviation or a single-letter initial continues the sentence.
        if (tokens[i].first == '.' && i > 0 && tokens[i - 1].kind == TokenKind::Word &&
            tokens[i - 1].end == tokens[i].begin) {
            const std::string_view prev = tokens[i - 1].in(text);
            const bool initial =
                prev.size() == 1 && isAsciiUpper(static_cast<unsigned char>(prev[0]));
            const bool numberFollows = i + 1 < n && tokens[i + 1].kind == TokenKind::Number;
            const bool capitalFollows = i + 1 < n && tokens[i + 1].capitalized;
            const bool closing =
                capitalFollows &&
                std::find(kClosingAbbreviations.begin(), kClosingAbbreviations.end(),
                          foldForMatching(prev)) != kClosingAbbreviations.end();
            if ((isAbbreviation(prev, numberFollows) || initial ||
                 (!closing && std::find(kClosingAbbreviations.begin(), kClosingAbbreviations.end(),
                                        foldForMatching(prev)) != kClosingAbbreviations.end())) &&
                i + 1 < n)
                continue;
        }
        // Swallow the rest of the run: "?!", "...", closing quotes and brackets.
        std::uint32_t j = i + 1;
        while (j < n && tokens[j].begin == tokens[j - 1].end &&
               (isTerminatorToken(tokens[j]) || isClosingToken(tokens[j])))
            ++j;
        const bool atEnd = j == n;
        const bool spaceAfter = !atEnd && tokens[j].begin > tokens[j - 1].end;
        if (atEnd || spaceAfter) {
            close(j);
            i = j - 1;
        }
    }
    close(n);
    return out;
}

} // namespace

std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens) {
    return split(text, tokens, nullptr);
}

std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const TextRules& rules) {
    return split(text, tokens, &rules);
}

} // namespace overture::text
